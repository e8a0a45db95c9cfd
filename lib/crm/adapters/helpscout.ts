import { registerAdapter } from '../adapter-specs';

// Help Scout: threads listed newest first (messages.ts orders them by time); the number in the URL is the
// conversation number agents see. Authorship and names are undocumented: read by shape. Notes: Help Scout's own
// manual says "Notes are represented by a yellow border" (docs.helpscout.com/article/11-understand-conversation-
// icons-and-colors, "Conversation Thread Colors"; customer replies have none, user replies a grey one, drafts a blue
// one); no public source shows a class or attribute of theirs (the thread type "note" is only in the API and in
// window.appData, which a content script cannot see: zackkatz/freescout-gpt-assistant adapters/helpscoutAdapter.js).
registerAdapter({
  id: 'helpscout',
  name: 'Help Scout',
  sites: ['https://secure.helpscout.net/*'],
  pages: /\/conversation\/\d+/,
  marker: 'ol[aria-label="Thread Items"]',
  ticketId: ['url:/conversation/\\d+/(\\d+)', 'url:/conversation/(\\d+)'],
  messages: 'ol[aria-label="Thread Items"] > li > div[id^="thread-"]',
  notesPainted: true,
  subject: ['[aria-label="Conversation Subject"]', '#subjectLine'],
  editor: ['[data-cy="ConvoEditor"] [contenteditable="true"]', '[data-slate-editor="true"]'],
});
