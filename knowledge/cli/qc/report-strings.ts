import { CUE_NAMES } from '../../text/cue-names';
import { fill } from '../../text/fill';

/** The reports' words, Greek and English side by side (chosen with --lang). */
export type ReportLang = 'el' | 'en';

const STRINGS = {
  'qc.title': { el: 'Ποιοτικός έλεγχος εξυπηρέτησης', en: 'Customer service quality control' },
  'insights.title': { el: 'Τι δεν απαντά η γνώση: ευρήματα για εκπαιδευτές', en: 'What the pack does not answer: insights for trainers' },
  'meta.period': { el: 'Περίοδος', en: 'Period' },
  'meta.interactions': { el: 'Αλληλεπιδράσεις', en: 'Interactions' },
  'meta.agents': { el: 'Εκπρόσωποι', en: 'Agents' },
  'meta.teams': { el: 'Ομάδες', en: 'Teams' },
  'meta.filters': { el: 'Φίλτρα', en: 'Filters' },
  'meta.none': { el: 'κανένα', en: 'none' },
  'meta.generated': { el: 'Δημιουργήθηκε', en: 'Generated' },
  'meta.timeZone': { el: 'Ζώνη ώρας', en: 'Time zone' },
  'input.title': { el: 'Αρχεία εισόδου', en: 'Input files' },
  /** Label, then number, as the lines after it: «1 αρχεία» was what one agent's export gave. */
  'input.read': { el: 'Διαβάστηκαν αρχεία: {files}, εγγραφές: {rows}.', en: 'Files read: {files}, records: {rows}.' },
  'input.leftOut': { el: 'Εγγραφές που έμειναν εκτός: {n}.', en: 'Records left out: {n}.' },
  'input.duplicates': { el: 'Αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές, μετρημένες μία φορά: {n}.', en: 'Interactions from duplicate or overlapping exports, counted once: {n}.' },
  /**
   * What was merged, file by file: a cut export sent again whole was counted twice, and the lead could not tell
   * which files had been counted as one. Label, then number, as «input.duplicates».
   */
  'input.merged': { el: 'Συγχωνεύτηκαν', en: 'Merged' },
  'input.mergedInto': {
    el: '{file}: αλληλεπιδράσεις που υπάρχουν και στο {into}, μετρημένες μία φορά από το πληρέστερο αντίγραφο: {n}',
    en: '{file}: interactions also in {into}, counted once from the most complete copy: {n}',
  },
  /**
   * A cut file whose every record, and what its cut lost, the file resent whole holds (load.ts coverCuts): said once,
   * here, instead of «ζητήστε … ξανά» under «Παραλείφθηκαν» below a line saying it was counted from the whole file.
   */
  'input.covered': {
    el: '{file}: είχε κοπεί, αλλά στάλθηκε ξανά ολόκληρο ως {into}, που περιέχει όλες τις εγγραφές του και όσες έλειπαν μετά το σημείο όπου κόπηκε· μετρήθηκαν από εκεί, μία φορά. Δεν χρειάζεται να ζητήσετε ξανά την εξαγωγή.',
    en: '{file}: was cut short, but sent again whole as {into}, which holds all its records and those missing after the cut; they were counted from there, once. No need to ask for the export again.',
  },
  /** Files skipped whole whose records nobody can count (a cut Parquet file): «0» alone read as nothing lost. */
  'input.leftOutUncounted': {
    el: 'Εγγραφές που έμειναν εκτός: {n}, και όσες είχαν τα αρχεία που δεν διαβάζονται (άγνωστος αριθμός· αρχεία: {files}).',
    en: 'Records left out: {n}, and those of the files that cannot be read (number unknown; files: {files}).',
  },
  'input.migrated': { el: 'Παλαιότερη μορφή, μετατράπηκε: {file} ({from})', en: 'Older format, migrated: {file} ({from})' },
  'input.skipped': { el: 'Παραλείφθηκαν', en: 'Skipped' },
  'input.line': { el: 'γραμμή', en: 'line' },
  /** What was wrong with each skipped line or file (load.ts SkipCode): the English words of standard error stood in a Greek report. */
  'skip.cut-short': {
    el: 'το αρχείο κόβεται μέσα σε αυτή την εγγραφή: η εξαγωγή είναι ελλιπής και ό,τι ακολουθούσε λείπει· ζητήστε από τον εκπρόσωπο να τη στείλει ξανά',
    en: 'cut short (the file ends inside this record): the export is incomplete and whatever followed is missing; ask the agent to send it again',
  },
  'skip.invalid-json': { el: 'η γραμμή δεν είναι έγκυρο JSON, ίσως αλλοιώθηκε', en: 'invalid JSON ({error})' },
  'skip.not-record': { el: 'δεν είναι εγγραφή (αντικείμενο JSON)', en: 'not a record' },
  'skip.other-format': { el: 'δεν είναι εγγραφή ποιοτικού ελέγχου του Odigos (μορφή «{format}»)', en: 'not an Odigos QC record (format "{format}")' },
  'skip.no-version': { el: 'δεν γράφει έκδοση σχήματος (v)', en: 'no schema version (v)' },
  'skip.newer-schema': {
    el: 'γράφτηκε με την έκδοση {v} του σχήματος, νεότερη από όσες διαβάζει αυτό το odigos (έως {max}): ενημερώστε το odigos',
    en: 'schema version {v} is newer than this odigos reads ({max}): update odigos',
  },
  'skip.no-type': { el: 'δεν λέει αν είναι αλληλεπίδραση ή συμβάν (type)', en: 'no type (interaction or event)' },
  'skip.no-ids': { el: 'λείπει το agent_id, το interaction_id ή το export_id', en: 'no agent_id, interaction_id or export_id' },
  'skip.bad-value': { el: 'η τιμή της στήλης {column} δεν είναι του τύπου της ({type}): {value}', en: '{column} is not a {type}: {value}' },
  'skip.more-lines': { el: 'και άλλες λανθασμένες γραμμές: {n}', en: 'and {n} more bad lines' },
  'skip.newer-schema-file': {
    el: 'γράφτηκε με την έκδοση {v} του σχήματος ποιοτικού ελέγχου· αυτό το odigos διαβάζει έως την {max}: ενημερώστε το odigos',
    en: 'written with QC schema version {v}; this odigos reads up to {max}: update odigos',
  },
  'skip.parquet-unreadable': { el: 'δεν διαβάζεται ως Parquet, ίσως κόπηκε ή αλλοιώθηκε', en: 'cannot be read as Parquet ({error})' },
  /** A Parquet file's footer (schema, where its rows lie) is written last: cut before it, no row of it can be read. */
  'skip.parquet-cut': {
    el: 'το αρχείο Parquet κόβεται πριν από το τέλος του, όπου γράφεται η δομή του και πού βρίσκονται οι εγγραφές του· γι’ αυτό δεν διαβάζεται καμία εγγραφή του: ζητήστε από τον εκπρόσωπο να στείλει ξανά την εξαγωγή',
    en: 'the Parquet file is cut short before its end, where its structure and the place of its records are written, so none of its records can be read: ask the agent to send the export again',
  },
  'skip.parquet-not-qc': {
    el: 'αρχείο Parquet, αλλά όχι εξαγωγή ποιοτικού ελέγχου του Odigos (λείπουν οι στήλες format και agent_id)',
    en: 'a Parquet file, but not an Odigos QC export (no format / agent_id columns)',
  },
  'skip.no-file': { el: 'το αρχείο δεν υπάρχει', en: 'no such file' },
  'skip.folder': { el: 'φάκελος χωρίς εξαγωγές', en: 'a folder with no exports' },
  'skip.notes-unreadable': {
    el: 'δεν διαβάζεται ως εξαγωγή σημειώσεων (JSON), ίσως κόπηκε ή αλλοιώθηκε',
    en: 'cannot be read as a notes export (JSON), perhaps cut short or altered ({error})',
  },
  'skip.notes-cut': {
    el: 'το αρχείο κόβεται στη μέση: διαβάστηκαν όσες σημειώσεις είναι ολόκληρες ({n}), οι υπόλοιπες λείπουν· ζητήστε από τον εκπρόσωπο να το στείλει ξανά',
    en: 'cut short: the {n} notes before the cut are read, the rest is missing; ask the agent to send it again',
  },
  'skip.notes-format': { el: 'δεν είναι εξαγωγή του Odigos (μορφή «{format}»)', en: 'not an Odigos export (format "{format}")' },
  'skip.notes-version': { el: 'άγνωστη έκδοση εξαγωγής σημειώσεων ({version}): ενημερώστε το odigos', en: 'notes export version {version} is not known: update odigos' },
  'skip.notes-no-list': { el: 'δεν έχει λίστα σημειώσεων («notes»)', en: 'no "notes" list' },
  'skip.unreadable': { el: 'δεν διαβάζεται ({error})', en: 'cannot be read ({error})' },
  'migrated.notes-v1': { el: 'εξαγωγή σημειώσεων σε JSON, odigos-notes έκδοση 1', en: 'odigos-notes v1 (notes JSON export)' },
  'sum.firstResponse': { el: 'Πρώτη απάντηση (διάμεσος / 90ό εκατοστημόριο)', en: 'First response (median / 90th percentile)' },
  'sum.completion': { el: 'Ολοκλήρωση (διάμεσος / 90ό εκατοστημόριο)', en: 'Completion (median / 90th percentile)' },
  'sum.withinFirst': { el: 'Εντός στόχου πρώτης απάντησης', en: 'Within first-response target' },
  'sum.withinCompletion': { el: 'Εντός στόχου ολοκλήρωσης', en: 'Within completion target' },
  'sum.escalated': { el: 'Κλιμακώσεις', en: 'Escalations' },
  'sum.callbacks': { el: 'Επανακλήσεις που τηρήθηκαν', en: 'Call-backs kept' },
  /** Seed 003 (no request unanswered) and seed 000 (every customer's view recorded): what is missing, at a glance. */
  'sum.unanswered': { el: 'Αλληλεπιδράσεις χωρίς απάντηση του εκπροσώπου', en: 'Interactions the agent never answered' },
  'sum.views': { el: 'Αλληλεπιδράσεις με καταγεγραμμένες απόψεις πελάτη', en: "Interactions with the customer's views recorded" },
  'sum.repeat': { el: 'Επαναλαμβανόμενες επαφές (ίδιος πελάτης, ίδιος εκπρόσωπος)', en: 'Repeat contacts (same customer, same agent)' },
  'col.unanswered': { el: 'Χωρίς απάντηση', en: 'Unanswered' },
  'col.viewsMissing': { el: 'Χωρίς απόψεις πελάτη', en: "No customer's views" },
  /** Label, then number (no plural to agree with): how many views the topic has, and when not all are quoted, which. */
  'views.count': { el: 'Καταγεγραμμένες απόψεις: {n}.', en: 'Views recorded: {n}.' },
  /** The same words recorded twice are quoted once: «εδώ οι 4» under «10» must not read as six views lost. */
  'views.newest': {
    el: 'Καταγεγραμμένες απόψεις: {n} · εδώ οι {shown} πιο πρόσφατες (οι ίδιες λέξεις μία φορά).',
    en: 'Views recorded: {n} · the newest {shown} here (the same words once).',
  },
  'views.noSop': { el: 'Χωρίς διαδικασία', en: 'No SOP opened' },
  /** The first section's own name: it repeated the report's title under the h1 («Ποιοτικός έλεγχος εξυπηρέτησης» twice). */
  'sec.summary': { el: 'Η περίοδος με μια ματιά', en: 'The period at a glance' },
  'sec.week': { el: 'Χρόνοι ανά εβδομάδα', en: 'Times by week' },
  'sec.sop': { el: 'Χρόνοι ανά διαδικασία, έναντι των στόχων της', en: 'Times by SOP, against its targets' },
  'sec.agent': { el: 'Χρόνοι ανά εκπρόσωπο', en: 'Times by agent' },
  'sec.adherence': { el: 'Τήρηση διαδικασιών: τα βήματα που παραλείπονται', en: 'SOP adherence: the steps skipped most' },
  'sec.escalations': { el: 'Κλιμακώσεις', en: 'Escalations' },
  'sec.callbacks': { el: 'Επανακλήσεις: υποσχέθηκαν, τηρήθηκαν, εκκρεμούν', en: 'Call-backs: promised, kept, overdue' },
  'sec.views': { el: 'Απόψεις πελατών ανά θέμα (αυτολεξεί)', en: "Customers' views by topic (verbatim)" },
  'sec.mood': { el: 'Διάθεση πελατών ανά εβδομάδα', en: 'Customer mood by week' },
  'col.week': { el: 'Εβδομάδα', en: 'Week' },
  'col.sop': { el: 'Διαδικασία', en: 'SOP' },
  'col.agent': { el: 'Εκπρόσωπος', en: 'Agent' },
  'col.team': { el: 'Ομάδα', en: 'Team' },
  'col.n': { el: 'Πλήθος', en: 'Count' },
  /** The share within target counts only interactions with an SOP target: «Πλήθος» 14 beside 75 % read as 75 % of 14. */
  'col.withTarget': { el: '{x} από {y} με στόχο', en: '{x} of {y} with a target' },
  'col.target': { el: 'Στόχος', en: 'Target' },
  'col.p50': { el: 'Διάμεσος', en: 'Median' },
  'col.p90': { el: '90ό εκατ.', en: '90th pct.' },
  'col.within': { el: 'Εντός στόχου', en: 'Within target' },
  'col.completionTarget': { el: 'Στόχος ολοκλήρωσης', en: 'Completion target' },
  'col.completion': { el: 'Ολοκλήρωση (διάμεσος)', en: 'Completion (median)' },
  'col.completionWithin': { el: 'Ολοκλήρωση εντός στόχου', en: 'Completion within target' },
  'col.step': { el: 'Βήμα', en: 'Step' },
  /** Counts of times, as «Τηρήθηκαν» and «Υποσχέθηκαν» beside them: plural (they were «Έγινε», «Παραλείφθηκε»). */
  'col.done': { el: 'Έγιναν', en: 'Done' },
  'col.skipped': { el: 'Παραλείφθηκαν', en: 'Skipped' },
  'col.skippedShare': { el: 'Ποσοστό παράλειψης', en: 'Skipped share' },
  'adh.step': { el: 'Βήμα {n}', en: 'Step {n}' },
  /** Steps in a row of one SOP with the same counts, one bar (adherence.ts). */
  'adh.steps': { el: 'Βήματα {from}–{to}', en: 'Steps {from}–{to}' },
  'adh.ofSeen': { el: '{n} από {seen}', en: '{n} of {seen}' },
  'adh.help': {
    el: 'Κάθε μπάρα: πόσες φορές παραλείφθηκε το βήμα, από τις αλληλεπιδράσεις που έφτασαν σε αυτό· πρώτα όσα παραλείφθηκαν συχνότερα. Συνεχόμενα βήματα μιας διαδικασίας με τα ίδια νούμερα είναι μία μπάρα.',
    en: 'Each bar: how often the step was skipped, of the interactions that reached it; the most often skipped first. Steps in a row of one SOP with the same counts are one bar.',
  },
  'adh.few': {
    el: 'Βήματα που εμφανίστηκαν σε λιγότερες από {k} αλληλεπιδράσεις, εκτός γραφήματος και πίνακα: {n}',
    en: 'Steps seen in fewer than {k} interactions, left out of the chart and table: {n}',
  },
  'col.seen': { el: 'Αλληλεπιδράσεις που το έφτασαν', en: 'Interactions that reached it' },
  'adh.never': { el: 'Βήματα που δεν παραλείφθηκαν ποτέ: {n}', en: 'Steps never skipped: {n}' },
  'col.escalated': { el: 'Κλιμακώσεις', en: 'Escalations' },
  'col.share': { el: 'Ποσοστό', en: 'Share' },
  'col.promised': { el: 'Υποσχέθηκαν', en: 'Promised' },
  'col.kept': { el: 'Τηρήθηκαν', en: 'Kept' },
  'col.late': { el: 'Με καθυστέρηση', en: 'Late' },
  'col.missed': { el: 'Δεν έγιναν (έκλεισε)', en: 'Missed (closed)' },
  'col.overdue': { el: 'Εκπρόθεσμες', en: 'Overdue' },
  'col.pending': { el: 'Σε εκκρεμότητα', en: 'Pending' },
  'col.keptShare': { el: 'Ποσοστό τήρησης', en: 'Kept share' },
  'col.topic': { el: 'Θέμα', en: 'Topic' },
  'col.quotes': { el: 'Τι είπαν', en: 'What they said' },
  'col.cue': { el: 'Διάθεση', en: 'Mood' },
  'series.firstWithin': { el: 'Πρώτη απάντηση εντός στόχου', en: 'First response within target' },
  'series.completionWithin': { el: 'Ολοκλήρωση εντός στόχου', en: 'Completion within target' },
  'series.p50': { el: 'Πρώτη απάντηση, διάμεσος (λεπτά)', en: 'First response, median (minutes)' },
  'series.skipped': { el: 'Ποσοστό παράλειψης', en: 'Skipped share' },
  'series.escalated': { el: 'Κλιμακώσεις', en: 'Escalations' },
  ...CUE_NAMES,
  'empty': { el: 'Δεν υπάρχουν δεδομένα για αυτή την ενότητα.', en: 'No data for this section.' },
  'min': { el: 'λεπτά', en: 'min' },
  'ins.unanswered': { el: 'Μηνύματα πελατών χωρίς καλή πρόταση, ανά θέμα', en: 'Customer messages with no good suggestion, by topic' },
  'ins.unansweredHelp': {
    el: 'Κάθε θέμα με πλήθος, παραδείγματα, προτεινόμενες φράσεις πελάτη (triggers) για νέα καταχώριση και την πιο κοντινή υπάρχουσα.',
    en: 'Each topic with its count, examples, suggested triggers for a new entry and the nearest existing one.',
  },
  'ins.count': { el: 'Μηνύματα χωρίς καλή πρόταση: {n}.', en: 'Messages with no good suggestion: {n}.' },
  'ins.sampled': { el: 'Τα θέματα προκύπτουν από τα {n} πιο πρόσφατα.', en: 'Topics are drawn from the newest {n}.' },
  'ins.examples': { el: 'Παραδείγματα', en: 'Examples' },
  'ins.triggers': { el: 'Προτεινόμενες φράσεις πελάτη (triggers)', en: 'Suggested triggers' },
  'ins.score': { el: 'βαθμός ταιριάσματος {n}', en: 'match score {n}' },
  'ins.nearest': { el: 'Πιο κοντινή καταχώριση', en: 'Nearest entry' },
  'ins.noNearest': { el: 'καμία', en: 'none' },
  'ins.unused': { el: 'Καταχωρίσεις που δεν προτάθηκαν ή δεν χρησιμοποιήθηκαν ποτέ', en: 'Entries never suggested or never used' },
  'ins.neither': { el: 'Καταχωρίσεις που ούτε προτάθηκαν ούτε χρησιμοποιήθηκαν: {n}', en: 'Entries neither suggested nor used: {n}' },
  'ins.suggested': { el: 'Προτάθηκε', en: 'Suggested' },
  'ins.used': { el: 'Χρησιμοποιήθηκε', en: 'Used' },
  'ins.type': { el: 'Είδος', en: 'Type' },
  'ins.entry': { el: 'Καταχώριση', en: 'Entry' },
  'ins.edits': { el: 'Πρότυπα που οι εκπρόσωποι αλλάζουν πολύ μετά την εισαγωγή', en: 'Templates agents change heavily after inserting them' },
  'ins.replies': { el: 'Απαντήσεις', en: 'Replies' },
  'ins.similarity': { el: 'Ομοιότητα', en: 'Similarity' },
  'ins.heavy': { el: 'Πολλές αλλαγές', en: 'Heavily edited' },
  'ins.added': { el: 'Προσθέτουν', en: 'They add' },
  'ins.removed': { el: 'Αφαιρούν', en: 'They remove' },
  'ins.confusable': { el: 'Μπερδεύονται: ο εκπρόσωπος διάλεξε Β ενώ πρώτη ήταν η Α', en: 'Confusable pairs: the agent picked B when A ranked first' },
  'ins.first': { el: 'Πρώτη στην κατάταξη (Α)', en: 'Ranked first (A)' },
  'ins.chosen': { el: 'Επιλέχθηκε (Β)', en: 'Chosen (B)' },
  'ins.times': { el: 'Φορές', en: 'Times' },
  'ins.pack': { el: 'Πακέτο γνώσης', en: 'Knowledge pack' },
  'type.sop': { el: 'Διαδικασία', en: 'SOP' },
  'type.template': { el: 'Πρότυπο', en: 'Template' },
} as const;

export type ReportKey = keyof typeof STRINGS;

export function reportStrings(lang: ReportLang) {
  return (key: ReportKey, values: Record<string, string | number> = {}): string =>
    fill(STRINGS[key][lang], values);
}

/** A word for a value from the data (a cue kind, an entry type); the value itself when there is none. */
export function wordFor(lang: ReportLang, prefix: 'cue' | 'type', value: string): string {
  const entry = (STRINGS as Record<string, Record<ReportLang, string>>)[`${prefix}.${value}`];
  return entry ? entry[lang] : value;
}
