/**
 * The QC record schema (docs/qc-export.md says the same for people): what an agent's export for aggregation
 * holds, one flat row per interaction plus one per timeline event, identical in JSON Lines and Parquet. Every
 * row repeats who exported it and when, so files can be concatenated, split or truncated and each row still
 * says where it came from. Versioned: `odigos qc` migrates older versions and names newer ones.
 */
export const QC_FORMAT = 'odigos-qc';
export const QC_SCHEMA_VERSION = 1;

export type ColumnType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMP' | 'VARCHAR[]' | 'BIGINT[]';

export interface Column {
  type: ColumnType;
  /** Which rows fill it: every row, interactions, or events. */
  rows: 'all' | 'interaction' | 'event';
  doc: string;
  /** Personal data: masked or pseudonymised in a masked export. */
  personal?: boolean;
  /** The export policy part that removes it (policy `qcExportOmit`). */
  part?: QcPart;
}

/** Parts an organisation can leave out of every export (policy `qcExportOmit`). */
export const QC_PARTS = ['views', 'unanswered', 'edits', 'cues', 'agentName'] as const;
export type QcPart = (typeof QC_PARTS)[number];

export const COLUMNS = {
  format: { type: 'VARCHAR', rows: 'all', doc: `Always "${QC_FORMAT}".` },
  v: { type: 'BIGINT', rows: 'all', doc: 'Schema version of this row.' },
  type: { type: 'VARCHAR', rows: 'all', doc: '"interaction" or "event".' },
  export_id: { type: 'VARCHAR', rows: 'all', doc: 'Random id of the export the row came from.' },
  exported_at: { type: 'TIMESTAMP', rows: 'all', doc: 'When the export was made (UTC).' },
  period_from: { type: 'TIMESTAMP', rows: 'all', doc: 'Start of the period exported (UTC; null: from the first note).' },
  period_to: { type: 'TIMESTAMP', rows: 'all', doc: 'End of the period exported (UTC).' },
  masked: { type: 'BOOLEAN', rows: 'all', doc: 'Personal data masked and customer names pseudonymised.' },
  agent_id: { type: 'VARCHAR', rows: 'all', doc: 'Random, stable id of the exporting browser profile.' },
  agent: { type: 'VARCHAR', rows: 'all', doc: "The agent's chosen display name.", part: 'agentName' },
  team: { type: 'VARCHAR', rows: 'all', doc: 'Team, as the organisation policy (qcTeam) names it.' },
  interaction_id: { type: 'VARCHAR', rows: 'all', doc: 'Helpdesk + ticket id, or the page address.' },
  site: { type: 'VARCHAR', rows: 'interaction', doc: 'Origin of the helpdesk page.' },
  label: { type: 'VARCHAR', rows: 'interaction', doc: 'Ticket label as the notes list shows it.', personal: true },
  customer: { type: 'VARCHAR', rows: 'interaction', doc: 'Customer (a pseudonym when masked).', personal: true },
  status: { type: 'VARCHAR', rows: 'interaction', doc: 'open | waiting | resolved.' },
  created_at: { type: 'TIMESTAMP', rows: 'interaction', doc: 'When Odigos first recorded the interaction.' },
  customer_at: { type: 'TIMESTAMP', rows: 'interaction', doc: "The customer's first message (the page's own time when shown)." },
  customer_at_shown: { type: 'BOOLEAN', rows: 'interaction', doc: 'customer_at is the time the helpdesk showed (else: first seen).' },
  first_response_at: { type: 'TIMESTAMP', rows: 'interaction', doc: "The agent's first reply after customer_at." },
  first_response_min: { type: 'DOUBLE', rows: 'interaction', doc: 'Minutes from customer_at to first_response_at.' },
  first_response_by: { type: 'VARCHAR', rows: 'interaction', doc: '"thread" (seen in the thread) or "insert" (template inserted only).' },
  first_response_target_min: { type: 'DOUBLE', rows: 'interaction', doc: "Strictest first-response target of the SOPs opened." },
  resolved_at: { type: 'TIMESTAMP', rows: 'interaction', doc: 'First time the status became resolved.' },
  completion_min: { type: 'DOUBLE', rows: 'interaction', doc: 'Minutes from customer_at to resolved_at.' },
  completion_target_min: { type: 'DOUBLE', rows: 'interaction', doc: 'Strictest completion target of the SOPs opened.' },
  pack_id: { type: 'VARCHAR', rows: 'all', doc: 'Pack of the first SOP opened (interaction) or of the entry (event).' },
  pack_version: { type: 'VARCHAR', rows: 'all', doc: 'Version of that pack when it was used.' },
  sop_id: { type: 'VARCHAR', rows: 'all', doc: 'First SOP opened (interaction) or the SOP of a step (event).' },
  sop_title: { type: 'VARCHAR', rows: 'interaction', doc: 'Its title.' },
  sops: { type: 'VARCHAR[]', rows: 'interaction', doc: 'Every SOP opened, as pack/sop.' },
  steps_total: { type: 'BIGINT', rows: 'interaction', doc: 'Steps of the first SOP.' },
  steps_done: { type: 'BIGINT[]', rows: 'interaction', doc: 'Its steps ticked done (last state).' },
  steps_skipped: { type: 'BIGINT[]', rows: 'interaction', doc: 'Its steps not done, below the highest done step (all not done once resolved).' },
  escalated: { type: 'BOOLEAN', rows: 'interaction', doc: 'An escalation entry (supervisor, hand-over) was opened or inserted.' },
  callback_at: { type: 'TIMESTAMP', rows: 'interaction', doc: 'Promised call-back / follow-up.' },
  callback_set_at: { type: 'TIMESTAMP', rows: 'interaction', doc: 'When the promise was recorded.' },
  callback_done_at: { type: 'TIMESTAMP', rows: 'interaction', doc: "The agent's first reply after the promise was recorded." },
  callback_status: { type: 'VARCHAR', rows: 'interaction', doc: 'kept (by callback_at + 1 h) | late | overdue (time passed, not done, not resolved) | pending.' },
  cues: { type: 'VARCHAR[]', rows: 'interaction', doc: 'Mood cues seen (anger, frustration, urgency, repeat-contact, vulnerability, bereavement, gratitude, praise).', part: 'cues' },
  suggested: { type: 'VARCHAR[]', rows: 'interaction', doc: 'Entries suggested (pack/entry).' },
  inserted: { type: 'VARCHAR[]', rows: 'interaction', doc: 'Templates inserted (pack/entry).' },
  followed: { type: 'VARCHAR[]', rows: 'interaction', doc: 'SOPs with a step done and templates inserted (pack/entry).' },
  imported: { type: 'BOOLEAN', rows: 'interaction', doc: "The note came in by an import of another export (a hand-over, a backup): `odigos qc` counts it under the agent whose export holds it unmarked." },
  views: { type: 'VARCHAR', rows: 'interaction', doc: "The customer's views as the agent wrote them (the notes' first section).", personal: true, part: 'views' },
  seq: { type: 'BIGINT', rows: 'event', doc: 'Order of the event within its interaction.' },
  event_at: { type: 'TIMESTAMP', rows: 'event', doc: "When it happened (a message: the page's time when shown)." },
  kind: { type: 'VARCHAR', rows: 'event', doc: 'sop-opened | sop-step | template-inserted | cue | status | message | suggested.' },
  entry_id: { type: 'VARCHAR', rows: 'event', doc: 'The SOP or template.' },
  title: { type: 'VARCHAR', rows: 'event', doc: "The entry's title when recorded." },
  via: { type: 'VARCHAR', rows: 'event', doc: 'template-inserted: overlay | shortcut | palette.' },
  rank: { type: 'BIGINT', rows: 'event', doc: 'Place of the entry in the suggestions the agent chose from (1 = first).' },
  top: { type: 'VARCHAR', rows: 'event', doc: 'The entry ranked first then (pack/entry).' },
  step: { type: 'BIGINT', rows: 'event', doc: 'sop-step: step number.' },
  done: { type: 'BOOLEAN', rows: 'event', doc: 'sop-step: ticked (true) or unticked.' },
  escalation: { type: 'BOOLEAN', rows: 'event', doc: 'The entry is an escalation.' },
  cue: { type: 'VARCHAR', rows: 'event', doc: 'cue: its kind.', part: 'cues' },
  words: { type: 'VARCHAR[]', rows: 'event', doc: 'cue: the words that showed it.', personal: true, part: 'cues' },
  new_status: { type: 'VARCHAR', rows: 'event', doc: 'status: the new status.' },
  sender: { type: 'VARCHAR', rows: 'event', doc: 'message: customer | agent.' },
  shown: { type: 'BOOLEAN', rows: 'event', doc: "message: its time is the page's own." },
  entries: { type: 'VARCHAR[]', rows: 'event', doc: 'suggested: the entries, best first (pack/entry).' },
  top_score: { type: 'DOUBLE', rows: 'event', doc: 'suggested: the best score.' },
  unanswered: { type: 'VARCHAR', rows: 'event', doc: "suggested: the customer's message when nothing scored above the confidence line.", personal: true, part: 'unanswered' },
  edit_entry: { type: 'VARCHAR', rows: 'event', doc: 'message (agent): the template the reply was written from (pack/entry; the first inserted, when several were).', part: 'edits' },
  edit_entries: { type: 'VARCHAR[]', rows: 'event', doc: 'message (agent): every template the reply was written from, in the order inserted (pack/entry; the first is edit_entry). Absent in older exports: read edit_entry alone.', part: 'edits' },
  similarity: { type: 'DOUBLE', rows: 'event', doc: 'message (agent): 0–1, how much of the template (of them all together) the reply kept.', part: 'edits' },
  added: { type: 'VARCHAR[]', rows: 'event', doc: 'message (agent): words the agent added to the template.', personal: true, part: 'edits' },
  removed: { type: 'VARCHAR[]', rows: 'event', doc: 'message (agent): words the agent removed.', part: 'edits' },
} as const satisfies Record<string, Column>;

