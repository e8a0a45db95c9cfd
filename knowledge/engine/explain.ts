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

// Plain loops filling array literals: an empty list from map/filter has another shape than a full one, and meeting
// it after warm-up threw away the optimised code of the whole search.
/** `similar`: for a doc found by meaning alone, its phrase closest in meaning (see semantic-stage.ts). */
export function explain(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], limit: number, similar?: (doc: number) => string | undefined): Suggestion[] {
  const bestSame = q.lang ? (ranked.find((x) => x.d.entry.lang === q.lang)?.score ?? 0) : 0;
  const out: Suggestion[] = [];
  for (const r of ranked) {
    if (out.length >= limit) break;
    if (bestSame && r.d.entry.lang !== q.lang && r.score < bestSame * OTHER_LANGUAGE) continue;
    const s = suggestion(q.words, corpus, scores, r);
    const like = similar?.(r.doc);
    if (like !== undefined) s.similarTo = like;
    out.push(s);
  }
  return out;
}

function suggestion(words: Word[], corpus: Corpus, scores: Scores, { doc, d, score, boostedBy, chosenBefore }: Ranked): Suggestion {
  return {
    entryId: d.entry.id,
    packId: d.pack.id,
    type: d.entry.type,
    title: d.entry.title,
    score: Math.round(score * 1000) / 1000,
    ...matched(words, corpus, doc, scores.coverage[doc]! > 0),
    matchedFields: fieldNames(scores.masks[doc]!),
    boostedBy,
    ...(chosenBefore ? { chosenBefore } : {}),
  };
}

function fieldNames(mask: number): FieldName[] {
  const names: FieldName[] = [];
  for (let i = 0; i < FIELDS.length; i++) if (mask & (1 << i)) names.push(FIELDS[i]!);
  return names;
}

/**
 * The words of the text that explain `doc` (as written), each with the fields where it matched — not the union of
 * all fields. A doc that covers content words is explained by their strong readings; one matched otherwise, by any hit.
 */
function matched(words: Word[], corpus: Corpus, doc: number, covers: boolean): Pick<Suggestion, 'matchedTerms' | 'matchedWords'> {
  // Two lists in the order words first matched, not a Map: its iteration and entry destructuring made this the
  // largest compile of a 3-word search, done inside the first few hundred searches.
  const matchedTerms: string[] = [];
  const masks: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const mask = fieldsOf(covers ? w.strong : w.hits, corpus, doc);
    if (mask < 0) continue;
    const at = matchedTerms.indexOf(w.raw);
    if (at < 0) {
      matchedTerms.push(w.raw);
      masks.push(mask);
    } else masks[at] = masks[at]! | mask;
  }
  const matchedWords: Suggestion['matchedWords'] = [];
  for (let i = 0; i < matchedTerms.length; i++) matchedWords.push({ word: matchedTerms[i]!, fields: fieldNames(masks[i]!) });
  return { matchedTerms, matchedWords };
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
