import type { Command } from '../command';
import { readReportOptions, REPORT_OPTIONS, tellLoad, writeReport } from '../qc/options';

export const qc: Command = {
  name: 'qc',
  summary: "quality-control report over agents' exports (times vs targets, adherence, call-backs, views)",
  usage: 'qc <exports…> -o report.html [--lang el|en] [--json] [--from D] [--to D] [--team T] [--pack-version V] [--tz Z]',
  description: [
    "Loads every agent's QC export (JSON Lines or Parquet from the notes page; older notes .json exports are",
    'migrated) into an embedded DuckDB and writes one self-contained HTML report with charts: first-response and',
    "completion times against each SOP's targets by SOP, agent and week; the SOP steps skipped most; escalations;",
    "call-backs promised, kept and overdue; customers' views by topic, verbatim; mood by week. --json gives the",
    'same figures as data. The SQL is in knowledge/cli/qc/sql (DuckDB dialect) for use on your own warehouse.',
    'A corrupt or truncated file is skipped with its name and line and counted; duplicate exports count once.',
  ].join('\n'),
  options: REPORT_OPTIONS,
  async run({ values, positionals, io }) {
    const opts = readReportOptions(values, positionals);
    // DuckDB (a native library) and the chart library load only for this command, not for every odigos run.
    const [{ openQc }, { qcFigures, qcHtml, QC_QUERIES }] = await Promise.all([import('../qc/db'), import('../qc/qc-report')]);
    const session = await openQc(opts.files, opts.filters, { events: 'none', queries: QC_QUERIES });
    try {
      tellLoad(session.load, io);
      const figures = await qcFigures(session, opts.filters);
      writeReport(opts.out, opts.json, figures, () => qcHtml(figures, opts.lang), io);
      return 0;
    } finally {
      session.close();
    }
  },
};
