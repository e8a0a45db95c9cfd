/**
 * One engine instance per pack set: the matcher over the active packs, built once per change of them and shared by
 * the suggestions (knowledge-service.ts) and the shortcuts and palette (templates-service.ts). Each used to build
 * its own over the same packs: twice the build time after every pack change, twice the postings and score arrays
 * held by the service worker.
 */
import { createIsolatingMatcher, type IsolatingMatcher, type PackFailure } from '@/knowledge/engine/isolated';
import type { PackInput } from '@/knowledge/engine/api';
import type { WordVectors } from '@/knowledge/engine/semantic';
import { getActivePacks, onPacksChanged, reportPackFailure } from './active-packs';
import { englishVectors } from './vectors';
import { SEMANTIC_STAGE_ON } from '@/knowledge/vectors/en-vectors';

export interface PackSet {
  /** The packs as loaded, highest priority first (the templates service lists their templates and names). */
  inputs: readonly PackInput[];
  matcher: IsolatingMatcher;
}

export interface PackEngine {
  /** The set as the packs are now; the same object until they change, so callers may key their own caches on it. */
  current(): Promise<PackSet>;
  /** Build now (the worker just started), so the first ticket an agent opens is answered at once. */
  warm(): void;
  /** Forget the set; the next request builds one from the packs as they are then. */
  invalidate(): void;
}

/**
 * `onPackFailure` hears of each pack the matcher leaves out (to switch it off and say so), once per build.
 * `loadVectors` gives the English word vectors (the semantic stage, knowledge/engine/semantic-stage.ts); it is only
 * asked when a pack has English entries, and without them (none given, or failing) the matcher matches words only.
 */
export function createPackEngine(
  loadPacks: () => Promise<PackInput[]>,
  onPackFailure: (failure: PackFailure) => void = () => undefined,
  loadVectors: () => Promise<WordVectors | undefined> = () => Promise.resolve(undefined),
): PackEngine {
  let set: Promise<PackSet> | undefined;
  // Which set is current: the fit of a set replaced by a newer one stops (its slices would only burn the worker's time).
  let generation = 0;
  const build = async (inputs: PackInput[]): Promise<PackSet> => {
    const mine = generation;
    const english = inputs.some((i) => Array.isArray(i.pack?.entries) && i.pack.entries.some((e) => e?.lang === 'en'));
    const vectors = english ? await loadVectors().catch(() => undefined) : undefined;
    const matcher = createIsolatingMatcher(inputs, onPackFailure, vectors ? { vectors } : {});
    // Once the set is built, a slice a task (what the worker is asked meanwhile is answered between them): the
    // meaning stage is fitted, not by the agent's first English search, then the search code is warmed up (searches
    // of the packs' own phrases, then forgotten: knowledge/engine/warm-up.ts), not compiled during the agent's first.
    let prepared = !vectors;
    setTimeout(function slice() {
      if (generation !== mine) return;
      if (!prepared) prepared = matcher.prepare?.() ?? true;
      else if (matcher.warmUp?.() ?? true) return;
      setTimeout(slice, 0);
    }, 0);
    return { inputs, matcher };
  };
  const current = () =>
    (set ??= loadPacks()
      .then(build)
      .catch((err: unknown) => {
        set = undefined; // a failed load is retried on the next request instead of sticking
        throw err;
      }));
  return {
    current,
    warm: () => void current().catch(() => undefined),
    invalidate: () => {
      set = undefined;
      generation++;
    },
  };
}

/** The engine over the active packs, rebuilt lazily after they change and warmed once the worker has started. */
export function serveActivePacksEngine(): { engine: PackEngine; stop: () => void } {
  const engine = createPackEngine(getActivePacks, reportPackFailure, SEMANTIC_STAGE_ON ? englishVectors : undefined);
  const stop = onPacksChanged(engine.invalidate);
  setTimeout(engine.warm, 0);
  return { engine, stop };
}
