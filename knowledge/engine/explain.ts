/**
 * What a search shows: the first `limit` ranked entries, each with the customer's words that brought it up and the
 * fields they matched, so every suggestion explains itself. Weak matches in another language than the customer's
 * are left out next to good ones in that language.
 */
import type { Suggestion } from '../types';
import type { Corpus } from './corpus';
import { FIELDS, type FieldName } from './fields';
import type { Query, Word } from './query';
import { OTHER_LANGUAGE, type Ranked } from './rank';
import type { Scores } from './scores';
import { isFiller } from './filler-words';

// Plain loops filling array literals: an empty list from map/filter has another shape than a full one, and meeting
// it after warm-up threw away the optimised code of the whole search.
/** `similar`: for a doc found by meaning alone, its phrase closest in meaning (see semantic-stage.ts). */
export function explain(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], limit: number, similar?: (doc: number) => string | undefined): Suggestion[] {
  const bestSame = q.lang ? bestIn(ranked, q.lang) : 0;
  const out: Suggestion[] = [];
  for (let k = 0; k < ranked.length; k++) {
    const r = ranked[k]!;
    if (out.length >= limit) break;
    if (bestSame && r.d.entry.lang !== q.lang && r.score < bestSame * OTHER_LANGUAGE) continue;
    const s = suggestion(q.words, corpus, scores, r);
    const like = similar?.(r.doc);
    if (like !== undefined) s.similarTo = like;
    out.push(s);
  }
  return out;
}

/** The score of the first ranked entry in `lang` (0: none is). */
function bestIn(ranked: Ranked[], lang: string): number {
  for (let k = 0; k < ranked.length; k++) if (ranked[k]!.d.entry.lang === lang) return ranked[k]!.score;
  return 0;
}

// One literal in the order the fields are shown, with no spreads or destructuring: the object spreads made this one of
// the largest compiles V8 ran within a search's first few hundred messages.
function suggestion(words: Word[], corpus: Corpus, scores: Scores, r: Ranked): Suggestion {
  const { doc, d } = r;
  const matchedTerms: string[] = [];
  const s: Suggestion = {
    entryId: d.entry.id,
    packId: d.pack.id,
    type: d.entry.type,
    title: d.entry.title,
    score: Math.round(r.score * 1000) / 1000,
    matchedTerms,
    matchedWords: matched(words, corpus, doc, scores.coverage[doc]! > 0, matchedTerms),
    matchedFields: fieldNames(scores.masks[doc]!),
    boostedBy: r.boostedBy,
  };
  if (r.chosenBefore) s.chosenBefore = true;
  return s;
}

function fieldNames(mask: number): FieldName[] {
  const names: FieldName[] = [];
  for (let i = 0; i < FIELDS.length; i++) if (mask & (1 << i)) names.push(FIELDS[i]!);
  return names;
}

/**
 * The words of the text that explain `doc` (as written, into `matchedTerms`), each with the fields where it matched —
 * not the union of all fields. A doc that covers content words is explained by their strong readings; one matched
 * otherwise, by any hit. Only the words that carry the match are named (see `carrying`): «ήρθε», "two" or "found"
 * listed beside the key words read as the reason the entry came up.
 */
function matched(words: Word[], corpus: Corpus, doc: number, covers: boolean, matchedTerms: string[]): Suggestion['matchedWords'] {
  // Lists in the order words first matched, not a Map: its iteration and entry destructuring made this the
  // largest compile of a 3-word search, done inside the first few hundred searches.
  const found: string[] = [];
  const masks: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const terms = covers ? w.strong : w.hits;
    const mask = fieldsOf(terms, corpus, doc);
    if (mask < 0) continue;
    const weight = weightOf(terms, corpus, doc) * (!w.own || w.raw.length < 3 || isFiller(terms) ? FILLER_WEIGHT : 1);
    const at = found.indexOf(w.raw);
    if (at < 0) {
      found.push(w.raw);
      masks.push(mask);
      weights.push(weight);
    } else {
      masks[at] = masks[at]! | mask;
      weights[at] = Math.max(weights[at]!, weight);
    }
  }
  const keep = carrying(weights);
  const matchedWords: Suggestion['matchedWords'] = [];
  for (let i = 0; i < found.length; i++) {
    if (!keep[i]) continue;
    matchedTerms.push(found[i]!);
    matchedWords.push({ word: found[i]!, fields: fieldNames(masks[i]!) });
  }
  return matchedWords;
}

/**
 * A word shown as a reason gives the doc at least this share of what its best word gives: below it, the word was in
 * the entry by chance of wording (a common verb, a count), not what the entry is about.
 */
const CARRYING_SHARE = 0.3;

/**
 * A filler word (filler-words.ts), a function word («για», "the": an entry matched without content words lists its
 * hits) or an elided one («γι'») weighs this share of what it gives: below any word that
 * carries the match, yet the heaviest of them is still named when nothing else matched (never an empty list).
 */
const FILLER_WEIGHT = 1e-6;

/** Which words carry the match: those near the best word's weight (the best one at least). */
function carrying(weights: number[]): boolean[] {
  let best = 0;
  for (let i = 0; i < weights.length; i++) best = Math.max(best, weights[i]!);
  const keep: boolean[] = [];
  // A word that weighs nothing (a count, a number term, weighs 0) is named only when no word weighs anything.
  for (let i = 0; i < weights.length; i++) keep.push(best === 0 || weights[i]! >= best * CARRYING_SHARE);
  return keep;
}

/** What a word gives `doc`: its best reading there. A count («δύο», "two": its number term) weighs it. */
function weightOf(terms: readonly string[], corpus: Corpus, doc: number): number {
  let weight = 0;
  for (let i = 0; i < terms.length; i++) weight = Math.max(weight, corpus.weightIn(terms[i]!, doc));
  return weight;
}

/** The fields of `doc` where any of `terms` is (-1: none is in the doc). */
function fieldsOf(terms: readonly string[], corpus: Corpus, doc: number): number {
  let mask = -1;
  for (let i = 0; i < terms.length; i++) {
    // One search in the postings tells both whether the doc has the term and where.
    const m = corpus.fieldsIn(terms[i]!, doc);
    if (m >= 0) mask = mask < 0 ? m : mask | m;
  }
  return mask;
}
