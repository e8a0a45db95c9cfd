import type { InferOutput } from 'valibot';
import type { currentIndex } from '../pack/format';

/**
 * The version of the matcher data; it changes with the terms (stemming, function words, word pairs and their key
 * spaces) and with their layout (13: one string of sorted terms and one of postings in place of a term → postings
 * map, an entry's phrases as one string, the entries with a phrase of function words listed; 14–16: Greek stems and counted word
 * pairs in the older layout; 17: both together; 18: bodies cut at 150 words, fields.ts; 19: the word pairs a negation
 * governs keyed apart, fields.ts phrasePairs; 20: the entries that answer praise listed, dp; 21: κλείσ- keyed as
 * κλείν- and an accented question word πόσο a function word, analyze.ts, and a ξανα- verb no longer souring praise;
 * 22: the news sense, «νέα» the noun, "news" and "any update", one term s:news, news-sense.ts, and "news" no "new";
 * 23: «σπάσουμε σε δόσεις», «σπάει τα νεύρα» read as their idioms, s:instalments and s:nerves, idiom-sense.ts).
 */
export const INDEX_VERSION = 23;

/** The serialisable matcher data stored in CompiledPack.index: declared with the pack format (knowledge/pack/format.ts). */
export type IndexData = InferOutput<typeof currentIndex>;

export function isIndexData(x: unknown, ids: string[]): x is IndexData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<IndexData>;
  return (
    d.v === INDEX_VERSION && Array.isArray(d.ids) && sameIds(d.ids, ids) && typeof d.k === 'string' && typeof d.p === 'string' &&
    Array.isArray(d.s) && Array.isArray(d.tr) && Array.isArray(d.dd) && Array.isArray(d.dp) && Array.isArray(d.fp)
  );
}

/** A plain loop, not every(): it runs once per load, before V8 optimises, where a callback per entry costs. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A postings string that breaks the format's character rules: the full format check words it (check-format.ts). */
export const MALFORMED: unique symbol = Symbol('not a postings list');

/** What the one walk over an index's postings found, for a pack of `docs` entries. */
export interface PostingsVerdict {
  docs: number;
  /** The first term whose postings are wrong, and how. */
  problem?: string;
}

/**
 * One pass over the postings string (IndexData.p): its characters (those the format declares: per term base-36
 * numbers of 1 to 6 digits, comma-separated, the terms' lists separated by ';'; MALFORMED otherwise, wherever it
 * is), its numbers (in pairs, documents ascending and inside the pack, none too large), one list per term, and the
 * terms in the order the matcher's binary search needs. The format check's fast path runs it in place of the
 * declaration's pattern, so a right pack's postings are read once (check-format.ts: passes).
 */
export function checkPostings(data: { k: string; p: string }, docs: number): PostingsVerdict | typeof MALFORMED {
  const { k, p } = data;
  let problem: string | undefined;
  let lists = 0;
  // The terms are walked beside the lists, for their names in a problem (without a list of them made).
  let term = 0;
  for (let start = 0; p && start <= p.length; lists++) {
    const end = next(p, ';', start);
    const found = postingsProblem(p, start, end, docs);
    if (found === MALFORMED) return MALFORMED;
    // A later list may still break the characters, which the format check reports before any of this.
    if (found && problem === undefined) problem = `the postings of ${term <= k.length && k ? JSON.stringify(k.slice(term, next(k, ' ', term))) : `term ${lists + 1}`} ${found}`;
    start = end + 1;
    term = next(k, ' ', term) + 1;
  }
  const terms = k ? count(k, ' ') + 1 : 0;
  problem ??= lists !== terms ? `it has postings for ${lists} terms, not its ${terms}` : unsorted(k);
  return problem === undefined ? { docs } : { docs, problem };
}

/** Where the item of a `separator`-separated string that starts at `start` ends (its separator, or the end). */
function next(s: string, separator: string, start: number): number {
  const end = s.indexOf(separator, start);
  return end < 0 ? s.length : end;
}

function count(s: string, separator: string): number {
  let n = 0;
  for (let i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, i + 1)) n++;
  return n;
}

