/**
 * The first pass of a search: every word of the text scores the documents that have it (BM25F), by its best
 * reading; a reading that matches nothing falls back to prefixes (light stemming misses), then, for the main
 * readings of long words, to typo correction; adjacent word pairs add what titles and triggers say in that order.
 */
import type { Variant } from '../text/analyze';
import { negatedPair, pairTerms } from './fields';
import type { Corpus } from './corpus';
import { noteHit, type Query, type Word } from './query';
import { MOOD_PAIR, PAIR, type Scores } from './scores';

/** Words of a message that get typo correction (longest first). */
const FUZZY_BUDGET = 4;
const PREFIX_FACTOR = 0.75;
const FUZZY_FACTOR = 0.85;
/**
 * English readings get typo correction from five letters (seven with the term's "e:"): one letter off a four-letter
 * English word is mostly another word (mind → min, read → real, last → lost, slot → slow), which then outranked the
 * entry the text's other words were about. Greek keys (Greeklish spellings vary more) keep it from four.
 */
const MIN_ENGLISH_TYPO = 7;
const isEnglish = (term: string): boolean => term.charCodeAt(0) === 101 && term.charCodeAt(1) === 58;
/** A pair of adjacent words matched as in a title or trigger, on top of the words themselves. */
const BIGRAM_FACTOR = 0.5;

interface Typo {
  w: Word;
  v: Variant;
}

/**
 * Scores every word of the query (and its pairs) into `scores`; false when `aborted` stops it between passes.
 * The text's own words (and their typo corrections) come first: function words and pairs then only add to the
 * docs those matched (see Scores.collect).
 */
export function matchWords(q: Query, corpus: Corpus, scores: Scores, aborted: () => boolean): boolean {
  // A closing thanks after a long thread is the message: its words («ευχαριστώ», "thanks") are no common noise there.
  scores.long = q.long && !q.closing;
  const typos: Typo[] = [];
  for (let i = 0; i < q.words.length; i++) {
    const w = q.words[i]!;
    if (!w.own) continue;
    matchWord(w, corpus, scores, typos);
    scores.commit(w);
  }
  if (aborted()) return false;
  correctTypos(typos, corpus, scores);
  if (aborted()) return false;
  for (let i = 0; i < q.words.length; i++) {
    const w = q.words[i]!;
    if (w.own) continue;
    matchWord(w, corpus, scores, typos);
    scores.commit(w);
  }
  matchPairs(q, scores);
  return true;
}

/** One word by each of its readings; the readings that may be typos are added to `typos`. */
function matchWord(w: Word, corpus: Corpus, scores: Scores, typos: Typo[]): void {
  let best = 0; // the factor of the most likely reading that matched as it is
  const missed: Variant[] = [];
  // Indexed loops throughout: the array iterators made each of these functions a larger compile, and V8 compiles them
  // within the first few hundred searches, while the agent waits.
  for (let i = 0; i < w.variants.length; i++) {
    const v = w.variants[i]!;
    if (scores.collect(v.term, v.factor, v.fn)) {
      noteHit(w, v, v.term);
      best = Math.max(best, v.factor);
    } else if (!v.layout && !v.fn) missed.push(v);
  }
  // A less likely reading gets no fallback when a likelier one matched: "ordered" is English once e:order
  // matched; its Greeklish reading must not go looking for rare prefixes (p:order) in Greek entries.
  for (let i = 0; i < missed.length; i++) {
    const v = missed[i]!;
    if (v.factor <= best) continue;
    let found = false;
    const prefixed = corpus.prefixTerms(v.term);
    for (let k = 0; k < prefixed.length; k++) {
      const t = prefixed[k]!;
      if (!scores.collect(t, v.factor * PREFIX_FACTOR)) continue;
      found = true;
      noteHit(w, v, t);
    }
    const bare = found ? null : unaugmented(v.term);
    if (bare && scores.collect(bare, v.factor * PREFIX_FACTOR)) {
      found = true;
      noteHit(w, v, bare);
    }
    if (!found && w.variants.indexOf(v) < 2 && v.term.length >= (isEnglish(v.term) ? MIN_ENGLISH_TYPO : 6)) typos.push({ w, v });
  }
}

/**
 * A Greek past tense without its augment (έστειλα, εστείλατε → στείλ-; έκανα → καν-): the key of a verb form that
 * starts with ε and a consonant, without the ε, when at least four letters are left (null otherwise).
 */
function unaugmented(term: string): string | null {
  return term.length >= 7 && term.startsWith('p:e') && !/[aeiou]/.test(term[3]!) ? 'p:' + term.slice(3) : null;
}

/**
 * Typos: the likeliest readings first, and among those the longest words, against the short-field vocabulary only, a
 * few per message; a correction only adds where the word's other readings found nothing. Likeliest first: in a
 * Greeklish message the English reading of a word is the longer term, and corrected first it took the budget and
 * the word ("esteilate" read as English, corrected to "escalate") before its Greek reading could be corrected.
 */
function correctTypos(typos: Typo[], corpus: Corpus, scores: Scores): void {
  typos.sort((a, b) => b.v.factor - a.v.factor || b.v.term.length - a.v.term.length || (a.v.term < b.v.term ? -1 : 1));
  for (let i = 0; i < typos.length && i < FUZZY_BUDGET; i++) {
    const { w, v } = typos[i]!;
    if (w.hits.length) continue; // a word one of its readings explains needs no typo correction
    const corrections = corpus.fuzzy.correct(v.term);
    for (let k = 0; k < corrections.length; k++) {
      const c = corrections[k]!;
      if (scores.collect(c.term, v.factor * FUZZY_FACTOR * c.similarity)) noteHit(w, v, c.term);
    }
    scores.commit(w);
  }
}

/**
 * Adjacent word pairs, as the index holds them for titles and triggers: a pair keyed in several key spaces is
 * one pair (each doc keeps its best), not one per space.
 */
function matchPairs(q: Query, scores: Scores): void {
  const seen = new Set<string>();
  // Each word's readings once, not once per pair it is in (pushed into a literal: see explain.ts).
  const readings: string[][] = [];
  for (let i = 0; i < q.sequence.length; i++) readings.push(terms(q.sequence[i]!));
  for (let i = 0; i + 1 < readings.length; i++) {
    const pairs = pairTerms(readings[i]!, readings[i + 1]!);
    // One pair is its own key: no joined string for the common case.
    const key = pairs.length === 1 ? pairs[0]! : pairs.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    let found = false;
    for (let k = 0; k < pairs.length; k++) found = scores.collect(pairs[k]!, BIGRAM_FACTOR, true) || found;
    // A text that negates anywhere may be telling the failure a trigger negates: it gets those pairs too (one pair still).
    if (q.negates) for (let k = 0; k < pairs.length; k++) found = scores.collect(negatedPair(pairs[k]!), BIGRAM_FACTOR, true) || found;
    if (found) scores.commit(q.sequence[i]!.mood && q.sequence[i + 1]!.mood ? MOOD_PAIR : PAIR);
  }
}

function terms(w: Word): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.variants.length; i++) out.push(w.variants[i]!.term);
  return out;
}
