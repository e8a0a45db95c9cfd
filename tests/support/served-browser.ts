import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { serve, type ServeOptions, type Served } from './static-server';

export interface ServedBrowser {
  browser: ExtensionBrowser;
  site: Served;
}

/**
 * For one describe block: a test server with these options, and Chromium with the built e2e extension; both opened
 * before the block's tests and closed after them. The fields are set only once the block starts, so read them inside
 * tests (or later hooks), never when the block is declared.
 */
export function useServedBrowser(serveOptions: ServeOptions, launchOptions?: LaunchOptions): ServedBrowser {
  const served = {} as ServedBrowser;
  beforeAll(async () => {
    served.site = await serve(serveOptions);
    served.browser = await launchWithExtension(launchOptions);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.site?.close();
  });
  return served;
}
