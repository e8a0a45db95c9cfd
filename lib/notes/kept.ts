import type { NoteDraft } from './draft';
import type { Note } from './model';
import type { NotesStorageFailure } from '../failure';
import { applySave } from './save';

/**
 * A note as an editor is given it: while the notes database will not open, the kept copy below, marked `unstored`
 * with the refusal (and whether a restart was tried), so the editor says so from the start instead of «Saved».
 */
export type ShownNote = Note & { unstored?: NotesStorageFailure };

/**
 * A note as the agent last had it while the notes database will not open: the copy the journal last stored, with
 * the drafts typed since laid over it in the order they were typed (a draft alone makes a note of its own). Nothing is
 * stored; the version stays the stored one (0 for a note only drafts hold), so a save once a storage opens again is
 * based on what is stored there.
 */
export function withDrafts(stored: Note | undefined, drafts: readonly NoteDraft[], now: number): Note | undefined {
  let note = stored;
  for (const { v: _v, at: _at, ...req } of [...drafts].sort((a, b) => a.at - b.at)) note = applySave(note, req, now).note;
  return note && { ...note, version: stored?.version ?? 0 };
}

/** Every note the journal still holds and every note only drafts hold, each with its drafts laid over (for an export). */
export function keptNotes(stored: readonly Note[], drafts: readonly NoteDraft[], now: number): Note[] {
  const byNote = new Map<string, NoteDraft[]>();
  for (const d of drafts) byNote.set(d.interactionId, [...(byNote.get(d.interactionId) ?? []), d]);
  const notes = stored.map((n) => withDrafts(n, byNote.get(n.interactionId) ?? [], now)!);
  const known = new Set(stored.map((n) => n.interactionId));
  for (const [id, mine] of byNote) if (!known.has(id)) notes.push(withDrafts(undefined, mine, now)!);
  return notes;
}
