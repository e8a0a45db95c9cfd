/**
 * How many evaluation queries merely recall a trigger: the query contains a whole trigger of an entry it expects,
 * word for word after the engine's normalisation (accents, case, Greeklish and keyboard layout, light stemming:
 * the keys the matcher's word-for-word check compares). Such a query measures recall of the pack's wording, not
 * understanding; the evaluation sets keep them to at most half.
 */
import { readFileSync } from 'node:fs';
import { containsPhrase, messageKeys } from '../../knowledge/engine/exact-phrase';
import { looseKeys } from '../../knowledge/text/analyze';
import { tokenize } from '../../knowledge/text/fold';
import type { Entry } from '../../knowledge/types';

export interface EvalCase {
  text: string;
  expect: string[];
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = JSON.parse(l) as { text: string; expect: string | string[] };
      return { text: c.text, expect: Array.isArray(c.expect) ? c.expect : [c.expect] };
    });
}

/** The trigger of an expected entry that the query contains whole, if any. */
export function recalledTrigger(c: EvalCase, entries: ReadonlyMap<string, Entry>): string | undefined {
  // The matcher's own word-for-word check, here for one-word triggers too.
  const message = messageKeys(tokenize(c.text));
  for (const id of c.expect) {
    for (const trigger of entries.get(id)?.triggers ?? []) {
      const phrase = tokenize(trigger).map(looseKeys);
      if (phrase.length && containsPhrase(message, phrase)) return trigger;
    }
  }
  return undefined;
}

/** Share of cases that contain a whole trigger of an entry they expect. */
export function recallShare(cases: EvalCase[], entries: readonly Entry[]): { recalled: number; total: number; share: number } {
  const byId = new Map(entries.map((e) => [e.id, e] as const));
  const recalled = cases.filter((c) => recalledTrigger(c, byId) !== undefined).length;
  return { recalled, total: cases.length, share: cases.length ? recalled / cases.length : 0 };
}
