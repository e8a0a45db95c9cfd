/**
 * BM25F accumulation for one search: per document, the sum over the text's words of each word's best-scoring
 * reading, which fields matched, and how many of the text's content words it covers. Typed arrays reused by every
 * search (search is synchronous); reset() clears only what the search touched.
 */
import { type Corpus, K1 } from './corpus';

/** In a long message, a term found in more than this share of a large knowledge base is noise, not a key word. */
const COMMON_SHARE = 0.25;
/** Knowledge bases smaller than this keep every term of a long message. */
const COMMON_MIN_DOCS = 200;

/** What a committed word says about the documents it matched. */
export interface WordKind {
  /** A content word: counts towards coverage. */
  content: boolean;
  /** Any word but a function word (or a pair): the document was matched by the text's own words. */
  own: boolean;
  /** Part of a mood cue: its score also goes to `mood` (what the mood, not the topic, gave the document). */
  mood?: boolean;
}

/** A pair of adjacent words, a function word in effect: no coverage, and not the text's own words. */
export const PAIR: WordKind = { content: false, own: false };
/** A pair of two mood words («τρίτη φορά»): what it gives is the mood's too, not the topic's. */
export const MOOD_PAIR: WordKind = { content: false, own: false, mood: true };

export class Scores {
  readonly total: Float64Array;
  /** The part of `total` the text's mood words gave (see WordKind.mood). */
  readonly mood: Float64Array;
  readonly masks: Uint8Array;
  /** How many distinct content words of the text each doc matched. */
  readonly coverage: Uint16Array;
  /** Whether a doc matched a word of the text other than a function word. */
  readonly said: Uint8Array;
  /**
   * Docs with a score, in the order they got one (the first `touchedCount`). Fixed-size stacks, not arrays: a
   * common word touches a thousand docs, and a growing array per word was most of a search's garbage.
   */
  private readonly touchedDocs: Int32Array;
  private touchedCount = 0;
  private readonly wordBest: Float64Array;
  private readonly wordTouched: Int32Array;
  private wordCount = 0;
  /** The text is long: very common terms are skipped. */
  long = false;

  constructor(private readonly corpus: Corpus) {
    const n = corpus.size;
    this.total = new Float64Array(n);
    this.mood = new Float64Array(n);
    this.masks = new Uint8Array(n);
    this.coverage = new Uint16Array(n);
    this.said = new Uint8Array(n);
    this.wordBest = new Float64Array(n);
    this.touchedDocs = new Int32Array(n);
    this.wordTouched = new Int32Array(n);
  }

  /**
   * Scores `term` (scaled by `factor`) into the current word, keeping each doc's best reading. False when no
   * pack has the term (a skipped common term counts as found). With `light` (a function word, a word pair), only
   * docs the text's own words matched, or that have a phrase of function words only (a greeting), are scored:
   * no other doc could be a suggestion through it, and 'the' or «να» is in most of a large pack.
   */
  collect(term: string, factor: number, light = false): boolean {
    const { corpus, wordBest, wordTouched, masks, said } = this;
    let count = this.wordCount;
    const n = corpus.df(term);
    if (!n) return false;
    if (this.long && n > corpus.size * COMMON_SHARE && corpus.size >= COMMON_MIN_DOCS) return true;
    const w = corpus.idf(n) * factor * (K1 + 1);
    const greeting = light ? corpus.functionPhrases : undefined;
    for (const p of corpus.packs) {
      const list = corpus.postings(p, term);
      if (!list) continue;
      const { docs: ds, sat, mask } = list;
      const base = p.base;
      for (let i = 0; i < ds.length; i++) {
        const doc = base + ds[i]!;
        if (greeting && said[doc] === 0 && greeting[doc] === 0) continue;
        const s = w * sat[i]!;
        if (s > wordBest[doc]!) {
          if (wordBest[doc] === 0) wordTouched[count++] = doc;
          wordBest[doc] = s;
        }
        masks[doc]! |= mask[i]!;
      }
    }
    this.wordCount = count;
    return true;
  }

  /** Adds the current word's best scores to the totals. */
  commit(kind: WordKind): void {
    const { total, wordBest, wordTouched, touchedDocs, coverage, said } = this;
    for (let i = 0; i < this.wordCount; i++) {
      const doc = wordTouched[i]!;
      if (total[doc] === 0) touchedDocs[this.touchedCount++] = doc;
      total[doc]! += wordBest[doc]!;
      if (kind.mood) this.mood[doc]! += wordBest[doc]!;
      if (kind.content) coverage[doc]!++;
      if (kind.own) said[doc] = 1;
      wordBest[doc] = 0;
    }
    this.wordCount = 0;
  }

  /** The `k` best-scoring touched docs that pass `keep`, best first (a bounded insertion, not a full sort). */
  top(k: number, keep: (doc: number) => boolean): number[] {
    const { total } = this;
    const tieRank = this.corpus.tieRank;
    const top: number[] = [];
    const before = (x: number, y: number) => total[x]! > total[y]! || (total[x] === total[y] && tieRank[x]! < tieRank[y]!);
    for (let j = 0; j < this.touchedCount; j++) {
      const doc = this.touchedDocs[j]!;
      if (top.length === k && !before(doc, top[k - 1]!)) continue;
      if (!keep(doc)) continue;
      // Shift the worse ones down in place (splice allocated an array per insertion).
      let i = Math.min(top.length, k - 1);
      while (i > 0 && before(doc, top[i - 1]!)) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = doc;
    }
    return top;
  }

  /**
   * The touched doc of type `code` (not replaced by another pack's) whose score the text's topic gave most: what its
   * words other than mood words gave it (-1: none has a positive one).
   */
  topicLeader(code: number): number {
    const { total, mood, touchedDocs } = this;
    const { type, shadowed } = this.corpus;
    let best = -1;
    let bestTopic = 0;
    for (let j = 0; j < this.touchedCount; j++) {
      const doc = touchedDocs[j]!;
      const topic = total[doc]! - mood[doc]!;
      if (type[doc] === code && shadowed[doc] === 0 && topic > bestTopic) {
        best = doc;
        bestTopic = topic;
      }
    }
    return best;
  }

  /** Clears what this search touched, for the next one. */
  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touchedDocs[i]!;
      this.total[doc] = 0;
      this.mood[doc] = 0;
      this.masks[doc] = 0;
      this.coverage[doc] = 0;
      this.said[doc] = 0;
    }
    for (let i = 0; i < this.wordCount; i++) this.wordBest[this.wordTouched[i]!] = 0;
    this.touchedCount = 0;
    this.wordCount = 0;
    this.long = false;
  }
}
