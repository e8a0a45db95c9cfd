import { definePlurals, defineStrings } from '../i18n';

/** Counted words of the notes page: «1 σημείωση», "3 notes". */
export const countNotesPage = definePlurals({
  'page.count': { el: { one: '{n} σημείωση', other: '{n} σημειώσεις' }, en: { one: '{n} note', other: '{n} notes' } },
  'page.readOnly': {
    el: {
      one: '{n} αίτημα χωρίς σημείωση: ο Οδηγός το διάβασε και κράτησε τα στοιχεία του για τον ποιοτικό έλεγχο',
      other: '{n} αιτήματα χωρίς σημείωση: ο Οδηγός τα διάβασε και κράτησε τα στοιχεία τους για τον ποιοτικό έλεγχο',
    },
    en: {
      one: '{n} ticket without a note: Odigos read it and kept its record for quality control',
      other: '{n} tickets without a note: Odigos read them and kept their records for quality control',
    },
  },
  'page.deleteConfirm': {
    el: { one: 'Να διαγραφεί οριστικά η μία σημείωση; Δεν αναιρείται.', other: 'Να διαγραφούν οριστικά όλες οι σημειώσεις ({n}); Δεν αναιρείται.' },
    en: { one: 'Delete the one note for good? This cannot be undone.', other: 'Delete all {n} notes for good? This cannot be undone.' },
  },
  /** After page.deleteConfirm: the tickets only read go too (the agent sees them folded, not counted as notes). */
  'page.deleteConfirmRead': {
    el: {
      one: 'Μαζί διαγράφεται και {n} αίτημα χωρίς σημείωση, με τα στοιχεία του για τον ποιοτικό έλεγχο.',
      other: 'Μαζί διαγράφονται και {n} αιτήματα χωρίς σημείωση, με τα στοιχεία τους για τον ποιοτικό έλεγχο.',
    },
    en: {
      one: 'The record of {n} ticket without a note, kept for quality control, goes too.',
      other: 'The records of {n} tickets without a note, kept for quality control, go too.',
    },
  },
  /** No note written, only tickets read. */
  'page.deleteConfirmOnlyRead': {
    el: {
      one: 'Να διαγραφεί οριστικά το {n} αίτημα χωρίς σημείωση, με τα στοιχεία του για τον ποιοτικό έλεγχο; Δεν αναιρείται.',
      other: 'Να διαγραφούν οριστικά τα {n} αιτήματα χωρίς σημείωση, με τα στοιχεία τους για τον ποιοτικό έλεγχο; Δεν αναιρείται.',
    },
    en: {
      one: 'Delete the record of {n} ticket without a note, kept for quality control, for good? This cannot be undone.',
      other: 'Delete the records of {n} tickets without a note, kept for quality control, for good? This cannot be undone.',
    },
  },
  /** How many tickets an export file holds (a ticket is a note, or only a ticket read: one record each). */
  'page.exportedTickets': { el: { one: '{n} αίτημα', other: '{n} αιτήματα' }, en: { one: '{n} ticket', other: '{n} tickets' } },
  'page.importedAdded': { el: { one: '{n} νέα', other: '{n} νέες' }, en: { one: '{n} new', other: '{n} new' } },
  'page.importedUpdated': { el: { one: '{n} ενημερώθηκε', other: '{n} ενημερώθηκαν' }, en: { one: '{n} updated', other: '{n} updated' } },
  'page.importedUnchanged': { el: { one: '{n} χωρίς αλλαγή', other: '{n} χωρίς αλλαγή' }, en: { one: '{n} unchanged', other: '{n} unchanged' } },
});

