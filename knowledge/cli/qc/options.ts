/** The options `odigos qc` and `odigos insights` share: output, language, JSON, filters. */
import { writeFileSync } from 'node:fs';
import { flag, stringList, stringOption } from '../args';
import { CliFailure, UsageError, type CliIO, type OptionSpec, type OptionValues } from '../command';
import type { QcFilters } from './db';
import type { LoadReport } from './load';
import type { ReportLang } from './report-strings';

export const REPORT_OPTIONS: Record<string, OptionSpec> = {
  out: { type: 'string', short: 'o', arg: 'report.html', description: 'write the HTML report to this file' },
  json: { type: 'boolean', description: 'print the same figures as JSON on stdout (with or without -o)' },
  lang: { type: 'string', arg: 'el|en', description: 'language of the report (default el)' },
  from: { type: 'string', arg: 'YYYY-MM-DD', description: "first day (the customer's first message)" },
  to: { type: 'string', arg: 'YYYY-MM-DD', description: 'last day, inclusive' },
  tz: { type: 'string', arg: 'Europe/Athens', description: "the QC team's time zone for days and weeks (default: this machine's)" },
  team: { type: 'string', multiple: true, arg: 'team', description: 'only this team' },
  'pack-version': { type: 'string', multiple: true, arg: '[pack@]version', description: 'only interactions whose first SOP came from this pack version' },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readReportOptions(values: OptionValues, positionals: string[]) {
  if (!positionals.length) throw new UsageError('missing <exports…> (the agents\' QC exports: .jsonl, .parquet, or older notes .json)');
  const lang = stringOption(values, 'lang') ?? 'el';
  if (lang !== 'el' && lang !== 'en') throw new UsageError(`--lang must be el or en, not "${lang}"`);
  const out = stringOption(values, 'out');
  const json = flag(values, 'json');
  if (!out && !json) throw new UsageError('missing -o <report.html> (or --json for the figures as data)');
  const filters: QcFilters = { teams: stringList(values, 'team'), packVersions: stringList(values, 'pack-version') };
  for (const k of ['from', 'to'] as const) {
    const v = stringOption(values, k);
    if (v !== undefined && !DAY.test(v)) throw new UsageError(`--${k} must be a day like 2026-03-01, not "${v}"`);
    if (v) filters[k] = v;
  }
  filters.timeZone = timeZoneOption(stringOption(values, 'tz'));
  return { files: positionals, lang: lang as ReportLang, out, json, filters };
}

/** An IANA time zone Node knows (as the report's clock), else the machine's own. */
function timeZoneOption(tz: string | undefined): string {
  if (tz === undefined) return Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--tz must be a time zone like Europe/Athens, not "${tz}"`);
  }
}

/** Writes the HTML report to -o and the JSON figures to stdout, as asked; a folder or unwritable path fails with the fix. */
export function writeReport(out: string | undefined, json: boolean, figures: unknown, html: () => string, io: CliIO): void {
  if (json) io.out(JSON.stringify(figures, null, 2));
  if (!out) return;
  try {
    writeFileSync(out, html());
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliFailure(`${out}: cannot write the report (${code === 'EISDIR' ? '-o needs a file name, not a folder' : (code ?? (e as Error).message)})`);
  }
}

/** One line on stderr per skipped input, then the totals: what the report left out is never silent. */
export function tellLoad(load: LoadReport, io: CliIO): void {
  for (const s of load.skipped) io.err(`skipped ${s.file}${s.line ? `:${s.line}` : ''}: ${s.reason}`);
  for (const m of load.migrated) io.err(`migrated ${m.file}: ${m.from}`);
  if (load.recordsLeftOut || load.duplicates) {
    io.err(`${load.recordsLeftOut} records left out; ${load.duplicates} interactions from duplicate or overlapping exports counted once`);
  }
}
