// @vitest-environment node
/**
 * The report's charts as drawn (SVG text from ECharts in Node): what a QC lead reads in the call-backs chart, its
 * five statuses in the legend and a count on the axis.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../knowledge/cli/qc/charts';

/** Every text of the SVG with where it is drawn (its translate plus its own y). */
function texts(svg: string): { text: string; y: number }[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, text]) => {
    const [, , ty] = /translate\(([\d.]+) ([\d.]+)\)/.exec(attrs) ?? [];
    const own = /\sy="([\d.-]+)"/.exec(attrs)?.[1];
    return { text, y: Number(ty ?? 0) + Number(own ?? 0) };
  });
}

const STATUSES = ['Τηρήθηκαν', 'Με καθυστέρηση', 'Δεν έγιναν (έκλεισε)', 'Εκπρόθεσμες', 'Σε εκκρεμότητα'];
const AGENTS = ['Sarah Jones', 'Μαρία Οικονόμου', 'Γιώργος Παππάς'];

describe('the call-backs chart of a week', () => {
  const svg = chartSvg({
    title: 'Επανακλήσεις',
    horizontal: true,
    categories: AGENTS,
    series: STATUSES.map((name, i) => ({ name, stack: 'cb', data: [i === 3 ? 1 : 0, i === 0 || i === 3 ? 1 : 0, i === 0 ? 1 : 0] })),
  });
  const drawn = texts(svg);

  it('draws the legend’s second row above the plot, not over the first agent’s name', () => {
    const legendBottom = Math.max(...drawn.filter((t) => STATUSES.includes(t.text)).map((t) => t.y));
    const firstAgent = drawn.find((t) => t.text === 'Sarah Jones')!;
    expect(firstAgent.y - legendBottom).toBeGreaterThan(16);
  });

  it('counts call-backs in whole numbers on the axis (no «0.5» call-backs)', () => {
    const ticks = drawn.filter((t) => /^[\d.,]+$/.test(t.text)).map((t) => t.text);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.filter((t) => !/^\d+$/.test(t))).toEqual([]);
  });
});
