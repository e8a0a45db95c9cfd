/**
 * A self-contained HTML report: one file, its styles inline, charts as inline SVG, no script and no network, so
 * it opens offline and can be mailed or archived as it is. Every value from the data is escaped.
 */
import { durationWords } from '../../text/duration-words';
import type { ReportLang } from './report-strings';

export const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface Cell {
  label: string;
  value(row: Record<string, unknown>): string;
  numeric?: boolean;
}

export function formatters(lang: ReportLang) {
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return {
    pct: (v: unknown) => (isNum(v) ? pct.format(v) : '—'),
    num: (v: unknown) => (isNum(v) ? num.format(v) : '—'),
    minutes: (v: unknown) => (isNum(v) ? durationWords(v, lang) : '—'),
    text: (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v)),
    /** A day as the report's readers write it: «23/11/2026» in Greek (the SQL gives 2026-11-23); unchanged in English. */
    day: (v: unknown): string => {
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      if (!m) return v === null || v === undefined || v === '' ? '—' : String(v);
      return lang === 'el' ? `${m[3]}/${m[2]}/${m[1]}` : m[0];
    },
  };
}

/** When the report was made, on the QC team's clock (the zone named beside it): "2026-12-06 02:50". */
export function generatedAt(now: Date, timeZone: string | undefined): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function table(cells: Cell[], rows: Record<string, unknown>[], empty: string): string {
  if (!rows.length) return `<p class="empty">${esc(empty)}</p>`;
  const head = cells.map((c) => `<th scope="col"${c.numeric ? ' class="n"' : ''}>${esc(c.label)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${cells.map((c) => `<td${c.numeric ? ' class="n"' : ''}>${esc(c.value(r))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * Rows with nothing to act on (a step never skipped, an entry never suggested nor used), summarised: their count,
 * and the list folded away. A small week listed ~200 of them as 0 rows, burying the few that matter.
 */
export function foldedList(summary: string, items: string[], key: string): string {
  if (!items.length) return '';
  return `<details class="folded" data-folded="${esc(key)}" data-count="${items.length}"><summary>${esc(summary)}</summary><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></details>`;
}

/** A section; `html` is already built from escaped parts. */
export function section(id: string, title: string, html: string): string {
  return `<section id="${esc(id)}" aria-labelledby="${esc(id)}-h"><h2 id="${esc(id)}-h">${esc(title)}</h2>\n${html}\n</section>`;
}

/** An SVG chart in a figure, labelled for screen readers (the SVG text comes from the chart library). */
export function figure(svg: string, caption: string): string {
  return `<figure class="chart" role="img" aria-label="${esc(caption)}">${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/**
 * Print (a QC lead prints the report for the team meeting): the wide tables scrolled sideways on screen, and on
 * paper their last columns were lost; printed, they are set smaller and never scroll, and no chart, card, quote
 * or row is split across pages. In a narrow window (a phone, the report beside the helpdesk) a chart shrunk to the
 * width drew its 12 px labels 4 px high: there it keeps its size and scrolls sideways, as the tables do.
 */
const CSS = `
:root{color-scheme:light;--ink:#111827;--muted:#4b5563;--line:#e5e7eb;--accent:#2563eb;--warn:#b91c1c}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,"Segoe UI","Noto Sans",Arial,sans-serif;color:var(--ink);background:#f9fafb}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:24px 32px}h1{margin:0 0 8px;font-size:26px}
main{max-width:1100px;margin:0 auto;padding:8px 32px 48px}section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
h2{font-size:19px;margin:0 0 12px}h3{font-size:16px;margin:16px 0 6px}dl.meta{display:flex;flex-wrap:wrap;gap:4px 32px;margin:0}dl.meta>div{display:flex;gap:8px}dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}.card{border:1px solid var(--line);border-radius:8px;padding:12px}.card .v{font-size:22px;font-weight:700}.card .l{color:var(--muted);font-size:13px}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:#f3f4f6}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
figure.chart{margin:8px 0 16px}figure.chart svg{max-width:100%;height:auto}figcaption{color:var(--muted);font-size:13px}
.empty,.help{color:var(--muted)}.help{font-size:13px;margin:0 0 8px}.skipped li{color:var(--warn)}.skipped .ask{display:block;color:var(--ink);font-weight:600}blockquote{margin:4px 0;padding:4px 12px;border-left:3px solid var(--accent);background:#f8fafc}
details.folded{margin:8px 0}details.folded summary{cursor:pointer;color:var(--muted)}details.folded ul{columns:2 280px;margin:6px 0}
.topic{border-top:1px solid var(--line);padding-top:8px;margin-top:12px}.triggers code{background:#eef2ff;border-radius:4px;padding:1px 6px;margin-right:4px}
@media screen and (max-width:700px){figure.chart{overflow-x:auto}figure.chart svg{max-width:none}main{padding:8px 12px 40px}header.top{padding:16px 12px}section{padding:12px}}
@media print{body{background:#fff;font-size:12px}header.top{padding:0 0 8px}main{max-width:none;padding:0}section{border:0;padding:0;margin:12px 0}
.table{overflow:visible}table{font-size:10.5px}th,td{padding:3px 4px}figure.chart,.card,blockquote,tr{break-inside:avoid}h2,h3{break-after:avoid}}
`;

/**
 * One label and its value in the report's heading line, kept together: as separate items of the wrapping line,
 * «Δημιουργήθηκε» ended the first line at 1366 px and its date began the second, under «Περίοδος».
 */
export const metaPair = (label: string, valueHtml: string, attrs = '') => `<div><dt>${esc(label)}</dt><dd${attrs}>${valueHtml}</dd></div>`;

export function page(lang: ReportLang, title: string, head: string, sections: string[]): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(title)}</h1>${head}</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
