/**
 * The embedded DuckDB a report runs in: bounded to this machine (two threads, 1 GB of memory, spilling to a
 * temporary folder beyond), the exports loaded (load.ts), the filters applied, and the report's SQL files run
 * from ./sql beside this file (DuckDB dialect, over the tables `interactions` and `events`).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { COLUMN_NAMES } from '../../qc/schema';
import { defineEvents, expandInputs, loadExports, loadPlan, type EventsNeeded, type LoadReport } from './load';

export interface QcFilters {
  /** Inclusive days (YYYY-MM-DD) on the customer's first message. */
  from?: string;
  to?: string;
  teams?: string[];
  /** "1.2.0" or "el-core@1.2.0": the pack of the first SOP opened. */
  packVersions?: string[];
  /**
   * The QC team's time zone (IANA, "Europe/Athens"): days and weeks, --from and --to are its own. The exports'
   * times are UTC, so a customer who wrote on Monday at 01:00 in Athens was counted in the week before.
   */
  timeZone?: string;
}

export type Row = Record<string, unknown>;

export interface QcSession {
  db: DuckDBConnection;
  load: LoadReport;
  sql(name: string): Promise<Row[]>;
  close(): void;
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

function whereOf(f: QcFilters): string[] {
  const where: string[] = [];
  if (f.from) where.push(`customer_local_at >= ${sqlText(f.from)}::DATE`);
  if (f.to) where.push(`customer_local_at < ${sqlText(f.to)}::DATE + INTERVAL 1 DAY`);
  if (f.teams?.length) where.push(`team IN (${f.teams.map(sqlText).join(', ')})`);
  if (f.packVersions?.length) {
    const one = (v: string) => {
      const [pack, version] = v.includes('@') ? v.split('@', 2) : [undefined, v];
      return pack ? `(pack_id = ${sqlText(pack)} AND pack_version = ${sqlText(version)})` : `pack_version = ${sqlText(version)}`;
    };
    where.push(`(${f.packVersions.map(one).join(' OR ')})`);
  }
  return where;
}

/**
 * customer_local_at: the customer's first message on the QC team's clock (customer_at stays UTC, as exported). The
 * day and week of every figure and filter are read from it.
 */
async function addLocalTime(db: DuckDBConnection, timeZone: string | undefined): Promise<void> {
  const local = timeZone ? `timezone(${sqlText(timeZone)}, timezone('UTC', customer_at))` : 'customer_at';
  await db.run(`CREATE OR REPLACE TABLE interactions AS SELECT *, ${local} AS customer_local_at FROM interactions`);
}

async function applyFilters(db: DuckDBConnection, f: QcFilters): Promise<void> {
  const where = whereOf(f);
  if (!where.length) return;
  // The events view (defined after this) follows the interactions kept.
  await db.run('ALTER TABLE interactions RENAME TO all_interactions');
  await db.run(`CREATE TABLE interactions AS SELECT * FROM all_interactions WHERE ${where.join(' AND ')}`);
  await db.run('DROP TABLE all_interactions');
}

/** Values as JSON can carry them: BIGINT as numbers (counts here are far below 2^53), lists as arrays. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

/** What a report runs: the events it reads and its SQL files (by name, in ./sql). */
export interface QcReportSpec {
  events: EventsNeeded;
  queries: readonly string[];
}

const FILTER_COLUMNS = ['customer_at', 'team', 'pack_id', 'pack_version'];
const sqlFile = (name: string) => readFileSync(new URL(`./sql/${name}.sql`, import.meta.url), 'utf8');

/**
 * The columns the report's SQL files name, so the load reads no other: a word of the SQL that is a column's
 * name keeps that column. A `*` other than count(*) keeps every column (undefined).
 */
export function columnsRead(queries: readonly string[]): Set<string> | undefined {
  const text = queries.map((q) => sqlFile(q).replace(/--[^\n]*/g, '')).join('\n');
  if (/\*/.test(text.replace(/count\(\s*\*\s*\)/gi, ''))) return undefined;
  const words = new Set(text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
  return new Set(COLUMN_NAMES.filter((c) => words.has(c)));
}

/** Opens the exports for a report; with no spec, every event and column loaded (a data team's own queries). */
export async function openQc(files: readonly string[], filters: QcFilters, spec?: QcReportSpec): Promise<QcSession> {
  const events = spec?.events ?? 'all';
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '2',
    memory_limit: '1GB',
    temp_directory: tmpdir(),
    preserve_insertion_order: 'false',
  });
  const db = await instance.connect();
  const read = spec && columnsRead(spec.queries);
  // The filters read the interactions only (the events follow the interactions kept).
  const plan = loadPlan(events, read && { interactions: new Set([...read, ...FILTER_COLUMNS]), events: read });
  const load = await loadExports(db, expandInputs(files), plan);
  await addLocalTime(db, filters.timeZone);
  await applyFilters(db, filters);
  await defineEvents(db, events);
  return {
    db,
    load,
    async sql(name) {
      // Only the spec's files had their columns loaded: any other would fail on a missing column.
      if (spec && !spec.queries.includes(name)) throw new Error(`the report did not declare the query ${name}`);
      const reader = await db.runAndReadAll(sqlFile(name));
      return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
    },
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}
