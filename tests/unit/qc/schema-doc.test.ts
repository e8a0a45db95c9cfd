// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '@/knowledge/qc/schema';
import { parsePolicy } from '@/lib/background/policy';

describe('the QC record schema is documented as declared', () => {
  it('docs/qc-export.md lists every column with its type', () => {
    const doc = readFileSync(new URL('../../../docs/qc-export.md', import.meta.url), 'utf8');
    for (const [name, c] of Object.entries(COLUMNS)) expect(doc).toContain(`| \`${name}\` | ${c.type} | ${c.rows} |`);
  });
  it('policy names the team and the parts to leave out, and names a part it does not know', () => {
    const p = parsePolicy({ qcTeam: ' Ομάδα A ', qcExportOmit: ['views', 'cues', 'notes'] });
    expect(p.qcTeam).toBe('Ομάδα A');
    expect(p.qcExportOmit).toEqual(['views', 'cues']);
    expect(p.problems.map((x) => x.text).join()).toContain('"notes" is not one of views, unanswered, edits, cues, agentName');
  });
});
