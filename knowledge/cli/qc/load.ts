/**
 * Agents' exports → two DuckDB tables, `interactions` and `events` (knowledge/qc/schema.ts columns), whatever
 * form each file has: QC JSON Lines, QC Parquet, or an older notes export (odigos-notes JSON, version 1), which is
 * migrated row by row. Bad input never stops the report: a file that cannot be read is skipped whole, a bad line
 * is skipped alone; each is named (file and line) and counted. Two exports of the same agent and period, or of
 * overlapping periods, or a cut export sent again whole, count each interaction once: its most complete copy wins
 * (deduplicate), with that copy's events, and which files were merged into which is said (`merged`).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createHash, webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { importPseudonymKey, pseudonymsFor } from '../../qc/mask';
import { readCutNotes } from '../../qc/cut-notes';
import { askForOf, type AskFor } from './ask-for';
import { count } from '../../text/plural';
import { buildQcRows, maskNote, type QcNote } from '../../qc/records';
import { badColumn, COLUMN_NAMES, COLUMNS, QC_FORMAT, QC_SCHEMA_VERSION, type ColumnName, type QcRow } from '../../qc/schema';

/**
 * What is wrong with a skipped line or file, for the report to say in its language (the reason's words are
 * English, for standard error and --json): the QC lead read «cut short (the file ends inside this record)» in the
 * middle of a Greek report.
 */
export type SkipCode =
  | 'cut-short'
  | 'invalid-json'
  | 'not-record'
  | 'other-format'
  | 'no-version'
  | 'newer-schema'
  | 'no-type'
  | 'no-ids'
  | 'bad-value'
  | 'more-lines'
  | 'newer-schema-file'
  | 'parquet-unreadable'
  | 'parquet-cut'
  | 'parquet-not-qc'
  | 'no-file'
  | 'folder'
  | 'notes-unreadable'
  | 'notes-cut'
  | 'notes-format'
  | 'notes-version'
  | 'notes-no-list'
  | 'unreadable';

export interface SkippedInput {
  file: string;
  /** 1-based line of a JSON Lines file; absent when the whole file was skipped. */
  line?: number;
  reason: string;
  code: SkipCode;
  /** What the code's words name ({format}, {v} …). */
  values?: Record<string, string | number>;
  /**
   * A cut file (cut-short, notes-cut, parquet-cut) whose every record, and what was lost at its cut, another file
   * read holds: that file, resent whole. Nothing of it is missing and the agent need not be asked again (coverCuts).
   */
  coveredBy?: string;
  /** A cut file nothing covers: whom to ask for it again, and for which export ({} when the cut left nothing to tell). */
  askFor?: AskFor;
}