/** The first pair of terms (k: separated by spaces) out of order or repeated, worded; undefined when they are strictly ascending. */
function unsorted(k: string): string | undefined {
  let prev = 0;
  let prevEnd = next(k, ' ', 0);
  for (let start = prevEnd + 1; start <= k.length; ) {
    const end = next(k, ' ', start);
    const [a, b] = [k.slice(prev, prevEnd), k.slice(start, end)];
    if (!(a < b)) return `its terms ${JSON.stringify(a)} and ${JSON.stringify(b)} are not in order`;
    [prev, prevEnd, start] = [start, end, end + 1];
  }
  return undefined;
}

/**
 * Why a (well-typed) index cannot serve these entries, or undefined. Built for other entries (ids not the entries'
 * in order: a hand-edited file) it can be rebuilt; with the right ids but phrases missing or postings that point
 * outside the pack or go backwards it is corrupt. `postings`: what the format check's walk found (checkPostings),
 * when it made one; otherwise the postings are walked here. The matcher trusts an index that passes.
 */
export function indexProblem(data: IndexData, ids: readonly string[], postings?: PostingsVerdict): { problem: string; corrupt: boolean } | undefined {
  if (data.ids.length !== ids.length || data.ids.some((id, i) => id !== ids[i])) return { problem: 'its entry ids are not the entries of the pack', corrupt: false };
  if (data.tr.length !== ids.length) return { problem: 'it has phrases for a different number of entries', corrupt: true };
  if (!docsInOrder(data.dd, ids.length)) return { problem: 'its entries that answer a death are not entries of the pack in order', corrupt: true };
  if (!docsInOrder(data.dp, ids.length)) return { problem: 'its entries that answer praise are not entries of the pack in order', corrupt: true };
  if (!docsInOrder(data.fp, ids.length)) return { problem: 'its entries with a phrase of function words are not entries of the pack in order', corrupt: true };
  const verdict = postings?.docs === ids.length ? postings : checkPostings(data, ids.length);
  // Malformed postings fail the format check, which words them; only a caller that skipped it sees this.
  if (verdict === MALFORMED) return { problem: 'its postings are not postings lists', corrupt: true };
  return verdict.problem === undefined ? undefined : { problem: verdict.problem, corrupt: true };
}

/** Entry numbers of a pack of `docs` entries, ascending. */
function docsInOrder(list: readonly number[], docs: number): boolean {
  return !list.some((doc, i) => doc >= docs || (i > 0 && doc <= list[i - 1]!));
}

const MAX_INT32 = 2 ** 31 - 1;
const MAX_DIGITS = 6;

/** The problem of the postings list in s[start, end), or MALFORMED. */
function postingsProblem(s: string, start: number, end: number, docs: number): string | typeof MALFORMED | undefined {
  let problem: string | undefined;
  let n = 0;
  let digits = 0;
  let k = 0;
  let doc = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 44;
    if (c !== 44) {
      if (c >= 48 && c <= 57) n = n * 36 + c - 48;
      else if (c >= 97 && c <= 122) n = n * 36 + c - 87;
      else return MALFORMED;
      if (++digits > MAX_DIGITS) return MALFORMED;
      continue;
    }
    if (digits === 0) return MALFORMED;
    // After the first problem only the characters are read: they decide whether the format check words the string.
    if (problem === undefined) problem = numberProblem(n, k, doc + n, docs);
    if (k % 2 === 0) doc += n;
    k++;
    n = 0;
    digits = 0;
  }
  return problem ?? (k % 2 === 0 ? undefined : 'are not in pairs');
}

/** The `k`th number of a postings string, `n`, that brings the document to `doc` (when it is one: k even). */
function numberProblem(n: number, k: number, doc: number, docs: number): string | undefined {
  if (n > MAX_INT32) return 'hold a number that is too large';
  if (k % 2 !== 0) return undefined;
  if (k > 0 && n === 0) return 'list a document twice';
  if (doc >= docs) return `point to entry ${doc + 1} of ${docs}`;
  return undefined;
}
