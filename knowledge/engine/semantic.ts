/**
 * Word meaning for English ranking (issue 14): a second stage that scores entries by how close in meaning a text is
 * to their title and triggers, so an entry that shares no word with the message can still be found and one that
 * shares rarer but off-topic words loses to the one that means the same.
 *
 * A text's vector is the SIF average of its words' vectors (Arora et al. 2017): each known word weighted
 * a / (a + p(w)), p(w) estimated from the word's frequency rank by Zipf's law (the table lists words most frequent
 * first); the pack's common direction (first principal component of its phrase vectors) is removed, and the space
 * is whitened by how phrases of the same entry vary (shrunk towards the identity), so the directions that tell the
 * pack's entries apart count most. An entry scores the mean of its best phrase cosine and its centroid cosine.
 * Speed (a search compares the text with every English entry): the whole projection is one linear map fitted once,
 * applied to each word once; the space is turned so that a first pass reads only the centroids' leading
 * coordinates, and the centroid cosines' mean and spread over all entries come from their moments.
 * Measured in bench/intents.ts (em-0.5-0.5-20-0.0003-pc-wh0.6). Pure: the vector table comes in as bytes
 * (knowledge/vectors/en-vectors.bin, written by scripts/en-vectors.ts).
 */

/** A word-vector table: words in frequency order, int8 components with one scale per word. */
export interface WordVectors {
  dims: number;
  row: Map<string, number>;
  data: Int8Array;
  scale: Float32Array;
}

/** The binary table's magic line; the text header (source, licence) ends at the first blank line. */
export const VECTORS_MAGIC = 'odigos-vectors 1';

/**
 * Reads a table: a UTF-8 text header (first line VECTORS_MAGIC, then `dims <n>`, `words <n>`, source lines) ended
 * by a blank line, the words one a line ended by a NUL, padding to 4 bytes, the scales (float32 LE), the int8 data.
 */
export function parseVectors(bytes: Uint8Array): WordVectors {
  const text = new TextDecoder();
  const nul = bytes.indexOf(0);
  if (nul < 0) throw new Error('vector table: no word list');
  const head = text.decode(bytes.subarray(0, nul));
  const split = head.indexOf('\n\n');
  const lines = head.slice(0, split).split('\n');
  if (split < 0 || lines[0] !== VECTORS_MAGIC) throw new Error('vector table: not an odigos vector table');
  const field = (name: string) => Number(lines.find((l) => l.startsWith(`${name} `))?.slice(name.length + 1));
  const dims = field('dims');
  const words = head.slice(split + 2).split('\n');
  if (!(dims > 0) || words.length !== field('words')) throw new Error('vector table: header does not match its words');
  const at = (nul + 4) & ~3;
  const scale = new Float32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + 4 * words.length));
  const dataAt = at + 4 * words.length;
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + dataAt, words.length * dims);
  return { dims, row: new Map(words.map((w, i) => [w, i])), data, scale };
}

/** The words a text is looked up by: lower-case letters and digits runs (the table's words are GloVe's). */
export function vectorWords(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
}

/** SIF smoothing: how much a word's frequency lowers its weight. */
const SIF_A = 3e-4;

/** SIF weight of the word at frequency rank r (0-based) in a table of n words. */
export const sifWeight = (r: number, n: number) => SIF_A / (SIF_A + 1 / ((r + 1) * (Math.log(n) + 0.5772)));

/** SIF-weighted sum of a text's known words' vectors (zero when none is known). */
export function textVector(v: WordVectors, text: string): Float32Array {
  const out = new Float32Array(v.dims);
  for (const w of vectorWords(text)) {
    const r = v.row.get(w);
    if (r === undefined) continue;
    const weight = sifWeight(r, v.row.size) * v.scale[r]!;
    const base = r * v.dims;
    for (let d = 0; d < v.dims; d++) out[d] += weight * v.data[base + d]!;
  }
  return out;
}

export function dot(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let d = 0; d < x.length; d++) s += x[d]! * y[d]!;
  return s;
}

/** x scaled to unit length in place (a zero vector stays zero). */
export function normalise<T extends Float32Array | Float64Array>(x: T): T {
  const n = Math.sqrt(dot(x, x));
  if (n > 0) for (let d = 0; d < x.length; d++) x[d]! /= n;
  return x;
}

/** First principal component (power iteration on the uncentred Gram matrix, as SIF does). */
function firstComponent(xs: Float32Array[], dims: number): Float32Array {
  let u = new Float32Array(dims).fill(1);
  for (let it = 0; it < 30; it++) {
    const next = new Float32Array(dims);
    for (const x of xs) {
      const p = dot(x, u);
      for (let d = 0; d < dims; d++) next[d] += p * x[d]!;
    }
    u = normalise(next);
  }
  return u;
}