/** Words of the notes page and the options section (not needed in the content script). */
export const sayNotesPage = defineStrings({
  'page.title': { el: 'Σημειώσεις Οδηγού', en: 'Odigos notes' },
  'page.search': { el: 'Αναζήτηση στις σημειώσεις', en: 'Search notes' },
  'page.site': { el: 'Ιστότοπος', en: 'Site' },
  'page.allSites': { el: 'Όλοι οι ιστότοποι', en: 'All sites' },
  'page.allStatuses': { el: 'Όλες οι καταστάσεις', en: 'All statuses' },
  'page.from': { el: 'Από', en: 'From' },
  'page.to': { el: 'Έως', en: 'To' },
  'page.more': { el: 'Περισσότερες σημειώσεις', en: 'More notes' },
  /** Notes there are, but the search and filters leave none. */
  'page.empty': { el: 'Καμία σημείωση δεν ταιριάζει με την αναζήτηση και τα φίλτρα.', en: 'No note matches the search and filters.' },
  /** No note written yet (a new agent, or after «delete all»): where notes come from, not «none found». */
  'page.none': {
    el: 'Δεν υπάρχουν ακόμη σημειώσεις. Ανοίξτε ένα αίτημα και γράψτε στις «Σημειώσεις» του Οδηγού· η σημείωση θα εμφανιστεί εδώ.',
    en: 'No notes yet. Open a ticket and write in Odigos’ “Notes”; the note will show here.',
  },
  'page.overdue': { el: 'Εκπρόθεσμες επανακλήσεις', en: 'Overdue follow-ups' },
  'page.noOverdue': { el: 'Καμία εκπρόθεσμη επανάκληση.', en: 'No overdue follow-ups.' },
  'page.openTicket': { el: 'Άνοιγμα αιτήματος', en: 'Open ticket' },
  'page.timeline': { el: 'Χρονολόγιο', en: 'Timeline' },
  'page.noTimeline': { el: 'Δεν έχει καταγραφεί τίποτα ακόμη.', en: 'Nothing recorded yet.' },
  'page.firstResponse': { el: 'Πρώτη απάντηση', en: 'First response' },
  'page.completion': { el: 'Ολοκλήρωση', en: 'Completion' },
  'page.target': { el: 'στόχος', en: 'target' },
  'page.late': { el: 'εκτός στόχου', en: 'over target' },
  'page.minutes': { el: 'λεπτά', en: 'min' },
  'page.export': { el: 'Εξαγωγή για ποιοτικό έλεγχο', en: 'Export for QC' },
  'page.exportCsv': { el: 'Εξαγωγή CSV', en: 'Export CSV' },
  'page.exportJson': { el: 'Εξαγωγή JSON', en: 'Export JSON' },
  'page.mask': { el: 'Απόκρυψη προσωπικών δεδομένων', en: 'Mask personal data' },
  'page.import': { el: 'Εισαγωγή JSON', en: 'Import JSON' },
  // After an export, what became of the file, as far as the page can know (lib/notes/save-file.ts). Written through
  // the browser's save dialog (Chromium): the name the agent chose. Handed to a download link (Firefox): only that
  // the browser was asked, since a policy that blocks downloads, or its own Save-as dialog cancelled, is not seen here.
  'page.exported': {
    el: 'Η εξαγωγή αποθηκεύτηκε στο αρχείο «{file}», που περιέχει {tickets}.',
    en: 'Exported to the file “{file}”, which holds {tickets}.',
  },
  'page.exportAsked': {
    el: 'Ο Οδηγός ζήτησε από το πρόγραμμα περιήγησης να αποθηκεύσει το αρχείο «{file}», που περιέχει {tickets}. Ελέγξτε τις Λήψεις σας· αν το αρχείο δεν είναι εκεί, η λήψη αποκλείστηκε ή ακυρώθηκε και δεν αποθηκεύτηκε τίποτα: κάντε ξανά την εξαγωγή.',
    en: 'Odigos asked the browser to save the file “{file}”, which holds {tickets}. Check your Downloads; if the file is not there, the download was blocked or cancelled and nothing was saved: export again.',
  },
  'page.exportCancelled': {
    el: 'Η εξαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.',
    en: 'Export cancelled; nothing was saved.',
  },
  /** The chosen file could not be written (a full disk): the browser's English reason goes beneath. */
  'page.exportUnwritten': {
    el: 'Το αρχείο «{file}» δεν γράφτηκε (η αιτία φαίνεται παρακάτω) και ίσως έμεινε κενό· μην το χρησιμοποιήσετε. Δεν χάθηκε τίποτα: οι σημειώσεις σας είναι ακόμη στον Οδηγό. Ελευθερώστε χώρο ή διαλέξτε άλλον φάκελο και κάντε ξανά την εξαγωγή.',
    en: 'The file “{file}” was not written (the reason is below) and may have been left empty; do not use it. Nothing is lost: your notes are still in Odigos. Free some space or choose another folder, then export again.',
  },
  'page.exportEmpty': {
    el: 'Δεν υπάρχει τίποτα για εξαγωγή: δεν έχει καταγραφεί ακόμη κανένα αίτημα. Δεν δημιουργήθηκε αρχείο.',
    en: 'Nothing to export: no ticket has been recorded yet. No file was made.',
  },
  'page.exportFailed': {
    el: 'Η εξαγωγή απέτυχε και δεν δημιουργήθηκε αρχείο. Δοκιμάστε ξανά· αν αποτύχει πάλι, η αιτία φαίνεται παρακάτω.',
    en: 'The export failed and no file was made. Try again; if it fails again, the reason is below.',
  },
  'page.imported': { el: 'Εισαγωγή: {added}, {updated}, {unchanged}.', en: 'Imported: {added}, {updated}, {unchanged}.' },
  // Whose the imported file was, said after the counts: QC counts a note under the agent who wrote it (docs/qc-export.md).
  'page.importedOwn': {
    el: 'Το αρχείο είναι δικό σας αντίγραφο ασφαλείας: οι σημειώσεις του μετρούν ως δικές σας.',
    en: 'The file is your own backup: its notes count as yours.',
  },
  'page.importedOther': {
    el: 'Το αρχείο είναι εξαγωγή άλλου εκπροσώπου ({agent}): στον ποιοτικό έλεγχο οι σημειώσεις του μετρούν στο όνομα εκείνου, όχι στο δικό σας. Όπου είχατε δική σας σημείωση για το ίδιο αίτημα, κρατήθηκε όπως ήταν και οι σημειώσεις του προστέθηκαν από κάτω.',
    en: 'The file is another agent’s export ({agent}): in quality control its notes count under that agent, not under you. Where you had a note of your own for the same ticket, it is kept as it was and theirs is added below.',
  },
  'page.importedUnknown': {
    el: 'Το αρχείο δεν λέει ποιος το έκανε (παλαιότερη εξαγωγή): στον ποιοτικό έλεγχο οι σημειώσεις που πρόσθεσε μετρούν ως εισαγωγή, όχι ως δική σας δουλειά.',
    en: 'The file does not say who made it (an older export): in quality control the notes it added count as imported, not as your work.',
  },
  // An import the background refused (lib/notes/import.ts), worded from its code; the English reason goes beneath.
  'page.importNotJson': {
    el: 'Το αρχείο δεν εισάγεται: δεν είναι έγκυρο JSON (είναι κατεστραμμένο ή δεν ολοκληρώθηκε). Καμία σημείωση δεν άλλαξε.',
    en: 'The file is not imported: it is not valid JSON (corrupt or incomplete). No note changed.',
  },
  'page.importNotExport': {
    el: 'Το αρχείο δεν είναι εξαγωγή σημειώσεων του Οδηγού· επιλέξτε αρχείο που έγραψε η «Εξαγωγή JSON». Καμία σημείωση δεν άλλαξε.',
    en: 'The file is not an Odigos notes export; choose a file written by “Export JSON”. No note changed.',
  },
  'page.importVersion': {
    el: 'Το αρχείο είναι εξαγωγή της έκδοσης {version}, ενώ αυτός ο Οδηγός διαβάζει την έκδοση {supported}. Καμία σημείωση δεν άλλαξε.',
    en: 'The file is a version {version} export; this Odigos reads version {supported}. No note changed.',
  },
  'page.importField': {
    el: 'Το αρχείο δεν εισάγεται: το πεδίο «{path}» λείπει ή δεν είναι σωστό. Καμία σημείωση δεν άλλαξε.',
    en: 'The file is not imported: the field “{path}” is missing or wrong. No note changed.',
  },
  'page.importFailed': { el: 'Η εισαγωγή δεν ολοκληρώθηκε.', en: 'The import did not complete.' },
  'page.deleteAll': { el: 'Διαγραφή όλων των σημειώσεων', en: 'Delete all notes' },
  /** Where the count is not at hand (Options). */
  'page.deleteConfirmAll': {
    el: 'Να διαγραφούν οριστικά όλες οι σημειώσεις; Δεν αναιρείται.',
    en: 'Delete all notes for good? This cannot be undone.',
  },
  /** Beside a disabled «delete all» (Options): nothing is stored, so there is nothing to confirm. */
  'page.nothingToDelete': { el: 'Δεν υπάρχουν σημειώσεις για διαγραφή.', en: 'There are no notes to delete.' },
  'page.deleteYes': { el: 'Ναι, διαγραφή όλων', en: 'Yes, delete all' },
  'page.cancel': { el: 'Άκυρο', en: 'Cancel' },
  'page.deleted': { el: 'Όλες οι σημειώσεις διαγράφηκαν.', en: 'All notes were deleted.' },
  'page.select': { el: 'Επιλέξτε μια σημείωση από τη λίστα.', en: 'Choose a note from the list.' },
  /** The detail pane's name before a note is chosen (the list is named «Σημειώσεις»: landmarks need their own names). */
  'page.detail': { el: 'Επιλεγμένη σημείωση', en: 'Selected note' },
  'page.retention': { el: 'Διατήρηση σημειώσεων (ημέρες)', en: 'Keep notes for (days)' },
  'page.retentionRange': {
    el: 'Γράψτε ακέραιο αριθμό ημερών από {min} έως {max}.',
    en: 'Enter a whole number of days from {min} to {max}.',
  },
  'page.retentionFailed': { el: 'Η διάρκεια διατήρησης δεν αποθηκεύτηκε.', en: 'The retention was not saved.' },
  'page.retentionHelp': {
    el: 'Οι παλαιότερες σημειώσεις διαγράφονται αυτόματα μία φορά την ημέρα· όσες έχουν εκκρεμή επανάκληση κρατούνται.',
    en: 'Older notes are deleted automatically once a day; those with a pending follow-up are kept.',
  },
});
