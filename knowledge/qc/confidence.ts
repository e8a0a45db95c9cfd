import { fold } from '../text/fold';
import type { Entry } from '../types';

/**
 * The score under which a suggestion is a guess, not an answer: measured on the bundled packs, where a message
 * the pack covers puts its best entry above 8 ("πού είναι το δέμα μου" 8.3, a double charge 39) and one it does
 * not cover stays below (a noisy fridge 4.7, a dog and a remote 7.8). Such messages are kept for the trainers.
 */
export const CONFIDENCE_LINE = 8;

const ESCALATION_TAGS = new Set(['κλιμακωση', 'escalation', 'supervisor', 'προισταμενος', 'handover']);

/** Tags that mark an entry handing the customer over to someone else (a supervisor, another team). */
export function hasEscalationTag(tags: readonly string[] | undefined): boolean {
  return !!tags?.some((t) => ESCALATION_TAGS.has(fold(t)));
}

/** Entries that hand the customer over: an SOP opened or a template inserted from one is an escalation for QC. */
export function isEscalation(entry: Entry | undefined): boolean {
  return hasEscalationTag(entry?.tags);
}
