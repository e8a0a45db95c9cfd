/**
 * Typo correction for words that match nothing: fuse.js over the vocabulary of the short fields (titles,
 * triggers, tags, shortcuts), bucketed by key type, first letter (rarely the mistyped one) and length, so each
 * search scans a few dozen keys — never the long texts.
 */
import Fuse from 'fuse.js';
import { slips } from '../text/edit-distance';
import { Memo } from '../text/memo';
import { emptyList } from './lists';

const THRESHOLD = 0.34;
/**
 * A correction is at most this share of the word's letters away in slips (at least one letter). Fuse scores
 * the pattern where it fits best inside the other word, so a real word the pack lacks was read as one that merely
 * holds most of it: «Αξιότιμοι» (aksiotim) as «απαξιωτικά» (apaksiot), «ασκήσω» (aski) as «ακυρώσω» (akir), and a
 * formal withdrawal letter went to order cancellation.
 */
const MAX_EDITS = 0.25;

/**
 * The word without its key-space prefix ("e:", "p:"): Fuse's score is errors over the pattern's length, and the two
 * prefix letters always agree, so with them three slips in eight letters passed as 0.3 ("sluggish" read as
 * "suggest").
 */
const bare = (term: string): string => term.replace(/^(?:[a-z]:)+/, '');

export class FuzzyVocabulary {
  private readonly byBucket = new Map<string, string[]>();
  /** Per bucket: Fuse over the words without their prefix, and the terms as keyed (same order). */
  private readonly fuses = new Map<string, { fuse: Fuse<string>; terms: string[] }>();
  /** Corrections per misspelt term: customers repeat their typos, and a fuse search is the slowest step. */
  private readonly corrections = new Memo<Array<{ term: string; similarity: number }>>(2_000);

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      const bucket = `${term.slice(0, 3)}${term.length}`;
      let list = this.byBucket.get(bucket);
      if (!list) this.byBucket.set(bucket, (list = []));
      list.push(term);
    }
  }

  /** Known terms close to `term` (same key type and first letter, length ±1), with a similarity in (0, 1]. */
  correct(term: string, max = 2): Array<{ term: string; similarity: number }> {
    return this.corrections.get(`${max}\u0000${term}`, () => this.search(term, max));
  }

  /**
   * Forgets the corrections and the buckets' searchers the texts so far asked for (see Corpus.forgetQueries);
   * returns how many were held.
   */
  forget(): number {
    const held = this.corrections.size + this.fuses.size;
    this.corrections.clear();
    this.fuses.clear();
    return held;
  }

  private search(term: string, max: number): Array<{ term: string; similarity: number }> {
    const key = `${term.slice(0, 3)}${term.length}`;
    let bucket = this.fuses.get(key);
    if (!bucket) {
      const terms: string[] = [];
      const words: string[] = [];
      // A loop, not push(...bucket): a pack's vocabulary can be larger than the engine's argument limit.
      for (const d of [-1, 0, 1]) {
        for (const w of this.byBucket.get(`${term.slice(0, 3)}${term.length + d}`) ?? []) {
          terms.push(w);
          words.push(bare(w));
        }
      }
      bucket = { fuse: new Fuse(words, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true }), terms };
      this.fuses.set(key, bucket);
    }
    // Pushed into a list of one hidden class, empty or not: the corrections are cached (see lists.ts).
    const out = emptyList<{ term: string; similarity: number }>();
    for (const r of bucket.fuse.search(bare(term), { limit: max })) {
      const known = bucket.terms[r.refIndex]!;
      if (known === term) continue;
      const word = bare(term);
      if (slips(word, bare(known)) > Math.max(1, Math.floor(word.length * MAX_EDITS))) continue;
      out.push({ term: known, similarity: 1 - (r.score ?? 1) });
    }
    return out;
  }
}

