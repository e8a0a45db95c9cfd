import { registerAdapter } from '../adapter-specs';

// Gmail: whoever is not the signed-in address (in the tab title) is the customer (gmail.js, Briskine).
registerAdapter({
  id: 'gmail',
  name: 'Gmail',
  sites: ['https://mail.google.com/*'],
  pages: /\/mail\//,
  ticketId: ['h2.hP[data-legacy-thread-id]@data-legacy-thread-id', '[data-thread-perm-id]@data-thread-perm-id'],
  scope: ['[role="main"] [data-thread-perm-id]', '[data-thread-perm-id]'],
  messages: 'div.adn[data-message-id]',
  body: 'div.a3s',
  author: 'span.gD[email]@email',
  authorName: 'span.gD[email]@name',
  agentEmail: ['title:\\s-\\s(\\S+@\\S+)\\s-\\s'],
  subject: ['h2.hP'],
  editor: ['.M9 div[contenteditable="true"]', 'div[contenteditable="true"][role="textbox"]'],
});
