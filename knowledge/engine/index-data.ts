import type { InferOutput } from 'valibot';
import type { currentIndex } from '../pack/format';

/** The version of the matcher data; it changes with the terms (stemming, function words, word pairs and their key spaces). */
export const INDEX_VERSION = 8;

/** The serialisable matcher data stored in CompiledPack.index: declared with the pack format (knowledge/pack/format.ts). */
export type IndexData = InferOutput<typeof currentIndex>;

export function isIndexData(x: unknown, ids: string[]): x is IndexData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<IndexData>;
  return (
    d.v === INDEX_VERSION && Array.isArray(d.ids) && d.ids.length === ids.length &&
    d.ids.every((id, i) => id === ids[i]) && !!d.t && typeof d.t === 'object' && Array.isArray(d.s) &&
    Array.isArray(d.tr) && Array.isArray(d.dd)
  );
}

/**
 * Why a (well-typed) index cannot serve these entries, or undefined. Built for other entries (ids not the entries'
 * in order: a hand-edited file) it can be rebuilt; with the right ids but phrases missing or postings that point
 * outside the pack or go backwards it is corrupt. One pass over every postings string; the matcher trusts an
 * index that passes.
 */
export function indexProblem(data: IndexData, ids: readonly string[]): { problem: string; corrupt: boolean } | undefined {
  if (data.ids.length !== ids.length || data.ids.some((id, i) => id !== ids[i])) return { problem: 'its entry ids are not the entries of the pack', corrupt: false };
  if (data.tr.length !== ids.length) return { problem: 'it has phrases for a different number of entries', corrupt: true };
  if (data.dd.some((doc, i) => doc >= ids.length || (i > 0 && doc <= data.dd[i - 1]!))) return { problem: 'its entries that answer a death are not entries of the pack in order', corrupt: true };
  // for…in, not Object.entries: a 5,000-entry pack has some 50,000 terms, and a pair array for each costs.
  for (const term in data.t) {
    const problem = postingsProblem(data.t[term]!, ids.length);
    if (problem) return { problem: `the postings of ${JSON.stringify(term)} ${problem}`, corrupt: true };
  }
  return undefined;
}

const MAX_INT32 = 2 ** 31 - 1;

function postingsProblem(s: string, docs: number): string | undefined {
  let n = 0;
  let k = 0;
  let doc = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 44;
    if (c !== 44) {
      n = n * 36 + (c <= 57 ? c - 48 : c - 87);
      if (n > MAX_INT32) return 'hold a number that is too large';
      continue;
    }
    if (k % 2 === 0) {
      if (k > 0 && n === 0) return 'list a document twice';
      doc += n;
      if (doc >= docs) return `point to entry ${doc + 1} of ${docs}`;
    }
    k++;
    n = 0;
  }
  return k % 2 === 0 ? undefined : 'are not in pairs';
}
