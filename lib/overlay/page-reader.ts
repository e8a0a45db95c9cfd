import type { ConversationSnapshot, CrmAdapter } from '../crm/types';

/**
 * Stand-in reader until the CRM adapters (lib/crm) land: reads a helpdesk page shaped like the demo CRM —
 * the latest `.msg--customer .msg-body`, `[data-customer-name]`, `[data-agent-name]`, `/tickets/<id>` —
 * and is replaced by `pickAdapter` from lib/crm without changing the overlay.
 */
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

export const pageReader: CrmAdapter = {
  id: 'page',
  name: 'Page',
  matches: () => true,
  read(doc: Document): ConversationSnapshot {
    const ticketId =
      doc.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id') ??
      /\/tickets?\/(\d+)/.exec(doc.location?.pathname ?? '')?.[1] ??
      undefined;
    const messages = [...doc.querySelectorAll('.msg--customer .msg-body')].map((el) => text(el) ?? '').filter(Boolean);
    const customer = doc.querySelector('[data-customer-name]')?.getAttribute('data-customer-name') ?? undefined;
    const agent = doc.querySelector('[data-agent-name]')?.getAttribute('data-agent-name') ?? undefined;
    const where = doc.location ? doc.location.origin + doc.location.pathname : '';
    return {
      adapter: 'page',
      interactionId: ticketId ? `${doc.location?.host ?? 'page'}#${ticketId}` : where,
      ticketId,
      subject: text(doc.querySelector('.ticket-subject, h1')),
      customer: { name: customer },
      agent: { name: agent },
      latestCustomerMessage: messages[messages.length - 1],
      customerMessages: messages.slice(0, -1),
    };
  },
  replyEditor(doc: Document) {
    return (
      doc.querySelector<HTMLElement>('#reply, textarea[name=reply], .reply-box, [contenteditable=true][role=textbox]') ??
      undefined
    );
  },
  observeRoot(doc: Document) {
    return doc.querySelector('#app') ?? doc.body ?? undefined;
  },
};
