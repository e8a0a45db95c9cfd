/**
 * Charts for the QC and insights reports: Apache ECharts rendered on the server to SVG text (no DOM, no canvas,
 * no animation), so the report shows them offline with no script. Node-only (the extension never loads this).
 */
import * as echarts from 'echarts';

const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#4b5563'];
const FONT = 'system-ui, "Segoe UI", "Noto Sans", Arial, sans-serif';

export interface Series {
  name: string;
  data: (number | null)[];
  /** Drawn as a line over bars (targets, shares). */
  line?: boolean;
  stack?: string;
  /** Words at the end of each bar («9 από 12»): what a share is of, which a bar alone does not say. */
  labels?: string[];
}

export interface ChartSpec {
  categories: string[];
  series: Series[];
  /** Category axis on the left, bars growing right (long labels such as SOP titles). */
  horizontal?: boolean;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
  /** Unit after the values on the axis ("min"). */
  unit?: string;
  width?: number;
  height?: number;
  /** A label naming the chart for screen readers. */
  title: string;
  /**
   * Name the series even when there is one: its bars are a kind the title does not name (the customers' mood: one
   * week of «Θυμός» only was a blue bar nobody could read), not the measure the title names.
   */
  legend?: boolean;
  /** Category labels of WIDE_LABEL_LETTERS (clip them with clipHead's `letters` so), the plot narrower. */
  wideLabels?: boolean;
}

const hasLegend = (spec: ChartSpec) => spec.legend === true || spec.series.length > 1;

/**
 * Category labels are cut here, by characters, not by ECharts' `overflow: 'truncate'`: rendered in Node there is no
 * canvas to measure with, and its stand-in counts every letter outside Latin-1 as a full em, so Greek titles were
 * cut at about 18 letters («Τηλέφωνο — μεταφορ...») where Latin ones of the same width kept 28. 30 letters of the
 * report's 12 px sans fit the 220 px left of a horizontal chart's axis (grid.left 230) in Greek and English alike.
 */
const LABEL_LETTERS = 30;
const clip = (s: string, n = LABEL_LETTERS) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A label whose end tells the rows apart («… · Βήμα 3»): the head is cut, the tail kept whole. Cut from the end,
 * eight steps of one SOP read «Αλλαγή ημερομηνίας παράδοσης …» eight times in the adherence chart.
 */
export const clipHead = (head: string, tail: string, letters = LABEL_LETTERS) => clip(head, Math.max(1, letters - tail.length)) + tail;

/**
 * Wide labels (ChartSpec.wideLabels): 46 letters left of the axis, in 330 px. The adherence bars' «· Βήματα 2–7»
 * left «Φώναξέ μου τον …» of an SOP's title in 30; a chart with a few short bars has the width to spare.
 */
export const WIDE_LABEL_LETTERS = 46;

const FONT_PX = 12;
const LEGEND_GAP = 24;
const LEGEND_ROW = 14;

/**
 * Rows the legend wraps into at this width, measured as ECharts measures with no canvas (a letter outside ASCII is
 * a full em; ASCII about 0.6 em here). The plot starts below them: with five call-back statuses the legend wrapped
 * to a second row that the plot did not allow for, and «Σε εκκρεμότητα» sat on the first agent's name.
 */
export function legendRows(names: readonly string[], width: number): number {
  const textWidth = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 127 ? 0.6 : 1) * FONT_PX, 0);
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const item = 25 + 5 + textWidth(name);
    if (x > 0 && x + item > width - 10) {
      rows += 1;
      x = 0;
    }
    x += item + LEGEND_GAP;
  }
  return rows;
}

/** Space above the plot for the legend: its rows and the gaps between them (36 px for one row, as before). */
const legendSpace = (spec: ChartSpec, width: number) =>
  hasLegend(spec) ? legendRows(spec.series.map((s) => s.name), width) * (LEGEND_ROW + LEGEND_GAP) - 2 : 16;

function option(spec: ChartSpec, width: number): echarts.EChartsCoreOption {
  const valueAxis = {
    type: 'value',
    // Counts (call-backs, interactions, times chosen) step by whole numbers: «0.5» call-backs read as a Greek
    // reader's 0,5 of a call-back, with the English decimal point.
    ...(spec.percent ? {} : { minInterval: 1 }),
    ...(spec.percent ? { max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } } : {}),
    ...(spec.unit ? { axisLabel: { formatter: `{value} ${spec.unit}` } } : {}),
    splitLine: { lineStyle: { color: '#e5e7eb' } },
  };
  const categoryAxis = {
    type: 'category',
    data: spec.categories.map((c) => clip(c, spec.wideLabels ? WIDE_LABEL_LETTERS : LABEL_LETTERS)),
    axisLabel: spec.horizontal ? {} : { rotate: spec.categories.length > 8 ? 30 : 0 },
    ...(spec.horizontal ? { inverse: true } : {}),
  };
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT, fontSize: 12 },
    aria: { enabled: true, label: { description: spec.title } },
    // The gap allows for the same missing canvas as LABEL_LETTERS: English series names measure narrower than they
    // draw, and at ECharts' 10 px the next entry's icon sat on the last letters ("…within targetO-Completion").
    legend: hasLegend(spec) ? { top: 0, type: 'plain', itemGap: LEGEND_GAP } : undefined,
    // Room right of the longest bar for its words.
    grid: { left: spec.horizontal ? (spec.wideLabels ? 330 : 230) : 56, right: spec.series.some((s) => s.labels) ? 96 : 24, top: legendSpace(spec, width), bottom: spec.horizontal ? 24 : 56 },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.line ? 'line' : 'bar',
      data: s.data,
      ...(s.stack ? { stack: s.stack } : {}),
      ...(s.line ? { symbolSize: 6 } : { barMaxWidth: 28 }),
      ...(s.labels ? { label: { show: true, position: 'right', color: '#111827', formatter: (p: { dataIndex: number }) => s.labels?.[p.dataIndex] ?? '' } } : {}),
    })),
  };
}

/** One chart as an `<svg>` element's text. */
export function chartSvg(spec: ChartSpec): string {
  const rows = spec.horizontal ? spec.categories.length : 0;
  const width = spec.width ?? 860;
  // A legend of more than one row takes its extra rows from above the plot, not from the bars.
  const extra = legendSpace(spec, width) - (hasLegend(spec) ? 36 : 16);
  const height = spec.height ?? (spec.horizontal ? Math.max(140, 40 + rows * 26) : 320) + extra;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option(spec, width));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
