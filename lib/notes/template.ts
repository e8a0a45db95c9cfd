import type { UiLang } from '../ui-lang';
import { MEETING_HEADINGS } from '@/knowledge/qc/meeting-template';
import type { NoteFields } from './model';

/** The customer-meeting template: headings only (declared in knowledge/qc/meeting-template.ts); the agent writes under each. */
const HEADINGS: Record<UiLang, readonly string[]> = MEETING_HEADINGS;

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

