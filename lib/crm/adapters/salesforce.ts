import { registerAdapter } from '../adapter-specs';

// Salesforce Service Console (Lightning): several case tabs stay mounted; LWC synthetic shadow keeps internals
// in the light DOM; the reply editor is CKEditor 4 in an iframe (docs/crm-markup.md). The feed's item markup is
// undocumented, so items are found by shape and attributed by the contact's name.
registerAdapter({
  id: 'salesforce',
  name: 'Salesforce Service Console',
  sites: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  pages: /\.lightning\.force\.com\/lightning\/r\/Case\/500\w+/,
  // The case number the agent sees in the highlights panel, else the record id of the address.
  ticketId: ['label:^Case Number$', 'url:/lightning/r/Case/(500\\w{12,15})/', '.windowViewMode-normal [data-record-id^="500"]@data-record-id'],
  scope: ['.slds-template__container > .lafSinglePaneWindowManager > .windowViewMode-normal', '.windowViewMode-normal'],
  thread: ['.cuf-feed', 'div.forceListViewManager[aria-label*="Emails"]'],
  author: '.cuf-entityLink, [class*="author" i]',
  authorName: '.cuf-entityLink, [class*="author" i]',
  customerName: [
    'records-record-layout-item[field-label="Contact Name"] force-lookup a',
    'records-highlights-details-item force-lookup a',
  ],
  customerEmail: ['records-record-layout-item[field-label="Contact Email"] a[href^="mailto:"]'],
  subject: ['support-output-case-subject-field lightning-formatted-text'],
  editor: ['iframe.cke_wysiwyg_frame', '.cke_wysiwyg_div[contenteditable="true"]'],
});
