import { registerAdapter } from '../adapter-specs';

// Freshdesk: messages in light DOM; the contact panel is a micro-frontend in an open shadow root (docs/crm-markup.md).
const CONTACT = 'mfe-application[app-id="fw-unified-mfe--contact-info"], fw-unified-mfe--contact-info';

registerAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  sites: ['https://*.freshdesk.com/*'],
  pages: /\/a\/tickets\/\d+/,
  marker: '.ticket-details__item [data-test-conversation="conversation-text"]',
  ticketId: ['url:/a/tickets/(\\d+)', 'title:^\\[#(\\d+)\\]', '.breadcrumb__item.active'],
  messages: '.ticket-details__item:not(.rich-editor)',
  body: '[data-test-conversation="conversation-text"], .ticket_note',
  customer: '[data-test-id="ticket-description"]',
  skip: '.rich-editor, .private-note',
  author: '.conversation-header',
  customerName: [`${CONTACT} >>> a[href*="/contacts/"]`, `${CONTACT} >>> [data-test-id="contact-name"]`],
  customerEmail: [`${CONTACT} >>> a[href^="mailto:"]`],
  subject: ['.ticket-subject-heading', '.sentiment-ticket-heading', 'title:^\\[#\\d+\\]\\s*(.+?)\\s*:[^:]*$'],
  editor: ['.fr-element.fr-view[contenteditable="true"]'],
  // The composer's Send (docs/crm-markup.md): the "Reply" that only opens the composer
  // (`[data-test-id="ticket-action-reply"]`, the collapsed box's placeholder) is then no send.
  sends: { send: 'button[data-test-id="submit"]' },
});
