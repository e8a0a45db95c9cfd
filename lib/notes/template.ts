import type { UiLang } from '../ui-lang';
import type { NoteFields } from './model';

/**
 * The customer-meeting template (seed 002: "a customer-meeting template, by phone or in person"; seed 000: every
 * customer view goes to QC; seed 003: no request unanswered, call back as promised). Headings only: the agent
 * writes under each one.
 */
const HEADINGS: Record<UiLang, string[]> = {
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
};

export function meetingTemplate(lang: UiLang): string {
  return HEADINGS[lang].join('\n\n') + '\n';
}

/** The agent's own words in a note's text: what is left without the template's headings (in either language). */
export function writtenText(text: string): string {
  let rest = text;
  for (const heading of [...HEADINGS.el, ...HEADINGS.en]) rest = rest.split(heading).join('');
  return rest.trim();
}

export function emptyFields(lang: UiLang, customer = ''): NoteFields {
  return { text: meetingTemplate(lang), customer, followUpAt: null, status: 'open' };
}

