import { registerAdapter } from '../adapter-specs';

// Help Scout: threads listed newest first (messages.ts orders them by time); the number in the URL is the
// conversation number agents see. Authorship and names are undocumented: read by shape.
registerAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  sites: ['https://secure.helpscout.net/*'],
  pages: /\/conversation\/\d+/,
  marker: 'ol[aria-label="Thread Items"]',
  ticketId: ['url:/conversation/\\d+/(\\d+)', 'url:/conversation/(\\d+)'],
  messages: 'ol[aria-label="Thread Items"] > li > div[id^="thread-"]',
  subject: ['[aria-label="Conversation Subject"]', '#subjectLine'],
  editor: ['[data-cy="ConvoEditor"] [contenteditable="true"]', '[data-slate-editor="true"]'],
});
