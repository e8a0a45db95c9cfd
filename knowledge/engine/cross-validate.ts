/**
 * Quality without a labelled set: k-fold cross-validation over each entry's own triggers. In fold f every entry
 * keeps the triggers i ≢ f (mod k); the held-out triggers are searched against that pack and should bring their own
 * entry back. Entries with a single trigger have nothing to hold out and are only competitors. The confusions say
 * which entry a trainer's wording brings up instead, most frequent first.
 */
import type { CompiledPack, Entry } from '../types';
import { buildIndex } from './build-index';
import { createMatcher } from './matcher';

/** What `got` holds when a held-out trigger brought up no entry at all. */
export const NO_ENTRY = '(nothing)';

export interface Confusion {
  expected: string;
  got: string;
  count: number;
  /** One held-out trigger that went wrong this way. */
  example: string;
}

export interface CrossValidation {
  k: number;
  /** Held-out triggers searched. */
  cases: number;
  top1: number;
  top3: number;
  confusions: Confusion[];
}

function foldPacks(packs: CompiledPack[], k: number, f: number): { packs: CompiledPack[]; held: Array<{ id: string; text: string }> } {
  const held: Array<{ id: string; text: string }> = [];
  const folded = packs.map((pack) => {
    const entries = pack.entries.map((e): Entry => {
      if (e.triggers.length < 2) return e;
      e.triggers.forEach((text, i) => i % k === f && held.push({ id: e.id, text }));
      return { ...e, triggers: e.triggers.filter((_, i) => i % k !== f) };
    });
    return { ...pack, entries, index: buildIndex(entries) };
  });
  return { packs: folded, held };
}

export function crossValidate(packs: CompiledPack[], k = 5): CrossValidation {
  let cases = 0;
  let top1 = 0;
  let top3 = 0;
  const confused = new Map<string, Confusion>();
  for (let f = 0; f < k; f++) {
    const fold = foldPacks(packs, k, f);
    const matcher = createMatcher(fold.packs.map((pack, i) => ({ pack, priority: i })));
    for (const { id, text } of fold.held) {
      const ids = matcher.search(text, { limit: 3 }).suggestions.map((s) => s.entryId);
      cases++;
      if (ids[0] === id) top1++;
      if (ids.includes(id)) top3++;
      if (ids[0] === id) continue;
      const got = ids[0] ?? NO_ENTRY;
      const key = `${id}\u0000${got}`;
      const c = confused.get(key);
      if (c) c.count++;
      else confused.set(key, { expected: id, got, count: 1, example: text });
    }
  }
  const confusions = [...confused.values()].sort((a, b) => b.count - a.count || (a.expected < b.expected ? -1 : 1));
  return { k, cases, top1: cases ? top1 / cases : 0, top3: cases ? top3 / cases : 0, confusions };
}
