import { defineStrings } from '@/lib/i18n';

/** Words of the fill-in form's choice fields; apart from the palette's, as only the lazily loaded form shows them. */
export const sayFields = defineStrings({
  choose: { el: 'Διαλέξτε διατύπωση', en: 'Choose a wording' },
  own: { el: 'ή γράψτε τη δική σας', en: 'or write your own' },
  ownName: { el: 'Δική σας διατύπωση', en: 'Your own wording' },
  gap: { el: 'Συμπληρώστε το «…»', en: 'Fill in the “…”' },
  missing: { el: 'Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.', en: 'No wording chosen yet: pick one (↑ ↓) and press Enter.' },
});
