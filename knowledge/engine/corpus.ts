/**
 * The packs a matcher searches, loaded once: their entries as one numbered list of documents (layering decided),
 * term statistics and postings, and what the reranking needs of each entry (its phrases, the SOPs that link a
 * template). Everything per term or per entry is worked out on first need and kept: a pack of thousands of
 * entries loads at once, and each query pays only for the terms and entries it touches.
 */
import { type Entry, STAGES } from '../types';
import type { PackInput } from './api';
import { buildIndex } from './build-index';
import { type IndexData, isIndexData } from './index-data';
import { FuzzyVocabulary } from './fuzzy';
import { type PhraseKeys, phraseKeys } from './exact-phrase';
import { greekFormOf } from '../text/stem';

/** BM25 term-frequency saturation. */
export const K1 = 1.2;

export interface Pack {
  id: string;
  priority: number;
  /** See PackInput.locked. */
  locked: boolean;
  entries: Entry[];
  data: IndexData;
  /** The number of its first entry among all documents. */
  base: number;
  /** Where each term and its postings start in data.k and data.p, on first need. */
  layout?: Layout;
  /** Decoded postings of the terms queries have touched (bounded by the index itself). */
  decoded: Map<string, Postings>;
  /** Entries by id, on first need (the first of duplicates wins, like a scan would). */
  byId?: Map<string, Entry>;
  /** Title and trigger phrases as keys per word (function words too), per entry, on first need. */
  verbatim: Map<number, PhraseKeys[]>;
  /** Trigger phrases split into words and alternative terms, per entry, on first need. */
  phrases: Map<number, string[][][]>;
  /** Template (local index) → the SOPs (local indexes) whose steps link it, on first need. */
  linkedBy?: Map<number, number[]>;
}

/** Where each item of a separated string starts, and (last) one past the end of the string: item i is [at[i], at[i + 1] - 1). */
interface Layout {
  terms: Int32Array;
  postings: Int32Array;
}

/** One term's postings, ready for scoring: local doc numbers, BM25 tf saturation, field masks. */
export interface Postings {
  docs: Int32Array;
  sat: Float32Array;
  mask: Uint8Array;
}

export interface Doc {
  pack: Pack;
  entry: Entry;
  /** A higher-priority pack has an entry with the same id in the same language. */
  shadowed: boolean;
}

export class Corpus {
  readonly packs: Pack[] = [];
  readonly docs: Doc[] = [];
  /** The documents no other pack replaces. */
  readonly live: Doc[];
  /** Preselection breaks exact ties by pack priority, then entry order (cheap); the final order uses compareDocs. */
  readonly tieRank: Int32Array;
  /** Per doc, 1 when it answers a death (see answersDeath; read when the index was built). */
  readonly answersDeath: Uint8Array;
  /** Per doc, 1 when it answers praise (see cues.ts answersPraise; read when the index was built). */
  readonly answersPraise: Uint8Array;
  /**
   * Per doc, what ranking reads of every candidate, in arrays filled at load: reading it off thousands of entry
   * objects (of several shapes, wherever the pack's JSON put them) was a cache miss per fresh candidate.
   * The type and language as codes (see code), 1 when replaced by another pack's entry, the stage's place in STAGES (-1: none).
   */
  readonly type: Int32Array;
  readonly lang: Int32Array;
  readonly shadowed: Uint8Array;
  readonly stage: Int8Array;
  /** Per doc, 1 when it has a title or trigger without a content word (see hasFunctionPhrase; read when the index was built). */
  readonly functionPhrases: Uint8Array;
  private readonly codes = new Map<unknown, number>();
  private fuzzyVocabulary?: FuzzyVocabulary;

