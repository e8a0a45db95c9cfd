import type { Command } from '../command';
import { readReportOptions, REPORT_OPTIONS, tellLoad, writeReport } from '../qc/options';

export const qc: Command = {
  name: 'qc',
  summary: { el: 'αναφορά ποιοτικού ελέγχου από τις εξαγωγές των εκπροσώπων (χρόνοι και στόχοι, τήρηση, επανακλήσεις, απόψεις)', en: "quality-control report over agents' exports (times vs targets, adherence, call-backs, views)" },
  usage: 'qc <exports…> -o report.html [--lang el|en] [--json] [--from D] [--to D] [--team T] [--pack-version V] [--tz Z]',
  description: {
    el: [
      'Φορτώνει την εξαγωγή ποιοτικού ελέγχου κάθε εκπροσώπου (JSON Lines ή Parquet από τη σελίδα σημειώσεων· τα παλαιότερα',
      '.json σημειώσεων μετατρέπονται) σε ενσωματωμένη DuckDB και γράφει μία αυτοτελή αναφορά HTML με γραφήματα: χρόνοι πρώτης',
      'απάντησης και ολοκλήρωσης σε σχέση με τους στόχους κάθε διαδικασίας, ανά διαδικασία, εκπρόσωπο και εβδομάδα· τα βήματα',
      'που παραλείπονται συχνότερα· κλιμακώσεις· επανακλήσεις που υποσχέθηκαν, τηρήθηκαν ή καθυστερούν· οι απόψεις των πελατών',
      'ανά θέμα, αυτολεξεί· η διάθεση ανά εβδομάδα. Το --json δίνει τα ίδια στοιχεία ως δεδομένα. Η SQL βρίσκεται στο',
      'knowledge/cli/qc/sql (διάλεκτος DuckDB) για χρήση στη δική σας αποθήκη δεδομένων. Ένα κατεστραμμένο ή κομμένο αρχείο',
      'παραλείπεται με το όνομα και τη γραμμή του και μετριέται· οι διπλές εξαγωγές μετρούν μία φορά.',
    ].join('\n'),
    en: [
    "Loads every agent's QC export (JSON Lines or Parquet from the notes page; older notes .json exports are",
    'migrated) into an embedded DuckDB and writes one self-contained HTML report with charts: first-response and',
    "completion times against each SOP's targets by SOP, agent and week; the SOP steps skipped most; escalations;",
    "call-backs promised, kept and overdue; customers' views by topic, verbatim; mood by week. --json gives the",
    'same figures as data. The SQL is in knowledge/cli/qc/sql (DuckDB dialect) for use on your own warehouse.',
    'A corrupt or truncated file is skipped with its name and line and counted; duplicate exports count once.',
    ].join('\n'),
  },
  options: REPORT_OPTIONS,
  async run({ values, positionals, io }) {
    const opts = readReportOptions(values, positionals);
    // DuckDB (a native library) and the chart library load only for this command, not for every odigos run.
    const [{ openQc }, { qcFigures, qcHtml, QC_QUERIES }] = await Promise.all([import('../qc/db'), import('../qc/qc-report')]);
    const session = await openQc(opts.files, opts.filters, { events: 'none', queries: QC_QUERIES });
    try {
      tellLoad(session.load, io, opts.filters.timeZone);
      const figures = await qcFigures(session, opts.filters);
      writeReport(opts.out, opts.json, figures, () => qcHtml(figures, opts.lang), io);
      return 0;
    } finally {
      session.close();
    }
  },
};
