/**
 * Engine benchmark: Odigos vs plain Fuse.js vs MiniSearch (BM25) on the same generated entries and queries, at
 * 100 / 1,000 / 5,000 / 10,000 entries: the first query after load, warm query p50/p95 (3-word query, 60-word
 * message), index load time from JSON, heap used. Targets at 5,000 entries: p95 ≤ 1 ms / ≤ 5 ms, load ≤ 50 ms,
 * heap ≤ 50 MB. Run by `npm run bench` (bench/run.ts).
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CompiledPack, Entry } from '../knowledge/types';
import { buildIndex, createMatcher } from '../knowledge/engine';
import { fold } from '../knowledge/text/fold';
import { generateEntries, generateQueries } from './corpus';

const SIZES = [100, 1_000, 5_000, 10_000];
const QUICK_SIZES = [100, 500];
const QUERIES = 150;
/** Time budget per engine, query kind and pass: plain Fuse is slow on large packs. */
const BUDGET_MS = 800;
/** Measured passes over the warm queries; each query's median counts (robust against a busy machine). */
const PASSES = 3;

interface Engine {
  name: string;
  /** Builds the stored form (JSON text) — compile time, not measured against targets. */
  build(entries: Entry[]): string;
  /** Loads the stored form and returns a search function. */
  load(json: string, entries: Entry[]): (q: string) => unknown;
}

const docs = (entries: Entry[]) =>
  entries.map((e) => ({ id: e.id, title: e.title, triggers: e.triggers.join(' · '), tags: e.tags.join(' '), body: e.body }));
const MS_OPTIONS = {
  fields: ['title', 'triggers', 'tags', 'body'],
  processTerm: (t: string) => fold(t),
  searchOptions: { boost: { title: 2, triggers: 3, tags: 1.5 }, fuzzy: 0.2, prefix: true },
};
const FUSE_KEYS = [{ name: 'title', weight: 3 }, { name: 'triggers', weight: 3 }, { name: 'tags', weight: 1.5 }, { name: 'body', weight: 1 }];