  constructor(inputs: PackInput[]) {
    let n = 0;
    for (const { pack, priority, locked } of inputs ?? []) {
      const entries = Array.isArray(pack?.entries) ? pack.entries : [];
      const data = isIndexData(pack.index, entries.map((e) => e.id)) ? pack.index : buildIndex(entries);
      this.packs.push({ id: pack.meta?.id ?? '', priority: priority ?? 0, locked: locked === true, entries, data, base: n, decoded: new Map(), verbatim: new Map(), phrases: new Map() });
      n += entries.length;
    }
    [this.tieRank, this.answersDeath, this.functionPhrases] = [new Int32Array(n), new Uint8Array(n), new Uint8Array(n)];
    [this.type, this.lang, this.shadowed, this.stage] = [new Int32Array(n), new Int32Array(n), new Uint8Array(n), new Int8Array(n)];
    this.answersPraise = new Uint8Array(n);
    const packRank = new Map([...this.packs].sort((a, b) => b.priority - a.priority).map((p, i) => [p, i]));
    for (const p of this.packs) this.fill(p, packRank.get(p)! * 1_000_000);
    if (this.packs.length > 1) {
      shadowReplaced(this.docs);
      for (let doc = 0; doc < n; doc++) this.shadowed[doc] = this.docs[doc]!.shadowed ? 1 : 0;
    }
    this.live = this.packs.length > 1 ? this.docs.filter((d) => !d.shadowed) : this.docs.slice();
  }

