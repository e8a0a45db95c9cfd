import { registerAdapter } from '../adapter-specs';

// Zoho Desk's agent UI changes its markup between releases; the generic reader reads it (tests/fixtures/corpus/zohodesk.html).
registerAdapter({
  id: 'zohodesk',
  name: 'Zoho Desk',
  sites: ['https://desk.zoho.com/*', 'https://desk.zoho.eu/*'],
});