const engines: Engine[] = [
  {
    name: 'odigos',
    // Like the others, only the index is measured: the pack's entries are parsed by whoever stores them.
    build: (entries) => JSON.stringify(buildIndex(entries)),
    load: (json, entries) => {
      const pack: CompiledPack = {
        schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: JSON.parse(json),
        meta: { id: 'bench', name: 'Bench', version: '1.0.0', lang: 'el' },
      };
      const m = createMatcher([{ pack, priority: 0 }]);
      return (q) => m.search(q, { limit: 5 });
    },
  },
  {
    name: 'minisearch',
    build: (entries) => {
      const ms = new MiniSearch(MS_OPTIONS);
      ms.addAll(docs(entries));
      return JSON.stringify(ms);
    },
    load: (json) => {
      const ms = MiniSearch.loadJSON(json, MS_OPTIONS);
      return (q) => ms.search(q).slice(0, 5);
    },
  },
  {
    name: 'fuse',
    build: (entries) => JSON.stringify(Fuse.createIndex(FUSE_KEYS, docs(entries)).toJSON()),
    load: (json, entries) => {
      const fuse = new Fuse(docs(entries), { keys: FUSE_KEYS, ignoreLocation: true, threshold: 0.4 }, Fuse.parseIndex(JSON.parse(json)));
      return (q) => fuse.search(q, { limit: 5 });
    },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const cpu = (fn: () => void): number => {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};

/**
 * Warm query times: one unmeasured pass over the queries (JIT, caches), then PASSES measured passes over the same
 * queries; per query the median pass counts. A pass stops at the time budget once `min` queries are done.
 */
function time(search: (q: string) => unknown, queries: string[], min: number, passes = PASSES): { p50: number; p95: number; n: number } {
  if (!queries.length) return { p50: NaN, p95: NaN, n: 0 };
  const start = performance.now();
  let n = 0;
  while (n < queries.length && (n < min || performance.now() - start < BUDGET_MS)) search(queries[n++]!);
  const runs: number[][] = Array.from({ length: n }, () => []);
  for (let pass = 0; pass < passes; pass++) queries.slice(0, n).forEach((q, i) => runs[i]!.push(cpu(() => search(q))));
  const t = runs.map((r) => r.sort((a, b) => a - b)[r.length >> 1]!).sort((a, b) => a - b);
  return { p50: percentile(t, 50), p95: percentile(t, 95), n };
}

const f = (ms: number) => (Number.isNaN(ms) ? 'skipped' : ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const ratio = (a: number, b: number) => (Number.isNaN(a / b) ? 'n/a' : `${(a / b).toFixed(2)}×`);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export function runEngineBench(options: { quick?: boolean } = {}): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const sizes = options.quick ? QUICK_SIZES : SIZES;
  console.log(
    'Odigos engine benchmark (Node %s, load average %s). CPU time of this process in ms (robust on a busy machine); ' +
      'load = index JSON → ready to search; heap = retained after load, MB; 1st = the first query after load; p50/p95 = ' +
      'warm queries (after one pass), median of %d passes per query.', process.version, os.loadavg()[0]!.toFixed(1), PASSES);
  const started = performance.now();
  for (const size of sizes) {
    const entries = generateEntries(size);
    const { short, long } = generateQueries(entries, QUERIES);
    console.log(`\n== ${size.toLocaleString('en')} entries ==`);
    console.log('engine      build json MB   load heap MB 1st 3w 1st 60w   3w p50  3w p95  60w p50  60w p95  (n 3w/60w)');
    const results: Record<string, { load: number; heap: number; s: ReturnType<typeof time>; l: ReturnType<typeof time> }> = {};
    for (const e of engines) {
      const t0 = performance.now();
      const json = e.build(entries);
      const build = performance.now() - t0;
      const loads: number[] = [];
      for (let i = 0; i < 3; i++) {
        const l0 = process.cpuUsage();
        e.load(json, entries);
        const d = process.cpuUsage(l0);
        loads.push((d.user + d.system) / 1000);
      }
      const load = loads.sort((a, b) => a - b)[1]!;
      gc();
      const heap0 = process.memoryUsage().heapUsed;
      const search = e.load(json, entries);
      // First query after load (module code already compiled by the loads above): decoding, caches, typo lookups.
      const firstShort = cpu(() => search(short[0]!));
      gc();
      // Retained by the loaded engine; the process total (entries, queries, harness) is printed per size.
      const heap = Math.max(0, process.memoryUsage().heapUsed - heap0);
      // Plain Fuse takes seconds per 60-word message beyond 1,000 entries: measured on a few, or skipped.
      const slow = e.name === 'fuse';
      const longQueries = slow ? (size <= 1_000 ? long.slice(0, 2) : []) : long;
      // A fresh load for the first 60-word message (plain Fuse: seconds, so it is not repeated).
      const fresh = longQueries.length && !slow ? e.load(json, entries) : undefined;
      const firstLong = fresh ? cpu(() => fresh(longQueries[0]!)) : NaN;
      const s = time(search, short, slow ? 2 : 5, slow && size >= 5_000 ? 1 : PASSES);
      const l = time(search, longQueries, slow ? 1 : 5, slow ? 1 : PASSES);
      results[e.name] = { load, heap, s, l };
      console.log(
        `${e.name.padEnd(10)} ${f(build).padStart(6)} ${mb(json.length).padStart(7)} ${f(load).padStart(6)} ${mb(heap).padStart(7)} ` +
          `${f(firstShort).padStart(7)} ${f(firstLong).padStart(7)}  ${f(s.p50).padStart(7)} ${f(s.p95).padStart(7)} ` +
          `${f(l.p50).padStart(8)} ${f(l.p95).padStart(8)}  (${s.n}/${l.n})`,
      );
    }
    gc();
    console.log(`process heap used: ${mb(process.memoryUsage().heapUsed)} MB`);
    const o = results.odigos!;
    for (const other of ['minisearch', 'fuse']) {
      const b = results[other]!;
      console.log(
        `odigos vs ${other}: 3-word p95 = ${ratio(o.s.p95, b.s.p95)}, 60-word p95 = ${ratio(o.l.p95, b.l.p95)}, ` +
          `load = ${ratio(o.load, b.load)}`,
      );
    }
    if (size === 5_000) {
      const ok = (v: boolean) => (v ? 'ok' : 'MISSED');
      console.log(
        `targets @5,000: 3-word p95 ${f(o.s.p95)} ≤ 1 ms ${ok(o.s.p95 <= 1)}; 60-word p95 ${f(o.l.p95)} ≤ 5 ms ${ok(o.l.p95 <= 5)}; ` +
          `load ${f(o.load)} ≤ 50 ms ${ok(o.load <= 50)}; heap ${mb(o.heap)} ≤ 50 MB ${ok(o.heap <= 50 * 1048576)}`,
      );
    }
  }
  console.log(`\nengine bench took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