  /**
   * A pack's documents and what ranking reads of each, in one plain loop: a pack loads once, mostly before V8 has
   * optimised anything, and a closure called per entry (four passes of them) took twice as long.
   */
  private fill(p: Pack, rank: number): void {
    const { entries, base } = p;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const doc = base + i;
      this.docs.push({ pack: p, entry, shadowed: false });
      this.tieRank[doc] = rank + i;
      this.type[doc] = this.intern(entry.type);
      this.lang[doc] = this.intern(entry.lang);
      this.stage[doc] = entry.stage ? STAGES.indexOf(entry.stage) : -1;
    }
    for (const local of p.data.dd) this.answersDeath[base + local] = 1;
    for (const local of p.data.dp) this.answersPraise[base + local] = 1;
    for (const local of p.data.fp) this.functionPhrases[base + local] = 1;
  }

  /** The code of a type or language as the per-doc arrays hold it; -1 for a value no entry has (equal to none). */
  code(value: unknown): number {
    return this.codes.get(value) ?? -1;
  }

  private intern(value: unknown): number {
    let c = this.codes.get(value);
    if (c === undefined) this.codes.set(value, (c = this.codes.size));
    return c;
  }

  get size(): number {
    return this.docs.length;
  }

  /** A term's postings in one pack, decoded on first need. */
  postings(p: Pack, term: string): Postings | undefined {
    let list = p.decoded.get(term);
    if (list) return list;
    const i = termAt(p, term);
    if (i < 0) return undefined;
    const at = layoutOf(p).postings;
    list = decodePostings(p.data.p, at[i]!, at[i + 1]! - 1);
    p.decoded.set(term, list);
    return list;
  }

  /** Document frequency without decoding: a long message skips very common terms, so they are never decoded. */
  df(term: string): number {
    let n = 0;
    for (const p of this.packs) {
      const list = p.decoded.get(term);
      if (list) {
        n += list.docs.length;
        continue;
      }
      const i = termAt(p, term);
      if (i < 0) continue;
      const at = layoutOf(p).postings;
      n += countPostings(p.data.p, at[i]!, at[i + 1]! - 1);
    }
    return n;
  }

  idf(n: number): number {
    const N = this.docs.length;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  }

  /** Whether document `doc` has `term` (a binary search in the decoded postings). */
  hasDoc(term: string, doc: number): boolean {
    return this.fieldsIn(term, doc) >= 0;
  }

  /**
   * The fields of document `doc` where `term` stands, as a field mask; -1 when the doc does not have the term. The
   * postings are looked up once: a second lookup for the mask doubled what the explanation's code inlined.
   */
  fieldsIn(term: string, doc: number): number {
    const d = this.docs[doc]!;
    const list = this.postings(d.pack, term);
    if (!list) return -1;
    const local = doc - d.pack.base;
    const i = lowerBound(list.docs, local);
    // Bounds first: reading past a typed array's end de-optimises the code that inlined this.
    return i < list.docs.length && list.docs[i] === local ? list.mask[i]! : -1;
  }

  /**
   * What `term` gives document `doc` as the scoring weighs it (idf × the term's saturated frequency there, before a
   * reading's confidence), 0 when the doc does not have it: how much a matched word carries, for the explanation.
   */
  weightIn(term: string, doc: number): number {
    const d = this.docs[doc]!;
    const list = this.postings(d.pack, term);
    if (!list) return 0;
    const local = doc - d.pack.base;
    const i = lowerBound(list.docs, local);
    return i < list.docs.length && list.docs[i] === local ? this.idf(this.df(term)) * list.sat[i]! : 0;
  }

  /** Title and trigger phrases of a doc as keys per word (function words too), for the word-for-word check. */
  verbatim(doc: number): PhraseKeys[] {
    const d = this.docs[doc]!;
    const local = doc - d.pack.base;
    let verbatim = d.pack.verbatim.get(local);
    if (!verbatim) d.pack.verbatim.set(local, (verbatim = phraseKeys(d.entry.title ?? '', d.entry.triggers)));
    return verbatim;
  }

  /**
   * Whether a title or trigger of the doc has no content word (a greeting, «πού είναι»): only such a phrase can
   * be said word for word by a text that matched none of the doc's own words. The index lists the docs with fewer
   * phrases with a content word than titles and triggers (IndexData.fp); no words are analysed.
   */
  hasFunctionPhrase(doc: number): boolean {
    return this.functionPhrases[doc] === 1;
  }

  /** Title and trigger phrases of a doc as the index holds them: per word, its alternative terms. */
  phrases(doc: number): string[][][] {
    const d = this.docs[doc]!;
    const local = doc - d.pack.base;
    let phrases = d.pack.phrases.get(local);
    if (!phrases) d.pack.phrases.set(local, (phrases = splitPhrases(d.pack.data.tr[local] ?? '')));
    return phrases;
  }

  /** The SOPs (doc numbers) whose steps link template `doc`: the topic it belongs to. */
  linkingSops(doc: number): number[] {
    const p = this.docs[doc]!.pack;
    p.linkedBy ??= linksOf(p.entries);
    return (p.linkedBy.get(doc - p.base) ?? []).map((i) => p.base + i);
  }

  /** Known terms that start with `term`, or that `term` starts with (light stemming misses). */
  prefixTerms(term: string): string[] {
    const body = term.length - 2;
    if (body < 4) return [];
    const out = new Set<string>();
    // Greek keys join only forms of one word: not καρτέλα and κάρτα (stem.ts greekFormOf).
    const greek = term.startsWith('p:');
    for (const p of this.packs) {
      const [k, at] = [p.data.k, layoutOf(p).terms];
      const lo = termAt(p, term, true);
      for (let i = lo; i < at.length - 1 && i < lo + 4 && at[i]! + term.length < at[i + 1]! && k.startsWith(term, at[i]!); i++) {
        const longer = k.slice(at[i]!, at[i + 1]! - 1);
        if (!greek || greekFormOf(longer.slice(2), term.slice(2))) out.add(longer);
      }
    }
    // A Greek key may lose a third letter from a long word: its stems drop a final i (see joinStem), so the
    // adjective τιμολογιακά reaches τιμολόγιο, τιμολόγηση (timolog) three letters back.
    const cuts = greek && body >= 8 ? 3 : 2;
    for (let cut = 1; cut <= cuts && body - cut >= 4; cut++) {
      const shorter = term.slice(0, -cut);
      if (this.df(shorter) && (!greek || greekFormOf(term.slice(2), shorter.slice(2)))) out.add(shorter);
    }
    out.delete(term);
    return [...out];
  }

  /** Typo corrections from the short fields' vocabulary of every pack (built on first need). */
  get fuzzy(): FuzzyVocabulary {
    return (this.fuzzyVocabulary ??= new FuzzyVocabulary(this.packs.flatMap((p) => p.data.s)));
  }

  /**
   * Forgets what searches cached (decoded postings, phrases per entry, typo corrections): after the warm-up's
   * searches (warm-up.ts) an agent's query finds only what it would find after load. What every search needs
   * whatever its words (where the pack's terms start, the typo vocabulary) stays. Returns how many were held.
   */
  forgetQueries(): number {
    let held = this.fuzzyVocabulary?.forget() ?? 0;
    for (const p of this.packs) {
      held += p.decoded.size + p.verbatim.size + p.phrases.size;
      p.decoded.clear();
      p.verbatim.clear();
      p.phrases.clear();
    }
    return held;
  }

  /** An entry by pack and id. */
  entry(packId: string, entryId: string): Entry | undefined {
    for (const p of this.packs) {
      if (p.id !== packId) continue;
      p.byId ??= new Map(p.entries.map((e) => [e.id, e] as const).reverse());
      const e = p.byId.get(entryId);
      if (e) return e;
    }
    return undefined;
  }
}