/** How far the within-entry scatter is shrunk towards the identity before whitening. */
const SHRINK = 0.6;

/** Within-entry scatter of unit phrase vectors (each entry's around their mean), shrunk towards the identity. */
export function scatter(groups: Float32Array[][], dims: number, shrink = SHRINK): Float64Array[] {
  const s = Array.from({ length: dims }, () => new Float64Array(dims));
  let n = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    const mean = new Float64Array(dims);
    for (const x of g) for (let i = 0; i < dims; i++) mean[i] += x[i]! / g.length;
    for (const x of g) {
      n++;
      for (let i = 0; i < dims; i++) {
        const xi = x[i]! - mean[i]!;
        const row = s[i]!;
        for (let j = i; j < dims; j++) row[j] += xi * (x[j]! - mean[j]!);
      }
    }
  }
  for (let i = 0; i < dims; i++) for (let j = 0; j < i; j++) s[i]![j] = s[j]![i]!;
  // No entry with two phrases: nothing says which directions vary within an entry, so the space stays as it is.
  if (n === 0) {
    for (let i = 0; i < dims; i++) s[i]![i] = 1;
    return s;
  }
  let trace = 0;
  for (let i = 0; i < dims; i++) trace += s[i]![i]! / n;
  for (let i = 0; i < dims; i++) {
    for (let j = 0; j < dims; j++) s[i]![j] = (1 - shrink) * (s[i]![j]! / n) + (i === j ? (shrink * trace) / dims : 0);
  }
  return s;
}

/** One Jacobi rotation zeroing a[p][q], applied to a and accumulated into v (v's columns become the eigenvectors). */
function rotate(a: Float64Array[], v: Float64Array[], p: number, q: number): void {
  const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < a.length; k++) {
    const ra = a[k]!;
    const rv = v[k]!;
    const ap = ra[p]!;
    ra[p] = c * ap - s * ra[q]!;
    ra[q] = s * ap + c * ra[q]!;
    const vp = rv[p]!;
    rv[p] = c * vp - s * rv[q]!;
    rv[q] = s * vp + c * rv[q]!;
  }
  const rp = a[p]!;
  const rq = a[q]!;
  for (let k = 0; k < a.length; k++) {
    const pk = rp[k]!;
    rp[k] = c * pk - s * rq[k]!;
    rq[k] = s * pk + c * rq[k]!;
  }
}

/** Eigen-decomposition of a symmetric matrix (cyclic Jacobi): the eigenvalues, and the eigenvectors as columns. */
function eigen(input: Float64Array[]): { values: Float64Array; vectors: Float64Array[] } {
  const d = input.length;
  const a = input.map((r) => Float64Array.from(r));
  const v = Array.from({ length: d }, (_, i) => Float64Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 12; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) if (Math.abs(a[p]![q]!) > 1e-15) rotate(a, v, p, q);
  }
  return { values: Float64Array.from({ length: d }, (_, k) => a[k]![k]!), vectors: v };
}

/** S^(-1/2) of a symmetric positive matrix, as a flat row-major matrix. */
export function inverseSqrt(input: Float64Array[]): Float32Array {
  const d = input.length;
  const { values, vectors: v } = eigen(input);
  const out = new Float32Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let x = 0;
      for (let k = 0; k < d; k++) x += (v[i]![k]! * v[j]![k]!) / Math.sqrt(Math.max(values[k]!, 1e-9));
      out[i * d + j] = x;
    }
  }
  return out;
}

/**
 * A pack's semantic model. A text's vector is one linear map of its SIF sum (common direction removed, whitened,
 * then turned so that the first coordinates are those along which the entries' centroids differ most) made unit
 * length; a rotation changes no cosine, and lets a first pass over the centroids read only their first APPROX_DIMS
 * coordinates.
 */
export interface SemanticModel {
  dims: number;
  /** The linear map (dims × dims, row-major) from a SIF sum to the compared space (then made unit length). */
  map: Float32Array;
  /** Per entry: its phrases' unit vectors, concatenated (count × dims). */
  phrases: Float32Array[];
  /** The entries' unit centroids, concatenated (entries × dims). */
  centroids: Float32Array;
  /** How many of the centroids' first coordinates the first pass reads (APPROX_DIMS, or dims when fewer). */
  approxDims: number;
  /** The centroids' first approxDims coordinates, concatenated (entries × approxDims). */
  approx: Float32Array;
  /** The centroids' mean, and their second moment (dims × dims): a text's centroid cosines' mean and spread. */
  mean: Float64Array;
  moment: Float64Array;
  /** Scratch for one ranking (entries, twice): reused, so a search allocates nothing of the pack's size. */
  scratch: Float32Array;
  selecting: Float32Array;
}

