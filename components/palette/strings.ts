import { defineStrings } from '@/lib/i18n';

export const sayPalette = defineStrings({
  title: { el: 'Παλέτα προτύπων', en: 'Template palette' },
  search: { el: 'Αναζήτηση προτύπου', en: 'Search templates' },
  placeholder: { el: 'Τίτλος, συντόμευση ή λέξη…', en: 'Title, shortcut or word…' },
  results: { el: 'Πρότυπα', en: 'Templates' },
  preview: { el: 'Προεπισκόπηση', en: 'Preview' },
  none: { el: 'Δεν βρέθηκε πρότυπο. Δοκιμάστε άλλη λέξη ή μέρος του τίτλου.', en: 'No template found. Try another word, or part of a title.' },
  hint: { el: '↑↓ επιλογή · Enter εισαγωγή · Esc κλείσιμο', en: '↑↓ choose · Enter insert · Esc close' },
  personal: { el: 'δικό σας', en: 'yours' },
  unknownShortcut: { el: 'Δεν υπάρχει συντόμευση «{typed}». Πρότυπα που ταιριάζουν:', en: 'There is no shortcut “{typed}”. Templates that match:' },
  fillTitle: { el: 'Συμπληρώστε πριν από την εισαγωγή', en: 'Fill in before inserting' },
  insert: { el: 'Εισαγωγή', en: 'Insert' },
  cancel: { el: 'Άκυρο', en: 'Cancel' },
});