/**
 * Layering: a higher-priority pack's entry replaces a lower-priority entry with the same id in the SAME language
 * (a team pack overriding a bundled one). Entries in different languages are different entries (el-core and
 * en-core share ids on purpose), and equal priorities keep both.
 */
function shadowReplaced(docs: Doc[]): void {
  const byId = new Map<string, Doc[]>();
  for (const d of docs) {
    const same = byId.get(d.entry.id);
    if (same) same.push(d);
    else byId.set(d.entry.id, [d]);
  }
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    for (const d of same) d.shadowed = same.some((o) => o.entry.lang === d.entry.lang && outranks(o.pack, d.pack));
  }
}

/** Whose entry is used when two packs have the same id in the same language: a locked pack's, else the higher priority's. */
function outranks(a: Pack, b: Pack): boolean {
  return a.locked !== b.locked ? a.locked : a.priority > b.priority;
}

/** Template (local index) → the SOPs (local indexes) whose steps link it with [[template-id]]. */
function linksOf(entries: Entry[]): Map<number, number[]> {
  const local = new Map(entries.map((e, i) => [e.id, i] as const));
  const linkedBy = new Map<number, number[]>();
  entries.forEach((e, i) => {
    if (e.type !== 'sop') return;
    for (const step of e.steps ?? []) {
      for (const id of step.templates ?? []) {
        const t = local.get(id);
        if (t === undefined) continue;
        const list = linkedBy.get(t);
        if (list) list.push(i);
        else linkedBy.set(t, [i]);
      }
    }
  });
  return linkedBy;
}

/**
 * Where each term and its postings start in the pack's strings (see Layout): one indexOf per term, on the first
 * search rather than at load.
 */
function layoutOf(p: Pack): Layout {
  return (p.layout ??= { terms: starts(p.data.k, ' '), postings: starts(p.data.p, ';') });
}

function starts(s: string, separator: string): Int32Array {
  // One pass into a growing buffer: counting first and filling after searched the pack's strings twice, a sixth of
  // the first search after load (the code still cold).
  let at: Int32Array = new Int32Array(1024);
  let n = 0;
  if (s) at[n++] = 0;
  for (let i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, i + 1)) {
    if (n + 1 >= at.length) at = grown(at);
    at[n++] = i + 1;
  }
  if (n + 1 > at.length) at = grown(at);
  at[n] = s.length + 1;
  return at.slice(0, n + 1);
}

function grown(list: Int32Array): Int32Array {
  const more = new Int32Array(list.length * 2);
  more.set(list);
  return more;
}

/**
 * A term's place among the pack's sorted terms, or -1 when it is not there (with `below`: the place of the first
 * term not below it, for prefixes). A binary search over the one string of terms, comparing in place: no list or
 * map of the pack's 40,000 terms is built.
 */
function termAt(p: Pack, term: string, below = false): number {
  const k = p.data.k;
  const at = layoutOf(p).terms;
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareTerm(k, at[mid]!, at[mid + 1]! - 1, term) < 0) lo = mid + 1;
    else hi = mid;
  }
  return below || (lo < at.length - 1 && compareTerm(k, at[lo]!, at[lo + 1]! - 1, term) === 0) ? lo : -1;
}

/** k[start, end) against `term`, in UTF-16 code units (the order of a plain sort, which built the list): <0, 0, >0. */
function compareTerm(k: string, start: number, end: number, term: string): number {
  const n = Math.min(end - start, term.length);
  for (let i = 0; i < n; i++) {
    const d = k.charCodeAt(start + i) - term.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - term.length;
}

/**
 * A term's encoded postings (see encodePostings), s[start, end), straight into the arrays a search scores from: a
 * hand-rolled base-36 reader with no intermediate strings or lists (a fresh query decodes the lists of its new terms).
 */
function decodePostings(s: string, start: number, end: number): Postings {
  const n = countPostings(s, start, end);
  const list: Postings = { docs: new Int32Array(n), sat: new Float32Array(n), mask: new Uint8Array(n) };
  let value = 0;
  let k = 0;
  let doc = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 44;
    if (c !== 44) {
      value = value * 36 + (c <= 57 ? c - 48 : c - 87);
      continue;
    }
    const at = k >> 1;
    if (k % 2 === 0) list.docs[at] = doc += value;
    else {
      const tf = (value >> 5) / 10;
      list.sat[at] = tf / (tf + K1);
      list.mask[at] = value & 31;
    }
    k++;
    value = 0;
  }
  return list;
}