/** The coordinates the first pass over the centroids reads (of the 100, those along which centroids differ most). */
export const APPROX_DIMS = 32;

/** A text vector as the model sees it: the model's map applied, unit length. */
export function project(model: Pick<SemanticModel, 'dims' | 'map'>, raw: Float32Array): Float32Array {
  const { dims, map } = model;
  const y = new Float32Array(dims);
  for (let i = 0; i < dims; i++) {
    let s = 0;
    for (let j = 0; j < dims; j++) s += map[i * dims + j]! * raw[j]!;
    y[i] = s;
  }
  return normalise(y);
}

function removeCommon(x: Float32Array, u: Float32Array): Float32Array {
  const p = dot(x, u);
  for (let d = 0; d < x.length; d++) x[d] -= p * u[d]!;
  return x;
}

/** How many phrases at most the common direction and the scatter are estimated from (a large pack is sampled). */
const FIT_SAMPLE = 2000;

/** Every k-th group, so that about FIT_SAMPLE phrases are kept. */
function sample<T>(groups: T[][]): T[][] {
  const total = groups.reduce((a, g) => a + g.length, 0);
  const step = Math.max(1, Math.ceil(total / FIT_SAMPLE));
  return step === 1 ? groups : groups.filter((_, i) => i % step === 0);
}

/** a · b of two row-major dims × dims matrices. */
function times(a: ArrayLike<number>, b: ArrayLike<number>, dims: number): Float32Array {
  const out = new Float32Array(dims * dims);
  for (let i = 0; i < dims; i++) {
    for (let k = 0; k < dims; k++) {
      const x = a[i * dims + k]!;
      for (let j = 0; j < dims; j++) out[i * dims + j] += x * b[k * dims + j]!;
    }
  }
  return out;
}

/** The map whitening (W) after the common direction u is removed: W·(I − u·uᵀ). */
function whitenMap(whiten: Float32Array, u: Float32Array, dims: number): Float32Array {
  const minus = new Float32Array(dims * dims);
  for (let i = 0; i < dims; i++) for (let j = 0; j < dims; j++) minus[i * dims + j] = (i === j ? 1 : 0) - u[i]! * u[j]!;
  return times(whiten, minus, dims);
}

/** Unit centroid of unit vectors. */
function centroidOf(ys: Float32Array[], dims: number): Float32Array {
  const c = new Float32Array(dims);
  for (const y of ys) for (let d = 0; d < dims; d++) c[d] += y[d]!;
  return normalise(c);
}

/** The rotation (rows: the principal directions, largest first) of the centroids' second moment. */
function centroidAxes(centroids: Float32Array[], dims: number): Float32Array {
  const m = Array.from({ length: dims }, () => new Float64Array(dims));
  for (const c of centroids) for (let i = 0; i < dims; i++) for (let j = 0; j < dims; j++) m[i]![j] += c[i]! * c[j]!;
  const { values, vectors } = eigen(m);
  const order = Array.from({ length: dims }, (_, k) => k).sort((x, y) => values[y]! - values[x]!);
  const out = new Float32Array(dims * dims);
  order.forEach((k, row) => {
    for (let j = 0; j < dims; j++) out[row * dims + j] = vectors[j]![k]!;
  });
  return out;
}

/** The model's map: common direction out, whitened by the within-entry scatter, turned to the centroids' axes. */
function fitMap(raw: Float32Array[][], dims: number): Float32Array {
  const common = firstComponent(raw.flat(), dims);
  const unit = raw.map((xs) => xs.map((x) => normalise(removeCommon(Float32Array.from(x), common))));
  const whitened = whitenMap(inverseSqrt(scatter(unit, dims)), common, dims);
  const model = { dims, map: whitened };
  return times(centroidAxes(raw.map((xs) => centroidOf(xs.map((x) => project(model, x)), dims)), dims), whitened, dims);
}

/**
 * A phrase's unit vector in the model's space, the map applied to each word once (the map is linear, and a pack's
 * phrases share their words): `mapped` keeps each word's mapped vector for the next phrase.
 */
