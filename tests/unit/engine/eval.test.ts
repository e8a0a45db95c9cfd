/**
 * Relevance on the development set: top-1/top-3 minimums per kind of input, and a clear lead over a BM25
 * baseline (MiniSearch, same entries, same fields).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../knowledge/engine';
import { evalPack } from './eval-pack';
import { ALL, ENGLISH, GREEK, GREEKLISH, type Query, WRONG_LAYOUT } from './eval-queries';
import { miniSearchBaseline } from './baseline';

const pack = evalPack();
const matcher = createMatcher([{ pack, priority: 0 }]);
const baseline = miniSearchBaseline(pack.entries);

function rates(queries: Query[], rank: (q: string) => string[]) {
  let top1 = 0;
  let top3 = 0;
  for (const [q, expected] of queries) {
    const ids = rank(q);
    if (expected.includes(ids[0]!)) top1++;
    if (ids.slice(0, 3).some((id) => expected.includes(id))) top3++;
  }
  return { top1: top1 / queries.length, top3: top3 / queries.length };
}
const odigos = (q: string) => matcher.search(q, { limit: 3 }).suggestions.map((s) => s.entryId);

describe('relevance on the development set', () => {
  // Whole customer e-mails (50 words and more), where the topic hides among greetings and a life story.
  const LONG = ALL.filter(([q]) => q.split(/\s+/).length >= 50);

  it.each([
    ['Greek', GREEK, 0.85, 0.95],
    ['Greeklish', GREEKLISH, 0.85, 0.95],
    ['English', ENGLISH, 0.85, 0.95],
    ['wrong layout', WRONG_LAYOUT, 0.8, 0.9],
    ['long messages', LONG, 0.65, 0.9],
  ] as const)('%s: top-1 and top-3 minimums', (_, queries, min1, min3) => {
    const r = rates(queries, odigos);
    expect(r.top1).toBeGreaterThanOrEqual(min1);
    expect(r.top3).toBeGreaterThanOrEqual(min3);
  });

  it('beats BM25 (MiniSearch) by at least 7 points top-1 overall and on each kind of input', () => {
    expect(rates(ALL, odigos).top1).toBeGreaterThanOrEqual(rates(ALL, baseline).top1 + 0.07);
    for (const qs of [GREEK, GREEKLISH, WRONG_LAYOUT]) expect(rates(qs, odigos).top1).toBeGreaterThan(rates(qs, baseline).top1);
    expect(rates(ENGLISH, odigos).top1).toBeGreaterThanOrEqual(rates(ENGLISH, baseline).top1);
  });
});