/** A file that is not what it claims, with the code the report says it by. */
class InputProblem extends Error {
  constructor(
    message: string,
    readonly code: SkipCode,
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
  }
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
  /**
   * Which file's interactions were counted from which other file's copy, and how many: each file that lost a copy
   * (an export saved twice, an earlier export, a cut file sent again whole), for the report to say what was merged.
   */
  merged: { file: string; into: string; n: number }[];
  /**
   * The agents of older notes exports, which carry no agent's name, each with the file that stands for them (the
   * newest export of the installation): the report says «Εκπρόσωπος χωρίς όνομα (αρχείο …)», where it showed the
   * file's name as if it were the agent's.
   */
  unnamed?: { agentId: string; file: string }[];
  /** Files of an older schema, migrated on the way in (`code`: which, for the report to say in its language). */
  migrated: { file: string; from: string; code: 'notes-v1' }[];
  /**
   * Files skipped whole whose records could not be counted (a cut or unreadable Parquet file, a notes export that
   * does not read): not in `recordsLeftOut`, which alone read «0» as if nothing was lost.
   */
  leftOutUncounted: number;
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
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

/** What a row is checked with on the way in (VALID): read from every file, kept only where a report reads it. */
const CHECK_COLUMNS: readonly ColumnName[] = ['format', 'v', 'type', 'export_id', 'agent_id', 'interaction_id'];
/** What each table keeps whatever the report: the version (dropNewer) and the keys of de-duplication. */
const KEYS = {
  raw_i: ['v', 'export_id', 'exported_at', 'agent_id', 'interaction_id', 'created_at', 'imported'] as readonly ColumnName[],
  raw_e: ['v', 'export_id', 'agent_id', 'interaction_id'] as readonly ColumnName[],
};

/**
 * What a load reads and keeps: the events a report needs, and only the columns its SQL reads (a report that
 * reads eight columns of seventy should not parse, store and de-duplicate the other sixty; at a million
 * interactions that was most of the time and memory). `raw_i` / `raw_e`: each table's columns (an interaction
 * row has no event fields and the other way round); `read`: what a JSON Lines file is read with.
 */
export interface LoadPlan {
  events: EventsNeeded;
  raw_i: readonly ColumnName[];
  raw_e: readonly ColumnName[];
  read: readonly ColumnName[];
}

/**
 * The plan for a report whose SQL reads `columns` of each table (every column of both when not given, for a data
 * team's own queries).
 */
export function loadPlan(events: EventsNeeded, columns?: { interactions: ReadonlySet<string>; events: ReadonlySet<string> }): LoadPlan {
  const raw_i = COLUMN_NAMES.filter((c) => COLUMNS[c].rows !== 'event' && (!columns || columns.interactions.has(c) || KEYS.raw_i.includes(c)));
  // With no events needed, raw_e stays empty, with the columns the checks below read.
  const raw_e = COLUMN_NAMES.filter(
    (c) => COLUMNS[c].rows !== 'interaction' && (KEYS.raw_e.includes(c) || (events !== 'none' && (!columns || columns.events.has(c)))),
  );
  const read = new Set<ColumnName>([...raw_i, ...raw_e, ...CHECK_COLUMNS, ...EVENT_FILTER_COLUMNS[events]]);
  return { events, raw_i, raw_e, read: COLUMN_NAMES.filter((c) => read.has(c)) };
}

/** Each column in its schema type (absent: NULL; a Parquet list written as JSON text: cast to the list). */
function selectList(columns: readonly ColumnName[], present: ReadonlySet<string>): string {
  return columns.map((c) => (present.has(c) ? `TRY_CAST("${c}" AS ${COLUMNS[c].type}) AS "${c}"` : `CAST(NULL AS ${COLUMNS[c].type}) AS "${c}"`)).join(', ');
}

async function columnsOf(db: DuckDBConnection, source: string): Promise<Set<string>> {
  const rows = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson();
  return new Set(rows.map((r) => String(r.column_name)));
}

/**
 * Which events a report reads: `qc` none (its figures are the interactions'), `insights` the kinds its SQL reads,
 * `all` every one (for a data team's own queries).
 */
export type EventsNeeded = 'none' | 'insights' | 'all';
const EVENT_FILTER: Record<EventsNeeded, string | undefined> = {
  none: undefined,
  insights: "(kind IN ('suggested', 'template-inserted', 'sop-opened') OR (kind = 'message' AND edit_entry IS NOT NULL))",
  all: 'true',
};
/** The columns those filters read (the source's, before the plan's columns are chosen from it). */
const EVENT_FILTER_COLUMNS: Record<EventsNeeded, readonly ColumnName[]> = { none: [], insights: ['kind', 'edit_entry'], all: [] };

/** Appends a source's valid rows to raw_i / raw_e, each named by the file it came from (`filename`). */
async function insertFrom(db: DuckDBConnection, source: string, present: ReadonlySet<string>, plan: LoadPlan, name = 'filename'): Promise<void> {
  await db.run(`INSERT INTO raw_i SELECT ${selectList(plan.raw_i, present)}, ${name} AS src_file FROM ${source} WHERE type = 'interaction' AND ${VALID}`);
  const filter = EVENT_FILTER[plan.events];
  if (!filter) return;
  // A file's rows are counted against its lines: events a report does not read still count as read.
  await db.run(`INSERT INTO raw_e SELECT ${selectList(plan.raw_e, present)}, ${name} AS src_file FROM ${source} WHERE type = 'event' AND ${VALID} AND ${filter}`);
}

/** Lines with a record in them (blank lines are not records). */
function countLines(file: string): number {
  const buf = readFileSync(file);
  let n = 0;
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c !== 32 && c !== 9 && c !== 13) {
        n++;
        break;
      }
    }
    start = end + 1;
  }
  return n;
}

type Problem = Pick<SkippedInput, 'reason' | 'code' | 'values'>;

/** What is wrong with one line of a JSON Lines file, if anything (`last`: the file ends in it). */
function lineProblem(raw: string, last: boolean): Problem | undefined {
  let row: QcRow;
  try {
    row = JSON.parse(raw) as QcRow;
  } catch (e) {
    return last ? { reason: 'cut short (the file ends inside this record)', code: 'cut-short' } : { reason: `invalid JSON (${(e as Error).message})`, code: 'invalid-json', values: { error: (e as Error).message } };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { reason: 'not a record', code: 'not-record' };
  if (row.format !== QC_FORMAT) return { reason: `not an Odigos QC record (format "${String(row.format)}")`, code: 'other-format', values: { format: String(row.format) } };
  // A missing version was said as «schema version undefined is newer than this odigos reads».
  if (typeof row.v !== 'number') return { reason: 'no schema version (v)', code: 'no-version' };
  if (row.v > QC_SCHEMA_VERSION) return { reason: `schema version ${row.v} is newer than this odigos reads (${QC_SCHEMA_VERSION}): update odigos`, code: 'newer-schema', values: { v: row.v, max: QC_SCHEMA_VERSION } };
  if (row.type !== 'interaction' && row.type !== 'event') return { reason: 'no type (interaction or event)', code: 'no-type' };
  if (!row.agent_id || !row.interaction_id || !row.export_id) return { reason: 'no agent_id, interaction_id or export_id', code: 'no-ids' };
  const bad = badColumn(row);
  if (bad) {
    const value = JSON.stringify(row[bad]).slice(0, 40);
    return { reason: `${bad} is not a ${COLUMNS[bad].type}: ${value}`, code: 'bad-value', values: { column: bad, type: COLUMNS[bad].type, value } };
  }
  return undefined;
}

/** The slow, exact path for a JSON Lines file DuckDB could not read whole: every bad line named, the rest kept. */
function cleanJsonLines(file: string, report: LoadReport, name = file): string {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
  const good: string[] = [];
  let shown = 0;
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const problem = lineProblem(raw, i === lines.length - 1 || (i === lines.length - 2 && !lines[lines.length - 1]));
    if (problem === undefined) good.push(raw);
    else {
      report.recordsLeftOut++;
      if (shown++ < SHOWN_PER_FILE) report.skipped.push({ file: name, line: i + 1, ...problem });
    }
  });
  if (shown > SHOWN_PER_FILE) report.skipped.push({ file: name, reason: `and ${count(shown - SHOWN_PER_FILE, 'more bad line', 'more bad lines')}`, code: 'more-lines', values: { n: shown - SHOWN_PER_FILE } });
  const out = join(tmpdir(), `odigos-qc-${createHash('sha1').update(file).digest('hex').slice(0, 12)}-${process.pid}.jsonl`);
  writeFileSync(out, good.join('\n') + '\n');
  return out;
}

