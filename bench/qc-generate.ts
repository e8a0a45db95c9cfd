/**
 * Exports of many agents at once, for the scale benchmark: N interactions over 30 days (500 agents × 30 days ≈
 * 1 M interactions, about 9 rows each), written by DuckDB straight to one file per agent, 9 in 10 agents as
 * Parquet and 1 in 10 as JSON Lines, in the QC schema (knowledge/qc/schema.ts) the extension writes. The rows
 * follow the simulator's distributions (bench/qc-sim.ts) with the bundled pack's real SOPs and templates;
 * generating them in SQL takes seconds where building them one note at a time in JavaScript takes an hour.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { bundledParts } from './qc-sim';

const DAYS = 30;
const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Pseudo-random 0–1 for row i and stream k, reproducible. */
const rnd = (k: number, i = 'i') => `((hash(${i} * 131 + ${k}) % 1000003) / 1000003.0)`;

function packTables(): string {
  const p = bundledParts();
  const sops = p.sops.map((s, i) => `(${i}, ${sqlText(s.id)}, ${sqlText(s.title)}, ${s.steps.length}, ${s.metrics.firstResponseMinutes ?? 'NULL'}, ${s.metrics.completionMinutes ?? 'NULL'}, ${s.tags.some((t) => /κλιμάκωση|escalation/i.test(t))})`);
  const tpls = p.templates.map((t, i) => `(${i}, ${sqlText(t.id)}, ${sqlText(t.title)})`);
  return `CREATE TABLE sops(n INTEGER, id VARCHAR, title VARCHAR, steps INTEGER, fr DOUBLE, comp DOUBLE, esc BOOLEAN);
INSERT INTO sops VALUES ${sops.join(',')};
CREATE TABLE tpls(n INTEGER, id VARCHAR, title VARCHAR);
INSERT INTO tpls VALUES ${tpls.join(',')};`;
}

function interactionsSql(total: number, agents: number): string {
  const p = bundledParts();
  const perAgent = Math.ceil(total / agents);
  return `CREATE TABLE ints AS
WITH base AS (
  SELECT i, (i // ${perAgent})::INTEGER AS ag,
    TIMESTAMP '2026-02-02 08:00:00' + to_days(((i % ${perAgent}) * ${DAYS} // ${perAgent})::INTEGER) + to_minutes((${rnd(1)} * 540)::INTEGER) AS customer_at,
    (${rnd(2)} * ${p.sops.length})::INTEGER AS sop_n,
    (${rnd(3)} * ${p.templates.length})::INTEGER AS tpl_n,
    ${rnd(4)} AS r_fr, ${rnd(5)} AS r_res, ${rnd(6)} AS r_comp, ${rnd(7)} AS r_cb, ${rnd(8)} AS r_cb2,
    ${rnd(9)} AS r_un, ${rnd(10)} AS r_esc, ${rnd(11)} AS r_cue, ${rnd(12)} AS r_rank, ${rnd(13)} AS r_skip, ${rnd(14)} AS r_edit
  FROM range(${total}) t(i)
)
SELECT b.*, s.id AS sop_id, s.title AS sop_title, s.steps, s.fr, s.comp, t.id AS tpl_id, t.title AS tpl_title, t2.id AS tpl2_id,
  round((2 + r_fr * 40) * (CASE WHEN ag % 5 = 4 THEN 4 ELSE 1 END) * (CASE WHEN r_fr * 1000 % 10 < 1 THEN 8 ELSE 1 END)) AS fr_min,
  r_res < 0.8 AS resolved,
  'a-gen' || lpad(ag::VARCHAR, 4, '0') AS agent_id,
  'generic:desk.example.gr:' || i AS interaction_id
FROM base b JOIN sops s ON s.n = b.sop_n JOIN tpls t ON t.n = b.tpl_n JOIN tpls t2 ON t2.n = (b.tpl_n + 1) % ${p.templates.length};
CREATE TABLE ints2 AS SELECT *, CASE WHEN resolved THEN fr_min + round(r_comp * 5760) END AS comp_min,
  CASE WHEN resolved THEN steps ELSE greatest(1, (r_comp * steps)::INTEGER) END AS done_upto FROM ints;
CREATE TABLE common AS SELECT 'odigos-qc' AS format, 1::BIGINT AS v, 'x-' || agent_id AS export_id, TIMESTAMP '2026-03-07 00:00:00' AS exported_at,
  TIMESTAMP '2026-03-07 00:00:00' AS period_to, true AS masked, agent_id, 'Agent ' || ag AS agent, 'Ομάδα ' || chr(65 + ag % 4) AS team,
  interaction_id, ${sqlText(p.packId)} AS pack_id, ${sqlText(p.version)} AS pack_version,
  CASE WHEN r_skip < 0.3 THEN least(done_upto, 2) ELSE 0 END AS skip, * EXCLUDE (agent_id, interaction_id) FROM ints2;
DROP TABLE ints; DROP TABLE ints2;`;
}

