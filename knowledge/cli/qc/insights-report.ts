/**
 * `odigos insights`: for trainers, what the pack does not answer (unanswered customer messages clustered by topic,
 * each with a suggested trigger list and the nearest existing entry), entries never suggested or never used,
 * templates agents rewrite after inserting them, and entries agents pick over the one ranked first.
 */
import { createMatcher, type Matcher } from '../../engine/index';
import { clusterMessages, type Topic } from '../../qc/cluster';
import type { CompiledPack } from '../../types';
import { chartSvg } from './charts';
import type { QcFilters, QcSession, Row } from './db';
import { esc, figure, foldedList, formatters, metaPair, page, section, table } from './html';
import type { LoadReport } from './load';
import { filtersText, generatedMeta, inputSection } from './qc-report';
import { reportCount, reportStrings, wordFor, type ReportLang } from './report-strings';

export interface TopicFigure extends Topic {
  nearest?: { entry: string; title: string; score: number };
}

export interface InsightFigures {
  load: LoadReport;
  filters: QcFilters;
  pack: { id: string; version: string; entries: number };
  /** `messages` counts every unanswered message; `clustered` how many of the newest the topics were drawn from. */
  unanswered: { messages: number; clustered: number; topics: TopicFigure[] };
  unused_entries: Row[];
  edits: Row[];
  confusable: Row[];
}

const MAX_TOPICS_SHOWN = 25;
/** The SQL files (./sql) the report runs: the load reads only the columns they name. */
export const INSIGHTS_QUERIES = ['unanswered', 'unused_entries', 'edits', 'confusable'] as const;

async function fillPackEntries(s: QcSession, pack: CompiledPack): Promise<void> {
  await s.db.run('CREATE TABLE pack_entries (entry VARCHAR, type VARCHAR, title VARCHAR)');
  const appender = await s.db.createAppender('pack_entries');
  for (const e of pack.entries) {
    appender.appendVarchar(`${pack.meta.id}/${e.id}`);
    appender.appendVarchar(e.type);
    appender.appendVarchar(e.title);
    appender.endRow();
  }
  appender.closeSync();
}

/** The entry of the pack closest to a topic: the matcher's best for the topic's words and first example. */
function nearestEntry(matcher: Matcher, topic: Topic): TopicFigure['nearest'] {
  const best = matcher.search(`${topic.triggers.join(' ')} ${topic.examples[0] ?? ''}`, { limit: 1 }).suggestions[0];
  return best ? { entry: `${best.packId}/${best.entryId}`, title: best.title, score: best.score } : undefined;
}

export async function insightFigures(s: QcSession, filters: QcFilters, pack: CompiledPack): Promise<InsightFigures> {
  await fillPackEntries(s, pack);
  const rows = await s.sql('unanswered');
  const texts = rows.map((r) => String(r.text));
  const matcher = createMatcher([{ pack, priority: 0 }]);
  const topics = clusterMessages(texts)
    .slice(0, MAX_TOPICS_SHOWN)
    .map((topic) => ({ ...topic, nearest: nearestEntry(matcher, topic) }));
  return {
    load: s.load,
    filters,
    pack: { id: pack.meta.id, version: pack.meta.version, entries: pack.entries.length },
    // All of them are counted; topics come from the newest (the SQL's limit) when there are more.
    unanswered: { messages: Number(rows[0]?.total ?? 0), clustered: texts.length, topics },
    unused_entries: await s.sql('unused_entries'),
    edits: await s.sql('edits'),
    confusable: await s.sql('confusable'),
  };
}

function topicsSection(fig: InsightFigures, t: ReturnType<typeof reportStrings>, f: ReturnType<typeof formatters>, lang: ReportLang): string {
  const topics = fig.unanswered.topics;
  const chart = chartSvg({
    title: t('ins.unanswered'),
    horizontal: true,
    categories: topics.map((x) => x.triggers.slice(0, 3).join(', ')),
    series: [{ name: t('col.n'), data: topics.map((x) => x.count) }],
  });
  const items = topics.map(
    (x) => `<div class="topic" data-topic-count="${x.count}"><h3>${esc(x.triggers.slice(0, 3).join(', '))} · ${esc(f.num(x.count))}</h3>
<p class="triggers">${esc(t('ins.triggers'))}: ${[...(x.phrase ? [x.phrase] : []), ...x.triggers].map((w) => `<code>${esc(w)}</code>`).join('')}</p>
<p>${esc(t('ins.nearest'))}: ${x.nearest ? `${esc(x.nearest.title)} <code>${esc(x.nearest.entry)}</code> (${esc(t('ins.score', { n: f.num(x.nearest.score) }))})` : esc(t('ins.noNearest'))}</p>
<p>${esc(t('ins.examples'))}:</p>${x.examples.map((e) => `<blockquote>${esc(e)}</blockquote>`).join('')}</div>`,
  );
  const body = topics.length ? figure(chart, t('ins.unanswered')) + items.join('\n') : `<p class="empty">${esc(t('empty'))}</p>`;
  const { messages, clustered } = fig.unanswered;
  const count = reportCount(lang)('ins.count', messages) + (clustered < messages ? ` ${t('ins.sampled', { n: f.num(clustered) })}` : '');
  return section('unanswered', t('ins.unanswered'), `<p>${esc(t('ins.unansweredHelp'))}</p><p class="count">${esc(count)}</p>${body}`);
}

