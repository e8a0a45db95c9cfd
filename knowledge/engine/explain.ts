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

export function explain(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], limit: number): Suggestion[] {
  const bestSame = q.lang ? (ranked.find((x) => x.d.entry.lang === q.lang)?.score ?? 0) : 0;
  const shown = bestSame ? ranked.filter((x) => x.d.entry.lang === q.lang || x.score >= bestSame * OTHER_LANGUAGE) : ranked;
  const words = [...q.words.values()];
  return shown.slice(0, limit).map(({ doc, d, score, boostedBy, chosenBefore }) => ({
    entryId: d.entry.id,
    packId: d.pack.id,
    type: d.entry.type,
    title: d.entry.title,
    score: Math.round(score * 1000) / 1000,
    ...matched(words, corpus, doc, scores.coverage[doc]! > 0),
    matchedFields: fieldNames(scores.masks[doc]!),
    boostedBy,
    ...(chosenBefore ? { chosenBefore } : {}),
  }));
}

const fieldNames = (mask: number): FieldName[] => FIELDS.filter((_, i) => mask & (1 << i));

/**
 * The words of the text that explain `doc` (as written), each with the fields where it matched — not the union of
 * all fields. A doc that covers content words is explained by their strong readings; one matched otherwise, by any hit.
 */
function matched(words: Word[], corpus: Corpus, doc: number, covers: boolean): Pick<Suggestion, 'matchedTerms' | 'matchedWords'> {
  const byRaw = new Map<string, number>();
  for (const w of words) {
    let mask = 0;
    let found = false;
    for (const h of covers ? w.strong : w.hits) {
      const m = corpus.fieldsIn(h, doc);
      if (m || corpus.hasDoc(h, doc)) found = true;
      mask |= m;
    }
    if (found) byRaw.set(w.raw, (byRaw.get(w.raw) ?? 0) | mask);
  }
  const matchedWords = [...byRaw].map(([word, mask]) => ({ word, fields: fieldNames(mask) }));
  return { matchedTerms: matchedWords.map((m) => m.word), matchedWords };
}
