import type { ConversationSnapshot } from './types';

/**
 * One line naming the conversation: "Γιώργος Παπαδόπουλος · #48213". The overlay's header and the notes page's list
 * both show it (a note is labelled when first stored, by whichever of the two writes first), so the agent finds the
 * ticket under the same words in both.
 */
export function describeSnapshot(s: ConversationSnapshot): string {
  const { name, firstName, lastName, email } = s.customer;
  const who = name ?? ([firstName, lastName].filter(Boolean).join(' ') || email);
  return [who, s.ticketId && `#${s.ticketId.replace(/^#/, '')}`].filter(Boolean).join(' · ');
}
