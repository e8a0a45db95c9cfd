import { withoutTitles } from '../../knowledge/names/titles';
import type { ConversationSnapshot } from './types';

/**
 * The customer's name as the page gives it, without the titles it writes before it or in brackets («κα Μαρία
 * Παπαδοπούλου», "Maria Lopez (Mrs)" → «Μαρία Παπαδοπούλου», "Maria Lopez"), as the templates write it; undefined
 * where the page gives none (or only a title). The case a title put it in stays («της κας Μαρίας»: «Μαρίας»): the
 * nominative needs the name lists, which only the background holds.
 */
export function customerName(s: ConversationSnapshot): string | undefined {
  const { name, firstName, lastName } = s.customer;
  return withoutTitles(name ?? [firstName, lastName].filter(Boolean).join(' ')) || undefined;
}

/**
 * One line naming the conversation: "Γιώργος Παπαδόπουλος · #48213". The overlay's header and the notes page's list
 * both show it (a note is labelled when first stored, by whichever of the two writes first), so the agent finds the
 * ticket under the same words in both.
 */
export function describeSnapshot(s: ConversationSnapshot): string {
  const who = customerName(s) ?? s.customer.email;
  return [who, s.ticketId && `#${s.ticketId.replace(/^#/, '')}`].filter(Boolean).join(' · ');
}

/** Below this many words the latest message ("Any news?") says too little on its own. */
const SHORT_MESSAGE_WORDS = 12;

/**
 * The text suggestions are for: customer text the agent selected, else the customer's latest message with the
 * subject, and the message before it when the latest is short. Agent replies and notes never count; a page where
 * no conversation was found gives nothing to suggest for (rather than the helpdesk's own labels).
 */
export function suggestionText(s: ConversationSnapshot | undefined): string {
  if (!s) return '';
  if (s.selection) return s.selection;
  if (s.evidence === 'none') return '';
  const latest = s.latestCustomerMessage;
  const short = !latest || latest.split(/\s+/).length < SHORT_MESSAGE_WORDS;
  return [latest, s.subject, short ? s.customerMessages.at(-1) : undefined].filter(Boolean).join('\n');
}

/**
 * Where the customer's latest message ends in suggestionText, which opens with it (none when the agent's selection is
 * the text): the engine reads from that message alone whether a short thanks closes the conversation, while the
 * subject and the earlier message after it still say what it is about («Ευχαριστώ πολύ, το πήρα!» after a late parcel).
 */
export const latestEnd = (s: ConversationSnapshot | undefined): number | undefined => (s?.selection ? undefined : s?.latestCustomerMessage?.length);

/**
 * What the customer wrote, newest first, then the subject: where a template's fill-in fields are looked for (the
 * order number is often in the first message, «παραγγελία 100482», and no longer in the latest, «Τρίτη φορά…»).
 */
export function customerTexts(s: ConversationSnapshot | undefined): string[] {
  if (!s || s.evidence === 'none') return [];
  const latest = s.latestCustomerMessage;
  const earlier = s.customerMessages.filter((m) => m !== latest).reverse();
  return [latest, ...earlier, s.subject].filter((t): t is string => !!t);
}
