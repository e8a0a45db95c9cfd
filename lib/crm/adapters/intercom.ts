import { registerAdapter } from '../adapter-specs';

// Intercom inbox (Ember): stream parts marked o__user-comment / o__admin, notes o__note (older public scripts).
registerAdapter({
  id: 'intercom',
  name: 'Intercom Inbox',
  sites: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  pages: /\/a\/(inbox|apps)\//,
  marker: '[data-intercom-target="conversation-toolbar"]',
  ticketId: ['url:/conversations?/(\\d+)'],
  messages: '.conversation__stream .o__user-comment, .conversation__stream .o__admin',
  customer: '.o__user-comment',
  skip: '.o__note',
  customerName: ['[data-inbox-conversation-header-title]'],
  editor: [
    '.embercom-prosemirror-composer-editor[contenteditable="true"]',
    '.embercom-prosemirror-composer-editor [contenteditable="true"]',
  ],
  observe: ['.conversation__stream'],
});
