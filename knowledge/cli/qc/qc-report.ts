/**
 * `odigos qc`: the QC team's figures over every agent's export (seed 002's response and completion targets,
 * seed 000's customer views, seed 003's call-backs), as data (--json) and as a self-contained HTML report.
 */
import { basename, dirname } from 'node:path';
import { adherenceBars, MIN_SEEN, type StepBar } from './adherence';
import { chartSvg, clipHead, WIDE_LABEL_LETTERS } from './charts';
import type { QcFilters, QcSession, Row } from './db';
import { askWords } from './ask-for';
import { esc, figure, foldedList, formatters, generatedAt, metaPair, page, section, table } from './html';
import type { LoadReport } from './load';
import { reportCount, reportStrings, skipWords, wordFor, type ReportKey, type ReportLang } from './report-strings';

export const QC_QUERIES = ['summary', 'response_by_week', 'response_by_sop', 'response_by_agent', 'adherence', 'escalations', 'callbacks', 'views', 'mood'] as const;
export type QcFigures = { load: LoadReport; filters: QcFilters } & Record<(typeof QC_QUERIES)[number], Row[]>;

export async function qcFigures(s: QcSession, filters: QcFilters): Promise<QcFigures> {
  const out = { load: s.load, filters } as QcFigures;
  for (const q of QC_QUERIES) out[q] = await s.sql(q);
  for (const q of ['response_by_agent', 'callbacks'] as const) out[q] = out[q].map(withFile(s.load));
  return out;
}

/**
 * An older notes export's agent has no name: the row says so (`agent` null) and which file stands for them
 * (`agent_file`), where the file's name stood as the agent's and read as one (SQL falls back to the id).
 */
const withFile = (load: LoadReport) => (r: Row): Row => {
  const unnamed = load.unnamed?.find((u) => u.agentId === r.agent_id);
  return unnamed && (r.agent === null || r.agent === undefined || r.agent === r.agent_id) ? { ...r, agent: null, agent_file: unnamed.file } : r;
};

/** The agent as the tables say them: the name, else «Εκπρόσωπος χωρίς όνομα (αρχείο …)», else the id. */
const agentOf = (t: T) => (r: Row): string => (r.agent_file ? t('agent.unnamed', { file: String(r.agent_file) }) : String(r.agent ?? r.agent_id));
/** The same in a chart's label, short enough not to be cut («Χωρίς όνομα (odigos-notes-2026-10-26)»). */
const chartAgentOf = (t: T) => (r: Row): string => (r.agent_file ? t('agent.unnamedShort', { file: String(r.agent_file).replace(/\.json$/i, '') }) : String(r.agent ?? r.agent_id));
const anyUnnamed = (rows: readonly Row[]) => rows.some((r) => r.agent_file);

type T = ReturnType<typeof reportStrings>;

