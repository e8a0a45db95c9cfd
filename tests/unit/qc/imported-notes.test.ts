// @vitest-environment node
/**
 * A hand-over: Βασίλης imports Γιώργος's notes export, works his own tickets, and sends the QC team his QC export
 * (JSON Lines or Parquet), which holds Γιώργος's notes beside his own. Each note counts once, under its author.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeWeek } from '../../fixtures/qc-week/lead-week';
import { exportJson } from '@/lib/notes/export';
import { mergeImported, ownExport, parseNotesExport, readNotesExport } from '@/lib/notes/import';
import type { Note } from '@/lib/notes/model';
import { qcRows, toJsonLines, toParquet } from '@/lib/notes/qc-export';
import { odigos } from '../cli/run';

type Row = Record<string, unknown>;
const DAY = 86_400_000;
let giorgosFile: string;
let giorgos: Note[];
let exportedAt: number;

beforeAll(async () => {
  const week = await writeWeek(mkdtempSync(join(tmpdir(), 'odigos-qc-imported-')), 2);
  giorgosFile = week.files.giorgos;
  const text = readFileSync(giorgosFile, 'utf8');
  exportedAt = Date.parse((JSON.parse(text) as { exportedAt: string }).exportedAt);
  giorgos = parseNotesExport(text) as Note[];
}, 60_000);

/** Βασίλης's notes: Γιώργος's, imported through the notes page's import, and his own tickets at his own moments. */
function vasilisNotes(): { own: Note[]; all: Note[] } {
  const own = giorgos.map((n) => ({ ...n, interactionId: `${n.interactionId}-v`, createdAt: n.createdAt + 90_000 }));
  const imported = giorgos.map((n) => mergeImported(undefined, n)!);
  return { own, all: [...imported, ...own] };
}

const vasilisRows = (notes: Note[], at: number) => qcRows(notes, { agentId: 'a-vasilis', agent: 'Βασίλης Οικονόμου', mask: false, now: at });

async function report(dir: string): Promise<Record<string, Row[]> & { load: { merged: Row[]; duplicates: number } }> {
  const json = await odigos('qc', dir, '--json');
  expect(json.code, json.stderr).toBe(0);
  return JSON.parse(json.stdout);
}

const byAgent = (f: Record<string, Row[]>) => Object.fromEntries(f.response_by_agent.map((r) => [String(r.agent_id).startsWith('notes-') ? 'notes' : r.agent_id, r.interactions]));

describe('notes imported from a colleague count once, under their author', () => {
  it('an older notes export and the importer’s later QC export (JSON Lines): Γιώργος’s notes under Γιώργος only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-handover-'));
    writeFileSync(join(dir, 'giorgos.json'), readFileSync(giorgosFile));
    const { own, all } = vasilisNotes();
    const rows = await vasilisRows(all, exportedAt + DAY);
    expect(rows.filter((r) => r.type === 'interaction' && r.imported === true)).toHaveLength(giorgos.length);
    writeFileSync(join(dir, 'vasilis.jsonl'), toJsonLines(rows));
    const f = await report(dir);
    expect(f.summary[0].interactions).toBe(giorgos.length + own.length);
    expect(byAgent(f)).toEqual({ notes: giorgos.length, 'a-vasilis': own.length });
    expect(f.load.merged).toContainEqual({ file: join(dir, 'vasilis.jsonl'), into: join(dir, 'giorgos.json'), n: giorgos.length });
  }, 60_000);

  it('the mark decides, not the order of exports: Γιώργος’s QC export made after Βασίλης’s Parquet export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-handover-mark-'));
    // Γιώργος has a QC export now (Sunday); Βασίλης exported on Thursday, after importing an earlier notes export.
    const sunday = exportedAt + 3 * DAY;
    writeFileSync(join(dir, 'giorgos.jsonl'), toJsonLines(await qcRows(giorgos, { agentId: 'a-giorgos', agent: 'Γιώργος Παπαδάκης', mask: false, now: sunday })));
    const { own, all } = vasilisNotes();
    writeFileSync(join(dir, 'vasilis.parquet'), new Uint8Array(toParquet(await vasilisRows(all, exportedAt + DAY))));
    const f = await report(dir);
    expect(f.summary[0].interactions).toBe(giorgos.length + own.length);
    expect(byAgent(f)).toEqual({ 'a-giorgos': giorgos.length, 'a-vasilis': own.length });
    expect(f.load.merged).toContainEqual({ file: join(dir, 'vasilis.parquet'), into: join(dir, 'giorgos.jsonl'), n: giorgos.length });
  }, 60_000);

  it('a colleague’s export merged into the agent’s own notes of the same tickets: each agent’s recordings under that agent, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-handover-merged-'));
    writeFileSync(join(dir, 'giorgos.json'), readFileSync(giorgosFile));
    // Βασίλης had his own notes of Γιώργος's tickets, made after his (90 s later), with words of his own.
    const heading = '— Σημειώσεις συναδέλφου (Γιώργος Παπαδάκης), από εισαγωγή —';
    const own = giorgos.map((n) => ({ ...n, createdAt: n.createdAt + 90_000, fields: { ...n.fields, text: `Βασίλης: ${n.interactionId}` }, timeline: [] }));
    const merged = own.map((n, i) => mergeImported(n, giorgos[i]!, { own: false, heading }) ?? n);
    writeFileSync(join(dir, 'vasilis.jsonl'), toJsonLines(await vasilisRows(merged, exportedAt + DAY)));
    const f = await report(dir);
    // Two agents' notes of one ticket stay apart: Γιώργος's under him, Βασίλης's under him (they all went to Γιώργος).
    expect(byAgent(f)).toEqual({ notes: giorgos.length, 'a-vasilis': giorgos.length });
    expect(f.summary[0].interactions).toBe(2 * giorgos.length);
    expect(f.load.merged.filter((m) => m.file === join(dir, 'vasilis.jsonl'))).toEqual([]);
  }, 60_000);

  it('an agent’s own backup restored: her notes hers, not a colleague’s to whom she had handed them over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-own-backup-'));
    // Βασίλης imported Γιώργος's hand-over and exported on Monday; Γιώργος, after a reinstall, restored his own
    // backup (same name, a new agent id) and exported on Tuesday.
    const handedOver = giorgos.map((n) => mergeImported(undefined, n)!);
    writeFileSync(join(dir, 'vasilis.jsonl'), toJsonLines(await vasilisRows(handedOver, exportedAt + DAY)));
    const backup = readNotesExport(await exportJson(giorgos, { author: { agentId: 'a-giorgos-old', agent: 'Γιώργος Παπαδάκης' } }));
    const origin = { own: ownExport(backup.from, { agentId: 'a-giorgos-new', agent: 'Γιώργος Παπαδάκης' }) };
    const restored = backup.notes.map((n) => mergeImported(undefined, n, origin)!);
    const rows = await qcRows(restored, { agentId: 'a-giorgos-new', agent: 'Γιώργος Παπαδάκης', mask: false, now: exportedAt + 2 * DAY });
    expect(rows.filter((r) => r.imported)).toEqual([]);
    writeFileSync(join(dir, 'giorgos.jsonl'), toJsonLines(rows));
    const f = await report(dir);
    expect(byAgent(f)).toEqual({ 'a-giorgos-new': giorgos.length });
  }, 60_000);
});
