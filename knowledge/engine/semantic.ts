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
 * The words are read with English contractions spelt out (vectorWords); one the table lacks by its stem (rowOf), or
 * by the meaning the pack's own phrases give it (inducedWords).
 * Speed: the whole projection is one linear map fitted once and applied to each of the pack's words once (a text
 * of pack words is a sum of their mapped vectors); a search compares the text with every English centroid, or in a
 * large pack only with those of the inverted lists closest to it, and the centroid cosines' mean and spread over all
 * entries come from their moments. The fit runs in steps of a few milliseconds (fitSemanticSteps).
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

/**
 * Writes a table parseVectors reads (the build scripts' side of the format): each row stored as int8 with one
 * float32 scale, its largest component / 127. `source` lines (where the vectors come from, their licence) go into
 * the text header.
 */
export function encodeVectors(words: readonly string[], rows: ReadonlyArray<ArrayLike<number>>, source: readonly string[]): Uint8Array {
  const dims = rows[0]?.length ?? 0;
  const header = [VECTORS_MAGIC, `dims ${dims}`, `words ${words.length}`, ...source].join('\n');
  const text = new TextEncoder().encode(`${header}\n\n${words.join('\n')}\0`);
  const at = (text.length + 3) & ~3;
  const out = new Uint8Array(at + 4 * words.length + dims * words.length);
  out.set(text);
  const scale = new Float32Array(out.buffer, at, words.length);
  const data = new Int8Array(out.buffer, at + 4 * words.length);
  rows.forEach((row, i) => {
    const r = Array.from(row);
    scale[i] = Math.max(...r.map(Math.abs)) / 127 || 1;
    r.forEach((x, d) => (data[i * dims + d] = Math.round(x / scale[i]!)));
  });
  return out;
}

/**
 * The words a text is looked up by: lower-case letters and digits runs (the table's words are GloVe's), English
 * contractions spelt out first (spellOut).
 */
export function vectorWords(text: string): string[] {
  return spellOut(text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).match(/[a-z0-9]+/g) ?? [];
}

/**
 * English contractions as their words, with or without the apostrophe as customers type them: the table keeps
 * letter runs only, so «didn't» read as «didn» + «t» lost both the verb and the negation (neither is in it), «won't»
 * read as «won» and «can't» as «can» (the opposite meaning), «I'll» as the rare «ll» (SIF weighs it high).
 */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019`\u00b4]/g, "'"],
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n'?t\b/g, '$1 not'],
  [/\b([a-z]+)n't\b/g, '$1 not'],
  [/\b(that|what|there|here|it|he|she|who|where)'s\b/g, '$1 is'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
];

/** What every contraction has: an apostrophe, or one of the «n't» forms written without it. Texts without are left as they are (most). */
const MAY_CONTRACT = /['\u2018\u2019`\u00b4]|\b(?:ca|wo|sha|do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)nt\b/;

function spellOut(text: string): string {
  if (!MAY_CONTRACT.test(text)) return text;
  let out = text;
  for (const [pattern, words] of CONTRACTIONS) out = out.replace(pattern, words);
  return out;
}

/** The shortest word looked up by its stem when the table lacks it (shorter ones are mostly slang and contractions: «thats»). */
const STEMMED_MIN = 6;

/** Endings taken off (and what is put back) to find a word's stem in the table: refunded → refund, activating → activate. */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ly', '']];

/**
 * The table row of a word, or of its stem when the table lacks the inflected form (its 30,000 words lack «refunded»,
 * «activating», «overcharged»); a doubled last consonant is undone (stopped → stop). Undefined when neither is in it.
 */