/** What was read, migrated, de-duplicated and left out, each skipped file and line named. */
export function inputSection(load: LoadReport, t: T, lang: ReportLang, timeZone?: string): string {
  const c = reportCount(lang);
  const skip = skipWords(lang);
  // A cut file the whole one resent covers is said once, among the merges: not as skipped, «send it again».
  const covered = load.skipped.filter((s) => s.coveredBy);
  const skipped = load.skipped.filter((s) => !s.coveredBy).map(
    (s) => `<li><code>${esc(s.file)}${s.line ? `:${s.line}` : ''}</code>: ${esc(skip(s.code, s.values))}${s.line ? ` (${esc(t('input.line'))} ${s.line})` : ''}${s.askFor ? ` <span class="ask" data-ask>${esc(askWords(s.askFor, basename(s.file), lang, timeZone))}</span>` : ''}</li>`,
  );
  // Each file named as the skipped ones are; the file kept by its name alone when it lies in the same folder.
  const near = (file: string, into: string) => (dirname(into) === dirname(file) ? basename(into) : into);
  const merged = [
    ...covered.map((s) => `<li data-covered="${esc(s.file)}">${esc(t('input.covered', { file: s.file, into: near(s.file, s.coveredBy!) }))}</li>`),
    ...load.merged
      .filter((m) => !covered.some((s) => s.file === m.file))
      .map((m) => `<li data-merged="${m.n}">${esc(c('input.mergedInto', m.n, { file: m.file, into: near(m.file, m.into) }))}</li>`),
  ];
  const uncounted = load.leftOutUncounted ?? 0;
  const leftOut = `${c('input.leftOut', load.recordsLeftOut)}${uncounted ? c('input.leftOutUncounted', uncounted) : ''}.`;
  const migrated = load.migrated.map((m) => `<li>${esc(t('input.migrated', { file: m.file, from: t(`migrated.${m.code}`) }))}</li>`);
  return section(
    'input',
    t('input.title'),
    `<p>${esc(t('input.read', { files: c('input.files', load.files), rows: c('input.rows', load.rowsRead) }))} ${esc(c('input.duplicates', load.duplicates))} ` +
      `<strong data-left-out="${load.recordsLeftOut}" data-left-out-uncounted="${uncounted}">${esc(leftOut)}</strong></p>` +
      (migrated.length ? `<ul>${migrated.join('')}</ul>` : '') +
      (merged.length ? `<h3>${esc(t('input.merged'))}</h3><ul class="merged">${merged.join('')}</ul>` : '') +
      (skipped.length ? `<h3>${esc(t('input.skipped'))}</h3><ul class="skipped">${skipped.join('')}</ul>` : ''),
  );
}

/** Any interaction of the period carries the customer's views: the exports have them (policy did not omit them). */
const viewsRecorded = (summary: Row) => Number(summary.views_recorded ?? 0) > 0;

function summaryCards(s: Row, t: T, f: ReturnType<typeof formatters>): string {
  // A number keeps its unit on its line: «1 ώρα 30 λεπτά / 1» over «ημέρα» wrapped the 90th percentile apart.
  const card = (label: ReportKey, value: string, key: string) =>
    `<div class="card" data-figure="${key}"><div class="v">${esc(value.replace(/(\d) (?=\p{L})/gu, '$1\u00a0'))}</div><div class="l">${esc(t(label))}</div></div>`;
  const kept = Number(s.callbacks_kept ?? 0);
  const promised = Number(s.callbacks_promised ?? 0);
  return `<div class="cards">${[
    card('sum.firstResponse', `${f.minutes(s.first_response_p50)} / ${f.minutes(s.first_response_p90)}`, 'first-response'),
    card('sum.withinFirst', f.pct(s.first_response_within_target), 'first-response-within'),
    card('sum.completion', `${f.minutes(s.completion_p50)} / ${f.minutes(s.completion_p90)}`, 'completion'),
    card('sum.withinCompletion', f.pct(s.completion_within_target), 'completion-within'),
    card('sum.escalated', f.num(s.escalated), 'escalated'),
    card('sum.callbacks', `${kept} / ${promised}`, 'callbacks'),
    card('sum.unanswered', f.num(s.no_reply), 'unanswered'),
    card('sum.repeat', f.num(s.repeat_contacts), 'repeat-contacts'),
    // Not when the organisation leaves the views out of every export (policy qcExportOmit): none would count as missing.
    ...(viewsRecorded(s) ? [card('sum.views', `${f.num(s.views_recorded)} / ${f.num(s.interactions)}`, 'views-recorded')] : []),
  ].join('')}</div>`;
}

