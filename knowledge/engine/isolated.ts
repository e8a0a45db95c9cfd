/**
 * One bad pack never breaks the others: a matcher over many packs that, when building or a query throws, finds
 * the packs that fail on their own, leaves them out, and goes on with the rest. Packs are validated on the way in;
 * this is the second line, for what validation cannot foresee (a stored pack from an older version, an engine bug
 * that one pack's content triggers).
 */
import type { Entry, SearchResult } from '../types';
import type { Matcher, MatcherOptions, PackInput, SearchOptions, ShortcutOptions } from './api';
import { createMatcher } from './matcher';
import { errorText } from '../error-text';

export interface PackFailure {
  packId: string;
  message: string;
  /**
   * Why the pack was left out: `search`, searching it threw (a corrected version is needed); `damaged`, the copy the
   * background stored is not even a pack and was never searched (the pack itself may be fine, imported again).
   */
  kind: 'search' | 'damaged';
  /** The version concerned, when the reporter knows it (a damaged stored copy). */
  version?: string;
}

export interface IsolatingMatcher extends Matcher {
  /** Packs left out so far, each once, in the order they failed. */
  readonly failures: readonly PackFailure[];
}

const idOf = (input: PackInput) => (typeof input?.pack?.meta?.id === 'string' ? input.pack.meta.id : '(a pack without an id)');

/** `onFailure` hears of each pack as it is left out (to switch it off and say so); `options` go to every matcher built. */
export function createIsolatingMatcher(
  inputs: readonly PackInput[],
  onFailure: (f: PackFailure) => void = () => undefined,
  options: MatcherOptions = {},
): IsolatingMatcher {
  let live = [...inputs];
  const failures: PackFailure[] = [];
  let inner: Matcher;

  /** Leaves out every pack for which `probe` throws on its own; returns whether any was. */
  const leaveOut = (probe: (m: Matcher) => unknown): boolean => {
    const before = live.length;
    live = live.filter((input) => {
      try {
        probe(createMatcher([input], options));
        return true;
      } catch (e) {
        const failure: PackFailure = { packId: idOf(input), message: errorText(e), kind: 'search' };
        failures.push(failure);
        onFailure(failure);
        return false;
      }
    });
    return live.length < before;
  };

  const build = () => {
    try {
      inner = createMatcher(live, options);
    } catch {
      leaveOut(() => undefined);
      inner = createMatcher(live, options);
    }
  };
  build();

  /** Runs `call`; if it throws, leaves out the packs that throw on it alone and runs it once more. */
  function guarded<T>(call: (m: Matcher) => T, empty: T): T {
    try {
      return call(inner);
    } catch (e) {
      if (!leaveOut(call)) {
        // No pack fails alone: the packs together do. The query is answered empty rather than with an error.
        if (!failures.some((f) => f.message === errorText(e))) failures.push({ packId: '', message: errorText(e), kind: 'search' });
        return empty;
      }
      build();
      try {
        return call(inner);
      } catch {
        return empty;
      }
    }
  }

  return {
    search: (text: string, options?: SearchOptions): SearchResult => guarded((m) => m.search(text, options), { suggestions: [], cues: [] }),
    prepare: () => guarded((m) => m.prepare?.() ?? true, true),
    warmUp: () => guarded((m) => m.warmUp?.() ?? true, true),
    byShortcut: (shortcut: string, options?: ShortcutOptions): Entry[] => guarded((m) => m.byShortcut(shortcut, options), []),
    entry: (packId: string, entryId: string) => guarded((m) => m.entry(packId, entryId), undefined),
    get size() {
      return inner.size;
    },
    get failures() {
      return failures;
    },
  };
}
