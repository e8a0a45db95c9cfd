/**
 * The semantic stage inside a search (English entries, when the matcher was given a word-vector table): entries
 * close in meaning to the text join the engine's candidates, and the candidates' order blends the engine's score
 * with the meaning (blendSemantic). Greek entries, and texts not in English, are never touched. An entry brought in
 * by meaning alone is explained by its title or trigger closest in meaning (Suggestion.similarTo).
 */
import type { SearchOptions } from './api';
import type { Corpus } from './corpus';
import type { Query } from './query';
import type { Ranked } from './rank';
import { blendSemantic, closestPhrase, fitSemantic, queryVector, SEMANTIC_CANDIDATES, semanticRanking, type SemanticModel, type SemanticRanking, type WordVectors } from './semantic';

export interface SemanticStage {
  /** Scores the text and returns the docs its meaning adds to `docs` (empty when the stage does not apply). */
  extras(q: Query, text: string, docs: readonly number[], options: SearchOptions): number[];
  /** Reorders `ranked` (in place) by the blend of the last extras() call; the phrase each added doc is close to. */
  reorder(ranked: Ranked[], added: readonly number[]): Map<number, string>;
}

interface Fitted {
  model: SemanticModel;
  /** doc → its place in the model (-1: not English or replaced). */
  at: Int32Array;
  docs: number[];
}

export function semanticStage(corpus: Corpus, vectors: WordVectors): SemanticStage {
  let fitted: Fitted | undefined;
  let last: SemanticRanking | undefined;
  let lastQuery: Float32Array | undefined;
  const fit = (): Fitted => {
    const en = corpus.code('en');
    const docs: number[] = [];
    for (let doc = 0; doc < corpus.size; doc++) if (en >= 0 && corpus.lang[doc] === en && corpus.shadowed[doc] === 0) docs.push(doc);
    const at = new Int32Array(corpus.size).fill(-1);
    docs.forEach((doc, i) => (at[doc] = i));
    const phrases = docs.map((doc) => phrasesOf(corpus, doc));
    return { model: fitSemantic(vectors, phrases), at, docs };
  };
  return {
    extras(q, text, docs, options) {
      last = undefined;
      if (q.lang === 'el') return [];
      fitted ??= fit();
      const f = fitted;
      if (!f.docs.length || docs.some((doc) => f.at[doc]! < 0)) return [];
      lastQuery = queryVector(vectors, f.model, text);
      const candidates: number[] = [];
      for (const doc of docs) candidates.push(f.at[doc]!);
      last = semanticRanking(f.model, lastQuery, candidates);
      const type = options.type ? corpus.code(options.type) : 0;
      const bereaved = q.cues.some((c) => c.kind === 'bereavement');
      const out: number[] = [];
      for (const i of last.best) {
        if (out.length >= SEMANTIC_CANDIDATES) break;
        const doc = f.docs[i]!;
        if (!docs.includes(doc) && (!options.type || corpus.type[doc] === type) && (bereaved || corpus.answersDeath[doc] === 0)) out.push(doc);
      }
      return out;
    },
    reorder(ranked, added) {
      const similar = new Map<number, string>();
      if (!last || !lastQuery || !fitted) return similar;
      const f = fitted;
      const fresh = new Set(added);
      const engine = ranked.filter((r) => !fresh.has(r.doc)).map((r) => [f.at[r.doc]!, r.score] as const);
      const blended = new Map(blendSemantic(engine, last.z, added.map((doc) => f.at[doc]!)).map(([i, s]) => [f.docs[i]!, s]));
      const value = (r: Ranked) => blended.get(r.doc) ?? -Infinity;
      ranked.sort((x, y) => Number(x.waiting) - Number(y.waiting) || Number(y.atStep) - Number(x.atStep) || value(y) - value(x));
      for (const doc of fresh) similar.set(doc, phrasesOf(corpus, doc)[closestPhrase(f.model, f.at[doc]!, lastQuery)] ?? '');
      return similar;
    },
  };
}

const phrasesOf = (corpus: Corpus, doc: number): string[] => {
  const e = corpus.docs[doc]!.entry;
  return [e.title, ...(Array.isArray(e.triggers) ? e.triggers : [])];
};