function timesSections(fig: QcFigures, t: T, f: ReturnType<typeof formatters>): string[] {
  const week = fig.response_by_week;
  const weekChart = chartSvg({
    title: t('sec.week'),
    categories: week.map((r) => f.day(r.week)),
    percent: true,
    series: [
      { name: t('series.firstWithin'), data: week.map((r) => r.first_response_within_target as number | null), line: true },
      { name: t('series.completionWithin'), data: week.map((r) => r.completion_within_target as number | null), line: true },
    ],
  });
  const sop = fig.response_by_sop;
  const sopChart = chartSvg({
    title: t('sec.sop'),
    horizontal: true,
    percent: true,
    categories: sop.map((r) => String(r.sop)),
    series: [
      { name: t('series.firstWithin'), data: sop.map((r) => r.first_response_within_target as number | null) },
      { name: t('series.completionWithin'), data: sop.map((r) => r.completion_within_target as number | null) },
    ],
  });
  const agents = fig.response_by_agent.slice(0, 25);
  const agentChart = chartSvg({
    title: t('sec.agent'),
    horizontal: true,
    percent: true,
    wideLabels: anyUnnamed(agents),
    categories: agents.map(chartAgentOf(t)),
    series: [{ name: t('series.firstWithin'), data: agents.map((r) => r.first_response_within_target as number | null) }],
  });
  const times = [
    { label: t('col.p50'), value: (r: Row) => f.minutes(r.first_response_p50), numeric: true },
    { label: t('col.p90'), value: (r: Row) => f.minutes(r.first_response_p90), numeric: true },
    { label: t('col.within'), value: (r: Row) => f.pct(r.first_response_within_target), numeric: true },
  ];
  // What each agent left missing, beside their times: no reply seen, no customer's view written.
  const missing = [
    { label: t('col.unanswered'), value: (r: Row) => f.num(r.no_reply), numeric: true },
    ...(viewsRecorded(fig.summary[0] ?? {}) ? [{ label: t('col.viewsMissing'), value: (r: Row) => f.num(r.views_missing), numeric: true }] : []),
  ];
  return [
    section('by-week', t('sec.week'), figure(weekChart, t('sec.week')) + table([{ label: t('col.week'), value: (r) => f.day(r.week) }, { label: t('col.n'), value: (r) => f.num(r.interactions), numeric: true }, ...times, { label: t('col.completion'), value: (r) => f.minutes(r.completion_p50), numeric: true }, { label: t('col.completionWithin'), value: (r) => f.pct(r.completion_within_target), numeric: true }], week, t('empty'))),
    section('by-sop', t('sec.sop'), figure(sopChart, t('sec.sop')) + table([{ label: t('col.sop'), value: (r) => f.text(r.sop) }, { label: t('col.n'), value: (r) => f.num(r.interactions), numeric: true }, { label: t('col.target'), value: (r) => f.minutes(r.first_response_target), numeric: true }, ...times, { label: t('col.completionTarget'), value: (r) => f.minutes(r.completion_target), numeric: true }, { label: t('col.completion'), value: (r) => f.minutes(r.completion_p50), numeric: true }, { label: t('col.completionWithin'), value: (r) => f.pct(r.completion_within_target), numeric: true }], sop, t('empty'))),
    section('by-agent', t('sec.agent'), figure(agentChart, t('sec.agent')) + table([{ label: t('col.agent'), value: agentOf(t) }, { label: t('col.team'), value: (r) => f.text(r.team) }, { label: t('col.n'), value: (r) => t('col.withTarget', { x: f.num(r.with_target), y: f.num(r.interactions) }) }, ...times, { label: t('col.completionWithin'), value: (r) => f.pct(r.completion_within_target), numeric: true }, ...missing], fig.response_by_agent, t('empty'))),
  ];
}