/** An older notes export (odigos-notes version 1, before the QC export existed): migrated to QC rows. */
type NotesDoc = { format?: string; version?: number; exportedAt?: string; masked?: boolean; agentId?: unknown; agent?: unknown; notes?: QcNote[] };

/** The exporting installation's id (lib/store/qc-identity: «a-» and hex), if the file carries one that is one. */
const exportAgentId = (doc: NotesDoc) => (typeof doc.agentId === 'string' && /^a-[0-9a-f]{8,64}$/.test(doc.agentId) ? doc.agentId : undefined);
/** The agent's display name, if the file carries one (the organisation may leave it out). */
const exportAgentName = (doc: NotesDoc) => (typeof doc.agent === 'string' && doc.agent.trim() && doc.agent.length <= 200 ? doc.agent.trim() : undefined);

/**
 * The notes export's document; cut short, its whole notes (readCutNotes), with the cut named and counted: the whole
 * file was skipped, and every complete note in it lost with the one cut.
 */
function readNotesDoc(file: string, report: LoadReport): NotesDoc {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as NotesDoc;
  } catch (e) {
    const cut = readCutNotes(text);
    if (!cut || cut.head.format !== 'odigos-notes') throw new InputProblem((e as Error).message, 'notes-unreadable', { error: (e as Error).message });
    report.skipped.push({ file, reason: `cut short: the ${count(cut.notes.length, 'note before the cut is read', 'notes before the cut are read')}, the rest is missing`, code: 'notes-cut', values: { n: cut.notes.length } });
    report.recordsLeftOut++;
    return { ...cut.head, notes: cut.notes as QcNote[] };
  }
}

async function migrateNotesExport(file: string, key: CryptoKey, report: LoadReport): Promise<QcRow[]> {
  const doc = readNotesDoc(file, report);
  if (doc.format !== 'odigos-notes') throw new InputProblem(`not an Odigos export (format "${String(doc.format)}")`, 'notes-format', { format: String(doc.format) });
  if (doc.version !== 1) throw new InputProblem(`notes export version ${String(doc.version)} is not known: update odigos`, 'notes-version', { version: String(doc.version) });
  if (!Array.isArray(doc.notes)) throw new InputProblem('no "notes" list', 'notes-no-list');
  const notes = doc.notes.filter((n) => n && typeof n.interactionId === 'string' && n.fields && Array.isArray(n.timeline));
  // The file's own content stands for the export, so the same file given twice is one export.
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
    // Exports since the notes page tells an own backup from a hand-over say who made them; older ones did not.
    agentId: exportAgentId(doc) ?? notesAgent(notes) ?? `notes-${digest.slice(0, 12)}`,
    // Without an agent's name the report names the agent by the file (`unnamed`), never as if it were a name.
    ...(exportAgentName(doc) ? { agent: exportAgentName(doc) } : {}),
    masked: true,
  });
}

/**
 * It never carried an agent id, and the file's content stood for one: a cut export and the same notes sent again
 * whole were two agents, every interaction in both counted twice. The installation's earliest note (its
 * interaction and the millisecond it was made) stands for it instead: an export lists the notes oldest first, so a
 * file cut short keeps it, and no other installation made that note at that moment (two agents' notes of the same
 * ticket are made at different moments).
 */
