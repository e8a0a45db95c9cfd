import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from './static-server';

export interface DemoDesk {
  browser: ExtensionBrowser;
  site: Served;
}

/**
 * For one describe block: the demo helpdesk served under a strict CSP with Trusted Types (as CRMs send it),
 * and Chromium with the built e2e extension; both closed after the block. Read the fields inside tests.
 */
export function useDemoDesk(): DemoDesk {
  const desk = {} as DemoDesk;
  beforeAll(async () => {
    desk.site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    desk.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.site?.close();
  });
  return desk;
}
