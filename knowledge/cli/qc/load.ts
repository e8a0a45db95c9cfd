/**
 * Agents' exports → two DuckDB tables, `interactions` and `events` (knowledge/qc/schema.ts columns), whatever
 * form each file has: QC JSON Lines, QC Parquet, or an older notes export (odigos-notes JSON, version 1), which is
 * migrated row by row. Bad input never stops the report: a file that cannot be read is skipped whole, a bad line
 * is skipped alone; each is named (file and line) and counted. Two exports of the same agent and period, or of
 * overlapping periods, count each interaction once: its row from the newest export wins, with that export's events.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createHash, webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { importPseudonymKey, pseudonymsFor } from '../../qc/mask';
import { buildQcRows, maskNote, type QcNote } from '../../qc/records';
import { COLUMN_NAMES, COLUMNS, QC_FORMAT, QC_SCHEMA_VERSION, type QcRow } from '../../qc/schema';

export interface SkippedInput {
  file: string;
  /** 1-based line of a JSON Lines file; absent when the whole file was skipped. */
  line?: number;
  reason: string;
}

export interface LoadReport {
  files: number;
  rowsRead: number;
  /** Lines or files left out, each named. */
  skipped: SkippedInput[];
  /** Rows in those skipped lines and files, as far as known (a whole unreadable file counts its lines). */
  recordsLeftOut: number;
  /** Interactions given again by a duplicate or overlapping export, counted once. */
  duplicates: number;
  /** Files of an older schema, migrated on the way in. */
  migrated: { file: string; from: string }[];
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const COLUMN_SPEC = `{${COLUMN_NAMES.map((c) => `${c}: '${COLUMNS[c].type}'`).join(', ')}}`;
const SHOWN_PER_FILE = 5;

function headBytes(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

type Kind = 'parquet' | 'jsonl' | 'notes-json';

/** What a file is, by its first bytes (a Parquet file starts with PAR1; a notes export is one JSON object). */
function kindOf(file: string): Kind {
  const head = headBytes(file, 4096);
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^\{\s*"format"\s*:\s*"odigos-notes"/.test(text) || (text.startsWith('{') && /^\{\s*\n/.test(text))) return 'notes-json';
  return 'jsonl';
}

/** Selects a source's rows with every schema column in its type (absent columns are NULL; Parquet lists are JSON). */
function normalised(source: string, present: Set<string>, file: string): string {
  const cols = COLUMN_NAMES.map((c) => {
    if (!present.has(c)) return `CAST(NULL AS ${COLUMNS[c].type}) AS ${c}`;
    const type = COLUMNS[c].type;
    return `TRY_CAST(${c} AS ${type}) AS ${c}`;
  });
  return `SELECT ${cols.join(', ')}, ${sqlText(file)} AS src_file FROM ${source}`;
}

async function columnsOf(db: DuckDBConnection, source: string): Promise<Set<string>> {
  const rows = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson();
  return new Set(rows.map((r) => String(r.column_name)));
}

function countLines(file: string): number {
  const buf = readFileSync(file);
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
  if (buf.length && buf[buf.length - 1] !== 10) n++;
  return n;
}

/** The slow, exact path for a JSON Lines file DuckDB could not read whole: every bad line named, the rest kept. */
function cleanJsonLines(file: string, report: LoadReport): string {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
  const good: string[] = [];
  let shown = 0;
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let reason: string | undefined;
    try {
      const row = JSON.parse(raw) as QcRow;
      if (typeof row !== 'object' || row === null || Array.isArray(row)) reason = 'not a record';
      else if (row.format !== QC_FORMAT) reason = `not an Odigos QC record (format "${String(row.format)}")`;
      else if (typeof row.v !== 'number' || row.v > QC_SCHEMA_VERSION) reason = `schema version ${String(row.v)} is newer than this odigos reads (${QC_SCHEMA_VERSION}): update odigos`;
      else if (row.type !== 'interaction' && row.type !== 'event') reason = 'no type (interaction or event)';
      else if (!row.agent_id || !row.interaction_id || !row.export_id) reason = 'no agent_id, interaction_id or export_id';
    } catch (e) {
      reason = i === lines.length - 1 || (i === lines.length - 2 && !lines[lines.length - 1]) ? 'cut short (the file ends inside this record)' : `invalid JSON (${(e as Error).message})`;
    }
    if (reason === undefined) good.push(raw);
    else {
      report.recordsLeftOut++;
      if (shown++ < SHOWN_PER_FILE) report.skipped.push({ file, line: i + 1, reason });
    }
  });
  if (shown > SHOWN_PER_FILE) report.skipped.push({ file, reason: `and ${shown - SHOWN_PER_FILE} more bad lines` });
  const out = join(tmpdir(), `odigos-qc-${createHash('sha1').update(file).digest('hex').slice(0, 12)}-${process.pid}.jsonl`);
  writeFileSync(out, good.join('\n') + '\n');
  return out;
}

/** An older notes export (odigos-notes version 1, before the QC export existed): migrated to QC rows. */
async function migrateNotesExport(file: string, key: CryptoKey): Promise<QcRow[]> {
  const doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { format?: string; version?: number; exportedAt?: string; masked?: boolean; notes?: QcNote[] };
  if (doc.format !== 'odigos-notes') throw new Error(`not an Odigos export (format "${String(doc.format)}")`);
  if (doc.version !== 1) throw new Error(`notes export version ${String(doc.version)} is not known: update odigos`);
  if (!Array.isArray(doc.notes)) throw new Error('no "notes" list');
  const notes = doc.notes.filter((n) => n && typeof n.interactionId === 'string' && n.fields && Array.isArray(n.timeline));
  // It never carried an agent id: the file's own content stands for one, so the same file given twice is one export.
  const digest = createHash('sha1').update(readFileSync(file)).digest('hex');
  const exportedAt = Date.parse(doc.exportedAt ?? '') || statSync(file).mtimeMs;
  // Unmasked older exports are masked on the way in (the report is masked by default).
  const ready = doc.masked ? notes : await maskAll(notes, key);
  const created = ready.map((n) => n.createdAt).filter(Number.isFinite);
  return buildQcRows(ready, {
    exportId: `notes-${digest.slice(0, 16)}`,
    exportedAt,
    periodFrom: created.length ? Math.min(...created) : undefined,
    periodTo: exportedAt,
    agentId: `notes-${digest.slice(0, 12)}`,
    masked: true,
  });
}

async function maskAll(notes: QcNote[], key: CryptoKey): Promise<QcNote[]> {
  const pseudonyms = await pseudonymsFor(notes.map((n) => n.fields.customer ?? ''), key);
  return notes.map((n) => maskNote(n, {}, pseudonyms));
}

/** A key for this run: older unmasked exports get pseudonyms that agree within the report, and nowhere else. */
export function runKey(): Promise<CryptoKey> {
  return importPseudonymKey(new Uint8Array(webcrypto.getRandomValues(new Uint8Array(32))));
}

const VALID = `format = '${QC_FORMAT}' AND v IS NOT NULL AND type IN ('interaction', 'event') AND agent_id IS NOT NULL AND interaction_id IS NOT NULL AND export_id IS NOT NULL`;

async function scalar(db: DuckDBConnection, sql: string): Promise<number> {
  const rows = (await db.runAndReadAll(sql)).getRows();
  return Number(rows[0]?.[0] ?? 0);
}

/** Loads one JSON Lines source: DuckDB reads a good file whole; a file with any bad line is read line by line. */
async function loadJsonLines(db: DuckDBConnection, file: string, report: LoadReport, temp = false): Promise<void> {
  const source = (f: string) => `read_json(${sqlText(f)}, format = 'newline_delimited', columns = ${COLUMN_SPEC})`;
  const lines = countLines(file);
  try {
    await db.run(`INSERT INTO raw ${normalised(source(file), new Set(COLUMN_NAMES), file)}`);
    const [rows, valid] = [await scalar(db, `SELECT count(*) FROM raw WHERE src_file = ${sqlText(file)}`), await scalar(db, `SELECT count(*) FROM raw WHERE src_file = ${sqlText(file)} AND ${VALID} AND v <= ${QC_SCHEMA_VERSION}`)];
    if (rows === lines && valid === rows) return;
    await db.run(`DELETE FROM raw WHERE src_file = ${sqlText(file)}`);
  } catch {
    // Malformed somewhere: find where, below.
  }
  if (temp) throw new Error('rows the migration wrote could not be read back');
  const cleaned = cleanJsonLines(file, report);
  await db.run(`INSERT INTO raw ${normalised(source(cleaned), new Set(COLUMN_NAMES), file)}`);
}

async function loadParquet(db: DuckDBConnection, file: string): Promise<void> {
  const source = `read_parquet(${sqlText(file)})`;
  const present = await columnsOf(db, source);
  if (!present.has('format') || !present.has('agent_id')) throw new Error('a Parquet file, but not an Odigos QC export (no format / agent_id columns)');
  await db.run(`INSERT INTO raw ${normalised(source, present, file)} WHERE ${VALID}`);
}

async function loadOne(db: DuckDBConnection, file: string, report: LoadReport, key: () => Promise<CryptoKey>): Promise<void> {
  const kind = kindOf(file);
  if (kind === 'parquet') return loadParquet(db, file);
  if (kind === 'jsonl') return loadJsonLines(db, file, report);
  const rows = await migrateNotesExport(file, await key());
  report.migrated.push({ file, from: 'odigos-notes v1 (notes JSON export)' });
  const temp = join(tmpdir(), `odigos-qc-migrated-${createHash('sha1').update(file).digest('hex').slice(0, 12)}-${process.pid}.jsonl`);
  writeFileSync(temp, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await db.run(`INSERT INTO raw ${normalised(`read_json(${sqlText(temp)}, format = 'newline_delimited', columns = ${COLUMN_SPEC})`, new Set(COLUMN_NAMES), file)}`);
}

/** Files whose rows say a newer schema: skipped whole, named with the fix. */
async function dropNewer(db: DuckDBConnection, report: LoadReport): Promise<void> {
  const newer = (await db.runAndReadAll(`SELECT src_file, max(v)::INTEGER AS v, count(*)::INTEGER AS n FROM raw GROUP BY src_file HAVING max(v) > ${QC_SCHEMA_VERSION}`)).getRowObjectsJson();
  for (const r of newer) {
    report.skipped.push({ file: String(r.src_file), reason: `written with QC schema version ${r.v}; this odigos reads up to ${QC_SCHEMA_VERSION}: update odigos (npm install odigos@latest)` });
    report.recordsLeftOut += Number(r.n);
    await db.run(`DELETE FROM raw WHERE src_file = ${sqlText(String(r.src_file))}`);
  }
}

/**
 * One row per agent and interaction, from the newest export that has it (then the larger export id, so the
 * choice never depends on file order), and that export's events, each once.
 */
async function deduplicate(db: DuckDBConnection, report: LoadReport): Promise<void> {
  await db.run(`CREATE TEMP TABLE chosen AS
    SELECT agent_id, interaction_id, arg_max(export_id, (exported_at, export_id)) AS export_id, count(*)::INTEGER AS n
    FROM raw WHERE type = 'interaction' GROUP BY agent_id, interaction_id`);
  report.duplicates = await scalar(db, 'SELECT coalesce(sum(n - 1), 0) FROM chosen');
  await db.run(`CREATE TABLE interactions AS
    SELECT r.* EXCLUDE (src_file) FROM raw r JOIN chosen c USING (agent_id, interaction_id, export_id)
    WHERE r.type = 'interaction'
    QUALIFY row_number() OVER (PARTITION BY r.agent_id, r.interaction_id ORDER BY r.src_file) = 1`);
  await db.run(`CREATE TABLE events AS
    SELECT r.* EXCLUDE (src_file) FROM raw r JOIN chosen c USING (agent_id, interaction_id, export_id)
    WHERE r.type = 'event'
    QUALIFY row_number() OVER (PARTITION BY r.agent_id, r.interaction_id, r.seq ORDER BY r.src_file) = 1`);
  await db.run('DROP TABLE raw');
}

export async function loadExports(db: DuckDBConnection, files: readonly string[]): Promise<LoadReport> {
  const report: LoadReport = { files: files.length, rowsRead: 0, skipped: [], recordsLeftOut: 0, duplicates: 0, migrated: [] };
  const cols = COLUMN_NAMES.map((c) => `${c} ${COLUMNS[c].type}`).join(', ');
  await db.run(`CREATE TABLE raw (${cols}, src_file VARCHAR)`);
  let key: Promise<CryptoKey> | undefined;
  for (const file of files) {
    try {
      statSync(file);
      await loadOne(db, file, report, () => (key ??= runKey()));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message.split('\n')[0];
      await db.run(`DELETE FROM raw WHERE src_file = ${sqlText(file)}`).catch(() => undefined);
      report.skipped.push({ file, reason });
      report.recordsLeftOut += kindSafeLines(file);
    }
  }
  await dropNewer(db, report);
  report.rowsRead = await scalar(db, 'SELECT count(*) FROM raw');
  await deduplicate(db, report);
  return report;
}

/** Lines of a file skipped whole (its records, as far as one can count them), 0 for binary or missing files. */
function kindSafeLines(file: string): number {
  try {
    return kindOf(file) === 'jsonl' ? countLines(file) : 0;
  } catch {
    return 0;
  }
}
