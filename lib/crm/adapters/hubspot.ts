import { registerAdapter } from '../adapter-specs';

// HubSpot Help Desk: the thread root is documented, its message markup is not — items are found by shape.
registerAdapter({
  id: 'hubspot',
  name: 'HubSpot Help Desk',
  sites: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  pages: /\/help-desk\/\d+\//,
  marker: '[data-application-name="svh-help-desk"]',
  ticketId: ['url:/ticket/(\\d+)', 'url:/thread/(\\d+)'],
  scope: ['[data-application-name="svh-help-desk"]', '[data-layer-for="Panel"]'],
  thread: ['[data-test-id="inbox-thread-loaded"]', '[data-test-id="AgentThreadHistory"]'],
  customerName: ['[data-selenium-test="contact-chicklet-title-link"]', '[data-sidebar-key="Requester"] a'],
  subject: ['[data-test-id="ticket-header-name-link"]'],
  editor: ['[contenteditable="true"][role="textbox"]', '[contenteditable="true"]'],
});