/** The adherence section (adherence.ts): the steps most often skipped, each bar «n από N», the rest counted apart. */
function adherenceSection(fig: QcFigures, t: T, f: ReturnType<typeof formatters>, lang: ReportLang): string {
  const c = reportCount(lang);
  const { bars, few, never } = adherenceBars(fig.adherence);
  const steps = (b: StepBar) => (b.from === b.to ? f.num(b.from) : `${f.num(b.from)}–${f.num(b.to)}`);
  const named = (b: StepBar) => `${b.sop} · ${b.from === b.to ? t('adh.step', { n: b.from }) : t('adh.steps', { from: b.from, to: b.to })}`;
  const shown = bars.slice(0, 15);
  const chart = chartSvg({
    title: t('sec.adherence'),
    horizontal: true,
    percent: true,
    wideLabels: true,
    categories: shown.map((b) => clipHead(b.sop, named(b).slice(b.sop.length), WIDE_LABEL_LETTERS)),
    series: [{ name: t('series.skipped'), data: shown.map((b) => b.share), labels: shown.map((b) => t('adh.ofSeen', { n: f.num(b.skipped), seen: f.num(b.seen) })) }],
  });
  const rows = bars.slice(0, 30) as unknown as Row[];
  const cells = [
    { label: t('col.sop'), value: (r: Row) => f.text(r.sop) },
    { label: t('col.step'), value: (r: Row) => steps(r as unknown as StepBar), numeric: true },
    { label: t('col.done'), value: (r: Row) => f.num(r.done), numeric: true },
    { label: t('col.skipped'), value: (r: Row) => f.num(r.skipped), numeric: true },
    { label: t('col.seen'), value: (r: Row) => f.num(r.seen), numeric: true },
    { label: t('col.skippedShare'), value: (r: Row) => f.pct(r.share), numeric: true },
  ];
  const body = bars.length || (!few.length && !never.length) ? `<p class="help">${esc(t('adh.help'))}</p>` + figure(chart, t('sec.adherence')) + table(cells, rows, t('empty')) : '';
  return section(
    'adherence',
    t('sec.adherence'),
    body + foldedList(c('adh.few', few.length, { k: MIN_SEEN }), few.map((b) => `${named(b)}: ${t('adh.ofSeen', { n: f.num(b.skipped), seen: f.num(b.seen) })}`), 'few-seen') +
      foldedList(c('adh.never', never.length), never.map(named), 'never-skipped'),
  );
}

function conductSections(fig: QcFigures, t: T, f: ReturnType<typeof formatters>, lang: ReportLang): string[] {
  const esc_ = fig.escalations;
  const escChart = chartSvg({ title: t('sec.escalations'), categories: esc_.map((r) => f.day(r.week)), series: [{ name: t('series.escalated'), data: esc_.map((r) => r.escalated as number) }] });
  const cb = fig.callbacks;
  const statuses = ['kept', 'late', 'missed', 'overdue', 'pending'] as const;
  const cbChart = chartSvg({
    title: t('sec.callbacks'),
    horizontal: true,
    wideLabels: anyUnnamed(cb.slice(0, 25)),
    categories: cb.slice(0, 25).map(chartAgentOf(t)),
    series: statuses.map((s) => ({ name: t(`col.${s}`), stack: 'cb', data: cb.slice(0, 25).map((r) => r[s] as number) })),
  });
  return [
    adherenceSection(fig, t, f, lang),
    section('escalations', t('sec.escalations'), figure(escChart, t('sec.escalations')) + table([{ label: t('col.week'), value: (r) => f.day(r.week) }, { label: t('col.escalated'), value: (r) => f.num(r.escalated), numeric: true }, { label: t('col.n'), value: (r) => f.num(r.interactions), numeric: true }, { label: t('col.share'), value: (r) => f.pct(r.share), numeric: true }], esc_, t('empty'))),
    section('callbacks', t('sec.callbacks'), figure(cbChart, t('sec.callbacks')) + table([{ label: t('col.agent'), value: agentOf(t) }, { label: t('col.promised'), value: (r) => f.num(r.promised), numeric: true }, ...statuses.map((s) => ({ label: t(`col.${s}`), value: (r: Row) => f.num(r[s]), numeric: true })), { label: t('col.keptShare'), value: (r) => f.pct(r.kept_share), numeric: true }], cb, t('empty'))),
  ];
}

/** How many views a topic has, and when not all are quoted, how many are («εδώ οι 5 πιο πρόσφατες»). */
function viewsCount(n: number, shown: number, t: T, lang: ReportLang): string {
  const c = reportCount(lang);
  return n > shown ? t('views.newest', { count: c('views.count', n), shown: c('views.shown', shown) }) : `${c('views.count', n)}.`;
}

