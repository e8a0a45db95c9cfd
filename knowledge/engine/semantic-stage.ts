/**
 * The semantic stage inside a search (English entries, when the matcher was given a word-vector table): entries
 * close in meaning to the text, standing out from its crowd of closest entries (leastAdded), join the engine's candidates, and the candidates' order blends the engine's score
 * with the meaning (blendSemantic). Greek entries, and texts not in English, are never touched. An entry brought in
 * by meaning alone is explained by its title or trigger closest in meaning (Suggestion.similarTo).
 */
import type { SearchOptions } from './api';
import type { Corpus } from './corpus';
import type { Query } from './query';
import { monotone, placeFirst, type Ranked } from './rank';
import {
  blendOf, closestPhrase, engineSide, fitSemanticSteps, leastAdded, queryVector, SEMANTIC_CANDIDATES, semanticRanking, type SemanticModel, type SemanticRanking,
  type WordVectors,
} from './semantic';

/** The title or trigger a doc found by meaning alone is closest to (undefined for a doc the words found). */
export type SimilarTo = (doc: number) => string | undefined;

const NOTHING_SIMILAR: SimilarTo = () => undefined;

export interface SemanticStage {
  /**
   * Fits the model a slice (about PREPARE_SLICE_MS) at a time in the worker's idle time rather than at the first
   * English search; true once it is fitted (a search before that finishes the fit itself).
   */
  prepare(): boolean;
  /** Scores the text and returns the docs its meaning adds to `docs` (empty when the stage does not apply). */
  extras(q: Query, text: string, docs: readonly number[], options: SearchOptions): number[];
  /**
   * Reorders `ranked` (in place) by the blend of the last extras() call; gives the phrase an added doc is close to
   * (undefined for the others), worked out only for the docs shown.
   */
  reorder(ranked: Ranked[], added: readonly number[]): SimilarTo;
}

interface Fitted {
  model: SemanticModel;
  /** doc → its place in the model (-1: not English or replaced). */
  at: Int32Array;
  docs: number[];
}

/** How long one prepare() (or the matcher's warmUp()) call works at most (then the worker answers what waits, and calls again). */
export const PREPARE_SLICE_MS = 8;

export function semanticStage(corpus: Corpus, vectors: WordVectors): SemanticStage {
  let fitted: Fitted | undefined;
  let fitting: Generator<void, Fitted> | undefined;
  let last: SemanticRanking | undefined;
  let lastQuery: Float32Array | undefined;
  /** Doc → its blend in the last reorder (scratch of the corpus's size, made at the first). */
  let blend: Float64Array | undefined;
  /** Runs the fit's steps until it is done or `more()` says stop; the model once done. */
  const fitWhile = (more: () => boolean): Fitted | undefined => {
    fitting ??= fitSteps(corpus, vectors);
    while (!fitted) {
      const step = fitting.next();
      if (step.done) fitted = step.value;
      else if (!more()) break;
    }
    return fitted;
  };
  const fit = () => fitted ?? fitWhile(() => true)!;
  return {
    prepare() {
      const until = performance.now() + PREPARE_SLICE_MS;
      return fitWhile(() => performance.now() < until) !== undefined;
    },
    extras(q, text, docs, options) {
      last = undefined;
      if (q.lang === 'el') return [];
      const f = fit();
      if (!f.docs.length || docs.some((doc) => f.at[doc]! < 0)) return [];
      lastQuery = queryVector(vectors, f.model, text);
      // No word of the text is in the table: the meaning says nothing, and the words alone rank.
      if (lastQuery.every((x) => x === 0)) return [];
      const candidates: number[] = [];
      for (const doc of docs) candidates.push(f.at[doc]!);
      last = semanticRanking(f.model, lastQuery, candidates);
      const type = options.type ? corpus.code(options.type) : 0;
      const bereaved = q.cues.some((c) => c.kind === 'bereavement');
      const out: number[] = [];
      const least = leastAdded(last);
      for (const i of last.best) {
        // The shortlist is best first: past the least closeness, nothing more stands out enough in meaning to add.
        if (out.length >= SEMANTIC_CANDIDATES || last.z.get(i)! < least) break;
        const doc = f.docs[i]!;
        if (!docs.includes(doc) && (!options.type || corpus.type[doc] === type) && (bereaved || corpus.answersDeath[doc] === 0)) out.push(doc);
      }
      return out;
    },
    reorder(ranked, added) {
      if (!last || !lastQuery || !fitted) return NOTHING_SIMILAR;
      const [f, q, z] = [fitted, lastQuery, last.z];
      // The blend (see blendSemantic) worked out in place, without lists, maps or sets made for it: per search.
      let n = 0;
      for (let k = 0; k < ranked.length; k++) if (!added.includes(ranked[k]!.doc)) n++;
      const scores = new Float64Array(n);
      for (let k = 0, at = 0; k < ranked.length; k++) if (!added.includes(ranked[k]!.doc)) scores[at++] = ranked[k]!.score;
      const side = engineSide(scores);
      blend ??= new Float64Array(corpus.size);
      for (let k = 0; k < ranked.length; k++) {
        const { doc, score } = ranked[k]!;
        blend[doc] = blendOf(added.includes(doc) ? side.absent : (score - side.mean) / side.sd, z.get(f.at[doc]!) ?? 0);
      }
      const value = blend;
      ranked.sort((x, y) => placeFirst(x, y) || value[y.doc]! - value[x.doc]!);
      // The list's best word match first, as without the stage; an entry found by meaning alone brings no score of
      // its own (0), so the last places take the zeros.
      monotone(ranked);
      return (doc) => (added.includes(doc) ? (phrasesOf(corpus, doc)[closestPhrase(f.model, f.at[doc]!, q)] ?? '') : undefined);
    },
  };
}

/** The model fitted to the corpus's English entries (not replaced by a higher-priority pack), in steps. */
function* fitSteps(corpus: Corpus, vectors: WordVectors): Generator<void, Fitted> {
  const en = corpus.code('en');
  const docs: number[] = [];
  for (let doc = 0; doc < corpus.size; doc++) if (en >= 0 && corpus.lang[doc] === en && corpus.shadowed[doc] === 0) docs.push(doc);
  const at = new Int32Array(corpus.size).fill(-1);
  docs.forEach((doc, i) => (at[doc] = i));
  const model = yield* fitSemanticSteps(vectors, docs.map((doc) => phrasesOf(corpus, doc)));
  return { model, at, docs };
}

const phrasesOf = (corpus: Corpus, doc: number): string[] => {
  const e = corpus.docs[doc]!.entry;
  return [e.title, ...(Array.isArray(e.triggers) ? e.triggers : [])];
};