function notesAgent(notes: readonly QcNote[]): string | undefined {
  const first = notes.filter((n) => Number.isFinite(n.createdAt)).reduce<QcNote | undefined>((a, n) => (!a || n.createdAt < a.createdAt ? n : a), undefined);
  return first && `notes-${createHash('sha1').update(`${first.interactionId}\u0000${first.createdAt}`).digest('hex').slice(0, 12)}`;
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
const list = (files: readonly string[]) => `[${files.map(sqlText).join(', ')}]`;
/**
 * JSON Lines read with the plan's columns (DuckDB still parses every line whole: a broken line is still an error).
 * Times are read with their zone (TIMESTAMPTZ) and cast to UTC on the way into the tables (loadExports sets the
 * session's zone to UTC): read as TIMESTAMP, «2026-10-19T12:00:00+03:00» became 12:00 UTC, three hours late,
 * without a word. The extension writes UTC («…Z»); a file converted to local times by another tool does not.
 */
const readType = (c: ColumnName) => (COLUMNS[c].type === 'TIMESTAMP' ? 'TIMESTAMPTZ' : COLUMNS[c].type);
const jsonSource = (files: readonly string[], plan: LoadPlan) =>
  `read_json(${list(files)}, format = 'newline_delimited', columns = {${plan.read.map((c) => `${c}: '${readType(c)}'`).join(', ')}}, filename = true)`;

async function scalar(db: DuckDBConnection, sql: string): Promise<number> {
  const rows = (await db.runAndReadAll(sql)).getRows();
  return Number(rows[0]?.[0] ?? 0);
}

async function dropFile(db: DuckDBConnection, file: string): Promise<void> {
  for (const t of ['raw_i', 'raw_e']) await db.run(`DELETE FROM ${t} WHERE src_file = ${sqlText(file)}`);
}

/**
 * A Parquet file ends as it starts, with PAR1, after its footer: the schema and where each group of rows lies. One
 * that starts so and ends otherwise was cut short (an upload or a copy that stopped part-way), and with the footer
 * goes every way to its rows: DuckDB, and any reader, refuses it whole. «cannot be read as Parquet (… No magic
 * bytes …)» did not tell the lead that the export must be sent again.
 */
function parquetCut(file: string): boolean {
  const size = statSync(file).size;
  if (size < 8) return true;
  const fd = openSync(file, 'r');
  try {
    const tail = Buffer.alloc(4);
    readSync(fd, tail, 0, 4, size - 4);
    return tail.toString('latin1') !== 'PAR1';
  } finally {
    closeSync(fd);
  }
}

/** Parquet files, all in one read; where that fails, one by one (a file that cannot be read is skipped whole). */
async function loadParquet(db: DuckDBConnection, files: readonly string[], report: LoadReport, plan: LoadPlan): Promise<void> {
  if (!files.length) return;
  const source = (f: readonly string[]) => `read_parquet(${list(f)}, union_by_name = true, filename = true)`;
  try {
    await insertFrom(db, source(files), await columnsOf(db, source(files)), plan);
    return;
  } catch {
    for (const f of files) await dropFile(db, f);
  }
  for (const f of files) {
    try {
      if (parquetCut(f)) throw new InputProblem('cut short before its footer, so none of its records can be read: ask the agent to send the export again', 'parquet-cut');
      const present = await columnsOf(db, source([f]));
      if (!present.has('format') || !present.has('agent_id')) throw new InputProblem('a Parquet file, but not an Odigos QC export (no format / agent_id columns)', 'parquet-not-qc');
      await insertFrom(db, source([f]), present, plan);
    } catch (e) {
      await dropFile(db, f);
      const message = (e as Error).message.split('\n')[0];
      report.skipped.push(e instanceof InputProblem ? { file: f, reason: message, code: e.code } : { file: f, reason: `cannot be read as Parquet (${message})`, code: 'parquet-unreadable', values: { error: message } });
    }
  }
}

/**
 * Reads JSON Lines into a staging table, then the rows the report needs into raw_i / raw_e; returns the files in
 * which some record is not a valid one (every kind counts, needed or not). DuckDB gives every non-blank line a row
 * (a line that is JSON but not a record gives one of NULLs) and stops at a line that is not JSON at all, so a file
 * whose rows are all valid has no bad line: its lines need not be read and counted apart (at a million
 * interactions, reading the JSON files a second time in Node cost seconds).
 */
async function stageJson(db: DuckDBConnection, files: readonly string[], plan: LoadPlan, name = 'filename'): Promise<string[]> {
  await db.run(`CREATE OR REPLACE TEMP TABLE staged AS SELECT * FROM ${jsonSource(files, plan)}`);
  try {
    const bad = (await db.runAndReadAll(`SELECT ${name} FROM staged GROUP BY ALL HAVING count(*) FILTER (WHERE ${VALID}) < count(*)`)).getRows();
    await insertFrom(db, 'staged', new Set<string>(plan.read), plan, name);
    return bad.map(([f]) => String(f));
  } finally {
    await db.run('DROP TABLE staged');
  }
}

/**
 * JSON Lines files, all in one read; a file DuckDB cannot read, or with a record that is not valid, is read
 * again line by line (cleanJsonLines), its bad lines named and counted and the rest kept.
 */
async function loadJsonLines(db: DuckDBConnection, files: readonly string[], report: LoadReport, names: ReadonlyMap<string, string>, plan: LoadPlan): Promise<void> {
  if (!files.length) return;
  const suspects: string[] = [];
  try {
    suspects.push(...(await stageJson(db, files, plan)));
  } catch {
    for (const f of files) await dropFile(db, f);
    for (const f of files) {
      try {
        suspects.push(...(await stageJson(db, [f], plan)));
      } catch {
        await dropFile(db, f);
        suspects.push(f);
      }
    }
  }
  for (const f of suspects) {
    await dropFile(db, f);
    const cleaned = cleanJsonLines(f, report, names.get(f) ?? f);
    try {
      await stageJson(db, [cleaned], plan, sqlText(f));
    } catch (e) {
      // A value the line checks let through and DuckDB refuses: the file is skipped and named, never the report.
      await dropFile(db, f);
      const message = (e as Error).message.split('\n')[0];
      report.skipped.push({ file: names.get(f) ?? f, reason: message, code: 'unreadable', values: { error: message } });
      report.recordsLeftOut += countLines(cleaned);
    }
  }
}

/** Files whose rows say a newer schema: skipped whole, named with the fix. */
async function dropNewer(db: DuckDBConnection, report: LoadReport, names: ReadonlyMap<string, string>): Promise<void> {
  const newer = (
    await db.runAndReadAll(
      `SELECT src_file, max(v)::INTEGER AS v, count(*)::INTEGER AS n FROM (SELECT src_file, v FROM raw_i UNION ALL SELECT src_file, v FROM raw_e) GROUP BY src_file HAVING max(v) > ${QC_SCHEMA_VERSION}`,
    )
  ).getRowObjectsJson();
  for (const r of newer) {
    const file = String(r.src_file);
    report.skipped.push({
      file: names.get(file) ?? file,
      reason: `written with QC schema version ${r.v}; this odigos reads up to ${QC_SCHEMA_VERSION}: update odigos`,
      code: 'newer-schema-file',
      values: { v: Number(r.v), max: QC_SCHEMA_VERSION },
    });
    // Every record of the file is left out, also those of kinds this report does not load.
    report.recordsLeftOut += kindOf(file) === 'parquet' ? await scalar(db, `SELECT count(*) FROM read_parquet(${sqlText(file)})`) : countLines(file);
    await dropFile(db, file);
  }
}

/**
 * The older notes exports of one installation, as one agent. Each file's agent is its earliest note (notesAgent);
 * a later export whose oldest notes were deleted starts at another note, and the agent showed twice in the
 * per-agent table, under each file's name. Two files that share a note (its interaction and the millisecond it was
 * made) come from the same installation, unless one holds a note the other would have held: a note made before the
 * other file was exported (before its cut, for a cut file) that it lacks. Notes are only deleted or added by
 * being made, so that note came in by an import: an agent who imported a colleague's export (a hand-over) shares
 * the colleague's notes, and the two were one agent, the colleague's interactions counted as theirs. Such files,
 * and those they share notes with in turn, take the agent id and name of their newest export (then the last by name).
 */
async function sameInstallations(db: DuckDBConnection, report: LoadReport): Promise<void> {
  const files = report.migrated.map((m) => m.file);
  if (files.length < 2) return;
  const cut = report.skipped.filter((s) => s.code === 'notes-cut').map((s) => s.file);
  // Up to when each file holds every note its installation had: its export, or its last whole note when cut.
  await db.run(`CREATE TEMP TABLE notes_files AS SELECT src_file, max(exported_at) AS exp,
    CASE WHEN src_file IN ${inList(cut.length ? cut : [''])} THEN max(created_at) ELSE max(exported_at) END AS upto
    FROM raw_i WHERE src_file IN ${inList(files)} GROUP BY src_file`);
  // The later export (`held`) holds a note the earlier (`other`) would have held: imported since. The earlier one
  // holding notes the later lacks is no sign: they were deleted.
  const lacks = (held: string, other: string) => `EXISTS (SELECT 1 FROM raw_i y JOIN notes_files f ON f.src_file = ${other} JOIN notes_files h ON h.src_file = ${held}
      WHERE y.src_file = ${held} AND h.exp >= f.exp AND y.created_at < f.upto
      AND NOT EXISTS (SELECT 1 FROM raw_i x WHERE x.src_file = ${other} AND x.interaction_id = y.interaction_id AND x.created_at = y.created_at))`;
  const pairs = (
    await db.runAndReadAll(`SELECT a, b FROM (SELECT DISTINCT a.src_file AS a, b.src_file AS b FROM raw_i a JOIN raw_i b USING (interaction_id, created_at)
      WHERE a.src_file < b.src_file AND a.src_file IN ${inList(files)} AND b.src_file IN ${inList(files)}) p
      WHERE NOT ${lacks('p.a', 'p.b')} AND NOT ${lacks('p.b', 'p.a')}`)
  ).getRowObjectsJson();
  await db.run('DROP TABLE notes_files');
  const root = new Map<string, string>(files.map((f) => [f, f]));
  const find = (f: string): string => (root.get(f) === f ? f : find(root.get(f)!));
  for (const p of pairs) root.set(find(String(p.a)), find(String(p.b)));
  const newest = (
    await db.runAndReadAll(`SELECT src_file, any_value(agent_id) AS agent_id FROM raw_i WHERE src_file IN ${inList(files)} GROUP BY src_file ORDER BY max(exported_at) NULLS FIRST, src_file`)
  ).getRowObjectsJson();
  const chosen = new Map<string, { file: string; id: string; renamed?: boolean }>();
  for (const r of newest) chosen.set(find(String(r.src_file)), { file: String(r.src_file), id: String(r.agent_id) });
  apartIds(chosen, newest.map((r) => String(r.src_file)), find);
  for (const f of files) {
    const to = chosen.get(find(f));
    if (!to || (to.file === f && !to.renamed)) continue;
    for (const t of ['raw_i', 'raw_e']) await db.run(`UPDATE ${t} SET agent_id = ${sqlText(to.id)} WHERE src_file = ${sqlText(f)}`);
  }
}

/**
 * Two installations told apart above may still bear one id: the importer's earliest note can be the colleague's
 * (notesAgent). The installation with the earliest export keeps it; each other one takes its newest file's own.
 */
function apartIds(chosen: Map<string, { file: string; id: string; renamed?: boolean }>, byAge: readonly string[], find: (f: string) => string): void {
  const first = new Map<string, string>();
  for (const f of byAge) {
    const group = find(f);
    const to = chosen.get(group)!;
    const owner = first.get(to.id);
    if (owner === undefined) first.set(to.id, group);
    else if (owner !== group) chosen.set(group, { ...to, id: `${to.id}-${createHash('sha1').update(to.file).digest('hex').slice(0, 8)}`, renamed: true });
  }
}
/** The agent ids of older notes exports (after sameInstallations), each with its newest file's name. */
async function unnamedAgents(db: DuckDBConnection, report: LoadReport): Promise<LoadReport['unnamed']> {
  const files = report.migrated.map((m) => m.file);
  if (!files.length) return [];
  const rows = (
    await db.runAndReadAll(`SELECT agent_id, arg_max(src_file, (coalesce(exported_at, '-infinity'::TIMESTAMP), src_file)) AS file FROM raw_i
      WHERE src_file IN ${inList(files)} GROUP BY agent_id ORDER BY agent_id`)
  ).getRowObjectsJson();
  return rows.map((r) => ({ agentId: String(r.agent_id), file: basename(String(r.file)) }));
}
const inList = (files: readonly string[]) => `(${files.map(sqlText).join(', ')})`;

/**
 * What makes two rows one record: the same agent's installation and interaction. An older notes export's agent is
 * known only by its earliest note (notesAgent), which a later export may no longer hold: its rows are one record
 * where the interaction and the millisecond its note was made agree, whatever file they came from. Two agents'
 * rows of the same ticket stay apart: their agent ids differ, and so do the moments their notes were made.
 */
const RECORD_KEY = `CASE WHEN r.src_file IN (SELECT src_file FROM migrated_files) AND r.created_at IS NOT NULL THEN 'notes' ELSE r.agent_id END AS k_agent,
  r.interaction_id,
  CASE WHEN r.src_file IN (SELECT src_file FROM migrated_files) THEN r.created_at ELSE '-infinity'::TIMESTAMP END AS k_at`;

/**
 * A note several agents' exports hold is one record, counted under its author: an agent who imported a colleague's
 * export (a hand-over) holds the colleague's notes with their very moments (interaction and the millisecond each was
 * made; two installations never make a note of a ticket at the same moment), and exports them as their own rows.
 * Counted under both, each such interaction was counted twice, the second time as the importer's work. The author is
 * the agent whose copy is not marked `imported` (the extension marks the notes an import adds), else, for exports
 * made before the mark, the agent who exported it first (the importer can only have exported it after its author).
 * The other agents' copies are taken out here, and said among the merges; the author's copies are then one record as
 * any agent's are (deduplicate). A note only importers hold counts once, under the first of them to export it.
 */
async function dropImportedCopies(db: DuckDBConnection, report: LoadReport): Promise<number> {
  await db.run(`CREATE TEMP TABLE note_owner AS SELECT interaction_id, created_at,
      arg_min(agent_id, (coalesce(imported, false), coalesce(exported_at, '-infinity'::TIMESTAMP), agent_id)) AS owner
    FROM raw_i WHERE created_at IS NOT NULL GROUP BY ALL HAVING count(DISTINCT agent_id) > 1`);
  // Where the author's copy lies: their newest export of it (the one deduplicate keeps).
  await db.run(`CREATE TEMP TABLE copies AS SELECT r.rowid AS row_id, r.src_file AS file, w.kept_in FROM raw_i r
    JOIN note_owner o USING (interaction_id, created_at)
    JOIN (SELECT o.interaction_id, o.created_at, arg_max(a.src_file, (coalesce(a.exported_at, '-infinity'::TIMESTAMP), a.src_file)) AS kept_in
      FROM note_owner o JOIN raw_i a ON a.interaction_id = o.interaction_id AND a.created_at = o.created_at AND a.agent_id = o.owner GROUP BY ALL) w
      USING (interaction_id, created_at)
    WHERE r.agent_id <> o.owner`);
  const merged = (await db.runAndReadAll('SELECT file, kept_in, count(*)::INTEGER AS n FROM copies GROUP BY ALL ORDER BY file, kept_in')).getRowObjectsJson();
  report.merged.push(...merged.map((m) => ({ file: String(m.file), into: String(m.kept_in), n: Number(m.n) })));
  await db.run('DELETE FROM raw_i WHERE rowid IN (SELECT row_id FROM copies)');
  const n = await scalar(db, 'SELECT count(*) FROM copies');
  for (const t of ['copies', 'note_owner']) await db.run(`DROP TABLE ${t}`);
  return n;
}

/**
 * One row per record (RECORD_KEY), its most complete copy: from the newest export that has it, then from the file
 * with more of the export's rows (a cut file sent again whole: the same export, the whole file wins), then the
 * larger export id, so the choice never depends on file order; with that copy's events. A file given twice is read
 * once. The winner is chosen on the keys alone (arg_max of the row id), the others deleted: sorting whole rows in
 * a window over a million interactions cost more than everything else the report does. Which files lost copies to
 * which is said in `merged`.
 */
async function deduplicate(db: DuckDBConnection, report: LoadReport): Promise<Map<string, number>> {
  await db.run(`CREATE TEMP TABLE migrated_files AS SELECT unnest(${list(report.migrated.map((m) => m.file))}::VARCHAR[]) AS src_file`);
  const copies = await dropImportedCopies(db, report);
  await db.run(`CREATE TEMP TABLE file_rows AS SELECT export_id, src_file, count(*) AS n FROM raw_i GROUP BY ALL`);
  const rows = new Map<string, number>();
  for (const r of (await db.runAndReadAll('SELECT src_file, sum(n)::INTEGER AS n FROM file_rows GROUP BY src_file')).getRowObjectsJson()) rows.set(String(r.src_file), Number(r.n));
  await db.run(`CREATE TEMP TABLE export_files AS SELECT export_id, arg_min(src_file, (-n, src_file)) AS src_file, max(n) AS n FROM file_rows GROUP BY export_id`);
  // ORDER BY exported_at DESC put a missing export time last: so does -infinity here.
  await db.run(`CREATE TEMP TABLE keyed AS SELECT r.rowid AS row_id, r.src_file, f.n AS file_n, coalesce(r.exported_at, '-infinity'::TIMESTAMP) AS exp_at, r.export_id,
    ${RECORD_KEY}
    FROM raw_i r LEFT JOIN export_files f USING (export_id, src_file)`);
  await db.run(`CREATE TEMP TABLE kept AS
    SELECT k_agent, interaction_id, k_at, arg_max(row_id, (exp_at, file_n, export_id)) AS row_id, arg_max(src_file, (exp_at, file_n, export_id)) AS src_file
    FROM keyed WHERE file_n IS NOT NULL GROUP BY ALL`);
  const merged = (
    await db.runAndReadAll(`SELECT l.src_file AS file, k.src_file AS kept_in, count(*)::INTEGER AS n
      FROM keyed l JOIN kept k USING (k_agent, interaction_id, k_at) WHERE l.row_id <> k.row_id GROUP BY ALL ORDER BY file, kept_in`)
  ).getRowObjectsJson();
  report.merged.push(...merged.map((m) => ({ file: String(m.file), into: String(m.kept_in), n: Number(m.n) })));
  // The others are deleted where they lie (copying the winners cost more). src_file stays until the events are
  // chosen (defineEvents): it tells which copy of an export was kept.
  const read = await scalar(db, 'SELECT count(*) FROM raw_i');
  await db.run('ALTER TABLE raw_i RENAME TO interactions');
  await db.run('DELETE FROM interactions WHERE rowid IN (SELECT r.rowid FROM interactions r ANTI JOIN kept k ON r.rowid = k.row_id)');
  report.duplicates = copies + read - (await scalar(db, 'SELECT count(*) FROM interactions'));
  for (const t of ['kept', 'keyed', 'export_files', 'file_rows', 'migrated_files']) await db.run(`DROP TABLE ${t}`);
  return rows;
}

const CUT_CODES: readonly SkipCode[] = ['cut-short', 'notes-cut', 'parquet-cut'];
/** Files skipped whole with records nobody could count. */
const UNCOUNTED_CODES: readonly SkipCode[] = ['parquet-cut', 'parquet-unreadable', 'notes-unreadable'];

/** Whether `file`'s bytes are the first bytes of `whole` (a cut copy of it). */
function bytePrefix(file: string, whole: string): boolean {
  const cut = readFileSync(file);
  if (statSync(whole).size <= cut.length) return false;
  return headBytes(whole, cut.length).equals(cut);
}

/** The interaction the cut record belonged to, where the cut left its id whole; undefined otherwise. */
function cutInteraction(s: SkippedInput): string | undefined {
  const text = readFileSync(s.file, 'utf8');
  if (s.code === 'cut-short') return /"interaction_id"\s*:\s*"([^"\\]*)"/u.exec(text.split('\n')[(s.line ?? 0) - 1] ?? '')?.[1];
  const ids = [...text.matchAll(/"interactionId"\s*:\s*"([^"\\]*)"/gu)].map((m) => m[1]);
  return ids.length > Number(s.values?.n ?? 0) ? ids[ids.length - 1] : undefined;
}

