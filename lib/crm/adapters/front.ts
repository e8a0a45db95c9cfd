import { registerAdapter } from '../adapter-specs';

// Front: hashed styled-components classes, only the prefix before "-sc-" is stable (docs/crm-markup.md, low
// confidence). The message list is found by shape next to the message viewer. Every message with the customer
// (mail, chat) is drawn by the message viewer (messageViewerBase__, messageViewerRecipient__…); a teammate's
// comment in the same timeline is not, and has no mark of its own that public sources show: what lacks the
// viewer is internal, never the agent's reply or the customer's words.
registerAdapter({
  id: 'front',
  name: 'Front',
  sites: ['https://app.frontapp.com/*'],
  ticketId: ['url:/(cnv_\\w+)', 'url:/(msg_\\w+)', 'url:/conversations?/(\\w+)'],
  thread: ['[class*="conversationMessages__"]', '[class*="messageList__"]'],
  customerFacing: '[class*="messageViewer"]',
  author: '[class*="messageViewerRecipient__"]',
  authorName: '[class*="messageViewerRecipient__"] [class*="Name"]',
  customerName: ['[class*="contactName__"]'],
  subject: ['[class*="conversationTopbar__"] h1', '[class*="conversationSubject__"]'],
  editor: ['[class*="composer" i] [contenteditable="true"]', '[contenteditable="true"][role="textbox"]'],
});
