import type { NoteStatus } from '@/knowledge/qc/events';
import type { TimelineEntry } from '@/knowledge/qc/timing';
export type { NoteEvent, NoteStatus } from '@/knowledge/qc/events';

/**
 * One agent's private note for one customer interaction, as stored (extension-origin IndexedDB) and exported.
 * Free text follows the customer-meeting template; the structured fields sit beside it.
 */
export const NOTE_STATUSES: readonly NoteStatus[] = ['open', 'waiting', 'resolved'];

export interface NoteFields {
  /** Free text, prefilled with the customer-meeting template. */
  text: string;
  /** Who the customer is, as the agent wants to find them again (plain text). */
  customer: string;
  /** Promised call-back or follow-up, epoch ms; null when none was promised. */
  followUpAt: number | null;
  status: NoteStatus;
}
export type FieldName = keyof NoteFields;
export const FIELD_NAMES: readonly FieldName[] = ['text', 'customer', 'followUpAt', 'status'];

export type { TimelineEntry } from '@/knowledge/qc/timing';

export interface Note {
  interactionId: string;
  /** Origin of the ticket page ("https://acme.zendesk.com"): the site filter. */
  site: string;
  /** The ticket's URL: opened from the notes page and from a reminder. */
  url: string;
  /** What the list shows, as the overlay names the conversation (describeSnapshot): "Γιώργος Παπαδόπουλος · #48213". */
  label: string;
  createdAt: number;
  updatedAt: number;
  /** Increases by one on every stored change (compare-and-set between tabs). */
  version: number;
  fields: NoteFields;
  /** When each field last changed: imports merge per field, newer wins. */
  fieldAt: Record<FieldName, number>;
  timeline: TimelineEntry[];
  /** The editor that wrote last: its later writes never conflict with its own earlier ones. */
  writer?: LastWriter;
  /**
   * Each recent editor's change counter as last applied: a draft or late message at or below it is already in
   * the note and must not be merged again (that could bring back lines someone deleted since).
   */
  seqs?: Record<string, number>;
  /** Folded distinct words for the notes page's search (derived; made whenever the note is stored). */
  searchKey?: string;
  /** A reminder for this followUpAt was shown already. */
  remindedFor?: number | null;
  /**
   * The note came in by an import (a colleague's export on a hand-over, a backup): QC counts it under the agent
   * whose export holds it without this mark, its author, not under each agent who imported it (qc-export.md).
   */
  imported?: true;
}

export interface LastWriter {
  editorId: string;
  /** The version before this editor's unbroken run of writes began. */
  runBase: number;
}

export interface InteractionRef {
  interactionId: string;
  url: string;
  label: string;
}

export function siteOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

export function sameFields(a: NoteFields, b: NoteFields): boolean {
  return FIELD_NAMES.every((f) => a[f] === b[f]);
}

export function newNote(ref: InteractionRef, fields: NoteFields, now: number): Note {
  return {
    interactionId: ref.interactionId,
    site: siteOf(ref.url),
    url: ref.url,
    label: ref.label,
    createdAt: now,
    updatedAt: now,
    version: 0,
    fields,
    fieldAt: { text: now, customer: now, followUpAt: now, status: now },
    timeline: [],
  };
}

/** Follow-ups whose time has come and whose interaction is not resolved. */
export function isOverdue(note: Note, now: number): boolean {
  return note.fields.followUpAt !== null && note.fields.followUpAt <= now && note.fields.status !== 'resolved';
}
