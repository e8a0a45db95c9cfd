import { fold } from '../../knowledge/text/fold';
import { isOverdue, type Note, type NoteEvent, type NoteStatus } from './model';
import { writtenText } from './template';

/**
 * Search and filters of the notes page. Greek-aware: accents, case and final sigma are folded by the engine's
 * normaliser, so «καλησπερα», «ΚΑΛΗΣΠΈΡΑ» and «Καλησπέρα» match; words match by prefix, and a word that finds
 * nothing as written matches with one typo (two in long words). Folding 10,000 notes takes longer than a page may, so each note carries its search key
 * (folded distinct words), made when it is stored; a query is a scan of those keys, not of the texts.
 */
export interface NotesIndex {
  notes: Note[];
  /** Per note: " word word … " (folded, distinct, space-delimited at both ends). */
  keys: string[];
  /** Distinct words of all notes, made on first need (typo matching). */
  vocabulary?: string[];
}

const SPLIT = /[^\p{L}\p{N}]+/u;

export function foldWords(text: string): string[] {
  return fold(text).split(SPLIT).filter(Boolean);
}

/** The stored search key of a note: its label, customer, text and id, folded, each word once. */
export function searchKeyOf(note: Pick<Note, 'label' | 'interactionId' | 'fields'>): string {
  const words = new Set(foldWords(`${note.label} ${note.fields.customer} ${note.fields.text} ${note.interactionId}`));
  return ` ${[...words].join(' ')} `;
}

/** The note as stored: with its search key brought up to date. */
export function withSearchKey(note: Note): Note {
  return { ...note, searchKey: searchKeyOf(note) };
}

export function buildNotesIndex(notes: Note[]): NotesIndex {
  return { notes, keys: notes.map((n) => n.searchKey ?? searchKeyOf(n)) };
}

/** Distinct words of the index (made once; the page warms it while idle). */
export function vocabularyOf(index: NotesIndex): string[] {
  index.vocabulary ??= [...new Set(index.keys.join(' ').split(' '))].filter(Boolean);
  return index.vocabulary;
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

/** Words one typo away (two in long words) from a query word, also as prefixes: «επιστορφ» → «επιστροφη». */
function nearWords(index: NotesIndex, q: string, limit = 40): string[] {
  const max = typosAllowed(q);
  if (max === 0) return [];
  const out: string[] = [];
  for (const w of vocabularyOf(index)) {
    if (w.startsWith(q)) continue;
    if (boundedDistance(w, q, max) <= max || boundedDistance(w.slice(0, q.length), q, max) <= max) {
      out.push(w);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/**
 * Notes matching every word of the query: 3 points for a whole word, 2 for a prefix, 1 for a near word; best
 * first, then most recently changed. An empty query lists all notes, newest first.
 */
export function searchNotes(index: NotesIndex, query: string): Note[] {
  const terms = [...new Set(foldWords(query))];
  if (!terms.length) return [...index.notes].sort((a, b) => b.updatedAt - a.updatedAt);
  const { keys } = index;
  let scores: Float64Array | undefined;
  for (const q of terms) {
    const whole = ` ${q} `;
    const prefix = ` ${q}`;
    const mine = new Float64Array(keys.length);
    let found = 0;
    for (let i = 0; i < keys.length; i++) {
      if (scores && scores[i] === 0) continue;
      const s = keys[i].includes(whole) ? 3 : keys[i].includes(prefix) ? 2 : 0;
      if (!s) continue;
      mine[i] = scores ? scores[i] + s : s;
      found++;
    }
    // A typo is assumed only when the word as written finds nothing (keeps a 10,000-note search fast).
    const near = found ? [] : nearWords(index, q).map((w) => ` ${w}`);
    if (near.length) {
      for (let i = 0; i < keys.length; i++) {
        if (scores && scores[i] === 0) continue;
        if (near.some((w) => keys[i].includes(w))) mine[i] = scores ? scores[i] + 1 : 1;
      }
    }
    scores = mine;
  }
  const hits: number[] = [];
  for (let i = 0; i < keys.length; i++) if (scores![i] > 0) hits.push(i);
  return hits
    .sort((a, b) => scores![b] - scores![a] || index.notes[b].updatedAt - index.notes[a].updatedAt)
    .map((i) => index.notes[i]);
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

/** What the agent did on a ticket (an SOP followed, a template inserted, a status set), as against what was read. */
const AGENT_ACTIONS: ReadonlySet<NoteEvent['kind']> = new Set(['sop-opened', 'sop-step', 'template-inserted', 'status']);

/**
 * Whether the agent recorded anything for this ticket: words in the note (not just the template's headings), a
 * promised call-back, a status, or an action on its timeline. The overlay stores a record for every ticket it reads
 * (the customer's messages seen, what was suggested: the QC export's timings and unanswered questions), and those
 * alone are not notes: the notes page folds them under a count.
 */
export function recordedByAgent(note: Note): boolean {
  const { text, followUpAt, status } = note.fields;
  return writtenText(text) !== '' || followUpAt !== null || status !== 'open' || note.timeline.some((e) => AGENT_ACTIONS.has(e.event.kind));
}

/** Overdue follow-ups, the longest overdue first. */
export function overdueNotes(notes: Note[], now: number): Note[] {
  return notes.filter((n) => isOverdue(n, now)).sort((a, b) => a.fields.followUpAt! - b.fields.followUpAt!);
}

export function sitesOf(notes: Note[]): string[] {
  return [...new Set(notes.map((n) => n.site).filter(Boolean))].sort();
}
