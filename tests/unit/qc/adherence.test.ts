import { describe, expect, it } from 'vitest';
import { adherenceBars, MIN_SEEN } from '../../../knowledge/cli/qc/adherence';

const step = (sop: string, n: number, done: number, skipped: number) => ({ sop, pack_id: 'el-core', sop_id: sop, step: n, done, skipped, skipped_share: skipped / (done + skipped) });

describe('the adherence chart’s bars, as a QC lead reads them', () => {
  it('one bar for steps in a row of one SOP with the same counts; the most often skipped first, not the highest share', () => {
    const rows = [
      // Agents tick step 1 and none after it: six bars at 100 % were one fact.
      step('A', 1, 9, 0), ...[2, 3, 4, 5, 6, 7].map((n) => step('A', n, 0, 9)),
      // 5 of 5 (100 %) is skipped less often than 12 of 20 (60 %).
      step('B', 1, 5, 0), step('B', 2, 0, 5), step('B', 3, 0, 5),
      step('C', 1, 20, 0), step('C', 2, 8, 12), step('C', 3, 8, 12), step('C', 4, 10, 10),
    ];
    const { bars, never } = adherenceBars(rows);
    expect(bars.map((b) => [b.sop, b.from, b.to, b.skipped, b.seen])).toEqual([
      ['C', 2, 3, 12, 20],
      ['C', 4, 4, 10, 20],
      ['A', 2, 7, 9, 9],
      ['B', 2, 3, 5, 5],
    ]);
    expect(bars[0].share).toBeCloseTo(0.6);
    expect(never.map((b) => [b.sop, b.from, b.to])).toEqual([['A', 1, 1], ['B', 1, 1], ['C', 1, 1]]);
    // Counted one by one, as the folded lists say how many steps.
    expect(adherenceBars([step('A', 1, 9, 0), step('A', 2, 9, 0), step('A', 3, 3, 1), step('A', 4, 3, 1)]).few).toHaveLength(2);
  });

  it('counts apart the steps seen in fewer than MIN_SEEN interactions; a gap in the steps or another pack starts a new bar', () => {
    const rows = [step('D', 2, 0, MIN_SEEN - 1), step('E', 2, 1, 5), step('E', 4, 1, 5), { ...step('E', 3, 1, 5), pack_id: 'en-core' }];
    const { bars, few } = adherenceBars(rows);
    expect(few.map((b) => [b.sop, b.seen])).toEqual([['D', MIN_SEEN - 1]]);
    expect(bars.map((b) => [b.from, b.to])).toEqual([[2, 2], [3, 3], [4, 4]]);
  });
});