/**
 * Entries suggested but never used (or used, never suggested) in a table; those neither suggested nor used — most
 * of the pack in a small week, ~200 rows of 0 and 0 — counted, their list folded away.
 */
function unusedSection(fig: InsightFigures, t: ReturnType<typeof reportStrings>, f: ReturnType<typeof formatters>, lang: ReportLang): string {
  const name = (r: Row) => `${f.text(r.title)} (${f.text(r.entry)})`;
  const idle = (r: Row) => Number(r.suggested) === 0 && Number(r.used) === 0;
  const some = fig.unused_entries.filter((r) => !idle(r));
  const neither = fig.unused_entries.filter(idle).map(name);
  const rows = table([{ label: t('ins.entry'), value: name }, { label: t('ins.type'), value: (r) => wordFor(lang, 'type', String(r.type)) }, { label: t('ins.suggested'), value: (r) => f.num(r.suggested), numeric: true }, { label: t('ins.used'), value: (r) => f.num(r.used), numeric: true }], some, t('empty'));
  // «No data» only when there is nothing at all: the folded list is data.
  return section('unused', t('ins.unused'), (some.length || !neither.length ? rows : '') + foldedList(reportCount(lang)('ins.neither', neither.length), neither, 'neither'));
}

export function insightsHtml(fig: InsightFigures, lang: ReportLang, now = new Date()): string {
  const t = reportStrings(lang);
  const f = formatters(lang);
  const edits = fig.edits;
  const editChart = chartSvg({ title: t('ins.edits'), horizontal: true, percent: true, categories: edits.map((r) => f.text(r.title ?? r.entry)), series: [{ name: t('ins.heavy'), data: edits.map((r) => r.heavy_share as number) }] });
  const conf = fig.confusable;
  const confChart = chartSvg({ title: t('ins.confusable'), horizontal: true, categories: conf.map((r) => `${f.text(r.ranked_first_title ?? r.ranked_first)} → ${f.text(r.chosen_title ?? r.chosen)}`), series: [{ name: t('ins.times'), data: conf.map((r) => r.times as number) }] });
  const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '—');
  const head = `<dl class="meta">${metaPair(t('ins.pack'), `${esc(fig.pack.id)} ${esc(fig.pack.version)}`)}${metaPair(t('meta.filters'), esc(filtersText(fig.filters, t('meta.none'))))}${generatedMeta(fig.filters, t, f, now)}</dl>`;
  return page(lang, t('insights.title'), head, [
    topicsSection(fig, t, f, lang),
    unusedSection(fig, t, f, lang),
    section('edits', t('ins.edits'), (edits.length ? figure(editChart, t('ins.edits')) : '') + table([{ label: t('ins.entry'), value: (r) => f.text(r.title ?? r.entry) }, { label: t('ins.replies'), value: (r) => f.num(r.replies), numeric: true }, { label: t('ins.similarity'), value: (r) => f.pct(r.similarity), numeric: true }, { label: t('ins.heavy'), value: (r) => f.pct(r.heavy_share), numeric: true }, { label: t('ins.added'), value: (r) => list(r.added) }, { label: t('ins.removed'), value: (r) => list(r.removed) }], edits, t('empty'))),
    section('confusable', t('ins.confusable'), (conf.length ? figure(confChart, t('ins.confusable')) : '') + table([{ label: t('ins.first'), value: (r) => f.text(r.ranked_first_title ?? r.ranked_first) }, { label: t('ins.chosen'), value: (r) => f.text(r.chosen_title ?? r.chosen) }, { label: t('ins.times'), value: (r) => f.num(r.times), numeric: true }], conf, t('empty'))),
    inputSection(fig.load, t, lang, fig.filters.timeZone),
  ]);
}
