import { requiredString } from '../args';
import type { Command } from '../command';
import { loadPackOrFail } from '../inputs';
import { readReportOptions, REPORT_OPTIONS, tellLoad, writeReport } from '../qc/options';

export const insights: Command = {
  name: 'insights',
  summary: { el: 'τι δεν απαντά ένα πακέτο, από τις εξαγωγές των εκπροσώπων (για εκπαιδευτές)', en: "what a pack does not answer, from agents' exports (for trainers)" },
  usage: 'insights <exports…> --pack <src-dir|pack.json> -o insights.html [--lang el|en] [--json] [filters]',
  description: {
    el: [
      'Για εκπαιδευτές: τα μηνύματα πελατών για τα οποία καμία πρόταση δεν ξεπέρασε το όριο βεβαιότητας, ομαδοποιημένα ανά',
      'θέμα, με πλήθη, παραδείγματα, προτεινόμενες φράσεις πελάτη και την πλησιέστερη υπάρχουσα καταχώριση· καταχωρίσεις που',
      'δεν προτάθηκαν ή δεν χρησιμοποιήθηκαν ποτέ· πρότυπα που οι εκπρόσωποι αλλάζουν πολύ αφού τα εισαγάγουν (τι προσθέτουν',
      'και τι αφαιρούν)· ζεύγη που μπερδεύονται (ο εκπρόσωπος διάλεξε το Β ενώ πρώτο ήταν το Α). Ίδιες είσοδοι, φίλτρα και',
      '--json με το odigos qc.',
    ].join('\n'),
    en: [
    "For trainers: the customer messages no suggestion scored above the confidence line for, clustered by topic",
    'with counts, examples, a suggested trigger list and the nearest existing entry; entries never suggested or',
    'never used; templates agents change heavily after inserting them (what they add and remove); confusable',
    'pairs (the agent picked B when A ranked first). Same inputs, filters and --json as odigos qc.',
    ].join('\n'),
  },
  options: { pack: { type: 'string', arg: 'src-dir|pack.json', description: { el: 'το πακέτο για σύγκριση', en: 'the pack to compare with' } }, ...REPORT_OPTIONS },
  async run({ values, positionals, io }) {
    const opts = readReportOptions(values, positionals);
    const pack = loadPackOrFail(requiredString(values, 'pack', 'src-dir|pack.json'), io);
    // DuckDB (a native library) and the chart library load only for this command, not for every odigos run.
    const [{ openQc }, { insightFigures, insightsHtml, INSIGHTS_QUERIES }] = await Promise.all([import('../qc/db'), import('../qc/insights-report')]);
    const session = await openQc(opts.files, opts.filters, { events: 'insights', queries: INSIGHTS_QUERIES });
    try {
      tellLoad(session.load, io, opts.filters.timeZone);
      const figures = await insightFigures(session, opts.filters, pack);
      writeReport(opts.out, opts.json, figures, () => insightsHtml(figures, opts.lang), io);
      return 0;
    } finally {
      session.close();
    }
  },
};
