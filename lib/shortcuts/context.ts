import type { ExpansionContext } from '../../knowledge/template/expand';
import { customerTexts, describeSnapshot, suggestionText } from '../crm/describe';
import { customerOf } from '../crm/name-texts';
import type { ConversationSnapshot } from '../crm/types';

export interface PageConversation {
  context: ExpansionContext;
  interactionId: string;
  label?: string;
  /** The customer's latest words (capped): their language picks a template's Greek or English version. */
  customerText?: string;
  /** The text the panel's suggestions are for (suggestionText): the palette opened empty lists what fits it first. */
  suggestFor?: string;
  /** What the customer wrote, newest first, then the subject (each capped): a fill-in field they answer is prefilled. */
  customerTexts?: string[];
}

/**
 * Where the customer's latest message ends in `suggestFor`, which opens with it (lib/crm/describe.ts latestEnd), as the
 * palette asks templates.search: computed in the palette's bundle from the two texts, not carried by the content script.
 */
export function latestEndIn(page: Pick<PageConversation, 'suggestFor' | 'customerText'>): number | undefined {
  const { suggestFor, customerText } = page;
  return suggestFor && customerText && suggestFor.startsWith(customerText) ? customerText.length : undefined;
}

/**
 * What the placeholders are filled from: the tab's reading of the page (customer, agent, ticket). A page
 * nothing could be read from still expands, with each template's own fallbacks.
 */
export function pageConversation(snapshot: ConversationSnapshot | undefined, where: Location = location): PageConversation {
  const fallbackId = `${where.origin}${where.pathname}`;
  if (!snapshot) return { context: {}, interactionId: fallbackId };
  const { agent, ticketId } = snapshot;
  return {
    context: {
      // With the conversation's texts where the name is in capitals: they may spell it with its accent.
      customer: customerOf(snapshot),
      agent: { name: agent.name, firstName: agent.firstName },
      ticket: { id: ticketId },
    },
    interactionId: snapshot.interactionId || fallbackId,
    // The same words the overlay's header shows, so the timeline names the ticket one way.
    label: describeSnapshot(snapshot) || undefined,
    customerText: snapshot.latestCustomerMessage?.slice(0, 500),
    ...((text) => (text ? { suggestFor: text.slice(0, 2_000) } : {}))(suggestionText(snapshot)),
    customerTexts: customerTexts(snapshot).map((t) => t.slice(0, 2_000)),
  };
}
