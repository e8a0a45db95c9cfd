import { definePlurals, defineStrings } from '@/lib/i18n';

/**
 * The SOP view's progress beside its «Βήματα» heading: «2 από 7», not «Βήματα (2 από 7 βήματα)» (the word said twice).
 * Counted as the cards' «2 από 7 βήματα» is, so the number is grouped the same way.
 */
export const countDetail = definePlurals({
  'sop.progress': { el: { one: '{done} από {n}', other: '{done} από {n}' }, en: { one: '{done} of {n}', other: '{done} of {n}' } },
});

/** Words of an opened SOP or template; in the page they come with the extras bundle, not the content script. */
export const sayDetail = defineStrings({
  'view.back': { el: 'Πίσω', en: 'Back' },
  'sop.department': { el: 'Τμήμα', en: 'Department' },
  'sop.purpose': { el: 'Σκοπός', en: 'Purpose' },
  'sop.terms': { el: 'Όροι', en: 'Terms' },
  'sop.steps': { el: 'Βήματα', en: 'Steps' },
  'sop.if': { el: 'Αν', en: 'If' },
  'sop.else': { el: 'Αλλιώς', en: 'Else' },
  'sop.toStep': { el: 'βήμα {n}', en: 'step {n}' },
  'sop.toEscalation': { el: 'κλιμάκωση', en: 'escalate' },
  'sop.templates': { el: 'Πρότυπα', en: 'Templates' },
  'sop.targets': { el: 'Χρόνοι-στόχοι', en: 'Target times' },
  'sop.firstResponse': { el: 'Πρώτη απάντηση', en: 'First response' },
  'sop.completion': { el: 'Ολοκλήρωση', en: 'Completion' },
  'sop.elapsed': { el: 'Σε αυτή τη συνομιλία', en: 'This interaction' },
  'sop.overdue': { el: 'εκτός στόχου', en: 'over target' },
  'sop.escalation': { el: 'Κλιμάκωση', en: 'Escalation' },
  'sop.escalationWhen': { el: 'Πότε', en: 'When' },
  'sop.escalationTo': { el: 'Σε ποιον', en: 'To' },
  'template.preview': { el: 'Προεπισκόπηση', en: 'Preview' },
  'template.fields': { el: 'Συμπληρώστε', en: 'Fill in' },
  'template.insert': { el: 'Εισαγωγή', en: 'Insert' },
  'template.copy': { el: 'Αντιγραφή', en: 'Copy' },
  'template.copied': { el: 'Αντιγράφηκε στο πρόχειρο.', en: 'Copied to the clipboard.' },
  'template.inserted': { el: 'Προστέθηκε στην απάντηση.', en: 'Added to the reply.' },
  'template.noEditor': {
    el: 'Το κείμενο δεν μπήκε στο πλαίσιο απάντησης· χρησιμοποιήστε την Αντιγραφή.',
    en: 'The reply box did not take the text; use Copy instead.',
  },
  'template.previewFailed': { el: 'Η προεπισκόπηση του προτύπου δεν ετοιμάστηκε.', en: 'The template’s preview could not be made.' },
  'template.insertFailed': { el: 'Το πρότυπο δεν προστέθηκε στην απάντηση.', en: 'The template was not added to the reply.' },
  'template.copyFailed': { el: 'Η αντιγραφή δεν έγινε.', en: 'Copying did not work.' },
  'template.clipboardRefused': {
    el: 'Το πρόγραμμα περιήγησης δεν επιτρέπει την αντιγραφή σε αυτή τη σελίδα· επιλέξτε το κείμενο του προτύπου και αντιγράψτε το με Ctrl+C.',
    en: 'The browser does not allow copying on this page; select the template’s text and copy it with Ctrl+C.',
  },
  'template.gone': {
    el: 'Το πρότυπο «{entry}» δεν υπάρχει πια στο πακέτο {pack}: το πακέτο ενημερώθηκε ή αφαιρέθηκε. Γυρίστε στη λίστα και αναζητήστε το ξανά.',
    en: 'The template “{entry}” is no longer in the pack {pack}: the pack was updated or removed. Go back to the list and search for it again.',
  },
  'template.openFailed': { el: 'Το πρότυπο «{entry}» δεν άνοιξε.', en: 'The template “{entry}” did not open.' },
  'template.tryAgain': { el: 'Δοκιμάστε ξανά.', en: 'Try again.' },
  'template.missing': { el: 'Χωρίς τιμή ακόμα:', en: 'No value yet:' },
  'template.agentName': { el: 'Το όνομά σας (το πρότυπο το χρειάζεται)', en: 'Your name (this template needs it)' },
  'template.agentNameHint': {
    el: 'Η σελίδα δεν δείχνει το όνομά σας. Θα το θυμάμαι για όλα τα πρότυπα (αλλάζει στις Ρυθμίσεις).',
    en: 'The page does not show your name. Odigos will remember it for every template (change it in Options).',
  },
  'template.agentNameSave': { el: 'Αποθήκευση ονόματος', en: 'Save name' },
});
