import { maskPersonalData, type MaskOptions } from './mask';
import type { Note, NoteEvent, TimelineEntry } from './model';

/**
 * QC exports: JSON (complete, re-importable) and CSV (for Excel: UTF-8 with BOM so Greek shows correctly, every
 * cell quoted, CRLF rows). Optional masking of personal data applies to everything the agent typed.
 */
export const EXPORT_FORMAT = 'odigos-notes';
export const EXPORT_VERSION = 1;

/** What leaves the browser: the note without bookkeeping that only matters inside one browser. */
export type ExportedNote = Omit<Note, 'writer' | 'seqs' | 'remindedFor' | 'searchKey'>;

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  masked: boolean;
  notes: ExportedNote[];
}

export interface ExportOptions {
  /** Mask personal data; `true` masks every kind. */
  mask?: boolean | MaskOptions;
  now?: number;
}

function maskNote(note: ExportedNote, options: MaskOptions): ExportedNote {
  const m = (s: string) => maskPersonalData(s, options);
  return {
    ...note,
    label: m(note.label),
    fields: { ...note.fields, text: m(note.fields.text), customer: m(note.fields.customer) },
  };
}

export function toExported(note: Note): ExportedNote {
  const { writer: _w, seqs: _s, remindedFor: _r, searchKey: _k, ...rest } = note;
  return rest;
}

function prepared(notes: Note[], options: ExportOptions): ExportedNote[] {
  const maskOptions = options.mask === true ? {} : options.mask || undefined;
  const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt || a.interactionId.localeCompare(b.interactionId));
  return sorted.map((n) => (maskOptions ? maskNote(toExported(n), maskOptions) : toExported(n)));
}

export function exportJson(notes: Note[], options: ExportOptions = {}): string {
  const doc: NotesExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    masked: Boolean(options.mask),
    notes: prepared(notes, options),
  };
  return JSON.stringify(doc, null, 2);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time as Excel reads it: 2026-03-14 09:05. */
export function csvDate(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One readable line per timeline event, for the CSV's timeline column. */
export function describeEvent(event: NoteEvent): string {
  switch (event.kind) {
    case 'sop-step':
      return `SOP ${event.sopId} step ${event.step} ${event.done ? 'done' : 'undone'}`;
    case 'template-inserted':
      return `template ${event.packId}/${event.templateId} (${event.via})`;
    case 'cue':
      return `cue ${event.cue}: ${event.words.join(', ')}`;
    case 'sop-opened':
      return `SOP ${event.sopId} opened`;
    case 'status':
      return `status ${event.status}`;
  }
}

const timelineCell = (timeline: TimelineEntry[]) =>
  timeline.map((e) => `${csvDate(e.at)} ${describeEvent(e.event)}`).join('\n');

/**
 * Quote every cell; a cell Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe
 * (spreadsheet formula injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  'interactionId',
  'site',
  'label',
  'url',
  'status',
  'customer',
  'followUpAt',
  'createdAt',
  'updatedAt',
  'text',
  'timeline',
] as const;

export function exportCsv(notes: Note[], options: ExportOptions = {}): string {
  const rows = prepared(notes, options).map((n) =>
    [
      n.interactionId,
      n.site,
      n.label,
      n.url,
      n.fields.status,
      n.fields.customer,
      csvDate(n.fields.followUpAt),
      csvDate(n.createdAt),
      csvDate(n.updatedAt),
      n.fields.text,
      timelineCell(n.timeline),
    ]
      .map(csvCell)
      .join(','),
  );
  return '\uFEFF' + [CSV_COLUMNS.map(csvCell).join(','), ...rows].join('\r\n') + '\r\n';
}
