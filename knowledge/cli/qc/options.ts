/** The options `odigos qc` and `odigos insights` share: output, language, JSON, filters. */
import { writeFileSync } from 'node:fs';
import { flag, stringList, stringOption } from '../args';
import { CliFailure, UsageError, type CliIO, type OptionSpec, type OptionValues } from '../command';
import type { QcFilters } from './db';
import type { LoadReport } from './load';
import { reportCount, reportStrings, skipWords, type ReportLang } from './report-strings';
import { cliCount, cliSaid, cliStrings } from '../cli-lang';
import { askWords } from './ask-for';

export const REPORT_OPTIONS: Record<string, OptionSpec> = {
  out: { type: 'string', short: 'o', arg: 'report.html', description: { el: 'γράφει την αναφορά HTML σε αυτό το αρχείο', en: 'write the HTML report to this file' } },
  json: { type: 'boolean', description: { el: 'τυπώνει τα ίδια στοιχεία ως JSON στην τυπική έξοδο (με ή χωρίς -o)', en: 'print the same figures as JSON on stdout (with or without -o)' } },
  lang: { type: 'string', arg: 'el|en', description: { el: 'η γλώσσα της αναφοράς και των μηνυμάτων (αλλιώς el)', en: 'language of the report (default el)' } },
  from: { type: 'string', arg: 'YYYY-MM-DD', description: { el: 'πρώτη ημέρα (το πρώτο μήνυμα του πελάτη)', en: "first day (the customer's first message)" } },
  to: { type: 'string', arg: 'YYYY-MM-DD', description: { el: 'τελευταία ημέρα, μαζί με αυτήν', en: 'last day, inclusive' } },
  tz: { type: 'string', arg: 'Europe/Athens', description: { el: 'η ζώνη ώρας της ομάδας ποιοτικού ελέγχου για ημέρες και εβδομάδες (αλλιώς αυτού του υπολογιστή)', en: "the QC team's time zone for days and weeks (default: this machine's)" } },
  team: { type: 'string', multiple: true, arg: 'team', description: { el: 'μόνο αυτή η ομάδα', en: 'only this team' } },
  'pack-version': { type: 'string', multiple: true, arg: '[pack@]version', description: { el: 'μόνο αλληλεπιδράσεις των οποίων η πρώτη διαδικασία ήρθε από αυτή την έκδοση πακέτου', en: 'only interactions whose first SOP came from this pack version' } },
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readReportOptions(values: OptionValues, positionals: string[]) {
  if (!positionals.length) throw new UsageError(cliSaid('qc.noExports'));
  const lang = stringOption(values, 'lang') ?? 'el';
  if (lang !== 'el' && lang !== 'en') throw new UsageError(cliSaid('main.lang', { value: lang }));
  const out = stringOption(values, 'out');
  const json = flag(values, 'json');
  if (!out && !json) throw new UsageError(cliSaid('qc.noOut'));
  const filters: QcFilters = { teams: stringList(values, 'team'), packVersions: stringList(values, 'pack-version') };
  for (const k of ['from', 'to'] as const) {
    const v = stringOption(values, k);
    if (v !== undefined && !DAY.test(v)) throw new UsageError(cliSaid('qc.day', { name: k, value: v }));
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
    throw new UsageError(cliSaid('qc.tz', { value: tz }));
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
    const why = code === 'EISDIR' ? cliSaid('qc.folderOut') : (code ?? (e as Error).message);
    throw new CliFailure(cliSaid('qc.cannotWrite', { out, why }));
  }
}

/**
 * One line on stderr per skipped input, then the totals: what the report left out is never silent. In Greek each
 * reason is said from its code with the report's own words (report-strings.ts), as the report lists them; in
 * English the reason is the load's words, as they always were (--json keeps those whatever the language).
 */
export function tellLoad(load: LoadReport, io: CliIO, timeZone?: string): void {
  const lang = io.lang ?? 'en';
  const say = cliStrings(lang);
  const words = reportStrings(lang);
  const counted = reportCount(lang);
  const n = cliCount(lang);
  const skip = skipWords(lang);
  for (const s of load.skipped) {
    if (s.coveredBy) continue;
    const reason = lang === 'en' ? s.reason : skip(s.code, s.values);
    io.err(say('qc.skipped', { file: `${s.file}${s.line ? `:${s.line}` : ''}`, reason }));
    if (s.askFor) io.err(`  ${askWords(s.askFor, s.file, lang, timeZone)}`);
  }
  // A cut file the resent whole one covers: one line, that nothing of it is missing (not «skipped … send it again»).
  for (const s of load.skipped) if (s.coveredBy) io.err(words('input.covered', { file: s.file, into: s.coveredBy }));
  for (const m of load.merged) if (!load.skipped.some((s) => s.coveredBy && s.file === m.file)) io.err(counted('input.mergedInto', m.n, { file: m.file, into: m.into }));
  for (const m of load.migrated) io.err(say('qc.migrated', { file: m.file, from: lang === 'en' ? m.from : words(`migrated.${m.code}`) }));
  // Before the totals, which stay the last line as they always were (scripts read it).
  if (load.leftOutUncounted) io.err(n('qcLeftOutUncounted', load.leftOutUncounted));
  if (load.recordsLeftOut || load.duplicates || load.leftOutUncounted) io.err(say('qc.leftOut', { records: n('qcLeftOut', load.recordsLeftOut), duplicates: n('qcDuplicates', load.duplicates) }));
}
