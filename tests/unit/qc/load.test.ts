// @vitest-environment node
/**
 * The load under the reports: each report reads only the columns its SQL files name, and gives the figures it
 * gives with every column loaded; a JSON Lines file with lines that are JSON but not QC records has those lines
 * named and counted and its other records kept (DuckDB's own count of the valid rows finds them, not a second read).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simExportedAt, simulateAgent, writeAgentExport } from '../../../bench/qc-sim';
import { columnsRead, openQc, type QcReportSpec } from '../../../knowledge/cli/qc/db';
import { INSIGHTS_QUERIES } from '../../../knowledge/cli/qc/insights-report';
import { QC_QUERIES } from '../../../knowledge/cli/qc/qc-report';
import { odigos } from '../cli/run';

const exportedAt = simExportedAt(3);
let files: string[];
let spoilt: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-load-'));
  const agents = Array.from({ length: 3 }, (_, i) => simulateAgent(i, 3, 6, 7));
  files = [writeAgentExport(dir, agents[0], 'jsonl', exportedAt), writeAgentExport(dir, agents[1], 'parquet', exportedAt)];
  // Agent 2's file with two lines that parse as JSON but are no QC record: one of another format, one a list.
  const lines = readFileSync(writeAgentExport(dir, agents[2], 'jsonl', exportedAt), 'utf8').trimEnd().split('\n');
  lines.splice(3, 0, JSON.stringify({ format: 'something-else', v: 1 }));
  lines.splice(8, 0, '[1, 2, 3]');
  spoilt = join(dir, 'spoilt.jsonl');
  writeFileSync(spoilt, lines.join('\n') + '\n');
  files.push(spoilt);
});

/** Every query's rows, with the columns the spec names (or every column), and the load report. */
async function figures(spec: QcReportSpec, narrow: boolean) {
  const s = await openQc(files, {}, narrow ? spec : undefined);
  try {
    if (spec.events === 'insights') await s.db.run("CREATE TABLE pack_entries AS SELECT 'el-core/x' AS entry, 'sop' AS type, 'X' AS title");
    const out: Record<string, unknown> = { load: s.load };
    for (const q of spec.queries) out[q] = await s.sql(q);
    const cols = (await s.db.runAndReadAll("SELECT column_name FROM duckdb_columns() WHERE table_name = 'interactions'")).getRows().map(([c]) => String(c));
    return { out, cols };
  } finally {
    s.close();
  }
}

describe('the load under odigos qc and odigos insights', () => {
  it('reads only the columns the SQL files name, plus the keys and the filters', () => {
    const qc = columnsRead(QC_QUERIES)!;
    expect(qc.has('first_response_min')).toBe(true);
    expect(qc.has('customer_at')).toBe(true);
    expect(qc.has('label')).toBe(false);
    expect(qc.has('site')).toBe(false);
    // The customer (a pseudonym) is read for repeat contacts; the events' unanswered text is not, for the qc report.
    expect(qc.has('customer')).toBe(true);
    expect(qc.has('unanswered')).toBe(false);
    const ins = columnsRead(INSIGHTS_QUERIES)!;
    expect(ins.has('unanswered')).toBe(true);
    expect(ins.has('steps_done')).toBe(false);
  });

  for (const spec of [
    { events: 'none', queries: QC_QUERIES },
    { events: 'insights', queries: INSIGHTS_QUERIES },
  ] satisfies QcReportSpec[]) {
    it(`gives the same figures as a load of every column (${spec.events === 'none' ? 'qc' : 'insights'})`, async () => {
      const narrow = await figures(spec, true);
      const whole = await figures(spec, false);
      // Rows read differ: with no spec every event kind is loaded too.
      expect({ ...narrow.out, load: { ...(narrow.out.load as object), rowsRead: 0 } }).toEqual({ ...whole.out, load: { ...(whole.out.load as object), rowsRead: 0 } });
      expect(narrow.cols.length).toBeLessThan(whole.cols.length);
      expect(narrow.cols).not.toContain('src_file');
    }, 60_000);
  }

  it('names the lines that are JSON but no QC record, counts them, and keeps the rest of the file', async () => {
    const s = await openQc([spoilt], {}, { events: 'none', queries: ['summary'] });
    try {
      expect(s.load.skipped).toEqual([
        { file: spoilt, line: 4, reason: expect.stringMatching(/not an Odigos QC record/), code: 'other-format', values: { format: 'something-else' } },
        { file: spoilt, line: 9, reason: 'not a record', code: 'not-record' },
      ]);
      expect(s.load.recordsLeftOut).toBe(2);
      const [sum] = await s.sql('summary');
      expect(sum.interactions).toBe(3 * 6);
      await expect(s.sql('views')).rejects.toThrow(/did not declare/);
    } finally {
      s.close();
    }
  }, 60_000);
});

describe('a row with a value not of its column’s type (a file edited by hand, or written by another tool)', () => {
  it('is skipped and named with its column; the report is made from the file’s other rows (it stopped with «unexpected error»)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-odd-'));
    const rows = readFileSync(writeAgentExport(dir, simulateAgent(5, 2, 4, 11), 'jsonl', exportedAt), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const interactions = rows.filter((r) => r.type === 'interaction');
    const odd: [string, unknown][] = [['first_response_min', 'n/a'], ['customer_at', 'yesterday'], ['steps_done', '1,2'], ['callback_at', 1760000000000]];
    odd.forEach(([column, value], i) => (interactions[i][column] = value));
    const file = join(dir, 'edited.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const s = await openQc([file], {}, { events: 'none', queries: ['summary'] });
    try {
      expect(s.load.skipped.map((k) => [k.code, k.values?.column])).toEqual(odd.map(([column]) => ['bad-value', column]));
      expect(s.load.skipped[0]).toMatchObject({ file, line: rows.indexOf(interactions[0]) + 1, reason: 'first_response_min is not a DOUBLE: "n/a"' });
      expect(s.load.recordsLeftOut).toBe(4);
      const [sum] = await s.sql('summary');
      expect(sum.interactions).toBe(interactions.length - 4);
    } finally {
      s.close();
    }
    const out = join(dir, 'report.html');
    const run = await odigos('qc', file, '-o', out);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('η τιμή της στήλης first_response_min δεν είναι του τύπου της (DOUBLE): &quot;n/a&quot;');
  }, 60_000);
});

describe('times written with a zone offset (an export converted to local times by another tool)', () => {
  it('are read as the moments they name, not as UTC clock readings three hours late', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-offset-'));
    const utc = writeAgentExport(dir, simulateAgent(6, 2, 4, 13), 'jsonl', exportedAt);
    const local = join(dir, 'local.jsonl');
    // The same rows with every time written on Athens' winter clock, «+02:00».
    const athens = (iso: string) => new Date(Date.parse(iso) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    const text = readFileSync(utc, 'utf8').replace(/"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)"/g, (_m, t: string) => `"${athens(t)}"`);
    expect(text).toContain('+02:00"');
    writeFileSync(local, text);
    const times = async (file: string) => {
      const s = await openQc([file], {});
      try {
        const sql = 'SELECT interaction_id, customer_at, first_response_at, resolved_at FROM interactions ORDER BY interaction_id';
        return (await s.db.runAndReadAll(sql)).getRowsJson();
      } finally {
        s.close();
      }
    };
    const expected = await times(utc);
    expect(expected.length).toBe(8);
    expect(await times(local)).toEqual(expected);
  }, 60_000);
});