function phraseVector(v: WordVectors, map: Float32Array, text: string, mapped: Map<number, Float32Array>): Float32Array {
  const dims = v.dims;
  const out = new Float32Array(dims);
  for (const w of vectorWords(text)) {
    const r = v.row.get(w);
    if (r === undefined) continue;
    let m = mapped.get(r);
    if (!m) {
      m = new Float32Array(dims);
      for (let i = 0; i < dims; i++) {
        let s = 0;
        for (let j = 0; j < dims; j++) s += map[i * dims + j]! * v.data[r * dims + j]!;
        m[i] = s;
      }
      mapped.set(r, m);
    }
    const weight = sifWeight(r, v.row.size) * v.scale[r]!;
    for (let d = 0; d < dims; d++) out[d] += weight * m[d]!;
  }
  return normalise(out);
}

/** Adds a unit centroid to the running mean and (upper triangle of the) second moment of n centroids. */
function addMoments(model: SemanticModel, c: Float32Array, n: number): void {
  const { dims, mean, moment } = model;
  for (let a = 0; a < dims; a++) {
    mean[a] += c[a]! / n;
    const ca = c[a]! / n;
    for (let b = a; b < dims; b++) moment[a * dims + b] += ca * c[b]!;
  }
}

/** Fits the model to a pack: phrases[i] are entry i's title and triggers. */
export function fitSemantic(v: WordVectors, phrases: string[][]): SemanticModel {
  const dims = v.dims;
  const map = fitMap(sample(phrases).map((ps) => ps.map((p) => textVector(v, p))), dims);
  const n = phrases.length;
  const approxDims = Math.min(APPROX_DIMS, dims);
  const model: SemanticModel = {
    dims, map, phrases: [], centroids: new Float32Array(n * dims), approxDims, approx: new Float32Array(n * approxDims),
    mean: new Float64Array(dims), moment: new Float64Array(dims * dims), scratch: new Float32Array(n), selecting: new Float32Array(n),
  };
  const mapped = new Map<number, Float32Array>();
  phrases.forEach((ps, i) => {
    const ys = ps.map((p) => phraseVector(v, map, p, mapped));
    const flat = new Float32Array(ys.length * dims);
    ys.forEach((y, k) => flat.set(y, k * dims));
    model.phrases.push(flat);
    const c = centroidOf(ys, dims);
    model.centroids.set(c, i * dims);
    model.approx.set(c.subarray(0, approxDims), i * approxDims);
    addMoments(model, c, n);
  });
  for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) model.moment[a * dims + b] = model.moment[b * dims + a]!;
  return model;
}

/** A text as the model compares it (see project). */
export const queryVector = (v: WordVectors, model: SemanticModel, text: string): Float32Array => project(model, textVector(v, text));

/** How many entries, the closest by centroid, have their phrases compared one by one (the rest are too far to matter). */
export const SEMANTIC_SHORTLIST = 40;

/** How many entries, the closest by the first pass, have their centroid compared in full for the shortlist. */
const PREFILTER = 5 * SEMANTIC_SHORTLIST;

/** The text's semantic standing: z-scores for the entries compared in full, and those entries best first. */
export interface SemanticRanking {
  /** Entry index (in the model's order) → z-score of its semantic score over all entries. */
  z: Map<number, number>;
  /** The shortlisted entries, best semantic score first. */
  best: number[];
}

/** Entry i's best phrase cosine with the text's vector (-1 for an entry without phrases). */
function bestPhrase(model: SemanticModel, i: number, q: Float32Array): number {
  const { dims } = model;
  const flat = model.phrases[i]!;
  let best = -1;
  for (let at = 0; at < flat.length; at += dims) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += q[d]! * flat[at + d]!;
    if (s > best) best = s;
  }
  return best;
}

/** Entry i's centroid cosine with the text's vector. */
function centroidCosine(model: SemanticModel, i: number, q: Float32Array): number {
  const { dims, centroids } = model;
  let s = 0;
  for (let d = 0; d < dims; d++) s += q[d]! * centroids[i * dims + d]!;
  return s;
}

/** The mean and standard deviation (1 when flat) of the text's centroid cosines over all entries, from the moments. */
function centroidSpread(model: SemanticModel, q: Float32Array): [number, number] {
  const { dims, mean, moment } = model;
  let m = 0;
  let second = 0;
  for (let a = 0; a < dims; a++) {
    m += q[a]! * mean[a]!;
    let row = 0;
    for (let b = 0; b < dims; b++) row += moment[a * dims + b]! * q[b]!;
    second += q[a]! * row;
  }
  return [m, Math.sqrt(Math.max(0, second - m * m)) || 1];
}

