import { maskNote } from '@/knowledge/qc/records';
import { pseudonymsFor } from './mask';
import type { Note } from './model';

/**
 * QC exports: JSON (complete, re-importable; this file) and CSV (csv.ts). Masking covers everything the agent
 * typed, and customer names become pseudonyms (the same customer, the same pseudonym: see mask.ts).
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
  /**
   * Who made the export: this browser profile's random agent id (qc-identity) and the agent's display name, unless
   * the organisation leaves names out. An import reads them to tell the agent's own backup from a colleague's
   * export (import.ts, ownExport). Exports made before they were added lack both.
   */
  agentId?: string;
  agent?: string;
  notes: ExportedNote[];
}

/** Who is exporting (the export's agentId and agent), and on import who is importing. */
export interface NotesAuthor {
  agentId: string;
  agent?: string;
}

export interface ExportOptions {
  /** Mask personal data; `true` masks every kind. */
  mask?: boolean | import('./mask').MaskOptions;
  /** The machine's pseudonym key: with masking on, customer names become pseudonyms (else they are removed). */
  key?: CryptoKey;
  now?: number;
  /** Who makes the export: written into it, so that restoring it is known as the agent's own backup. */
  author?: NotesAuthor;
}

export function toExported(note: Note): ExportedNote {
  const { writer: _w, seqs: _s, remindedFor: _r, searchKey: _k, ...rest } = note;
  return rest;
}

/** The notes as they leave: sorted, bookkeeping dropped, masked when asked. */
export async function preparedNotes(notes: readonly Note[], options: ExportOptions): Promise<ExportedNote[]> {
  const maskOptions = options.mask === true ? {} : options.mask || undefined;
  const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt || a.interactionId.localeCompare(b.interactionId));
  if (!maskOptions) return sorted.map(toExported);
  const pseudonyms = options.key ? await pseudonymsFor(sorted.map((n) => n.fields.customer), options.key) : new Map<string, string>();
  return sorted.map((n) => maskNote(toExported(n), maskOptions, pseudonyms));
}

export async function exportJson(notes: readonly Note[], options: ExportOptions = {}): Promise<string> {
  const doc: NotesExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    masked: Boolean(options.mask),
    ...(options.author ? { agentId: options.author.agentId } : {}),
    ...(options.author?.agent ? { agent: options.author.agent } : {}),
    notes: await preparedNotes(notes, options),
  };
  return JSON.stringify(doc, null, 2);
}
