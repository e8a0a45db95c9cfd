/**
 * What a search shows: the first `limit` ranked entries, each with the customer's words that brought it up and the
 * fields they matched, so every suggestion explains itself. Weak matches in another language than the customer's
 * are left out next to good ones in that language.
 */
import type { Suggestion } from '../types';
import type { Corpus } from './corpus';
import { FIELDS, type FieldName } from './fields';
import type { Query } from './query';
import { OTHER_LANGUAGE, type Ranked } from './rank';
import type { Scores } from './scores';

export function explain(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], limit: number): Suggestion[] {
  const bestSame = q.lang ? (ranked.find((x) => x.d.entry.lang === q.lang)?.score ?? 0) : 0;
  const shown = bestSame ? ranked.filter((x) => x.d.entry.lang === q.lang || x.score >= bestSame * OTHER_LANGUAGE) : ranked;
  const words = [...q.words.values()];
  return shown.slice(0, limit).map(({ doc, d, score, boostedBy }) => ({
    entryId: d.entry.id,
    packId: d.pack.id,
    type: d.entry.type,
    title: d.entry.title,
    score: Math.round(score * 1000) / 1000,
    // A doc that covers content words is explained by their strong readings; one matched otherwise, by any hit.
    matchedTerms: [...new Set(words.filter((w) => (scores.coverage[doc] ? w.strong : w.hits).some((h) => corpus.hasDoc(h, doc))).map((w) => w.raw))],
    matchedFields: FIELDS.filter((_, i) => scores.masks[doc]! & (1 << i)) as FieldName[],
    boostedBy,
  }));
}
