/**
 * Notes → QC rows (schema.ts): one per interaction and one per timeline event. Pure: the extension's export and
 * `odigos qc`'s migration of older notes exports build rows the same way.
 */
import type { NoteEvent, NoteStatus } from './events';
import { afterHeading, heading } from './heading';
import { MEETING_HEADINGS, VIEWS_HEADINGS_SHORT } from './meeting-template';
import { maskName, maskPersonalData, normaliseName, type MaskOptions } from './mask';
import { COLUMNS, QC_FORMAT, QC_SCHEMA_VERSION, type ColumnName, type QcPart, type QcRow } from './schema';
import { interactionTimes, type TimelineEntry } from './timing';

/** What a row is built from: a stored or exported note (lib/notes/model's Note is one). */
export interface QcNote {
  interactionId: string;
  site: string;
  label: string;
  createdAt: number;
  fields: { text: string; customer: string; followUpAt: number | null; status: NoteStatus };
  fieldAt: { followUpAt: number };
  timeline: readonly TimelineEntry[];
  /** It came in by an import: the author is whoever exported it unmarked (lib/notes/model's Note). */
  imported?: boolean;
}

export interface QcExportMeta {
  exportId: string;
  exportedAt: number;
  periodFrom?: number;
  periodTo: number;
  agentId: string;
  agent?: string;
  team?: string;
  masked: boolean;
  /** Parts the organisation leaves out (policy qcExportOmit). */
  omit?: readonly QcPart[];
}

/** A promise is kept when the agent is back in touch within this long of the promised time. */
export const CALLBACK_GRACE_MS = 60 * 60_000;

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** A note with customer names pseudonymised (the same customer, the same pseudonym) and personal data masked. */
export function maskNote<N extends QcNote>(note: N, options: MaskOptions, pseudonyms: ReadonlyMap<string, string>): N {
  const name = note.fields.customer.trim();
  const pseudonym = pseudonyms.get(normaliseName(name)) ?? '';
  const m = (s: string) => maskPersonalData(name ? maskName(s, name, pseudonym) : s, options);
  const timeline = note.timeline.map((e) => ({ ...e, event: maskEvent(e.event, m) }));
  return { ...note, label: m(note.label), fields: { ...note.fields, text: m(note.fields.text), customer: name ? pseudonym : '' }, timeline };
}

/**
 * What the timeline keeps of people's words: the customer's unanswered message, a template as inserted (its
 * placeholders filled with the customer's name), a reply, and the words agents add to or remove from a template.
 */
function maskEvent(event: NoteEvent, m: (s: string) => string): NoteEvent {
  switch (event.kind) {
    case 'suggested':
      return event.unanswered ? { ...event, unanswered: m(event.unanswered) } : event;
    case 'template-inserted':
      return event.text ? { ...event, text: m(event.text) } : event;
    case 'message': {
      const edit = event.edit && { ...event.edit, added: event.edit.added.map(m), removed: event.edit.removed.map(m) };
      return { ...event, ...(event.text ? { text: m(event.text) } : {}), ...(edit ? { edit } : {}) };
    }
    default:
      return event;
  }
}

/** The views' headings: the template's first, and the short ones agents type («Άποψη πελάτη:»); then the later ones. */
const VIEWS_NAMES = [MEETING_HEADINGS.el[0], MEETING_HEADINGS.en[0], ...VIEWS_HEADINGS_SHORT].map(heading);
const LATER_NAMES = [...MEETING_HEADINGS.el.slice(1), ...MEETING_HEADINGS.en.slice(1)].map(heading);

/**
 * The customer's views as the agent wrote them: the notes' first section (customer-meeting template, seed 000), up
 * to the template's next heading. Agents type into the template's empty line, so no blank line is left before
 * «Βασικά στοιχεία:»: the section ran on through the key facts and agreed actions, and QC received them as the
 * customer's words. Words typed after the heading's colon, on its own line, are the views too (they counted as none).
 * A heading of the agent's own (a line ending in a colon after a blank line) also ends the section.
 */
