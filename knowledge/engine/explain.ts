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
export function explain(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], limit: number): Suggestion[] {
  const bestSame = q.lang ? (ranked.find((x) => x.d.entry.lang === q.lang)?.score ?? 0) : 0;
  const out: Suggestion[] = [];
  for (const r of ranked) {
    if (out.length >= limit) break;
    if (bestSame && r.d.entry.lang !== q.lang && r.score < bestSame * OTHER_LANGUAGE) continue;
    out.push(suggestion(q.words, corpus, scores, r));
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
  const byRaw = new Map<string, number>();
  for (const w of words) {
    let mask = 0;
    let found = false;
    const hits = covers ? w.strong : w.hits;
    for (let i = 0; i < hits.length; i++) {
      // One search in the postings tells both whether the doc has the term and where.
      const m = corpus.fieldsIn(hits[i]!, doc);
      if (m < 0) continue;
      found = true;
      mask |= m;
    }
    if (found) byRaw.set(w.raw, (byRaw.get(w.raw) ?? 0) | mask);
  }
  const matchedTerms: string[] = [];
  const matchedWords: Suggestion['matchedWords'] = [];
  for (const [word, mask] of byRaw) {
    matchedTerms.push(word);
    matchedWords.push({ word, fields: fieldNames(mask) });
  }
  return { matchedTerms, matchedWords };
}
