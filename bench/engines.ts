/**
 * The engines the benchmark compares, each as "build the stored form" (compile time, not measured against targets)
 * and "load it and return a search function". MiniSearch runs twice: exact BM25 (the baseline of every ratio) and
 * its fuzzy + prefix mode.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CompiledPack, Entry } from '../knowledge/types';
import { buildIndex, createMatcher } from '../knowledge/engine';
import { fold } from '../knowledge/text/fold';
import { readFileSync } from 'node:fs';
import { parseVectors, type WordVectors } from '../knowledge/engine/semantic';
import { SEMANTIC_STAGE_ON } from '../knowledge/vectors/en-vectors';

/**
 * A loaded engine's search; `warmUp` when the engine warms itself up after load as the extension does (Odigos's
 * Matcher.warmUp, a slice a call, true once done), which the benchmark runs and times apart from the searches.
 */
export type Search = ((q: string) => unknown) & { warmUp?: () => boolean };

export interface Engine {
  name: string;
  build(entries: Entry[]): string;
  load(json: string, entries: Entry[]): Search;
}

/** BENCH_WARMUP=0 leaves Odigos's warm-up out (as before the extension ran it), to compare. */
const WARM_UP = process.env.BENCH_WARMUP !== '0';

const docs = (entries: Entry[]) =>
  entries.map((e) => ({ id: e.id, title: e.title, triggers: e.triggers.join(' · '), tags: e.tags.join(' '), body: e.body }));
const msOptions = (fuzzy: boolean) => ({
  fields: ['title', 'triggers', 'tags', 'body'],
  processTerm: (t: string) => fold(t),
  searchOptions: { boost: { title: 2, triggers: 3, tags: 1.5 }, ...(fuzzy ? { fuzzy: 0.2, prefix: true } : {}) },
});
const FUSE_KEYS = [{ name: 'title', weight: 3 }, { name: 'triggers', weight: 3 }, { name: 'tags', weight: 1.5 }, { name: 'body', weight: 1 }];

/**
 * odigos-meaning (run while the extension ships the stage on; BENCH_MEANING=0 leaves it out, =1 runs it anyway): the
 * matcher also given the English word vectors (the semantic stage). Its load reads the table
 * and fits the stage to the English entries (prepare() until it says done, which the extension runs a slice a task
 * in idle time once the pack set is built), so its cold figure is the first search after that.
 */
function odigos(name: string, vectors?: () => WordVectors): Engine {
  return {
    name,
    // Like the others, only the index is measured: the pack's entries are parsed by whoever stores them.
    build: (entries) => JSON.stringify(buildIndex(entries)),
    load: (json, entries) => {
      const pack: CompiledPack = {
        schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: JSON.parse(json),
        meta: { id: 'bench', name: 'Bench', version: '1.0.0', lang: 'el' },
      };
      const m = createMatcher([{ pack, priority: 0 }], vectors ? { vectors: vectors() } : undefined);
      while (m.prepare?.() === false);
      const search: Search = (q) => m.search(q, { limit: 5 });
      if (WARM_UP) search.warmUp = () => m.warmUp?.() ?? true;
      return search;
    },
  };
}

const withMeaning = () => odigos('odigos-meaning', () => parseVectors(readFileSync('knowledge/vectors/en-vectors.bin')));

function miniSearch(name: string, fuzzy: boolean): Engine {
  return {
    name,
    build: (entries) => {
      const ms = new MiniSearch(msOptions(fuzzy));
      ms.addAll(docs(entries));
      return JSON.stringify(ms);
    },
    load: (json) => {
      const ms = MiniSearch.loadJSON(json, msOptions(fuzzy));
      return (q) => ms.search(q).slice(0, 5);
    },
  };
}

export const ENGINES: Engine[] = [
  odigos('odigos'),
  ...((process.env.BENCH_MEANING ?? (SEMANTIC_STAGE_ON ? '1' : '0')) !== '0' ? [withMeaning()] : []),
  miniSearch('bm25', false),
  miniSearch('bm25-fuzzy', true),
  {
    name: 'fuse',
    build: (entries) => JSON.stringify(Fuse.createIndex(FUSE_KEYS, docs(entries)).toJSON()),
    load: (json, entries) => {
      const fuse = new Fuse(docs(entries), { keys: FUSE_KEYS, ignoreLocation: true, threshold: 0.4 }, Fuse.parseIndex(JSON.parse(json)));
      return (q) => fuse.search(q, { limit: 5 });
    },
  },
];
