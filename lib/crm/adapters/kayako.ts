import { registerAdapter } from '../adapter-specs';

// Known to run Odigos without asking; no markup known yet, so the generic reader reads it.
registerAdapter({
  id: 'kayako',
  name: 'Kayako',
  sites: ['https://*.kayako.com/*'],
});