/** Postings in an encoded list, s[start, end): pairs of comma-separated numbers. */
function countPostings(s: string, start: number, end: number): number {
  let commas = 0;
  for (let i = s.indexOf(',', start); i >= 0 && i < end; i = s.indexOf(',', i + 1)) commas++;
  return (commas + 1) >> 1;
}

/** Stable order on equal relevance: higher pack priority, then entry id, then pack id. */
export function compareDocs(a: Doc, b: Doc): number {
  if (a.pack.priority !== b.pack.priority) return b.pack.priority - a.pack.priority;
  if (a.entry.id !== b.entry.id) return a.entry.id < b.entry.id ? -1 : 1;
  return a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0;
}

/** The first index of sorted `list` whose item is not below `x` (binary search). */
function lowerBound(list: Int32Array, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** String.prototype's methods, called on a string rather than read off it (see splitPhrases). */
const indexOf = String.prototype.indexOf as (this: string, search: string, from?: number) => number;
const slice = String.prototype.slice as (this: string, start: number, end?: number) => string;

/**
 * Phrases (one per line) as words of alternative terms. Every list below the top has one hidden class (the ranking loops over
 * them, phraseBonus and anyAdjacent, deoptimised mid-run on a second one): sized once and filled by index. split's
 * own results won't do, as V8 hands out a cached split as a holey copy and a fresh one packed. The pushed lists and
 * their trimmed copies this replaces were a third of what a search allocated, all of it kept in the cache.
 */
function splitPhrases(phrases: string): string[][][] {
  const out: string[][][] = [];
  // String.prototype's methods called on `phrases` and its slices, not read off them: JSON.parse hands out short
  // strings internalized (another hidden class), and the first entry with one, hundreds of searches in, de-optimised
  // this where it read `phrases.length`. A call through the prototype checks only that it is a string.
  for (let start = 0, end = 0; phrases && end >= 0; start = end + 1) {
    end = indexOf.call(phrases, '\n', start);
    out.push(phraseWords(end < 0 ? slice.call(phrases, start) : slice.call(phrases, start, end)));
  }
  // Cached for every entry: a trimmed copy, as a pushed list keeps room for 16 more items.
  return out.slice();
}

/**
 * A phrase's words (as split(' ') cuts them), each as its alternative terms, in a list sized once. Cut out with
 * indexOf: split's own result has two hidden classes (a split of an internalized string, a whole line that is
 * `phrases` itself, comes back from V8's cache as a holey copy), and reading it de-optimised splitPhrases in the
 * agent's first searches after the warm-up.
 */
function phraseWords(phrase: string): string[][] {
  const parts = cut(phrase, ' ');
  const words = new Array<string[]>(parts.length);
  for (let k = 0; k < parts.length; k++) words[k] = alternatives(parts[k]!);
  return words;
}

/**
 * A word's alternative terms (`a|b`) in a list sized once, cut out with indexOf: split's result would be read here
 * in both its hidden classes, the second one met only at a rare word with alternatives (a de-opt mid-run).
 */
function alternatives(word: string): string[] {
  return cut(word, '|');
}

/** `text` cut at each `separator` (as split cuts it) into a list sized once, with String.prototype's methods. */
function cut(text: string, separator: string): string[] {
  let n = 1;
  for (let at = indexOf.call(text, separator); at >= 0; at = indexOf.call(text, separator, at + 1)) n++;
  const out = new Array<string>(n);
  let start = 0;
  for (let i = 0; i < n - 1; i++) {
    const at = indexOf.call(text, separator, start);
    out[i] = slice.call(text, start, at);
    start = at + 1;
  }
  out[n - 1] = n === 1 ? text : slice.call(text, start);
  return out;
}
