// @vitest-environment node
/**
 * A reply written from several templates counts, in `odigos insights`, for every one of them (edit_entries), not
 * only for the first (edit_entry); an older export with edit_entry alone still loads and counts as before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { odigos } from '../cli/run';

const APOLOGY = 'el-core/apology-double-charge';
const FOOD = 'el-core/apology-food-issue';
const common = (exportId: string) => ({ format: 'odigos-qc', v: 1, export_id: exportId, exported_at: '2026-02-06T18:00:00Z', period_to: '2026-02-06T18:00:00Z', masked: true, agent_id: `agent-${exportId}` });

/** One agent's export: an interaction and its agent replies, each with the edit columns given. */
function exportFile(dir: string, exportId: string, replies: Record<string, unknown>[]): string {
  const c = { ...common(exportId), interaction_id: `desk/${exportId}` };
  const rows = [
    { ...c, type: 'interaction', site: 'https://desk.example.gr', status: 'resolved', created_at: '2026-02-05T09:00:00Z' },
    ...replies.map((r, i) => ({ ...c, type: 'event', seq: i + 1, event_at: '2026-02-05T09:10:00Z', kind: 'message', sender: 'agent', shown: true, added: ['λέξη'], removed: [], ...r })),
  ];
  const file = join(dir, `${exportId}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

describe('templates a reply was written from, in the insights', () => {
  it('the second template of a reply counts as used; an export without edit_entries still loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-edit-entries-'));
    const both = exportFile(dir, 'new', [{ edit_entry: APOLOGY, edit_entries: [APOLOGY, FOOD], similarity: 0.5 }]);
    const older = exportFile(dir, 'old', [{ edit_entry: APOLOGY, similarity: 0.4 }]);
    const run = await odigos('insights', both, older, '--pack', 'knowledge/packs/el-core', '--json');
    expect(run.code, run.stderr).toBe(0);
    const fig = JSON.parse(run.stdout) as { edits: { entry: string; replies: number }[] };
    const replies = Object.fromEntries(fig.edits.map((r) => [r.entry, r.replies]));
    expect(replies).toEqual({ [APOLOGY]: 2, [FOOD]: 1 });
  }, 60_000);
});
