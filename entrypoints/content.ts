import { KNOWN_CRM_MATCHES } from '@/lib/sites';
import { startOverlay } from '@/lib/overlay/start';
import { startShortcuts } from '@/lib/shortcuts/start';

export default defineContentScript({
  // The e2e build widens these to loopback in wxt.config.ts; agent-enabled sites register this file at run time.
  matches: [...KNOWN_CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void startShortcuts(ctx);
    return startOverlay(ctx);
  },
});
