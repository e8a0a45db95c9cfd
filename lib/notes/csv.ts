import { interactionTimes } from '@/knowledge/qc/timing';
import { describeEvent, shownInTimeline } from './describe';
import { preparedNotes, type ExportOptions } from './export';
import type { Note, TimelineEntry } from './model';
import { sayNotes } from './strings';
import { sayTimeline } from './timeline-strings';
import { uiLang, type UiLang } from '@/lib/i18n';

/**
 * The CSV export for Excel: UTF-8 with BOM so Greek shows correctly, every cell quoted, CRLF rows; column names,
 * statuses and the timeline in the UI language, with the times QC measures (seed 002) as their own columns.
 */

/**
 * Excel opens a .csv with the system's list separator: ';' where the decimal mark is a comma (Greece), so a
 * comma-separated file put every row in column A for a Greek QC lead. The agent's UI language stands for that
 * setting («sep=;» would say it outright, but Excel then drops the BOM and garbles the Greek).
 */
export function csvSeparator(lang: UiLang = uiLang.value): ';' | ',' {
  return lang === 'el' ? ';' : ',';
}
const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time as Excel reads it: 2026-03-14 09:05. */
export function csvDate(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const timelineCell = (timeline: readonly TimelineEntry[]) =>
  [...timeline]
    .filter((e) => shownInTimeline(e.event))
    .sort((a, b) => a.at - b.at)
    .map((e) => `${csvDate(e.at)} ${describeEvent(e.event)}`)
    .join('\n');

/**
 * Quote every cell; a cell Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe
 * (spreadsheet formula injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  'interactionId',
  'site',
  'label',
  'url',
  'status',
  'customer',
  'followUpAt',
  'createdAt',
  'updatedAt',
  'customerAt',
  'firstResponseAt',
  'firstResponseMinutes',
  'firstResponseTarget',
  'resolvedAt',
  'completionMinutes',
  'completionTarget',
  'late',
  'text',
  'timeline',
] as const;

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

function lateCell(times: ReturnType<typeof interactionTimes>): string {
  const late = [times.firstResponseLate && sayTimeline('late.firstResponse'), times.completionLate && sayTimeline('late.completion')];
  return late.filter(Boolean).join(', ');
}

export async function exportCsv(notes: readonly Note[], options: ExportOptions = {}): Promise<string> {
  const separator = csvSeparator();
  const rows = (await preparedNotes(notes, options)).map((n) => {
    const times = interactionTimes(n);
    return [
      n.interactionId,
      n.site,
      n.label,
      n.url,
      sayNotes(`notes.status.${n.fields.status}`),
      n.fields.customer,
      csvDate(n.fields.followUpAt),
      csvDate(n.createdAt),
      csvDate(n.updatedAt),
      csvDate(times.startAt),
      csvDate(times.firstResponseAt),
      num(times.firstResponseMinutes),
      num(times.firstResponseTarget),
      csvDate(times.resolvedAt),
      num(times.completionMinutes),
      num(times.completionTarget),
      lateCell(times),
      n.fields.text,
      timelineCell(n.timeline),
    ]
      .map(csvCell)
      .join(separator);
  });
  const header = CSV_COLUMNS.map((c) => csvCell(c === 'late' ? sayTimeline('col.late') : sayTimeline(`col.${c}`)));
  return '\uFEFF' + [header.join(separator), ...rows].join('\r\n') + '\r\n';
}
