import { defineStrings } from '../i18n';

/** The notes feature's words, Greek (formal plural) and English side by side. */
export const sayNotes = defineStrings({
  'notes.title': { el: 'Σημειώσεις', en: 'Notes' },
  'notes.customer': { el: 'Πελάτης', en: 'Customer' },
  'notes.followUp': { el: 'Επανάκληση / επόμενη επικοινωνία', en: 'Call-back / follow-up' },
  'notes.status': { el: 'Κατάσταση', en: 'Status' },
  /** The notification when a promised call-back is due (lib/background/reminders.ts). */
  'notes.reminder.title': { el: 'Υπόσχεση επανάκλησης', en: 'Promised call-back' },
  'notes.reminder.open': { el: 'Πατήστε για να ανοίξει το αίτημα.', en: 'Click to open the ticket.' },
  'notes.status.open': { el: 'Ανοιχτό', en: 'Open' },
  'notes.status.waiting': { el: 'Σε αναμονή', en: 'Waiting' },
  'notes.status.resolved': { el: 'Επιλύθηκε', en: 'Resolved' },
  'notes.state.loading': { el: 'Φόρτωση…', en: 'Loading…' },
  'notes.state.saved': { el: 'Αποθηκεύτηκε', en: 'Saved' },
  'notes.state.unsaved': { el: 'Αλλαγές προς αποθήκευση…', en: 'Changes to save…' },
  'notes.state.saving': { el: 'Αποθήκευση…', en: 'Saving…' },
  'notes.state.error': { el: 'Δεν αποθηκεύτηκε', en: 'Not saved' },
  /** A note read from its kept copy while the notes storage will not open (lib/notes/kept.ts): not «Saved». */
  'notes.state.kept': { el: 'Τελευταίο αποθηκευμένο αντίγραφο', en: 'Last saved copy' },
  'notes.quota': {
    el: 'Ο δίσκος του υπολογιστή γέμισε και η σημείωση δεν αποθηκεύτηκε ακόμη. Δεν χάθηκε τίποτα από όσα γράψατε: μένουν εδώ και αποθηκεύονται μόνα τους μόλις ελευθερωθεί χώρος (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε). Ως τότε αφήστε ανοιχτό το πρόγραμμα περιήγησης.',
    en: "The computer's disk is full, so this note is not saved yet. Nothing you typed is lost: it stays here and is saved by itself as soon as space is freed (delete files or downloads you no longer need). Until then, keep the browser open.",
  },
  /** The notes database refused on open (lib/store/notes-db.ts): a damaged store, as Chromium refuses it at every start. */
  'notes.storageFailed': {
    el: 'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων, γι’ αυτό η σημείωση δεν αποθηκεύτηκε. Ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης και αποθηκεύεται μόλις ανοίξει η αποθήκευση. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The browser cannot open the notes storage, so this note is not saved. Nothing you type is lost: it is kept in the browser and saved as soon as the storage opens. Close and reopen the browser; if this message is still shown after that, the storage is damaged: the “Odigos notes” page says what you can do.',
  },
  /** The same, seen again after a browser restart (lib/store/storage-trouble.ts): no second restart asked for. */
  'notes.storageDamaged': {
    el: 'Η αποθήκευση των σημειώσεων έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Η σημείωση δεν αποθηκεύτηκε, αλλά ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης. Στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The notes storage is damaged: the browser does not open it even after a restart, and restarting again will not help. This note is not saved, but nothing you type is lost: it is kept in the browser. The “Odigos notes” page says what you can do.',
  },
  /** The notes storage will not open and the note shown is its kept copy, before any save (lib/note-editor/session.ts). */
  'notes.storageKept': {
    el: 'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων. Βλέπετε το τελευταίο αποθηκευμένο αντίγραφο της σημείωσης, μαζί με ό,τι γράψατε από τότε. Ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης και αποθηκεύεται μόλις ανοίξει η αποθήκευση. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The browser cannot open the notes storage. This is the last saved copy of the note, with what you typed since. Nothing you type is lost: it is kept in the browser and saved as soon as the storage opens. Close and reopen the browser; if this message is still shown after that, the storage is damaged: the “Odigos notes” page says what you can do.',
  },
  /** The same after a restart that did not help. */
  'notes.storageKeptDamaged': {
    el: 'Η αποθήκευση των σημειώσεων έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Βλέπετε το τελευταίο αποθηκευμένο αντίγραφο της σημείωσης, μαζί με ό,τι γράψατε από τότε· ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης. Στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The notes storage is damaged: the browser does not open it even after a restart, and restarting again will not help. This is the last saved copy of the note, with what you typed since; nothing you type is lost: it is kept in the browser. The “Odigos notes” page says what you can do.',
  },
  /** Beside the storage words, where the editor is not on that page (the notes frame, the side panel). */
  'notes.openPage': { el: 'Άνοιγμα της σελίδας σημειώσεων', en: 'Open the notes page' },
  /** The note asked for and not answered yet (asked again every 10 s). */
  'notes.noAnswer': {
    el: 'Η σημείωση δεν φόρτωσε ακόμη: ο Οδηγός δεν απάντησε και ρωτάμε ξανά. Αν αυτό συνεχιστεί, ανανεώστε τη σελίδα.',
    en: 'The note has not loaded yet: Odigos did not answer and we are asking again. If this goes on, reload the page.',
  },
  'notes.failed': {
    el: 'Η σημείωση δεν αποθηκεύτηκε ακόμη· το κείμενό σας παραμένει εδώ και θα ξαναδοκιμάσουμε σε λίγο.',
    en: 'The note is not saved yet; your text stays here and we will try again shortly.',
  },
  'notes.conflict': {
    el: 'Η ίδια σημείωση άλλαξε και σε άλλη καρτέλα. Κρατήθηκαν και οι δύο εκδοχές ανάμεσα σε σημάδια ⟪ ⟫· ελέγξτε τες.',
    en: 'This note was also changed in another tab. Both versions are kept between ⟪ ⟫ markers; please check them.',
  },
  'notes.merged': {
    el: 'Οι αλλαγές από άλλη καρτέλα συνδυάστηκαν με τις δικές σας.',
    en: 'Changes from another tab were combined with yours.',
  },
  'notes.remote': { el: 'Ενημερώθηκε από άλλη καρτέλα.', en: 'Updated from another tab.' },
  'notes.dismiss': { el: 'Εντάξει', en: 'OK' },
  'notes.waitingTicket': { el: 'Αναμονή για το αίτημα…', en: 'Waiting for the ticket…' },
  'notes.orphaned': {
    el: 'Ο Οδηγός ενημερώθηκε ή επανεκκινήθηκε, γι’ αυτό αυτές οι σημειώσεις δεν δέχονται άλλο κείμενο. Ό,τι γράψατε μεταφέρεται στο νέο πάνελ· αν δεν εμφανιστεί, ανανεώστε τη σελίδα.',
    en: 'Odigos was updated or restarted, so these notes take no more typing. What you typed moves to the new panel; if it does not appear, reload the page.',
  },
  /**
   * Heads a colleague's words that an import added below the agent's own in a note of the same ticket
   * (lib/notes/import, mergeOthers): the agent's words stay as they were, the colleague's are said as theirs.
   */
  'notes.importedFrom': { el: '— Σημειώσεις συναδέλφου ({agent}), από εισαγωγή —', en: '— A colleague’s notes ({agent}), imported —' },
  /** The same from an export that does not say who made it (made before exports named their agent). */
  'notes.importedUnnamed': { el: '— Σημειώσεις από εισαγωγή αρχείου —', en: '— Notes from an imported file —' },
  'notes.takingOver': { el: 'Μεταφορά των σημειώσεών σας…', en: 'Bringing your notes over…' },
  'notes.outsideTab': {
    el: 'Οι σημειώσεις ανοίγουν μόνο μέσα στο πάνελ του Οδηγού, σε καρτέλα του προγράμματος περιήγησης. Ανοίξτε το αίτημα σε κανονική καρτέλα· όλες οι σημειώσεις σας βρίσκονται και στη σελίδα «Σημειώσεις Οδηγού».',
    en: 'Notes open only inside the Odigos panel, in a browser tab. Open the ticket in a normal tab; all your notes are also on the “Odigos notes” page.',
  },
});