/**
 * A cut file sent again whole was listed as skipped, «ask the agent to send it again», under the line saying it had
 * been counted from the whole file: the lead read a contradiction and might chase an agent for nothing. A cut file
 * is covered by a file read whole when that file starts with its very bytes (a cut copy), or when every interaction
 * of it was counted from that one file and the cut record is there too (its interaction, where the cut left its
 * id; else the whole file goes on past the cut's last interaction). Its skip then says so (`coveredBy`) and its cut
 * record is no longer counted as left out. What a resend does not hold stays skipped, with what to do.
 */
async function coverCuts(db: DuckDBConnection, report: LoadReport, rows: ReadonlyMap<string, number>): Promise<void> {
  const read = [...rows.keys()];
  for (const s of report.skipped) {
    if (!CUT_CODES.includes(s.code) || report.skipped.some((o) => o !== s && o.file === s.file)) continue;
    let by = read.find((w) => w !== s.file && bytePrefix(s.file, w));
    const into = report.merged.filter((m) => m.file === s.file);
    if (!by && into.length === 1 && into[0].n === rows.get(s.file) && !report.skipped.some((o) => o.file === into[0].into)) {
      const id = cutInteraction(s);
      const there = id === undefined ? (rows.get(into[0].into) ?? 0) > into[0].n : (await scalar(db, `SELECT count(*) FROM interactions WHERE src_file = ${sqlText(into[0].into)} AND interaction_id = ${sqlText(id)}`)) > 0;
      if (there) by = into[0].into;
    }
    if (!by) continue;
    s.coveredBy = by;
    if (s.code !== 'parquet-cut') report.recordsLeftOut--;
  }
  report.leftOutUncounted = report.skipped.filter((s) => UNCOUNTED_CODES.includes(s.code) && !s.coveredBy).length;
  for (const s of report.skipped) if (CUT_CODES.includes(s.code) && !s.coveredBy) s.askFor = askForCut(s);
}