function customerSections(fig: QcFigures, t: T, f: ReturnType<typeof formatters>, lang: ReportLang): string[] {
  const views = fig.views.length
    ? fig.views
        .map(
          (r) =>
            `<div class="topic" data-views="${Number(r.interactions)}"><h3>${esc(r.topic ? String(r.topic) : t('views.noSop'))}</h3>` +
            `<p>${esc(viewsCount(Number(r.interactions), (r.quotes as string[]).length, t, lang))}</p>` +
            `${(r.quotes as string[]).map((q) => `<blockquote>${esc(q)}</blockquote>`).join('')}</div>`,
        )
        .join('\n')
    : `<p class="empty">${esc(t('empty'))}</p>`;
  const weeks = [...new Set(fig.mood.map((r) => String(r.week)))];
  const cues = [...new Set(fig.mood.map((r) => String(r.cue)))];
  const moodChart = chartSvg({
    title: t('sec.mood'),
    legend: true,
    categories: weeks.map(f.day),
    series: cues.map((c) => ({
      name: wordFor(lang, 'cue', c),
      stack: 'mood',
      data: weeks.map((w) => (fig.mood.find((r) => r.week === w && r.cue === c)?.interactions as number) ?? 0),
    })),
  });
  // The counts in words too, as every other chart has them: the figure is one image to a screen reader.
  const moodTable = table([{ label: t('col.week'), value: (r) => f.day(r.week) }, { label: t('col.cue'), value: (r) => wordFor(lang, 'cue', String(r.cue)) }, { label: t('col.n'), value: (r) => f.num(r.interactions), numeric: true }], fig.mood, t('empty'));
  return [section('views', t('sec.views'), views), section('mood', t('sec.mood'), fig.mood.length ? figure(moodChart, t('sec.mood')) + moodTable : `<p class="empty">${esc(t('empty'))}</p>`)];
}

/** When the report was made and on which clock its days and weeks are counted (--tz). */
export function generatedMeta(filters: QcFilters, t: T, f: ReturnType<typeof formatters>, now: Date): string {
  const [day, time] = generatedAt(now, filters.timeZone).split(' ');
  // The zone beside the time, in one entry: as an entry of its own it wrapped apart from its label at 1366 px.
  const zone = `<span data-figure="time-zone" title="${esc(t('meta.timeZone'))}">${esc(filters.timeZone ?? 'UTC')}</span>`;
  return metaPair(t('meta.generated'), `${esc(`${f.day(day)} ${time}`)} (${zone})`);
}

export function filtersText(filters: QcFilters, none: string): string {
  const parts = [
    filters.from && `≥ ${filters.from}`,
    filters.to && `≤ ${filters.to}`,
    filters.teams?.length && filters.teams.join(', '),
    filters.packVersions?.length && filters.packVersions.join(', '),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : none;
}

export function qcHtml(fig: QcFigures, lang: ReportLang, now = new Date()): string {
  const t = reportStrings(lang);
  const f = formatters(lang);
  const s = fig.summary[0] ?? {};
  const head = `<dl class="meta">${[
    // No period without a day: «—», not «— – —».
    metaPair(t('meta.period'), s.first_day ? `${esc(f.day(s.first_day))} – ${esc(f.day(s.last_day))}` : esc(f.day(s.first_day))),
    metaPair(t('meta.interactions'), esc(f.num(s.interactions)), ' data-figure="interactions"'),
    metaPair(t('meta.agents'), esc(f.num(s.agents))),
    metaPair(t('meta.teams'), esc(f.num(s.teams))),
    metaPair(t('meta.filters'), esc(filtersText(fig.filters, t('meta.none')))),
    generatedMeta(fig.filters, t, f, now),
  ].join('')}</dl>`;
  const filters = filtersText(fig.filters, '');
  // No interaction: one line that says why, then what was read, not a page of dashes and blank charts.
  const none = `<p class="empty" data-empty="report">${esc(filters ? t('qc.noneFiltered', { filters }) : t('qc.none'))}</p>`;
  const body = Number(s.interactions)
    ? [section('summary', t('sec.summary'), summaryCards(s, t, f)), ...timesSections(fig, t, f), ...conductSections(fig, t, f, lang), ...customerSections(fig, t, f, lang)]
    : [section('summary', t('sec.summary'), none)];
  return page(lang, t('qc.title'), head, [...body, inputSection(fig.load, t, lang, fig.filters.timeZone)]);
}
