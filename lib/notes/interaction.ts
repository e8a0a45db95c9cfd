import { customerName, describeSnapshot } from '../crm/describe';
import type { ConversationSnapshot } from '../crm/types';
import type { InteractionRef } from './model';

/**
 * Which interaction a page shows. The CRM adapter knows (`ConversationSnapshot.interactionId`); without one,
 * the page address without query and hash stands for it, so notes follow the agent across tabs and reloads.
 */
export function genericInteractionId(loc: Pick<Location, 'origin' | 'pathname'>): string {
  return `generic:${loc.origin}${loc.pathname.replace(/\/+$/, '') || '/'}`;
}

export function interactionOf(
  loc: Pick<Location, 'origin' | 'pathname' | 'href'>,
  title: string,
  snapshot?: ConversationSnapshot,
): InteractionRef {
  if (snapshot) {
    return { interactionId: snapshot.interactionId, url: loc.href, label: describeSnapshot(snapshot) || snapshot.subject || title };
  }
  return { interactionId: genericInteractionId(loc), url: loc.href, label: title };
}

/** What a notes editor opens for a page the overlay read: its interaction, and the customer's name to prefill. */
export function notesTargetOf(
  loc: Pick<Location, 'origin' | 'pathname' | 'href'>,
  title: string,
  snapshot: ConversationSnapshot,
): { ref: InteractionRef; customer: string } {
  return { ref: interactionOf(loc, title, snapshot), customer: (snapshot.customer.name && customerName(snapshot)) ?? '' };
}