const UNANSWERED = [
  'Θέλω να αλλάξω το χρώμα της εφαρμογής σε σκούρο', 'Πώς αλλάζω το χρώμα στην εφαρμογή;', 'Το ψυγείο που αγόρασα κάνει θόρυβο',
  'Θόρυβος από το ψυγείο τη νύχτα', 'Στέλνετε δέματα στην Κύπρο;', 'Κάνετε αποστολή στην Κύπρο;', 'Έχετε κατάστημα στη Θεσσαλονίκη;',
];

/** The columns every event row repeats from its interaction. */
const B = 'format, v, export_id, exported_at, period_to, masked, agent_id, agent, team, interaction_id, pack_id, pack_version, sop_id';

function rowsSql(): string {
  const un = `[${UNANSWERED.map(sqlText).join(', ')}][1 + (r_un * 1000)::INTEGER % ${UNANSWERED.length}]`;
  return `CREATE TABLE rows AS
SELECT format, v, 'interaction' AS type, export_id, exported_at, period_to, masked, agent_id, agent, team, interaction_id,
  'https://desk.example.gr' AS site, '#' || i AS label, '[ΠΕΛΑΤΗΣ/CUSTOMER-' || (i % 50000) || ']' AS customer,
  CASE WHEN resolved THEN 'resolved' ELSE 'open' END AS status, customer_at + to_minutes((fr_min * 0.6)::INTEGER) AS created_at,
  customer_at, true AS customer_at_shown, customer_at + to_minutes(fr_min::INTEGER) AS first_response_at, fr_min AS first_response_min,
  'thread' AS first_response_by, fr AS first_response_target_min,
  CASE WHEN resolved THEN customer_at + to_minutes(comp_min::INTEGER) END AS resolved_at, comp_min AS completion_min, comp AS completion_target_min,
  pack_id, pack_version, sop_id, sop_title, [pack_id || '/' || sop_id] AS sops, steps::BIGINT AS steps_total,
  list_filter(range(1, done_upto + 1), x -> x <> skip) AS steps_done, CASE WHEN skip > 0 THEN [skip::BIGINT] ELSE []::BIGINT[] END AS steps_skipped,
  r_esc < 0.07 AS escalated,
  CASE WHEN r_cb < 0.33 THEN customer_at + to_minutes((fr_min + 1 + r_cb2 * 2880)::INTEGER) END AS callback_at,
  CASE WHEN r_cb < 0.33 THEN CASE WHEN r_cb2 < 0.7 THEN 'kept' WHEN r_cb2 < 0.8 THEN 'late' WHEN resolved THEN 'missed' ELSE 'overdue' END END AS callback_status,
  CASE WHEN r_cue < 0.25 THEN ['anger'] ELSE []::VARCHAR[] END AS cues,
  [pack_id || '/' || sop_id] AS suggested, [pack_id || '/' || tpl_id] AS inserted, [pack_id || '/' || sop_id, pack_id || '/' || tpl_id] AS followed,
  '«Περίμενα πολύ στο τηλέφωνο» (' || lower(sop_title) || ')' AS views,
  NULL::BIGINT AS seq, NULL::TIMESTAMP AS event_at, NULL::VARCHAR AS kind, NULL::VARCHAR AS entry_id, NULL::VARCHAR AS title, NULL::VARCHAR AS via, NULL::BIGINT AS rank, NULL::VARCHAR AS top,
  NULL::BIGINT AS step, NULL::BOOLEAN AS done, NULL::BOOLEAN AS escalation, NULL::VARCHAR AS cue, NULL::VARCHAR[] AS words, NULL::VARCHAR AS new_status, NULL::VARCHAR AS sender,
  NULL::BOOLEAN AS shown, NULL::VARCHAR[] AS entries, NULL::DOUBLE AS top_score, NULL::VARCHAR AS unanswered, NULL::VARCHAR AS edit_entry, NULL::DOUBLE AS similarity,
  NULL::VARCHAR[] AS added, NULL::VARCHAR[] AS removed
FROM common;
CREATE TABLE ev AS
  SELECT ${B}, 0 AS seq, customer_at AS event_at, 'message' AS kind, 'customer' AS sender, true AS shown FROM common
  UNION ALL BY NAME SELECT ${B}, 1 AS seq, customer_at + INTERVAL 1 MINUTE AS event_at, 'suggested' AS kind, [pack_id || '/' || sop_id] AS entries,
    CASE WHEN r_un < 0.1 THEN 3.5 ELSE 20 END AS top_score, CASE WHEN r_un < 0.1 THEN ${un} END AS unanswered FROM common
  UNION ALL BY NAME SELECT ${B}, 2 AS seq, customer_at + to_minutes((fr_min * 0.6)::INTEGER) AS event_at, 'sop-opened' AS kind, sop_id AS entry_id, sop_title AS title, 1 AS rank,
    pack_id || '/' || sop_id AS top FROM common
  UNION ALL BY NAME SELECT ${B}, 3 + step AS seq, customer_at + to_minutes((fr_min * 0.6)::INTEGER) + to_seconds(step) AS event_at, 'sop-step' AS kind,
    sop_id AS entry_id, step, true AS done FROM (SELECT *, unnest(list_filter(range(1, done_upto + 1), x -> x <> skip)) AS step FROM common)
  UNION ALL BY NAME SELECT ${B}, 40 AS seq, customer_at + to_minutes(fr_min::INTEGER) - INTERVAL 30 SECOND AS event_at, 'template-inserted' AS kind, tpl_id AS entry_id,
    tpl_title AS title, 'overlay' AS via, CASE WHEN r_rank < 0.15 THEN 2 ELSE 1 END AS rank,
    pack_id || '/' || CASE WHEN r_rank < 0.15 THEN tpl2_id ELSE tpl_id END AS top FROM common
  UNION ALL BY NAME SELECT ${B}, 41 AS seq, customer_at + to_minutes(fr_min::INTEGER) AS event_at, 'message' AS kind, 'agent' AS sender, true AS shown,
    CASE WHEN r_edit < 0.5 THEN pack_id || '/' || tpl_id END AS edit_entry, CASE WHEN r_edit < 0.5 THEN round(r_edit * 2, 3) END AS similarity,
    CASE WHEN r_edit < 0.5 THEN ['αύριο', 'κύριε'] END AS added, CASE WHEN r_edit < 0.5 THEN ['σύντομα'] END AS removed FROM common
  UNION ALL BY NAME SELECT ${B}, 42 AS seq, customer_at + INTERVAL 2 MINUTE AS event_at, 'cue' AS kind, 'anger' AS cue, ['απαράδεκτο'] AS words FROM common WHERE r_cue < 0.25
  UNION ALL BY NAME SELECT ${B}, 43 AS seq, customer_at + to_minutes(comp_min::INTEGER) AS event_at, 'status' AS kind, 'resolved' AS new_status FROM common WHERE resolved;
INSERT INTO rows BY NAME SELECT format, v, 'event' AS type, export_id, exported_at, period_to, masked, agent_id, agent, team, interaction_id,
  seq, event_at, kind, entry_id, title, via, rank, top, step, done, cue, words, new_status, sender, shown, entries, top_score, unanswered,
  edit_entry, similarity, added, removed, pack_id, pack_version, sop_id FROM ev;`;
}

