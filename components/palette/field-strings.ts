import { defineStrings } from '@/lib/i18n';

/** Words of the fill-in form's choice fields; apart from the palette's, as only the lazily loaded form shows them. */
export const sayFields = defineStrings({
  choose: { el: 'Διαλέξτε διατύπωση', en: 'Choose a wording' },
  wording: { el: 'Διατύπωση που θα μπει', en: 'Wording to insert' },
  own: { el: 'ή γράψτε τη δική σας', en: 'or write your own' },
  missing: { el: 'Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.', en: 'No wording chosen yet: pick one (↑ ↓) and press Enter.' },
});
