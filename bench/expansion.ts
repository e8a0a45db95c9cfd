/**
 * Issue 14, fifth top-3 round (measured in bench/intents.ts, not shipped): two expansions of the words stage around
 * the engine as shipped with its meaning stage.
 *
 * Document expansion (dx-θ-k-src-field): each entry's content words (title + triggers, not stop words, in the
 * vector table) looked up among `src` words by cosine of the shipped vectors: pack (the pack's own title/trigger
 * words), table (the table's words of frequency rank 100-20,000) or fresh (those table words the pack never says).
 * The k nearest at ≥ θ that the entry does not say itself are added to one field: tags (one a tag), body (one text)
 * or trig (one more trigger, which the meaning stage also reads).
 *
 * Words-stage pseudo-relevance feedback (prf-k-n-β): a first pass; the top k entries' n most distinctive words
 * (tf in the entry's title + triggers × log(N / df), summed over the k) that the text lacks are appended to it for a
 * second pass; the two passes' top-30 scores are z-scored and blended (1 − β)·first + β·second (an entry missing
 * from a pass takes that pass's lowest z).
 */
import type { Entry } from '../knowledge/types';
import { rowOf, vectorWords, type WordVectors } from '../knowledge/engine/semantic';
import { ENGLISH_STOPWORDS } from '../knowledge/text/stopwords';

type Ranker = (text: string) => string[];
type Search = (text: string) => Array<{ entryId: string; score: number }>;

const contentWords = (text: string) => vectorWords(text).filter((w) => w.length > 2 && !ENGLISH_STOPWORDS.has(w) && !/^\d+$/.test(w));

function unitRow(v: WordVectors, r: number): Float32Array {
  const out = new Float32Array(v.dims);
  let n = 0;
  for (let d = 0; d < v.dims; d++) n += (out[d] = v.data[r * v.dims + d]!) ** 2;
  const s = 1 / Math.sqrt(n || 1);
  for (let d = 0; d < v.dims; d++) out[d]! *= s;
  return out;
}

interface Vocabulary {
  words: string[];
  rows: Float32Array[];
}

let tableVocabulary: Vocabulary | undefined;
/** The table words' 10 nearest at cosine ≥ 0.4, kept across folds and variants (θ and k filter them). */
const tableNeighbours = new Map<string, Array<[string, number]>>();

function vocabularyOf(v: WordVectors, src: string, entries: Entry[]): Vocabulary {
  if (src === 'table') {
    if (!tableVocabulary) {
      const words = [...v.row].filter(([w, r]) => r >= 100 && r < 20000 && /^[a-z]{3,}$/.test(w) && !ENGLISH_STOPWORDS.has(w)).map(([w]) => w);
      tableVocabulary = { words, rows: words.map((w) => unitRow(v, v.row.get(w)!)) };
    }
    return tableVocabulary;
  }
  const words = [...new Set(entries.flatMap((e) => [e.title, ...e.triggers].flatMap(contentWords)))].filter((w) => v.row.has(w));
  return { words, rows: words.map((w) => unitRow(v, v.row.get(w)!)) };
}

/** The k nearest vocabulary words to w at cosine ≥ θ (w itself left out). */
function neighbours(v: WordVectors, voc: Vocabulary, w: string, theta: number, k: number): Array<[string, number]> {
  const r = rowOf(v, w);
  if (r === undefined) return [];
  const q = unitRow(v, r);
  const found: Array<[string, number]> = [];
  voc.rows.forEach((row, i) => {
    let c = 0;
    for (let d = 0; d < v.dims; d++) c += q[d]! * row[d]!;
    if (c >= theta && voc.words[i] !== w) found.push([voc.words[i]!, c]);
  });
  return found.sort((a, b) => b[1] - a[1]).slice(0, k);
}

/** dx-θ-k-src-field: the entries with their neighbour words added (see the header). */
export function expandedEntries(v: WordVectors, entries: Entry[], spec: string): Entry[] {
  const [, theta, k, src, field] = spec.split('-');
  const voc = vocabularyOf(v, src === 'fresh' ? 'table' : src!, entries);
  const said = new Set(src === 'fresh' ? entries.flatMap((e) => [e.title, ...e.triggers].flatMap(vectorWords)) : []);
  const memo = src !== 'pack' ? tableNeighbours : new Map<string, Array<[string, number]>>();
  return entries.map((e) => {
    const own = new Set([e.title, ...e.triggers].flatMap(vectorWords));
    const added = new Set<string>();
    for (const w of new Set([e.title, ...e.triggers].flatMap(contentWords))) {
      let near = memo.get(w);
      if (!near) memo.set(w, (near = neighbours(v, voc, w, 0.4, 10)));
      for (const [n] of near.filter(([, c]) => c >= Number(theta)).slice(0, Number(k))) if (!own.has(n) && !said.has(n)) added.add(n);
    }
    const words = [...added];
    if (!words.length) return e;
    if (field === 'tags') return { ...e, tags: [...e.tags, ...words] };
    if (field === 'body') return { ...e, body: `${e.body} ${words.join(' ')}`.trim() };
    return { ...e, triggers: [...e.triggers, words.join(' ')] };
  });
}

function zOf(list: Array<{ entryId: string; score: number }>): Map<string, number> {
  const s = list.map((x) => x.score);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, s.length)) || 1;
  return new Map(list.map((x) => [x.entryId, (x.score - mean) / sd]));
}

/** prf-k-n-β over a search (see the header). */
export function feedback(entries: Entry[], search: Search, spec: string): Ranker {
  const [, k, n, beta] = spec.split('-').map(Number) as [number, number, number, number];
  const words = new Map(entries.map((e) => [e.id, [e.title, ...e.triggers].flatMap(contentWords)]));
  const df = new Map<string, number>();
  for (const ws of words.values()) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(entries.length / (df.get(w) ?? 1));
  return (text) => {
    const first = search(text);
    const said = new Set(vectorWords(text));
    const weight = new Map<string, number>();
    for (const s of first.slice(0, k)) for (const w of words.get(s.entryId) ?? []) if (!said.has(w)) weight.set(w, (weight.get(w) ?? 0) + idf(w));
    const extra = [...weight].sort((a, b) => b[1] - a[1]).slice(0, n).map(([w]) => w);
    if (!extra.length || beta === 0) return first.slice(0, 10).map((s) => s.entryId);
    const second = search(`${text} ${extra.join(' ')}`);
    const z1 = zOf(first);
    const z2 = zOf(second);
    const low1 = Math.min(...z1.values());
    const low2 = Math.min(...z2.values());
    const ids = [...new Set([...z1.keys(), ...z2.keys()])];
    const blended = ids.map((id) => [id, (1 - beta) * (z1.get(id) ?? low1) + beta * (z2.get(id) ?? low2)] as const);
    return blended.sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id);
  };
}