/** DuckDB with its spill files in the benchmark's own temporary folder (never the working tree). */
async function duckdb(root: string) {
  const temp = join(root, '..', 'duckdb-tmp');
  mkdirSync(temp, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '2GB', preserve_insertion_order: 'false', temp_directory: temp });
  return { instance, db: await instance.connect() };
}

/**
 * A larger set from a generated one: each agent's export copied `times` times as other agents (new agent and export
 * ids, the same days), so 1 M interactions take minutes to write, not the hour generating them row by row would.
 */
async function scaleUp(from: string, dir: string, times: number): Promise<void> {
  const { instance, db } = await duckdb(dir);
  mkdirSync(join(dir, 'jsonl'), { recursive: true });
  const copy = (k: number) => `* REPLACE (agent_id || '-${k}' AS agent_id, export_id || '-${k}' AS export_id)`;
  for (let k = 0; k < times; k++) {
    await db.run(`COPY (SELECT ${copy(k)} FROM read_parquet(${sqlText(join(from, 'parquet', '**', '*.parquet'))})) TO ${sqlText(join(dir, `parquet-${k}`))} (FORMAT PARQUET, PARTITION_BY (agent_id), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE true)`);
    await db.run(`COPY (SELECT ${copy(k)} FROM read_json(${sqlText(join(from, 'jsonl', '*.jsonl'))}, format = 'newline_delimited')) TO ${sqlText(join(dir, 'jsonl', `odigos-qc-copy-${k}.jsonl`))} (FORMAT JSON)`);
  }
  db.closeSync();
  instance.closeSync();
}

