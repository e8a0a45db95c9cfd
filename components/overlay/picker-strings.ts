import { defineStrings } from '@/lib/i18n';

/** Words of the element picker's panel; in the page they come with the extras bundle, not the content script. */
export const sayPicker = defineStrings({
  'picker.stepMessage': { el: 'Τα μηνύματα του πελάτη', en: "The customer's messages" },
  'picker.stepReply': { el: 'Το πλαίσιο απάντησης', en: 'The reply box' },
  'picker.message': {
    el: 'Κάντε κλικ στην περιοχή με τα μηνύματα του πελάτη (Esc για ακύρωση)',
    en: "Click the customer's message area (Esc to cancel)",
  },
  'picker.reply': {
    el: 'Κάντε κλικ στο πλαίσιο όπου γράφετε την απάντηση (Esc για ακύρωση)',
    en: 'Click the box where you type your reply (Esc to cancel)',
  },
  'picker.keys': {
    el: 'Με ↑ και ↓ το περίγραμμα μεγαλώνει ή μικραίνει· με Enter επιλέγετε.',
    en: '↑ and ↓ make the outline bigger or smaller; Enter chooses.',
  },
  'picker.notSaved': { el: 'Δεν αποθηκεύτηκε:', en: 'Not saved:' },
  'picker.no-message': {
    el: 'στην περιοχή που επιλέξατε δεν βρέθηκε μήνυμα πελάτη',
    en: "no customer message was found in the area you chose",
  },
  'picker.no-reply-box': {
    el: 'το πλαίσιο που επιλέξατε δεν δέχεται κείμενο',
    en: 'the box you chose does not take text',
  },
  'picker.retry': { el: 'Ξανά από την αρχή', en: 'Start again' },
  'picker.cancel': { el: 'Ακύρωση', en: 'Cancel' },
});
