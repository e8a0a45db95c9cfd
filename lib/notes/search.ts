import { fold } from '../../knowledge/text/fold';
import { isOverdue, type Note, type NoteStatus } from './model';

/**
 * Search and filters of the notes page. Greek-aware: accents, case and final sigma are folded by the engine's
 * normaliser, so «καλησπερα», «ΚΑΛΗΣΠΈΡΑ» and «Καλησπέρα» match; words match by prefix, and with one typo
 * (two in long words). Built once per list; a query is a scan of the vocabulary, not of every note.
 */
export interface NotesIndex {
  notes: Note[];
  /** Folded word → indices of the notes containing it. */
  words: Map<string, number[]>;
  vocabulary: string[];
}

const SPLIT = /[^\p{L}\p{N}]+/u;

export function foldWords(text: string): string[] {
  return fold(text).split(SPLIT).filter(Boolean);
}

export function buildNotesIndex(notes: Note[]): NotesIndex {
  const words = new Map<string, number[]>();
  notes.forEach((n, i) => {
    const text = `${n.label} ${n.fields.customer} ${n.fields.text} ${n.interactionId}`;
    for (const w of new Set(foldWords(text))) {
      const list = words.get(w);
      if (list) list.push(i);
      else words.set(w, [i]);
    }
  });
  return { notes, words, vocabulary: [...words.keys()] };
}

/** Levenshtein distance when it is at most `max`, else max + 1 (stops early). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

const typosAllowed = (q: string) => (q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0);

/** How well a stored word answers one query word: 3 exact, 2 prefix, 1 near (typo), 0 not at all. */
function wordScore(word: string, q: string): number {
  if (word === q) return 3;
  if (word.startsWith(q)) return 2;
  const max = typosAllowed(q);
  if (max === 0) return 0;
  // A typo in a prefix ("επιστορφ") still finds the longer word.
  if (boundedDistance(word, q, max) <= max || boundedDistance(word.slice(0, q.length), q, max) <= max) return 1;
  return 0;
}

/** Notes matching every word of the query (best first, then most recently changed); all notes for an empty query. */
export function searchNotes(index: NotesIndex, query: string): Note[] {
  const terms = [...new Set(foldWords(query))];
  if (!terms.length) return [...index.notes].sort((a, b) => b.updatedAt - a.updatedAt);
  let scores: Map<number, number> | undefined;
  for (const q of terms) {
    const mine = new Map<number, number>();
    for (const w of index.vocabulary) {
      const s = wordScore(w, q);
      if (!s) continue;
      for (const i of index.words.get(w)!) if ((mine.get(i) ?? 0) < s) mine.set(i, s);
    }
    if (scores) {
      const next = new Map<number, number>();
      for (const [i, s] of mine) {
        const before = scores.get(i);
        if (before !== undefined) next.set(i, before + s);
      }
      scores = next;
    } else scores = mine;
    if (!scores.size) return [];
  }
  return [...scores!]
    .sort((a, b) => b[1] - a[1] || index.notes[b[0]].updatedAt - index.notes[a[0]].updatedAt)
    .map(([i]) => index.notes[i]);
}

export interface NoteFilters {
  site?: string;
  status?: NoteStatus;
  /** Changed on or after / before these instants (epoch ms). */
  from?: number;
  to?: number;
  overdueOnly?: boolean;
}

export function filterNotes(notes: Note[], filters: NoteFilters, now: number): Note[] {
  return notes.filter(
    (n) =>
      (!filters.site || n.site === filters.site) &&
      (!filters.status || n.fields.status === filters.status) &&
      (filters.from === undefined || n.updatedAt >= filters.from) &&
      (filters.to === undefined || n.updatedAt < filters.to) &&
      (!filters.overdueOnly || isOverdue(n, now)),
  );
}

/** Overdue follow-ups, the longest overdue first. */
export function overdueNotes(notes: Note[], now: number): Note[] {
  return notes.filter((n) => isOverdue(n, now)).sort((a, b) => a.fields.followUpAt! - b.fields.followUpAt!);
}

export function sitesOf(notes: Note[]): string[] {
  return [...new Set(notes.map((n) => n.site).filter(Boolean))].sort();
}