/** Whom to ask for a cut file again (ask-for.ts): a Parquet file cut before its footer tells nothing readable. */
function askForCut(s: SkippedInput): AskFor {
  if (s.code === 'parquet-cut') return {};
  return askForOf(readFileSync(s.file, 'utf8'), s.code === 'notes-cut' ? 'notes' : 'jsonl', cutInteraction(s));
}

/**
 * The events of the interactions kept (after de-duplication and any filter), defined once `interactions` is
 * final: where a report reads no events, an empty view (raw_e was left empty); else a table several queries read.
 * Each is matched on the four keys of its interaction's row (agent, interaction, export and file), so the events
 * of a losing export, or of a second copy of the winning one, are left out.
 */
export async function defineEvents(db: DuckDBConnection, events: EventsNeeded): Promise<void> {
  if (events === 'none') await db.run('CREATE TEMP VIEW events AS SELECT * EXCLUDE (src_file) FROM raw_e');
  else {
    // raw_e becomes events where it lies, the few rows of other exports taken out: copying millions of event rows
    // into a new table cost more than finding the ones to leave out.
    await db.run('ALTER TABLE raw_e RENAME TO events');
    await db.run(`DELETE FROM events WHERE rowid IN (
      SELECT r.rowid FROM events r
      ANTI JOIN (SELECT agent_id, interaction_id, export_id, src_file FROM interactions) i USING (agent_id, interaction_id, export_id, src_file))`);
    await db.run('ALTER TABLE events DROP COLUMN src_file');
  }
  await db.run('ALTER TABLE interactions DROP COLUMN src_file');
}

