import { KNOWN_CRM_MATCHES } from '@/lib/sites';
import { startContentSession } from '@/app/content/session';

export default defineContentScript({
  // The e2e build widens these to loopback in wxt.config.ts; agent-enabled sites register this file at run time.
  matches: [...KNOWN_CRM_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startContentSession(ctx),
});
