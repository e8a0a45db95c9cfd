import { KNOWN_CRM_MATCHES } from '@/lib/sites';
import { EXTRAS_GLOBAL } from '@/app/extras/api';
import { createExtras } from '@/app/extras/extras';

export default defineContentScript({
  // Never in the manifest: the background injects this into a frame whose content script asks for it
  // (app/extras/load.ts), on the same pages the content script runs on.
  matches: [...KNOWN_CRM_MATCHES],
  registration: 'runtime',
  main(ctx) {
    const api = createExtras(() => ctx.isValid);
    globalThis[EXTRAS_GLOBAL] = api;
    ctx.onInvalidated(() => {
      if (globalThis[EXTRAS_GLOBAL] === api) globalThis[EXTRAS_GLOBAL] = undefined;
    });
  },
});
