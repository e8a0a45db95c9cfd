import type { ConversationSnapshot } from './types';

/** One line naming the conversation for the overlay header: "Γιώργος Παπαδόπουλος · #48213". */
export function describeSnapshot(s: ConversationSnapshot): string {
  return [s.customer.name ?? s.customer.email, s.ticketId && `#${s.ticketId.replace(/^#/, '')}`].filter(Boolean).join(' · ');
}
