/**
 * The customer-meeting template's headings (seed 002: "a customer-meeting template, by phone or in person"; seed 000:
 * every customer view goes to QC; seed 003: no request unanswered, call back as promised), declared once: the notes
 * write them (lib/notes/template.ts) and the QC export reads the customer's views from under the first
 * (records.ts customerViews), so the export knows where that section ends whichever way the agent typed into it.
 */
export const MEETING_HEADINGS = {
  el: [
    'Απόψεις και επιθυμίες του πελάτη (αυτολεξεί):',
    'Βασικά στοιχεία:',
    'Συμφωνημένες ενέργειες:',
    'Υπόσχεση επανάκλησης / επόμενης επικοινωνίας (ημερομηνία και ώρα):',
    'Έκβαση:',
  ],
  en: [
    "Customer's views and wishes (verbatim):",
    'Key facts:',
    'Agreed actions:',
    'Promised call-back / follow-up (date and time):',
    'Outcome:',
  ],
} as const satisfies Record<'el' | 'en', readonly string[]>;

/**
 * The customer's views under a heading of the agent's own, short, as agents type one without the template (seed
 * 000): «Άποψη πελάτη:», «ΑΠΟΨΗ ΠΕΛΑΤΗ», «apopsi pelati». Read with the template's first heading (records.ts
 * customerViews), accents, case and Greeklish folded (heading.ts).
 */
export const VIEWS_HEADINGS_SHORT = [
  'Άποψη πελάτη:',
  'Απόψεις πελάτη:',
  'Άποψη του πελάτη:',
  'Απόψεις του πελάτη:',
  "Customer's view:",
  "Customer's views:",
  'Customer view:',
  'Customer views:',
] as const;
