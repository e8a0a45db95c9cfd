/**
 * Typo correction for words that match nothing: fuse.js over the vocabulary of the short fields (titles,
 * triggers, tags, shortcuts), bucketed by key type, first letter (rarely the mistyped one) and length, so each
 * search scans a few dozen keys — never the long texts.
 */
import Fuse from 'fuse.js';
import { Memo } from '../text/memo';
import { emptyList } from './lists';

const THRESHOLD = 0.34;

export class FuzzyVocabulary {
  private readonly byBucket = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
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
    let fuse = this.fuses.get(key);
    if (!fuse) {
      const words: string[] = [];
      // A loop, not push(...bucket): a pack's vocabulary can be larger than the engine's argument limit.
      for (const d of [-1, 0, 1]) for (const w of this.byBucket.get(`${term.slice(0, 3)}${term.length + d}`) ?? []) words.push(w);
      fuse = new Fuse(words, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      this.fuses.set(key, fuse);
    }
    // Pushed into a list of one hidden class, empty or not: the corrections are cached (see lists.ts).
    const out = emptyList<{ term: string; similarity: number }>();
    for (const r of fuse.search(term, { limit: max })) if (r.item !== term) out.push({ term: r.item, similarity: 1 - (r.score ?? 1) });
    return out;
  }
}
