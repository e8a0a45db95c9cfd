import type { SopEntry, Suggestion, TemplateEntry } from '@/knowledge/types';

/** A small Greek SOP in the shape the compiler emits (seed 002's anatomy). */
export const sop: SopEntry = {
  id: 'double-card-charge',
  type: 'sop',
  title: 'Διπλή χρέωση κάρτας',
  lang: 'el',
  triggers: ['διπλη χρεωση'],
  tags: ['πληρωμές'],
  body: '',
  department: 'Λογιστήριο',
  purpose: 'Να επιστραφεί γρήγορα το ποσό.',
  terms: { Προέγκριση: 'Δέσμευση ποσού που αποδεσμεύεται αυτόματα.' },
  metrics: { firstResponseMinutes: 15, completionMinutes: 2880 },
  escalation: { when: 'Το ποσό ξεπερνά τα 500 €.', to: 'Προϊστάμενος βάρδιας' },
  steps: [
    { n: 1, text: 'Ευχαριστήστε τον πελάτη. [[apology-double-charge]]', branches: [], templates: ['apology-double-charge'] },
    {
      n: 2,
      text: 'Ελέγξτε τις συναλλαγές.',
      branches: [
        { condition: 'φαίνονται δύο ολοκληρωμένες χρεώσεις', goto: 3 },
        { condition: '', goto: 'escalate' },
      ],
      templates: [],
    },
    { n: 3, text: 'Κάντε επιστροφή.', branches: [], templates: [] },
  ],
};

export const template: TemplateEntry = {
  id: 'apology-double-charge',
  type: 'template',
  title: 'Συγγνώμη για τη διπλή χρέωση',
  lang: 'el',
  triggers: ['διπλη χρεωση'],
  tags: [],
  reviewBy: '2020-01-01',
  body: 'Αγαπητέ {{customer.firstName}},\n\nΓια το αίτημα {{ticket.id}} και την παραγγελία {{field:Αριθμός παραγγελίας}} λυπούμαστε.{{cursor}}\n\n{{agent.name}}',
  shortcut: 'diplh',
  tone: 'apology',
  channels: ['email'],
  formality: 'formal',
};

export const suggestions: Suggestion[] = [
  {
    entryId: 'double-card-charge',
    packId: 'el-core',
    type: 'sop',
    title: sop.title,
    score: 10,
    matchedTerms: ['χρέωσαν', 'διπλά'],
    matchedWords: [{ word: 'χρέωσαν', fields: ['triggers'] }, { word: 'διπλά', fields: ['triggers'] }],
    matchedFields: ['triggers'],
    boostedBy: [],
  },
  {
    entryId: 'apology-double-charge',
    packId: 'el-core',
    type: 'template',
    // Pack text that looks like markup must stay text.
    title: 'Συγγνώμη <img src=x onerror=alert(1)>',
    score: 8,
    matchedTerms: ['διπλά'],
    matchedWords: [{ word: 'διπλά', fields: ['triggers'] }],
    matchedFields: ['triggers'],
    boostedBy: ['repeat-contact'],
  },
  {
    entryId: 'refund-request',
    packId: 'el-core',
    type: 'sop',
    title: 'Επιστροφή χρημάτων',
    score: 5,
    matchedTerms: ['επιστροφή'],
    matchedWords: [{ word: 'επιστροφή', fields: ['title'] }],
    matchedFields: ['title'],
    boostedBy: [],
  },
];

export const customerText = 'Είναι η τρίτη φορά που γράφω! Με χρέωσαν διπλά και κανείς δεν μου λέει τίποτα.';