export type ColumnName = keyof typeof COLUMNS;
export const COLUMN_NAMES = Object.keys(COLUMNS) as ColumnName[];

type ValueOf<T extends ColumnType> = T extends 'VARCHAR' | 'TIMESTAMP'
  ? string
  : T extends 'BIGINT' | 'DOUBLE'
    ? number
    : T extends 'BOOLEAN'
      ? boolean
      : T extends 'VARCHAR[]'
        ? string[]
        : number[];

/** One row; timestamps are ISO-8601 UTC text. Absent and null mean the same. */
export type QcRow = { [K in ColumnName]?: ValueOf<(typeof COLUMNS)[K]['type']> | null };

const NUMBER_TEXT = /^\s*[-+]?\d+(?:\.\d+)?\s*$/u;
const BOOLEAN_TEXT = /^(?:true|false|t|f|yes|no|y|n|on|off|0|1)$/iu;
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

function fits(type: ColumnType, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (type) {
    case 'VARCHAR':
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    case 'BIGINT':
    case 'DOUBLE':
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMBER_TEXT.test(v)) || typeof v === 'boolean';
    case 'BOOLEAN':
      return typeof v === 'boolean' || typeof v === 'number' || (typeof v === 'string' && BOOLEAN_TEXT.test(v.trim()));
    case 'TIMESTAMP':
      return typeof v === 'string' && TIMESTAMP_TEXT.test(v.trim()) && !Number.isNaN(Date.parse(v.trim().replace(' ', 'T')));
    case 'VARCHAR[]':
      return Array.isArray(v) && v.every((x) => fits('VARCHAR', x));
    case 'BIGINT[]':
      return Array.isArray(v) && v.every((x) => fits('BIGINT', x));
  }
}

/**
 * The first column of a row whose value is not of its schema type ("n/a" for a number of minutes, "1,2" for a
 * list of steps, "yesterday" for a time): a reader skips and names that line. One such row in an agent's file,
 * edited by hand or written by another tool, stopped the whole report with «unexpected error».
 */
export function badColumn(row: Readonly<Record<string, unknown>>): ColumnName | undefined {
  return COLUMN_NAMES.find((c) => !fits(COLUMNS[c].type, row[c]));
}
