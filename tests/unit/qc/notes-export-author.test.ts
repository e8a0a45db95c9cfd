// @vitest-environment node
/**
 * A notes export says who made it (agentId, agent) since the notes page tells an own backup from a colleague's
 * hand-over; the QC report reads the same: the agent by name, under the installation's own id, not «Εκπρόσωπος
 * χωρίς όνομα (αρχείο …)» as for the older exports that carried neither.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeWeek } from '../../fixtures/qc-week/lead-week';
import { exportJson } from '@/lib/notes/export';
import { parseNotesExport } from '@/lib/notes/import';
import type { Note } from '@/lib/notes/model';
import { odigos } from '../cli/run';

type Row = Record<string, unknown>;
let giorgos: Note[];

beforeAll(async () => {
  const week = await writeWeek(mkdtempSync(join(tmpdir(), 'odigos-qc-author-')), 2);
  giorgos = parseNotesExport(readFileSync(week.files.giorgos, 'utf8')) as Note[];
}, 60_000);

async function reportOf(doc: string, lang: 'el' | 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-author-run-'));
  writeFileSync(join(dir, 'odigos-notes-2026-12-07.json'), doc);
  const out = join(dir, 'report.html');
  const json = await odigos('qc', dir, '--json', '--lang', lang, '-o', out);
  expect(json.code, json.stderr).toBe(0);
  return { figures: JSON.parse(json.stdout) as Record<string, Row[]>, html: readFileSync(out, 'utf8') };
}

describe('a notes export that says who made it', () => {
  it('is counted under its agent id and shown by the agent’s name', async () => {
    const doc = await exportJson(giorgos, { author: { agentId: 'a-1f2e3d4c5b6a7980', agent: 'Γιώργος Παπαδάκης' } });
    const { figures, html } = await reportOf(doc, 'el');
    expect(figures.response_by_agent.map((r) => [r.agent_id, r.agent, r.interactions])).toEqual([['a-1f2e3d4c5b6a7980', 'Γιώργος Παπαδάκης', giorgos.length]]);
    expect(html).toContain('<td>Γιώργος Παπαδάκης</td>');
    expect(html).not.toContain('χωρίς όνομα');
  }, 60_000);

  it('with an id only (the organisation leaves names out): the id is the agent’s, the name still unknown', async () => {
    const doc = await exportJson(giorgos, { author: { agentId: 'a-1f2e3d4c5b6a7980' } });
    const { figures, html } = await reportOf(doc, 'en');
    expect(figures.response_by_agent.map((r) => [r.agent_id, r.agent])).toEqual([['a-1f2e3d4c5b6a7980', null]]);
    expect(html).toContain('<td>Unnamed agent (file odigos-notes-2026-12-07.json)</td>');
  }, 60_000);

  it('an id or a name that is not one (a page’s script, a hand-edited file) is not taken', async () => {
    const doc = JSON.parse(await exportJson(giorgos)) as Record<string, unknown>;
    const { figures } = await reportOf(JSON.stringify({ ...doc, agentId: '<img src=x onerror=alert(1)>', agent: { name: 'x' } }), 'en');
    expect(String(figures.response_by_agent[0]!.agent_id)).toMatch(/^notes-/);
    expect(figures.response_by_agent[0]!.agent).toBeNull();
  }, 60_000);
});