/**
 * The semantic score (the mean of the best phrase cosine and the centroid cosine), z-scored by the centroid cosines'
 * spread over all entries, for the SEMANTIC_SHORTLIST entries closest by centroid and the `also` entries (the
 * engine's candidates). The shortlist is found in two passes: every centroid's first APPROX_DIMS coordinates, then
 * the PREFILTER best of those in full.
 */
export function semanticRanking(model: SemanticModel, q: Float32Array, also: readonly number[]): SemanticRanking {
  const { approx, approxDims, scratch, selecting } = model;
  const n = scratch.length;
  for (let i = 0, at = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < approxDims; d++, at++) s += q[d]! * approx[at]!;
    scratch[i] = s;
  }
  // The PREFILTER best of the first pass, in index order (no sort: the full pass orders them).
  const near: number[] = [];
  if (n <= PREFILTER) for (let i = 0; i < n; i++) near.push(i);
  else {
    selecting.set(scratch);
    const least = kthLargest(selecting, PREFILTER);
    for (let i = 0; i < n; i++) if (scratch[i]! >= least) near.push(i);
  }
  for (const i of near) scratch[i] = centroidCosine(model, i, q);
  const short = topIndexes(scratch, SEMANTIC_SHORTLIST, near);
  const [mean, sd] = centroidSpread(model, q);
  const z = new Map<number, number>();
  for (const i of short) z.set(i, (0.5 * bestPhrase(model, i, q) + 0.5 * scratch[i]! - mean) / sd);
  for (const i of also) if (!z.has(i)) z.set(i, (0.5 * bestPhrase(model, i, q) + 0.5 * centroidCosine(model, i, q) - mean) / sd);
  return { z, best: short.sort((a, b) => z.get(b)! - z.get(a)! || a - b) };
}

/** The k-th largest of xs (1-based; xs is reordered), by quickselect. */
function kthLargest(xs: Float32Array, k: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i++] = xs[j]!;
        xs[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return xs[want]!;
}

/**
 * The indexes (of all of xs, or of `among`) of the k largest values, largest first (ties: lower index first, when
 * `among` is in index order or absent), by insertion into a short list.
 */
function topIndexes(xs: Float32Array, k: number, among?: readonly number[]): number[] {
  const top: number[] = [];
  const count = among ? among.length : xs.length;
  for (let t = 0; t < count; t++) {
    const i = among ? among[t]! : t;
    if (top.length === k && xs[i]! <= xs[top[k - 1]!]!) continue;
    let at = Math.min(top.length, k - 1);
    while (at > 0 && (xs[i]! > xs[top[at - 1]!]! || (xs[i] === xs[top[at - 1]!] && i < top[at - 1]!))) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/** How much the semantic side weighs against the engine's score, and how many of its best entries join the candidates. */
export const SEMANTIC_WEIGHT = 0.5;
export const SEMANTIC_CANDIDATES = 20;

/** Mean and standard deviation (1 when flat) of a list. */
function spread(xs: ArrayLike<number>): [number, number] {
  let mean = 0;
  for (let i = 0; i < xs.length; i++) mean += xs[i]! / xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i]! - mean) ** 2 / xs.length;
  return [mean, Math.sqrt(v) || 1];
}

/**
 * The engine's scored candidates (entry index → score, at most 30) and the `added` entries (brought in by meaning)
 * blended: the engine's scores z-scored over its candidates (an added entry takes their lowest), the semantic
 * z-scores as semanticRanking gave them, (1 − w)·engine + w·semantic. Entry indexes with their blend, best first.
 */
export function blendSemantic(engine: ReadonlyArray<readonly [number, number]>, semantic: ReadonlyMap<number, number>, added: readonly number[]): Array<[number, number]> {
  const [em, es] = spread(engine.map(([, s]) => s));
  const ez = new Map(engine.map(([i, s]) => [i, (s - em) / es]));
  const absent = engine.length ? Math.min(...ez.values()) : 0;
  const out: Array<[number, number]> = [];
  for (const i of new Set([...ez.keys(), ...added])) {
    out.push([i, (1 - SEMANTIC_WEIGHT) * (ez.get(i) ?? absent) + SEMANTIC_WEIGHT * (semantic.get(i) ?? 0)]);
  }
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Which of entry i's phrases (in the order fitSemantic was given them) is closest to the text's vector. */
export function closestPhrase(model: SemanticModel, i: number, q: Float32Array): number {
  const { dims } = model;
  const flat = model.phrases[i]!;
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k * dims < flat.length; k++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += q[d]! * flat[k * dims + d]!;
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best;
}
