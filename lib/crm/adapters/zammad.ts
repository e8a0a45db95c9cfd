import { registerAdapter } from '../adapter-specs';

// Zammad (often self-hosted, so the route and markup identify it): tickets open as tasks, the visible one is
// `.content.active` (docs/crm-markup.md, zammad/zammad views/ticket_zoom).
registerAdapter({
  id: 'zammad',
  name: 'Zammad',
  sites: ['https://*.zammad.com/*'],
  marker: '.content .ticketZoom',
  ticketId: ['.content.active .ticket-number', 'url:#ticket/zoom/(\\d+)'],
  scope: ['.content.active'],
  messages: '.ticket-article-item',
  body: '.richtext-content',
  customer: '.customer',
  skip: '.is-internal, .system',
  authorName: '.article-meta.top .article-meta-value',
  customerName: ['[data-tab="customer"] [title="Name"]'],
  subject: ['.ticket-title-update', '.ticket-title'],
  editor: ['form.article-add .articleNewEdit-body[contenteditable="true"]', '.articleNewEdit-body[contenteditable="true"]'],
  observe: ['.ticket-article'],
});
