import { registerAdapter } from '../adapter-specs';

// Known to run Odigos without asking; no markup known yet, so the generic reader reads it.
registerAdapter({
  id: 'gorgias',
  name: 'Gorgias',
  sites: ['https://*.gorgias.com/*'],
});