export function customerViews(text: string): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const start = lines.findIndex((l) => afterHeading(l, VIEWS_NAMES) !== undefined);
  if (start < 0) return '';
  const out = [lines[start].slice(afterHeading(lines[start], VIEWS_NAMES))];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (afterHeading(line, LATER_NAMES) !== undefined) break;
    if (/:\s*$/u.test(line) && !lines[i - 1].trim()) break;
    out.push(line);
  }
  return out.join('\n').trim();
}

const key = (pack: string | undefined, entry: string) => `${pack ?? ''}/${entry}`;
const uniq = (list: string[]) => [...new Set(list)];

/** The first SOP's steps: done (last state of each) and skipped (below the highest done; all not done once resolved). */
function stepsOf(timeline: readonly TimelineEntry[], sopId: string | undefined, total: number | undefined, resolved: boolean) {
  if (!sopId) return {};
  const state = new Map<number, boolean>();
  for (const { event } of timeline) if (event.kind === 'sop-step' && event.sopId === sopId) state.set(event.step, event.done);
  const done = [...state].filter(([, d]) => d).map(([n]) => n).sort((a, b) => a - b);
  const upTo = resolved && total ? total : Math.max(0, ...done);
  const skipped: number[] = [];
  for (let n = 1; n <= upTo; n++) if (!state.get(n)) skipped.push(n);
  return { steps_total: total ?? null, steps_done: done, steps_skipped: skipped };
}

function callbackOf(note: QcNote, replies: readonly TimelineEntry[], now: number): QcRow {
  const promised = note.fields.followUpAt;
  if (promised === null) return {};
  const setAt = note.fieldAt.followUpAt;
  const done = replies.find((e) => e.at > setAt);
  let status: string;
  if (done) status = done.at <= promised + CALLBACK_GRACE_MS ? 'kept' : 'late';
  else if (note.fields.status === 'resolved') status = 'missed';
  else status = now > promised + CALLBACK_GRACE_MS ? 'overdue' : 'pending';
  return { callback_at: iso(promised), callback_set_at: iso(setAt), callback_done_at: iso(done?.at), callback_status: status };
}

function interactionRow(note: QcNote, meta: QcExportMeta): QcRow {
  const timeline = [...note.timeline].sort((a, b) => a.at - b.at);
  const times = interactionTimes({ createdAt: note.createdAt, timeline });
  const events = timeline.map((e) => e.event);
  const opened = events.filter((e): e is Extract<NoteEvent, { kind: 'sop-opened' }> => e.kind === 'sop-opened');
  const first = opened[0];
  const inserted = events.flatMap((e) => (e.kind === 'template-inserted' ? [key(e.packId, e.templateId)] : []));
  const stepped = events.flatMap((e) => (e.kind === 'sop-step' && e.done ? [key(e.packId ?? first?.packId, e.sopId)] : []));
  const replies = timeline.filter((e) => (e.event.kind === 'message' && e.event.from === 'agent') || e.event.kind === 'template-inserted');
  const minutes = (from: number, to: number | undefined) => (to === undefined ? null : Math.round((to - from) / 600) / 100);
  return {
    site: note.site,
    label: note.label,
    customer: note.fields.customer || null,
    status: note.fields.status,
    created_at: iso(note.createdAt),
    customer_at: iso(times.startAt),
    customer_at_shown: times.startShown,
    first_response_at: iso(times.firstResponseAt),
    first_response_min: minutes(times.startAt, times.firstResponseAt),
    first_response_by: times.firstResponseBy ?? null,
    first_response_target_min: times.firstResponseTarget ?? null,
    resolved_at: iso(times.resolvedAt),
    completion_min: minutes(times.startAt, times.resolvedAt),
    completion_target_min: times.completionTarget ?? null,
    pack_id: first?.packId ?? null,
    pack_version: first?.packVersion ?? null,
    sop_id: first?.sopId ?? null,
    sop_title: first?.title ?? null,
    sops: uniq(opened.map((e) => key(e.packId, e.sopId))),
    ...stepsOf(timeline, first?.sopId, first?.steps, note.fields.status === 'resolved'),
    escalated: events.some((e) => (e.kind === 'sop-opened' || e.kind === 'template-inserted') && e.escalation === true),
    ...callbackOf(note, replies, meta.exportedAt),
    cues: uniq(events.flatMap((e) => (e.kind === 'cue' ? [e.cue] : []))),
    suggested: uniq(events.flatMap((e) => (e.kind === 'suggested' ? e.entries.map((x) => key(x.packId, x.entryId)) : []))),
    inserted: uniq(inserted),
    followed: uniq([...stepped, ...inserted]),
    views: customerViews(note.fields.text) || null,
    imported: note.imported === true ? true : null,
  };
}