const EXPORT_FILE = /\.(jsonl|ndjson|json|parquet)$/i;

/** Files to read: each path given, and for a folder every export file inside it, at any depth, in name order. */
export function expandInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing path is named in the report as skipped.
    }
    if (!isDir) out.push(p);
    else for (const f of readdirSync(p, { recursive: true, encoding: 'utf8' }).sort()) if (EXPORT_FILE.test(f)) out.push(join(p, f));
  }
  // The same path twice is one file (a copy under another name is de-duplicated by its export id).
  return [...new Set(out)];
}

/** Sorts the inputs by kind; older notes exports are migrated to temporary JSON Lines named after their file. */
async function sortInputs(files: readonly string[], report: LoadReport) {
  const parquet: string[] = [];
  const jsonl: string[] = [];
  const names = new Map<string, string>();
  let key: Promise<CryptoKey> | undefined;
  for (const file of files) {
    try {
      const kind = kindOf(file);
      if (kind === 'parquet') parquet.push(file);
      else if (kind === 'jsonl') jsonl.push(file);
      else {
        const rows = await migrateNotesExport(file, await (key ??= runKey()), report);
        const temp = join(tmpdir(), `odigos-qc-migrated-${createHash('sha1').update(file).digest('hex').slice(0, 12)}-${process.pid}.jsonl`);
        writeFileSync(temp, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
        jsonl.push(temp);
        names.set(temp, file);
        report.migrated.push({ file, from: 'odigos-notes v1 (notes JSON export)', code: 'notes-v1' });
      }
    } catch (e) {
      report.skipped.push(skippedFile(file, e));
      report.recordsLeftOut += kindSafeLines(file);
    }
  }
  return { parquet, jsonl, names };
}

export async function loadExports(db: DuckDBConnection, files: readonly string[], plan: LoadPlan = loadPlan('all')): Promise<LoadReport> {
  const report: LoadReport = { files: files.length, rowsRead: 0, skipped: [], recordsLeftOut: 0, duplicates: 0, merged: [], migrated: [], unnamed: [], leftOutUncounted: 0 };
  // The exports' times are UTC: a time written without a zone is UTC, one with an offset is turned into UTC (jsonSource).
  await db.run("SET TimeZone = 'UTC'");
  for (const [table, cols] of [['raw_i', plan.raw_i], ['raw_e', plan.raw_e]] as const) {
    await db.run(`CREATE TABLE ${table} (${cols.map((c) => `"${c}" ${COLUMNS[c].type}`).join(', ')}, src_file VARCHAR)`);
  }
  const { parquet, jsonl, names } = await sortInputs(files, report);
  await loadParquet(db, parquet, report, plan);
  await loadJsonLines(db, jsonl, report, names, plan);
  for (const [temp, file] of names) for (const t of ['raw_i', 'raw_e']) await db.run(`UPDATE ${t} SET src_file = ${sqlText(file)} WHERE src_file = ${sqlText(temp)}`);
  await dropNewer(db, report, names);
  await sameInstallations(db, report);
  report.unnamed = await unnamedAgents(db, report);
  report.rowsRead = (await scalar(db, 'SELECT count(*) FROM raw_i')) + (await scalar(db, 'SELECT count(*) FROM raw_e'));
  await coverCuts(db, report, await deduplicate(db, report));
  return report;
}

/** A file skipped whole: what was wrong, in English words and as a code. */
function skippedFile(file: string, e: unknown): SkippedInput {
  const code = (e as NodeJS.ErrnoException).code;
  const message = (e as Error).message.split('\n')[0];
  if (code === 'ENOENT') return { file, reason: 'no such file', code: 'no-file' };
  if (code === 'EISDIR') return { file, reason: 'a folder with no exports', code: 'folder' };
  if (e instanceof InputProblem) return { file, reason: message, code: e.code, ...(e.values ? { values: e.values } : {}) };
  return { file, reason: message, code: 'unreadable', values: { error: message } };
}

/** Lines of a file skipped whole (its records, as far as one can count them), 0 for binary or missing files. */
function kindSafeLines(file: string): number {
  try {
    return kindOf(file) === 'jsonl' ? countLines(file) : 0;
  } catch {
    return 0;
  }
}