export function rowOf(v: WordVectors, w: string): number | undefined {
  const r = v.row.get(w);
  if (r !== undefined || w.length < STEMMED_MIN) return r;
  for (const [ending, back] of ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    if (!back && stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) {
      const single = v.row.get(stem.slice(0, -1));
      if (single !== undefined) return single;
    }
    const found = v.row.get(stem + back);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** SIF smoothing: how much a word's frequency lowers its weight. */
const SIF_A = 3e-4;

/** SIF weight of the word at frequency rank r (0-based) in a table of n words. */
export const sifWeight = (r: number, n: number) => SIF_A / (SIF_A + 1 / ((r + 1) * (Math.log(n) + 0.5772)));

/** SIF-weighted sum of a text's known words' vectors (zero when none is known). */
export function textVector(v: WordVectors, text: string): Float32Array {
  const out = new Float32Array(v.dims);
  for (const w of vectorWords(text)) {
    const r = rowOf(v, w);
    if (r === undefined) continue;
    const weight = sifWeight(r, v.row.size) * v.scale[r]!;
    const base = r * v.dims;
    for (let d = 0; d < v.dims; d++) out[d] += weight * v.data[base + d]!;
  }
  return out;
}

/**
 * x[xAt …] · y[yAt …] over `dims` coordinates, four running sums at a time: one sum waits for each addition before
 * the next (the loop runs at the adder's latency); four independent ones keep it busy. The hot loops of a search.
 */
export function dotAt(x: Float32Array, xAt: number, y: Float32Array, yAt: number, dims: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dims; d += 4) {
    s0 += x[xAt + d]! * y[yAt + d]!;
    s1 += x[xAt + d + 1]! * y[yAt + d + 1]!;
    s2 += x[xAt + d + 2]! * y[yAt + d + 2]!;
    s3 += x[xAt + d + 3]! * y[yAt + d + 3]!;
  }
  for (; d < dims; d++) s0 += x[xAt + d]! * y[yAt + d]!;
  return s0 + s1 + s2 + s3;
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

/**
 * First principal component (power iteration on the uncentred Gram matrix, as SIF does), stopped once it no longer
 * turns: the common direction of word vectors leads the others by far, so a few rounds of the 30 allowed suffice.
 */
function firstComponent(xs: Float32Array[], dims: number): Float32Array {
  let u = normalise(new Float32Array(dims).fill(1));
  for (let it = 0; it < 30; it++) {
    const next = new Float32Array(dims);
    for (const x of xs) {
      const p = dot(x, u);
      for (let d = 0; d < dims; d++) next[d] += p * x[d]!;
    }
    const turned = 1 - Math.abs(dot(normalise(next), u));
    u = next;
    if (turned < 1e-9) break;
  }
  return u;
}

/** How far the within-entry scatter is shrunk towards the identity before whitening. */
const SHRINK = 0.6;

/** Runs a fit's steps (see fitSemanticSteps) to the end, at once. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Groups of phrases between two steps of the scatter. */
const SCATTER_STEP_GROUPS = 100;

/** Within-entry scatter of unit phrase vectors (each entry's around their mean), shrunk towards the identity. */
export const scatter = (groups: Float32Array[][], dims: number, shrink = SHRINK): Float64Array[] => finish(scatterSteps(groups, dims, shrink));

function* scatterSteps(groups: Float32Array[][], dims: number, shrink = SHRINK): Generator<void, Float64Array[]> {
  const s = Array.from({ length: dims }, () => new Float64Array(dims));
  let n = 0;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (k % SCATTER_STEP_GROUPS === SCATTER_STEP_GROUPS - 1) yield;
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

/**
 * Eigen-decomposition of a symmetric matrix (cyclic Jacobi): the eigenvalues, and the eigenvectors as columns. A
 * step every 10 rows of a sweep.
 */
function* eigen(input: Float64Array[]): Generator<void, { values: Float64Array; vectors: Float64Array[] }> {
  const d = input.length;
  const a = input.map((r) => Float64Array.from(r));
  const v = Array.from({ length: d }, (_, i) => Float64Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 12; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) if (Math.abs(a[p]![q]!) > 1e-15) rotate(a, v, p, q);
      if (p % 10 === 9) yield;
    }
  }
  return { values: Float64Array.from({ length: d }, (_, k) => a[k]![k]!), vectors: v };
}

/** S^(-1/2) of a symmetric positive matrix, as a flat row-major matrix. */
export const inverseSqrt = (input: Float64Array[]): Float32Array => finish(inverseSqrtSteps(input));

function* inverseSqrtSteps(input: Float64Array[]): Generator<void, Float32Array> {
  const d = input.length;
  const { values, vectors: v } = yield* eigen(input);
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
 * A pack's semantic model. A text's vector is one linear map of its SIF sum (common direction removed, whitened) made
 * unit length. Every entry is compared by its centroid; in a large pack (IVF_MIN entries or more) the centroids are
 * grouped into inverted lists (spherical k-means at fit time), and a search compares only the entries of the lists
 * whose centres are closest to the text.
 */
export interface SemanticModel {
  dims: number;
  /** The linear map (dims × dims, row-major) from a SIF sum to the compared space (then made unit length). */
  map: Float32Array;
  /** Every entry's phrases' unit vectors, concatenated in entry order (phrases × dims). */
  phraseVectors: Float32Array;
  /** Entry i's phrases are the rows phraseStart[i] … phraseStart[i + 1] − 1 of phraseVectors. */
  phraseStart: Int32Array;
  /** The entries' unit centroids, concatenated (entries × dims). */
  centroids: Float32Array;
  /** The centroids' mean, and their second moment (dims × dims): a text's centroid cosines' mean and spread. */
  mean: Float64Array;
  moment: Float64Array;
  /**
   * The pack's words through the map (table row → map · its int8 components): a text's vector is then a weighted
   * sum of them, its words not in the pack mapped once together. Only the pack's words, so it never grows.
   */
  words: Map<number, Float32Array>;
  /** The pack's words the table lacks, with a vector made from the pack's own phrases (inducedWords), already mapped. */
  induced: Map<string, Float32Array>;
  /** The inverted lists of a large pack (undefined: every centroid is compared). */
  lists: InvertedLists | undefined;
  /** Scratch for one ranking: centroid cosines by entry, and the entries compared. Reused: nothing of the pack's size is allocated per search. */
  scratch: Float32Array;
  near: Int32Array;
}

/** Centroids grouped by closeness: list l's entries are members[start[l]] … members[start[l + 1] − 1]. */
interface InvertedLists {
  /** The lists' unit centres (lists × dims). */
  centres: Float32Array;
  start: Int32Array;
  members: Int32Array;
  /** The members' centroids in the lists' order (members × dims): a list is read in one run of memory. */
  rows: Float32Array;
  /** Scratch: a text's cosine with each centre. */
  scores: Float32Array;
}

/** From how many entries the centroids are grouped into inverted lists (below it, comparing all costs little). */
export const IVF_MIN = 600;

/** How many entries at least a search compares in a large pack: the closest lists' entries until there are as many. */
export const IVF_PROBE = 300;

/** Rounds of spherical k-means that group the centroids. */
const IVF_ROUNDS = 3;

/** A text's SIF-weighted sum of word vectors through the model's map, made unit length (see SemanticModel.words). */
export function queryVector(v: WordVectors, model: SemanticModel, text: string): Float32Array {
  const { dims, words } = model;
  const out = new Float32Array(dims);
  let rest: Float32Array | undefined;
  for (const w of vectorWords(text)) {
    const r = rowOf(v, w);
    if (r === undefined) {
      addInduced(out, model.induced, w);
      continue;
    }
    const weight = sifWeight(r, v.row.size) * v.scale[r]!;
    const m = words.get(r);
    if (m) for (let d = 0; d < dims; d++) out[d] += weight * m[d]!;
    else {
      rest ??= new Float32Array(dims);
      const base = r * dims;
      for (let d = 0; d < dims; d++) rest[d] += weight * v.data[base + d]!;
    }
  }
  if (rest) addMapped(out, model.map, rest, dims);
  return normalise(out);
}

/** out += map · x. */
function addMapped(out: Float32Array, map: Float32Array, x: ArrayLike<number>, dims: number): void {
  for (let i = 0; i < dims; i++) {
    let s = 0;
    for (let j = 0; j < dims; j++) s += map[i * dims + j]! * x[j]!;
    out[i] += s;
  }
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

/** The map whitening (W) after the common direction u is removed: W·(I − u·uᵀ) = W − (W·u)·uᵀ. */
function whitenMap(whiten: Float32Array, u: Float32Array, dims: number): Float32Array {
  const wu = new Float32Array(dims);
  addMapped(wu, whiten, u, dims);
  const out = Float32Array.from(whiten);
  for (let i = 0; i < dims; i++) for (let j = 0; j < dims; j++) out[i * dims + j] -= wu[i]! * u[j]!;
  return out;
}

/** Unit centroid of unit vectors. */
function centroidOf(ys: Float32Array[], dims: number): Float32Array {
  const c = new Float32Array(dims);
  for (const y of ys) for (let d = 0; d < dims; d++) c[d] += y[d]!;
  return normalise(c);
}

/**
 * A phrase's unit vector in the model's space, the map applied to each word once (the map is linear, and a pack's
 * phrases share their words): `mapped` keeps each word's mapped vector for the next phrase and for the searches.
 */
function phraseVector(v: WordVectors, map: Float32Array, text: string, mapped: Map<number, Float32Array>, induced: Map<string, Float32Array>): Float32Array {
  const dims = v.dims;
  const out = new Float32Array(dims);
  for (const w of vectorWords(text)) {
    const r = rowOf(v, w);
    if (r === undefined) {
      addInduced(out, induced, w);
      continue;
    }
    const m = mappedRow(v, map, r, mapped);
    const weight = sifWeight(r, v.row.size) * v.scale[r]!;
    for (let d = 0; d < dims; d++) out[d] += weight * m[d]!;
  }
  return normalise(out);
}

/** Table row r through the map, worked out once per pack and kept in `mapped` (see SemanticModel.words). */
function mappedRow(v: WordVectors, map: Float32Array, r: number, mapped: Map<number, Float32Array>): Float32Array {
  let m = mapped.get(r);
  if (!m) {
    m = new Float32Array(v.dims);
    addMapped(m, map, v.data.subarray(r * v.dims, (r + 1) * v.dims), v.dims);
    mapped.set(r, m);
  }
  return m;
}

/**
 * How many of the pack's phrases must hold a word the table lacks for it to get a vector from them: one phrase's
 * words are a guess («charged me twice lol» made «lol» mean a double charge, and a text that said only «lol» got the
 * double-charge entries).
 */
const INDUCED_MIN = 2;

/** The shortest word given a vector from the pack: the table leaves out «i» and «a», which nearly every phrase holds. */
const INDUCED_MIN_LENGTH = 3;

/**
 * The pack's words that the table lacks («contactless», «passcode», «unblock», product names, «hola»), each given the
 * mean of its phrases' other words, SIF-weighted and mapped (à la carte embedding, Khodak et al. 2018, without its
 * learned transform): a text that says one then leans to the entries whose phrases say it, as a rare known word
 * would (SIF's weight for a word rarer than all the table's tends to 1; it is added with weight 1). A step every
 * FIT_STEP_ENTRIES entries.
 */
function* inducedWords(v: WordVectors, map: Float32Array, phrases: string[][], mapped: Map<number, Float32Array>): Generator<void, Map<string, Float32Array>> {
  const sums = new Map<string, Float32Array>();
  const holding = new Map<string, number>();
  for (let i = 0; i < phrases.length; i++) {
    for (const p of phrases[i]!) {
      const words = vectorWords(p);
      const unknown = new Set(words.filter((w) => w.length >= INDUCED_MIN_LENGTH && rowOf(v, w) === undefined));
      if (!unknown.size) continue;
      const context = contextMean(v, map, words, mapped);
      if (!context) continue;
      for (const w of unknown) {
        const sum = sums.get(w) ?? new Float32Array(v.dims);
        for (let d = 0; d < v.dims; d++) sum[d] += context[d]!;
        sums.set(w, sum);
        holding.set(w, (holding.get(w) ?? 0) + 1);
      }
    }
    if (i % FIT_STEP_ENTRIES === FIT_STEP_ENTRIES - 1) yield;
  }
  for (const [w, sum] of sums) {
    const count = holding.get(w)!;
    if (count < INDUCED_MIN) sums.delete(w);
    else for (let d = 0; d < v.dims; d++) sum[d] /= count;
  }
  return sums;
}

/** The SIF-weighted mean of a phrase's known words' mapped vectors (undefined when it has none). */
function contextMean(v: WordVectors, map: Float32Array, words: string[], mapped: Map<number, Float32Array>): Float32Array | undefined {
  const out = new Float32Array(v.dims);
  let total = 0;
  for (const w of words) {
    const r = rowOf(v, w);
    if (r === undefined) continue;
    const m = mappedRow(v, map, r, mapped);
    const weight = sifWeight(r, v.row.size);
    total += weight;
    for (let d = 0; d < v.dims; d++) out[d] += weight * v.scale[r]! * m[d]!;
  }
  if (total === 0) return undefined;
  for (let d = 0; d < v.dims; d++) out[d] /= total;
  return out;
}

/** out += the word's induced vector, when the pack gave it one (see inducedWords). */
function addInduced(out: Float32Array, induced: Map<string, Float32Array>, w: string): void {
  const x = induced.get(w);
  if (x) for (let d = 0; d < out.length; d++) out[d] += x[d]!;
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

/** The map: the common direction out, whitened by the within-entry scatter (a step between each part of the work). */
function* fitMap(v: WordVectors, phrases: string[][]): Generator<void, Float32Array> {
  const dims = v.dims;
  const raw = sample(phrases).map((ps) => ps.map((p) => textVector(v, p)));
  yield;
  const common = firstComponent(raw.flat(), dims);
  yield;
  const unit = raw.map((xs) => xs.map((x) => normalise(removeCommon(x, common))));
  const s = yield* scatterSteps(unit, dims);
  yield;
  const whiten = yield* inverseSqrtSteps(s);
  yield;
  return whitenMap(whiten, common, dims);
}

/** Entries whose phrase vectors one step of the fit works out. */
const FIT_STEP_ENTRIES = 150;

/**
 * Fits the model to a pack (phrases[i] are entry i's title and triggers) in steps of a few milliseconds each, so a
 * worker can fit in its idle time and still answer between them; fitSemantic runs them all.
 */
export function* fitSemanticSteps(v: WordVectors, phrases: string[][]): Generator<void, SemanticModel> {
  const dims = v.dims;
  const map = yield* fitMap(v, phrases);
  const n = phrases.length;
  const phraseStart = new Int32Array(n + 1);
  phrases.forEach((ps, i) => (phraseStart[i + 1] = phraseStart[i]! + ps.length));
  const model: SemanticModel = {
    dims, map, phraseVectors: new Float32Array(phraseStart[n]! * dims), phraseStart, centroids: new Float32Array(n * dims),
    mean: new Float64Array(dims), moment: new Float64Array(dims * dims), words: new Map(), induced: new Map(), lists: undefined,
    scratch: new Float32Array(n), near: new Int32Array(n),
  };
  model.induced = yield* inducedWords(v, map, phrases, model.words);
  for (let i = 0; i < n; i++) {
    const ys = phrases[i]!.map((p) => phraseVector(v, map, p, model.words, model.induced));
    ys.forEach((y, k) => model.phraseVectors.set(y, (phraseStart[i]! + k) * dims));
    const c = centroidOf(ys, dims);
    model.centroids.set(c, i * dims);
    addMoments(model, c, n);
    if (i % FIT_STEP_ENTRIES === FIT_STEP_ENTRIES - 1) yield;
  }
  for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) model.moment[a * dims + b] = model.moment[b * dims + a]!;
  if (n >= IVF_MIN) model.lists = yield* invertedLists(model.centroids, n, dims);
  return model;
}

/** Fits the model to a pack at once (see fitSemanticSteps). */
export const fitSemantic = (v: WordVectors, phrases: string[][]): SemanticModel => finish(fitSemanticSteps(v, phrases));

/**
 * The centroids grouped into about 2√n lists by spherical k-means (IVF_ROUNDS rounds from evenly spaced entries, on
 * every k-th entry, about IVF_SAMPLE per list; then every entry goes to its closest centre): a search then compares
 * a text with the lists' centres and the entries of the closest few. A step every FIT_STEP_ENTRIES entries placed. At 2,500 English entries (bench/engine.ts) 100 lists, 300 entries compared of 2,500: on CLINC150's 2,250
 * even lines as entries and its odd lines as texts, the closest entry is the one all centroids give for 98.0 %
 * (recall of the ten closest 96.5 %; √n lists and 250 entries: 95.5 %, 92.2 %).
 */
function* invertedLists(centroids: Float32Array, n: number, dims: number): Generator<void, InvertedLists> {
  const count = Math.round(2 * Math.sqrt(n));
  const centres = new Float32Array(count * dims);
  for (let l = 0; l < count; l++) centres.set(centroids.subarray(Math.floor((l * n) / count) * dims, (Math.floor((l * n) / count) + 1) * dims), l * dims);
  const every = Math.max(1, Math.floor(n / (IVF_SAMPLE * count)));
  const owner = new Int32Array(n);
  for (let round = 0; round <= IVF_ROUNDS; round++) {
    // The last round places every entry; the ones before move the centres, from the sample.
    const step = round === IVF_ROUNDS ? 1 : every;
    for (let i = 0, placed = 0; i < n; i += step) {
      owner[i] = closestCentre(centres, count, centroids, i, dims);
      if (++placed % FIT_STEP_ENTRIES === 0) yield;
    }
    if (round < IVF_ROUNDS) moveCentres(centres, count, centroids, owner, n, step, dims);
  }
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[owner[i]! + 1]++;
  for (let l = 0; l < count; l++) start[l + 1] += start[l]!;
  const members = new Int32Array(n);
  const filled = start.slice(0, count);
  for (let i = 0; i < n; i++) members[filled[owner[i]!]!++] = i;
  const rows = new Float32Array(n * dims);
  members.forEach((i, k) => rows.set(centroids.subarray(i * dims, (i + 1) * dims), k * dims));
  return { centres, start, members, rows, scores: new Float32Array(count) };
}

/** How many sampled entries per list the k-means rounds before the last place. */
const IVF_SAMPLE = 8;

/** Each centre to the unit mean of the (every step-th) entries it owns; a centre that owns none stays. */
function moveCentres(centres: Float32Array, count: number, centroids: Float32Array, owner: Int32Array, n: number, step: number, dims: number): void {
  const sums = new Float32Array(count * dims);
  for (let i = 0; i < n; i += step) for (let d = 0; d < dims; d++) sums[owner[i]! * dims + d] += centroids[i * dims + d]!;
  for (let l = 0; l < count; l++) {
    const sum = sums.subarray(l * dims, (l + 1) * dims);
    if (dot(sum, sum) > 0) centres.set(normalise(sum), l * dims);
  }
}

/** The list whose centre is closest to entry i's centroid. */
function closestCentre(centres: Float32Array, count: number, centroids: Float32Array, i: number, dims: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let l = 0; l < count; l++) {
    const s = dotAt(centres, l * dims, centroids, i * dims, dims);
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

/** How many entries, the closest by centroid, have their phrases compared one by one (the rest are too far to matter). */
export const SEMANTIC_SHORTLIST = 40;

/** The text's semantic standing: z-scores for the entries compared in full, and those entries best first. */
export interface SemanticRanking {
  /** Entry index (in the model's order) → z-score of its semantic score over all entries. */
  z: Map<number, number>;
  /** The shortlisted entries, best semantic score first. */
  best: number[];
  /** The mean and spread of the z-scores: an entry's semantic score (a cosine) is mean + z · sd. */
  mean: number;
  sd: number;
}

/**
 * q · y[at …] over q's length, as dotAt sums it (the same four running sums, the same order: the same result to the
 * last bit). q is the text's vector in float64, holding its float32 values: each of a search's hundreds of dot
 * products then reads it without converting, and this function sees one pair of array types only.
 */
function dotQ(q: Float64Array, y: Float32Array, at: number): number {
  const dims = q.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dims; d += 4) {
    s0 += q[d]! * y[at + d]!;
    s1 += q[d + 1]! * y[at + d + 1]!;
    s2 += q[d + 2]! * y[at + d + 2]!;
    s3 += q[d + 3]! * y[at + d + 3]!;
  }
  for (; d < dims; d++) s0 += q[d]! * y[at + d]!;
  return s0 + s1 + s2 + s3;
}

/**
 * dotQ for two rows at once (y[a …] into pair[0], y[b …] into pair[1]), each summed exactly as dotQ sums it: the
 * two rows' eight running sums are independent, so the loop waits on the adder half as often, and q is read once.
 */
function dotQ2(q: Float64Array, y: Float32Array, a: number, b: number, pair: Float64Array): void {
  const dims = q.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  let d = 0;
  for (; d + 3 < dims; d += 4) {
    const q0 = q[d]!;
    const q1 = q[d + 1]!;
    const q2 = q[d + 2]!;
    const q3 = q[d + 3]!;
    s0 += q0 * y[a + d]!;
    s1 += q1 * y[a + d + 1]!;
    s2 += q2 * y[a + d + 2]!;
    s3 += q3 * y[a + d + 3]!;
    t0 += q0 * y[b + d]!;
    t1 += q1 * y[b + d + 1]!;
    t2 += q2 * y[b + d + 2]!;
    t3 += q3 * y[b + d + 3]!;
  }
  for (; d < dims; d++) {
    s0 += q[d]! * y[a + d]!;
    t0 += q[d]! * y[b + d]!;
  }
  pair[0] = s0 + s1 + s2 + s3;
  pair[1] = t0 + t1 + t2 + t3;
}

/** dotQ2's two results (one search at a time uses it). */
const PAIR = new Float64Array(2);

/** Entry i's best phrase cosine with the text's vector (-1 for an entry without phrases), two phrases at a time. */
function bestPhrase(model: SemanticModel, i: number, q: Float64Array): number {
  const { dims, phraseVectors, phraseStart } = model;
  let best = -1;
  let at = phraseStart[i]! * dims;
  const end = phraseStart[i + 1]! * dims;
  for (; at + dims < end; at += 2 * dims) {
    dotQ2(q, phraseVectors, at, at + dims, PAIR);
    if (PAIR[0]! > best) best = PAIR[0]!;
    if (PAIR[1]! > best) best = PAIR[1]!;
  }
  if (at < end) {
    const s = dotQ(q, phraseVectors, at);
    if (s > best) best = s;
  }
  return best;
}

/** Entry i's centroid cosine with the text's vector. */
function centroidCosine(model: SemanticModel, i: number, q: Float64Array): number {
  return dotQ(q, model.centroids, i * model.dims);
}

/** The mean and standard deviation (1 when flat) of the text's centroid cosines over all entries, from the moments. */
function centroidSpread(model: SemanticModel, q: Float64Array): [number, number] {
  const { dims, mean, moment } = model;
  let m = 0;
  let second = 0;
  // The moment is symmetric: its diagonal once, each pair above it twice. Two rows at a time, each summed in its
  // own order: two independent running sums, so the loop waits on the adder half as often.
  let a = 0;
  for (; a + 1 < dims; a += 2) {
    const [r0, r1] = [a * dims, (a + 1) * dims];
    let row0 = 0.5 * moment[r0 + a]! * q[a]! + moment[r0 + a + 1]! * q[a + 1]!;
    let row1 = 0.5 * moment[r1 + a + 1]! * q[a + 1]!;
    for (let b = a + 2; b < dims; b++) {
      row0 += moment[r0 + b]! * q[b]!;
      row1 += moment[r1 + b]! * q[b]!;
    }
    m += q[a]! * mean[a]!;
    second += 2 * q[a]! * row0;
    m += q[a + 1]! * mean[a + 1]!;
    second += 2 * q[a + 1]! * row1;
  }
  for (; a < dims; a++) {
    m += q[a]! * mean[a]!;
    second += 2 * q[a]! * (0.5 * moment[a * dims + a]! * q[a]!);
  }
  return [m, Math.sqrt(Math.max(0, second - m * m)) || 1];
}

/**
 * The entries whose centroid is compared with the text (all of them, or in a large pack those of the lists closest
 * to it, IVF_PROBE at least): their indexes go to model.near (in no particular order), their cosines to
 * model.scratch. Returns how many.
 */
function compared(model: SemanticModel, q: Float64Array): number {
  const { scratch, near, lists, dims } = model;
  if (!lists) {
    for (let i = 0; i < scratch.length; i++) {
      scratch[i] = centroidCosine(model, i, q);
      near[i] = i;
    }
    return scratch.length;
  }
  const { centres, start, members, rows, scores } = lists;
  for (let l = 0; l < scores.length; l++) scores[l] = dotQ(q, centres, l * dims);
  let count = 0;
  while (count < IVF_PROBE) {
    let best = -1;
    let bestScore = -Infinity;
    for (let l = 0; l < scores.length; l++) {
      if (scores[l]! > bestScore) {
        best = l;
        bestScore = scores[l]!;
      }
    }
    if (best < 0) break;
    scores[best] = -Infinity;
    let k = start[best]!;
    for (const end = start[best + 1]!; k + 1 < end; k += 2) {
      dotQ2(q, rows, k * dims, (k + 1) * dims, PAIR);
      scratch[members[k]!] = PAIR[0]!;
      scratch[members[k + 1]!] = PAIR[1]!;
    }
    if (k < start[best + 1]!) scratch[members[k]!] = dotQ(q, rows, k * dims);
    for (let m = start[best]!; m < start[best + 1]!; m++) near[count++] = members[m]!;
  }
  return count;
}

/**
 * The semantic score (the mean of the best phrase cosine and the centroid cosine), z-scored by the centroid cosines'
 * spread over all entries, for the SEMANTIC_SHORTLIST entries closest by centroid (among those compared, see
 * compared()) and the `also` entries (the engine's candidates).
 */
export function semanticRanking(model: SemanticModel, text: Float32Array, also: readonly number[]): SemanticRanking {
  const { scratch } = model;
  const q = new Float64Array(text.length);
  q.set(text);
  const short = topIndexes(scratch, SEMANTIC_SHORTLIST, model.near, compared(model, q));
  const [mean, sd] = centroidSpread(model, q);
  const z = new Map<number, number>();
  const zs = new Float64Array(short.length);
  for (let k = 0; k < short.length; k++) {
    zs[k] = (0.5 * bestPhrase(model, short[k]!, q) + 0.5 * scratch[short[k]!]! - mean) / sd;
    z.set(short[k]!, zs[k]!);
  }
  for (const i of also) if (!z.has(i)) z.set(i, (0.5 * bestPhrase(model, i, q) + 0.5 * centroidCosine(model, i, q) - mean) / sd);
  return { z, best: bestFirst(short, zs), mean, sd };
}

/** The entries ordered by their z-scores (zs[k] is entry[k]'s), highest first, ties by lower index: by insertion. */
function bestFirst(entries: number[], zs: Float64Array): number[] {
  const order: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < entries.length; k++) {
    const [i, v] = [entries[k]!, zs[k]!];
    let at = order.length;
    while (at > 0 && (v > values[at - 1]! || (v === values[at - 1]! && i < order[at - 1]!))) {
      order[at] = order[at - 1]!;
      values[at] = values[at - 1]!;
      at--;
    }
    order[at] = i;
    values[at] = v;
  }
  return order;
}

/**
 * The indexes (among[0 … count − 1], in any order) of the k largest values of xs, largest first (ties: lower index
 * first), by insertion into a short list.
 */
function topIndexes(xs: Float32Array, k: number, among: Int32Array, count: number): number[] {
  const top: number[] = [];
  for (let t = 0; t < count; t++) {
    const i = among[t]!;
    if (top.length === k && (xs[i]! < xs[top[k - 1]!]! || (xs[i] === xs[top[k - 1]!] && i > top[k - 1]!))) continue;
    let at = Math.min(top.length, k - 1);
    while (at > 0 && (xs[i]! > xs[top[at - 1]!]! || (xs[i] === xs[top[at - 1]!] && i < top[at - 1]!))) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/**
 * How much the semantic side weighs against the engine's score, and how many of its best entries join the
 * candidates at most: --cv top-1/top-3 with SEMANTIC_MIN_SCORE are the same for 20, 10 and 5 (90.5/95.8, 86.3/94.9,
 * 77.1/92.6, 67.5/84.9), and each entry added is one more for the ranking to score.
 */
export const SEMANTIC_WEIGHT = 0.5;
export const SEMANTIC_CANDIDATES = 10;

/**
 * The least semantic score (the mean of best phrase and centroid cosines) of an entry the meaning adds: one further
 * away in meaning is not near enough to show when no word of the text found it. Chosen on the tuning side (bench/intents.ts
 * --cv 5, odigos-meaning top-1/top-3; many-domain n10, n5, banking n10, n5): none 90.5/95.9, 86.3/94.9, 77.1/92.6,
 * 67.5/84.9; 0.2 the same; 0.3 90.5/95.8, the others the same; 0.4 90.4/95.7, 86.4/94.7, 77.1/92.6. On many-domain
 * (n5) the tenth closest entry scores 0.26 at the median, the twentieth 0.19: 0.3 leaves about the closest few.
 */
export const SEMANTIC_MIN_SCORE = 0.3;

/**
 * How an entry the meaning alone adds must stand out, relative to the text itself: its z-score at least
 * SEMANTIC_STANDOUT spreads above that of the SEMANTIC_CROWD-th closest entry (the farthest compared when fewer). A
 * cosine floor alone let a four-word text («My broadband is sluggish») bring six entries of other topics in at
 * 0.31–0.34 (keep my number, export my data, roaming, «can you speak slower»): near the text's words (broadband ≈
 * mobile data, sluggish ≈ slower), as near as the tenth closest, far below its best (0.69). A text with no topic
 * («yes», «that is fine») has no entry above its crowd, so it gets none. Chosen on the tuning side (bench/intents.ts
 * --cv 5, odigos-meaning top-1/top-3, many-domain n10, n5, banking n10, n5; en-tune, en-tune2 with --pack en-core)
 * and on 60 short customer messages and 20 without a topic (bench/meaning-precision.ts: entries of another topic
 * the meaning alone puts on the panel): floor 0.3 alone 90.5/95.8, 86.3/94.9, 77.1/92.6, 67.5/84.9, en-tune
 * 89.4/95.8, en-tune2 88.8/96.1, other topics 15 and 20; crowd 10 + 1.25 (shipped) 90.5/95.7, 86.4/94.8, 77.1/92.6,
 * 67.5/85.2, 89.4/96.3, 88.8/96.1, 0 and 0; crowd 5 + 1: 90.3/95.5, 86.5/94.7, 0 and 0; crowd 10 + 1: 90.5/95.9,
 * 86.4/95.1, 1 and 5. Held out (reported, not tuned on) 78.4/91.2 → 78.5/91.1, 69.8/86.4 → 69.8/86.1, banking
 * the same (77.0/90.1, 70.6/86.3). Relative to the best match
 * instead (≥ 0.6 × its cosine, or within 1–2 spreads of its z): cv the same, 1–2 and 12–15 left (a text with no
 * topic has a best match too); a floor of 0.5: 90.3/95.5, 86.3/94.4, 0 and 1, and «reimbursement» no longer finds
 * the refund among three entries; only texts with a word outside ENGLISH_STOPWORDS: 90.3/95.6, 86.1/94.7, 15 and 15
 * (the far entries are near the text's content words, not its «my»).
 */
export const SEMANTIC_CROWD = 10;
export const SEMANTIC_STANDOUT = 1.25;

/** The least z-score of an entry the meaning adds to the text's ranking (SEMANTIC_MIN_SCORE, SEMANTIC_STANDOUT). */
export function leastAdded(r: SemanticRanking): number {
  const crowd = r.best.length ? r.z.get(r.best[Math.min(SEMANTIC_CROWD, r.best.length) - 1]!)! : 0;
  return Math.max((SEMANTIC_MIN_SCORE - r.mean) / r.sd, crowd + SEMANTIC_STANDOUT);
}

/** Mean and standard deviation (1 when flat) of a list. */
function spread(xs: ArrayLike<number>): [number, number] {
  let mean = 0;
  for (let i = 0; i < xs.length; i++) mean += xs[i]! / xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i]! - mean) ** 2 / xs.length;
  return [mean, Math.sqrt(v) || 1];
}

/** The engine's side of the blend: its candidates' scores' mean and spread, and the lowest z-score among them. */
export interface EngineSide {
  mean: number;
  sd: number;
  /** What an entry brought in by meaning alone takes (0 when the engine has no candidate). */
  absent: number;
}

/** The engine's side of the blend from its candidates' scores (in the engine's order: the sums run in it). */
export function engineSide(scores: Float64Array): EngineSide {
  const [mean, sd] = spread(scores);
  let absent = scores.length ? Infinity : 0;
  for (let k = 0; k < scores.length; k++) absent = Math.min(absent, (scores[k]! - mean) / sd);
  return { mean, sd, absent };
}

/** An entry's blend: (1 − w)·its engine z-score + w·its semantic z-score. */
export const blendOf = (engineZ: number, semanticZ: number): number => (1 - SEMANTIC_WEIGHT) * engineZ + SEMANTIC_WEIGHT * semanticZ;

/**
 * The engine's scored candidates (entry index → score, at most 30) and the `added` entries (brought in by meaning)
 * blended: the engine's scores z-scored over its candidates (an added entry takes their lowest), the semantic
 * z-scores as semanticRanking gave them, (1 − w)·engine + w·semantic. Entry indexes with their blend, best first.
 * (A search blends in place, semantic-stage.ts; this is the same blend as a list.)
 */
export function blendSemantic(engine: ReadonlyArray<readonly [number, number]>, semantic: ReadonlyMap<number, number>, added: readonly number[]): Array<[number, number]> {
  // In a typed array: a list of the scores has another hidden class when empty (every entry added by meaning).
  const side = engineSide(Float64Array.from(engine, ([, s]) => s));
  const ez = new Map(engine.map(([i, s]) => [i, (s - side.mean) / side.sd]));
  const out: Array<[number, number]> = [];
  for (const i of new Set([...ez.keys(), ...added])) out.push([i, blendOf(ez.get(i) ?? side.absent, semantic.get(i) ?? 0)]);
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Which of entry i's phrases (in the order fitSemantic was given them) is closest to the text's vector. */
export function closestPhrase(model: SemanticModel, i: number, q: Float32Array): number {
  const { dims, phraseVectors, phraseStart } = model;
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < phraseStart[i + 1]! - phraseStart[i]!; k++) {
    const s = dotAt(q, 0, phraseVectors, (phraseStart[i]! + k) * dims, dims);
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best;
}
