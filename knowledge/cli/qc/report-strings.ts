import { CUE_NAMES } from '../../text/cue-names';
import { fill } from '../../text/fill';
import type { PluralForms } from '../../text/plural';

/** The reports' words, Greek and English side by side (chosen with --lang). */
export type ReportLang = 'el' | 'en';

const STRINGS = {
  'qc.title': { el: 'Ποιοτικός έλεγχος εξυπηρέτησης', en: 'Customer service quality control' },
  /** Nothing to count: said instead of a page of empty cards and blank charts that said nothing of why. */
  'qc.none': {
    el: 'Τα αρχεία που δόθηκαν δεν περιέχουν καμία αλληλεπίδραση, γι’ αυτό η αναφορά δεν έχει αριθμούς ούτε γραφήματα. Παρακάτω φαίνεται τι διαβάστηκε και τι παραλείφθηκε· ζητήστε από τους εκπροσώπους την «Εξαγωγή για τον ποιοτικό έλεγχο» από τη σελίδα «Σημειώσεις Οδηγού».',
    en: 'The files given hold no interaction, so the report has no figures or charts. What was read and what was skipped is below; ask the agents for their “Export for the QC team” from the “Odigos notes” page.',
  },
  'qc.noneFiltered': {
    el: 'Τα φίλτρα ({filters}) δεν αφήνουν καμία αλληλεπίδραση από τα αρχεία που δόθηκαν, γι’ αυτό η αναφορά δεν έχει αριθμούς ούτε γραφήματα. Αλλάξτε ή αφαιρέστε τα φίλτρα.',
    en: 'The filters ({filters}) leave no interaction of the files given, so the report has no figures or charts. Change or remove the filters.',
  },
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
  /** The counts of files and records (REPORT_COUNTED «input.files», «input.rows»), each with its own word's form. */
  'input.read': { el: '{files}, με {rows}.', en: '{files}, with {rows}.' },
  /**
   * What was merged, file by file: a cut export sent again whole was counted twice, and the lead could not tell
   * which files had been counted as one. Label, then number, as «input.duplicates».
   */
  'input.merged': { el: 'Συγχωνεύτηκαν', en: 'Merged' },
  /**
   * A cut file whose every record, and what its cut lost, the file resent whole holds (load.ts coverCuts): said once,
   * here, instead of «ζητήστε … ξανά» under «Παραλείφθηκαν» below a line saying it was counted from the whole file.
   */
  'input.covered': {
    el: '{file}: είχε κοπεί, αλλά στάλθηκε ξανά ολόκληρο ως {into}, που περιέχει όλες τις εγγραφές του και όσες έλειπαν μετά το σημείο όπου κόπηκε· μετρήθηκαν από εκεί, μία φορά. Δεν χρειάζεται να ζητήσετε ξανά την εξαγωγή.',
    en: '{file}: was cut short, but sent again whole as {into}, which holds all its records and those missing after the cut; they were counted from there, once. No need to ask for the export again.',
  },
  /**
   * Under a cut file nothing resent covers (ask-for.ts): whom to ask, for which export. The agent as a label's value
   * («εκπρόσωπος: …»): a name after «από» would need an article of its gender.
   */
  'ask.what': { el: 'Τι να ζητήσετε ξανά — εκπρόσωπος: {who}{what}.', en: 'What to ask for again — agent: {who}{what}.' },
  'ask.id': { el: 'κωδικός {id}', en: 'id {id}' },
  'ask.noName': { el: 'χωρίς όνομα στην εξαγωγή ({details})', en: 'no name in the export ({details})' },
  'ask.byFile': { el: 'όποιος έστειλε το {file} (η παλαιότερη μορφή δεν γράφει εκπρόσωπο)', en: 'whoever sent {file} (the older format names no agent)' },
  'ask.export': { el: '· η εξαγωγή της {exported}, περίοδος {from} – {to}', en: '; the export of {exported}, period {from} – {to}' },
  'ask.exportAt': { el: '· η εξαγωγή της {exported}', en: '; the export of {exported}' },
  /** An export with no start to its period holds every note up to its end. */
  'ask.exportAll': { el: '· η εξαγωγή της {exported}, με όλες τις σημειώσεις έως {to}', en: '; the export of {exported}, every note up to {to}' },
  'ask.interaction': { el: ' Η εγγραφή που κόπηκε είναι της αλληλεπίδρασης {interaction}.', en: ' The record cut belongs to interaction {interaction}.' },
  'ask.unknown': {
    el: 'Από ό,τι διαβάζεται στο αρχείο δεν φαίνεται ποιος το εξήγαγε: ζητήστε το ξανά από όποιον σας έστειλε το {file}.',
    en: 'Nothing readable in the file says who exported it: ask whoever sent you {file} for it again.',
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
  /**
   * How many views the topic has (REPORT_COUNTED «views.count»), and when not all are quoted, which («views.shown»):
   * the same words recorded twice are quoted once, so «εδώ οι 4» under «10» must not read as six views lost.
   */
  'views.newest': { el: '{count} · {shown} (οι ίδιες λέξεις μία φορά).', en: '{count} · {shown} (the same words once).' },
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
  /** An older notes export's agent: the export names none, the file stands for them (never as if it were a name). */
  'agent.unnamed': { el: 'Εκπρόσωπος χωρίς όνομα (αρχείο {file})', en: 'Unnamed agent (file {file})' },
  /** The same in a chart's label (the file without .json), short enough not to be cut. */
  'agent.unnamedShort': { el: 'Χωρίς όνομα ({file})', en: 'Unnamed ({file})' },
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
  'col.seen': { el: 'Αλληλεπιδράσεις που το έφτασαν', en: 'Interactions that reached it' },
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
  'ins.sampled': { el: 'Τα θέματα προκύπτουν από τα {n} πιο πρόσφατα.', en: 'Topics are drawn from the newest {n}.' },
  'ins.examples': { el: 'Παραδείγματα', en: 'Examples' },
  'ins.triggers': { el: 'Προτεινόμενες φράσεις πελάτη (triggers)', en: 'Suggested triggers' },
  'ins.score': { el: 'βαθμός ταιριάσματος {n}', en: 'match score {n}' },
  'ins.nearest': { el: 'Πιο κοντινή καταχώριση', en: 'Nearest entry' },
  'ins.noNearest': { el: 'καμία', en: 'none' },
  'ins.unused': { el: 'Καταχωρίσεις που δεν προτάθηκαν ή δεν χρησιμοποιήθηκαν ποτέ', en: 'Entries never suggested or never used' },
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

/**
 * Counted words (`{n}` the number, as the report writes it), one form for one and one for more, by each language's
 * plural rules: «Διαβάστηκαν αρχεία: 1» stood where «Διαβάστηκε 1 αρχείο» is meant, «1 records left out» in English.
 * The verb agrees with the count too («έμεινε εκτός 1 εγγραφή», «έμειναν εκτός 2 εγγραφές»).
 */
const COUNTED = {
  'input.files': { el: { one: 'Διαβάστηκε {n} αρχείο', other: 'Διαβάστηκαν {n} αρχεία' }, en: { one: '{n} file read', other: '{n} files read' } },
  'input.rows': { el: { one: '{n} εγγραφή', other: '{n} εγγραφές' }, en: { one: '{n} record', other: '{n} records' } },
  'input.duplicates': {
    el: { one: '{n} αλληλεπίδραση από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκε μία φορά.', other: '{n} αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκαν μία φορά.' },
    en: { one: '{n} interaction from duplicate or overlapping exports counted once.', other: '{n} interactions from duplicate or overlapping exports counted once.' },
  },
  'input.leftOut': { el: { one: 'Έμεινε εκτός {n} εγγραφή', other: 'Έμειναν εκτός {n} εγγραφές' }, en: { one: '{n} record left out', other: '{n} records left out' } },
  /** Files skipped whole whose records nobody can count (a cut Parquet file): «0» alone read as nothing lost. */
  'input.leftOutUncounted': {
    el: { one: ', και όσες είχε {n} αρχείο που δεν διαβάζεται (άγνωστος αριθμός)', other: ', και όσες είχαν {n} αρχεία που δεν διαβάζονται (άγνωστος αριθμός)' },
    en: { one: ', and those of {n} file that cannot be read (number unknown)', other: ', and those of {n} files that cannot be read (number unknown)' },
  },
  /**
   * What was merged, file by file: a cut export sent again whole was counted twice, and the lead could not tell
   * which files had been counted as one.
   */
  'input.mergedInto': {
    el: {
      one: '{file}: {n} αλληλεπίδραση που υπάρχει και στο {into}, μετρημένη μία φορά από το πληρέστερο αντίγραφο',
      other: '{file}: {n} αλληλεπιδράσεις που υπάρχουν και στο {into}, μετρημένες μία φορά από το πληρέστερο αντίγραφο',
    },
    en: { one: '{file}: {n} interaction also in {into}, counted once from the most complete copy', other: '{file}: {n} interactions also in {into}, counted once from the most complete copy' },
  },
  'skip.more-lines': { el: { one: 'και {n} ακόμη λανθασμένη γραμμή', other: 'και {n} ακόμη λανθασμένες γραμμές' }, en: { one: 'and {n} more bad line', other: 'and {n} more bad lines' } },
  'skip.notes-cut': {
    el: {
      one: 'το αρχείο κόβεται στη μέση: διαβάστηκε {n} ολόκληρη σημείωση, οι υπόλοιπες λείπουν· ζητήστε από τον εκπρόσωπο να το στείλει ξανά',
      other: 'το αρχείο κόβεται στη μέση: διαβάστηκαν {n} ολόκληρες σημειώσεις, οι υπόλοιπες λείπουν· ζητήστε από τον εκπρόσωπο να το στείλει ξανά',
    },
    en: {
      one: 'cut short: the {n} note before the cut is read, the rest is missing; ask the agent to send it again',
      other: 'cut short: the {n} notes before the cut are read, the rest is missing; ask the agent to send it again',
    },
  },
  'views.count': { el: { one: '{n} καταγεγραμμένη άποψη', other: '{n} καταγεγραμμένες απόψεις' }, en: { one: '{n} view recorded', other: '{n} views recorded' } },
  'views.shown': { el: { one: 'εδώ η πιο πρόσφατη', other: 'εδώ οι {n} πιο πρόσφατες' }, en: { one: 'the newest here', other: 'the newest {n} here' } },
  'adh.few': {
    el: { one: '{n} βήμα εμφανίστηκε σε λιγότερες από {k} αλληλεπιδράσεις, εκτός γραφήματος και πίνακα', other: '{n} βήματα εμφανίστηκαν σε λιγότερες από {k} αλληλεπιδράσεις, εκτός γραφήματος και πίνακα' },
    en: { one: '{n} step seen in fewer than {k} interactions, left out of the chart and table', other: '{n} steps seen in fewer than {k} interactions, left out of the chart and table' },
  },
  'adh.never': { el: { one: '{n} βήμα δεν παραλείφθηκε ποτέ', other: '{n} βήματα δεν παραλείφθηκαν ποτέ' }, en: { one: '{n} step never skipped', other: '{n} steps never skipped' } },
  'ins.count': { el: { one: '{n} μήνυμα χωρίς καλή πρόταση.', other: '{n} μηνύματα χωρίς καλή πρόταση.' }, en: { one: '{n} message with no good suggestion.', other: '{n} messages with no good suggestion.' } },
  'ins.neither': {
    el: { one: '{n} καταχώριση ούτε προτάθηκε ούτε χρησιμοποιήθηκε', other: '{n} καταχωρίσεις ούτε προτάθηκαν ούτε χρησιμοποιήθηκαν' },
    en: { one: '{n} entry neither suggested nor used', other: '{n} entries neither suggested nor used' },
  },
} as const satisfies Record<string, Record<ReportLang, PluralForms>>;

export type CountKey = keyof typeof COUNTED;

/** The report's counted words in `lang`: the form the count takes, `{n}` written as the report writes numbers. */
export function reportCount(lang: ReportLang) {
  const rule = new Intl.PluralRules(lang);
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return (key: CountKey, n: number, values: Record<string, string | number> = {}): string =>
    fill(COUNTED[key][lang][rule.select(n) === 'one' ? 'one' : 'other'], { ...values, n: num.format(n) });
}

/** A skipped line's or file's words: counted ones («και 1 ακόμη λανθασμένη γραμμή») by their count. */
export function skipWords(lang: ReportLang) {
  const t = reportStrings(lang);
  const c = reportCount(lang);
  return (code: string, values: Record<string, string | number> = {}): string => {
    const key = `skip.${code}`;
    return key in COUNTED ? c(key as CountKey, Number(values.n ?? 0), values) : t(key as ReportKey, values);
  };
}

export function reportStrings(lang: ReportLang) {
  return (key: ReportKey, values: Record<string, string | number> = {}): string =>
    fill(STRINGS[key][lang], values);
}

/** A word for a value from the data (a cue kind, an entry type); the value itself when there is none. */
export function wordFor(lang: ReportLang, prefix: 'cue' | 'type', value: string): string {
  const entry = (STRINGS as Record<string, Record<ReportLang, string>>)[`${prefix}.${value}`];
  return entry ? entry[lang] : value;
}