function eventRow(entry: TimelineEntry, seq: number): QcRow {
  const e = entry.event;
  const row: QcRow = { seq, event_at: iso(entry.at), kind: e.kind };
  switch (e.kind) {
    case 'sop-opened':
      return { ...row, pack_id: e.packId, pack_version: e.packVersion, sop_id: e.sopId, entry_id: e.sopId, title: e.title, rank: e.rank, top: e.top, escalation: e.escalation };
    case 'sop-step':
      return { ...row, pack_id: e.packId, sop_id: e.sopId, entry_id: e.sopId, title: e.stepTitle, step: e.step, done: e.done };
    case 'template-inserted':
      return { ...row, pack_id: e.packId, pack_version: e.packVersion, entry_id: e.templateId, title: e.title, via: e.via, rank: e.rank, top: e.top, escalation: e.escalation };
    case 'cue':
      return { ...row, cue: e.cue, words: e.words };
    case 'status':
      return { ...row, new_status: e.status };
    case 'message':
      return {
        ...row,
        sender: e.from,
        shown: e.shown,
        ...(e.edit ? { edit_entry: key(e.edit.packId, e.edit.templateId), edit_entries: [e.edit, ...(e.edit.more ?? [])].map((t) => key(t.packId, t.templateId)), similarity: e.edit.similarity, added: e.edit.added, removed: e.edit.removed } : {}),
      };
    case 'suggested':
      return { ...row, entries: e.entries.map((x) => key(x.packId, x.entryId)), top_score: e.entries[0]?.score ?? 0, unanswered: e.unanswered };
  }
}

/** Drops empty values and the parts the organisation leaves out; every row gets the export's own columns. */
function finish(row: QcRow, common: QcRow, omit: ReadonlySet<QcPart>): QcRow {
  const out: QcRow = { ...common };
  for (const [k, v] of Object.entries(row) as [ColumnName, QcRow[ColumnName]][]) {
    if (v === undefined || v === null) continue;
    const part = (COLUMNS[k] as { part?: QcPart }).part;
    if (part && omit.has(part)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export function buildQcRows(notes: readonly QcNote[], meta: QcExportMeta): QcRow[] {
  const omit = new Set(meta.omit ?? []);
  const base = {
    format: QC_FORMAT,
    v: QC_SCHEMA_VERSION,
    export_id: meta.exportId,
    exported_at: iso(meta.exportedAt),
    period_from: iso(meta.periodFrom),
    period_to: iso(meta.periodTo),
    masked: meta.masked,
    agent_id: meta.agentId,
    ...(meta.agent && !omit.has('agentName') ? { agent: meta.agent } : {}),
    ...(meta.team ? { team: meta.team } : {}),
  };
  const rows: QcRow[] = [];
  for (const whole of notes) {
    // The agent's own note counts the agent's own entries: a colleague's merged in count in their export.
    const note = whole.imported ? whole : { ...whole, timeline: whole.timeline.filter((e) => !e.imported) };
    const common = { ...base, interaction_id: note.interactionId };
    rows.push(finish({ type: 'interaction', ...interactionRow(note, meta) }, common, omit));
    const timeline = [...note.timeline].sort((a, b) => a.at - b.at);
    timeline.forEach((entry, i) => {
      if (entry.event.kind === 'cue' && omit.has('cues')) return;
      rows.push(finish({ type: 'event', ...eventRow(entry, i) }, common, omit));
    });
  }
  return rows;
}