/**
 * Writes `total` interactions for `agents` agents under `dir` (one file per agent); skipped when already there.
 * Above 100 k, the 100 k set (generated first) is copied as further agents.
 */
export async function generateExports(dir: string, total: number, agents: number): Promise<void> {
  const done = join(dir, '.complete');
  if (existsSync(done)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (total > 100_000 && total % 100_000 === 0) {
    const base = join(dir, '..', 'n100000');
    await generateExports(base, 100_000, 50);
    await scaleUp(base, dir, total / 100_000);
    writeFileSync(done, `${total} interactions, ${agents} agents (copies of the 100 k set)\n`);
    return;
  }
  const { instance, db } = await duckdb(dir);
  for (const sql of [packTables(), interactionsSql(total, agents), rowsSql()]) {
    for (const stmt of sql.split(/;\n/)) await db.run(stmt);
  }
  await db.run(`COPY (SELECT * FROM rows WHERE right(agent_id, 1) <> '0') TO ${sqlText(join(dir, 'parquet'))} (FORMAT PARQUET, PARTITION_BY (agent_id), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE true)`);
  mkdirSync(join(dir, 'jsonl'));
  const jsonAgents = (await db.runAndReadAll("SELECT DISTINCT agent_id FROM rows WHERE right(agent_id, 1) = '0' ORDER BY 1")).getRows();
  for (const [agent] of jsonAgents) {
    const file = join(dir, 'jsonl', `odigos-qc-${String(agent)}.jsonl`);
    await db.run(`COPY (SELECT * FROM rows WHERE agent_id = ${sqlText(String(agent))}) TO ${sqlText(file)} (FORMAT JSON)`);
  }
  db.closeSync();
  instance.closeSync();
  writeFileSync(done, `${total} interactions, ${agents} agents\n`);
}
