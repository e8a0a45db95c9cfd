import { registerAdapter } from '../adapter-specs';

// Zendesk Agent Workspace keeps every open ticket's pane mounted: read only the active one (docs/crm-markup.md).
registerAdapter({
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  sites: ['https://*.zendesk.com/*'],
  pages: /^https:\/\/[^/]+\/agent\//,
  marker: '[data-test-id="omni-log-container"]',
  ticketId: [
    'url:/agent/tickets/(\\d+)',
    '[data-test-id="header-tab"][aria-current="page"]@data-entity-id',
    '[data-test-id="header-tab"][data-entity-is-selected="true"]@data-entity-id',
  ],
  scope: ['[data-side-conversations-anchor-id="{id}"]', '[data-ticket-id="{id}"]', '.ticket-panes-grid-layout[data-is-active="true"]'],
  messages: 'article[data-test-id="omni-log-comment-item"]',
  body: '.zd-comment',
  customer: '[data-test-id="omni-log-item-message"][type="end-user"]',
  skip: '[data-test-id="omni-log-internal-note-tag"]',
  authorName: '[data-test-id="omni-log-item-sender"]',
  customerName: ['[data-test-id="tooltip-requester-name"]', '[data-test-id="ticket-system-field-requester-select"]'],
  // The tab title reads "<ticket> – <agent> – Zendesk" (Briskine took the second-to-last part).
  agentName: ['title:^.+\\s[–-]\\s(.+?)\\s[–-]\\s[^–-]+$'],
  subject: ['input[data-test-id="omni-header-subject"]'],
  editor: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="editor-view"] .ck-editor__editable[contenteditable="true"]',
    '.zendesk-editor--rich-text-container [contenteditable="true"]',
  ],
  observe: ['[data-test-id="omni-log-container"]'],
});
