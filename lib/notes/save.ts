import { mergeFields } from './merge';
import { FIELD_NAMES, newNote, sameFields, siteOf, type InteractionRef, type Note, type NoteFields } from './model';

/** An editor's write: what it started from (compare-and-set) and what the agent sees now. */
export interface SaveRequest extends InteractionRef {
  /** One id per open editor (tab, side panel, notes page). */
  editorId: string;
  /** The editor's change counter: lets a recovered draft and a later save be told apart. */
  seq: number;
  /** The note version the editor last loaded or saved (0 = none existed). */
  baseVersion: number;
  /** The fields at that version (for the three-way merge when someone else wrote in between). */
  base: NoteFields;
  fields: NoteFields;
}

export interface SaveResult {
  note: Note;
  /** Another writer changed the same lines: both versions are kept in the text, between markers. */
  conflict: boolean;
  /** Another writer changed the note since the editor's base (merged without conflict or with). */
  merged: boolean;
}

/**
 * Compare-and-set with merge. If nobody wrote since the editor's base, its fields win; if only this same editor
 * wrote since (a recovered draft of its own), its newer fields win too; otherwise a three-way merge.
 */
export function applySave(current: Note | undefined, req: SaveRequest, now: number): SaveResult {
  const ref = { interactionId: req.interactionId, url: req.url, label: req.label };
  const stored = current ?? newNote(ref, req.base, now);
  const applied = stored.seqs?.[req.editorId];
  // Already in the note (a recovered draft, a late message from a page that was closing): nothing to do.
  if (current && applied !== undefined && req.seq <= applied) return { note: current, conflict: false, merged: false };
  const seqs = recentSeqs({ ...stored.seqs, [req.editorId]: req.seq });
  const mine = stored.writer?.editorId === req.editorId ? stored.writer : undefined;
  const ownRun = mine !== undefined && mine.runBase <= req.baseVersion;
  const fastForward = stored.version === req.baseVersion || ownRun;
  const merge = fastForward
    ? { fields: req.fields, conflict: false }
    : mergeFields(req.base, stored.fields, req.fields);
  // Merged only when another writer changed the fields: Odigos's own timeline records (the ticket read, a reply
  // seen) move the version too, and «changes from another tab were combined» showed after them with no other tab.
  const merged = !fastForward && !sameFields(stored.fields, req.base);
  if (current && sameFields(merge.fields, current.fields)) {
    return { note: { ...current, seqs }, conflict: false, merged };
  }
  const fieldAt = { ...stored.fieldAt };
  for (const f of FIELD_NAMES) if (!current || merge.fields[f] !== stored.fields[f]) fieldAt[f] = now;
  const timeline =
    merge.fields.status !== stored.fields.status || (!current && merge.fields.status !== 'open')
      ? [...stored.timeline, { at: now, event: { kind: 'status' as const, status: merge.fields.status } }]
      : stored.timeline;
  const note: Note = {
    ...stored,
    // The newest page of the ticket is where a reminder should lead.
    url: req.url || stored.url,
    site: siteOf(req.url) || stored.site,
    label: req.label || stored.label,
    updatedAt: now,
    version: stored.version + 1,
    fields: merge.fields,
    fieldAt,
    timeline,
    writer: { editorId: req.editorId, runBase: mine ? mine.runBase : stored.version },
    seqs,
  };
  return { note, conflict: merge.conflict, merged };
}

/** Editors come and go (one per page load): remember the latest few. */
const KEEP_EDITORS = 16;
function recentSeqs(seqs: Record<string, number>): Record<string, number> {
  const entries = Object.entries(seqs);
  return entries.length <= KEEP_EDITORS ? seqs : Object.fromEntries(entries.slice(-KEEP_EDITORS));
}
