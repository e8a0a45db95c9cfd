import type { ExpansionContext } from '../../knowledge/template/expand';
import { pickAdapter, readConversation } from '../crm/index';
import type { SiteProfile } from '../../knowledge/site-profile';

export interface PageConversation {
  context: ExpansionContext;
  interactionId: string;
  label?: string;
  /** The customer's latest words (capped): their language picks a template's Greek or English version. */
  customerText?: string;
}

/**
 * What the placeholders are filled from: the CRM adapter's reading of the page (customer, agent, ticket).
 * A page the adapters cannot read still expands, with each template's own fallbacks.
 */
export function readPageConversation(doc: Document = document, profiles: readonly SiteProfile[] = []): PageConversation {
  const where = doc.location ?? location;
  const fallbackId = `${where.origin}${where.pathname}`;
  try {
    const { snapshot } = readConversation(pickAdapter(where, doc, profiles), doc);
    const { customer, agent, ticketId } = snapshot;
    return {
      context: {
        customer: { name: customer.name, firstName: customer.firstName, lastName: customer.lastName, gender: customer.gender },
        agent: { name: agent.name, firstName: agent.firstName },
        ticket: { id: ticketId },
      },
      interactionId: snapshot.interactionId || fallbackId,
      label: [ticketId && `#${ticketId}`, customer.name].filter(Boolean).join(' — ') || undefined,
      customerText: snapshot.latestCustomerMessage?.slice(0, 500),
    };
  } catch {
    return { context: {}, interactionId: fallbackId };
  }
}
