// @vitest-environment node
/**
 * A cut export nothing resent covers: the report said «ζητήστε από τον εκπρόσωπο να τη στείλει ξανά» and no more,
 * so a file saved as «export (3).jsonl», or one whose agent's name the organisation leaves out, left the QC lead to
 * guess whom to ask, and for which of their exports. Each row repeats who exported it and when: the report names
 * them, with the interaction the cut broke.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { odigos } from '../cli/run';

const row = (i: number, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'odigos-qc', v: 1, type: 'interaction', export_id: 'e-7f3a', exported_at: '2026-11-30T07:15:00.000Z', period_from: '2026-11-23T00:00:00.000Z',
    period_to: '2026-11-30T07:15:00.000Z', masked: true, agent_id: 'a-5c21e9b0d4f7', team: 'Ομάδα Πάτρας', interaction_id: `zendesk:acme-gr:${48200 + i}`,
    site: 'https://acme-gr.zendesk.com', status: 'resolved', created_at: '2026-11-24T08:00:00.000Z', customer_at: '2026-11-24T08:00:00.000Z', ...over,
  });

/** A report over one file; its «Παραλείφθηκαν» line for that file, as text. */
async function skippedLine(name: string, text: string, lang: 'el' | 'en' = 'el'): Promise<{ line: string; json: Record<string, unknown>; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-cut-ask-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = join(dir, 'report.html');
  const run = await odigos('qc', file, '--tz', 'Europe/Athens', '--lang', lang, '--json', '-o', out);
  expect(run.code, run.stderr).toBe(0);
  const html = readFileSync(out, 'utf8');
  const li = /<ul class="skipped">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
  return { line: li.replace(/<[^>]+>/g, ''), json: JSON.parse(run.stdout).load.skipped[0], stderr: run.stderr };
}

describe('a cut export says whom to ask, and for which export', () => {
  it('names the agent, their id and team, the export’s moment and period, and the interaction the cut broke', async () => {
    const lines = [row(1, { agent: 'Δήμητρα Αλεξίου' }), row(2, { agent: 'Δήμητρα Αλεξίου' }), row(3, { agent: 'Δήμητρα Αλεξίου' })].join('\n');
    const { line, json } = await skippedLine('export (3).jsonl', lines.slice(0, lines.lastIndexOf('"site"')));
    expect(line).toContain('ζητήστε από τον εκπρόσωπο να τη στείλει ξανά');
    expect(line).toContain(
      'Τι να ζητήσετε ξανά — εκπρόσωπος: Δήμητρα Αλεξίου (κωδικός a-5c21e9b0d4f7, Ομάδα Πάτρας)· η εξαγωγή της 30/11/2026 09:15, περίοδος 23/11/2026 – 30/11/2026. Η εγγραφή που κόπηκε είναι της αλληλεπίδρασης zendesk:acme-gr:48203.',
    );
    expect(json.askFor).toEqual({ agent: 'Δήμητρα Αλεξίου', agentId: 'a-5c21e9b0d4f7', team: 'Ομάδα Πάτρας', exportedAt: '2026-11-30T07:15:00.000Z', periodFrom: '2026-11-23T00:00:00.000Z', periodTo: '2026-11-30T07:15:00.000Z', interaction: 'zendesk:acme-gr:48203' });
  }, 60_000);

  it('an export without the agent’s name (policy qcExportOmit agentName), cut before its interaction id: the id, in English too', async () => {
    const lines = [row(1, { period_from: null }), row(2, { period_from: null })].join('\n');
    const cut = lines.slice(0, lines.lastIndexOf('"interaction_id"'));
    const el = await skippedLine('odigos-qc.jsonl', cut);
    expect(el.line).toContain('Τι να ζητήσετε ξανά — εκπρόσωπος: χωρίς όνομα στην εξαγωγή (κωδικός a-5c21e9b0d4f7, Ομάδα Πάτρας)· η εξαγωγή της 30/11/2026 09:15, με όλες τις σημειώσεις έως 30/11/2026.');
    expect(el.line).not.toContain('αλληλεπίδρασης');
    const en = await skippedLine('odigos-qc.jsonl', cut, 'en');
    expect(en.line).toContain('What to ask for again — agent: no name in the export (id a-5c21e9b0d4f7, Ομάδα Πάτρας); the export of 2026-11-30 09:15, every note up to 2026-11-30.');
    // Standard error says it under the skipped line.
    expect(en.stderr).toContain('\n  What to ask for again — agent: no name in the export (id a-5c21e9b0d4f7');
  }, 60_000);

  it('a file cut before any row says who made it: ask whoever sent that file', async () => {
    const { line } = await skippedLine('from-email.jsonl', row(1).slice(0, 60));
    expect(line).toContain('Από ό,τι διαβάζεται στο αρχείο δεν φαίνεται ποιος το εξήγαγε: ζητήστε το ξανά από όποιον σας έστειλε το from-email.jsonl.');
  }, 60_000);
});
