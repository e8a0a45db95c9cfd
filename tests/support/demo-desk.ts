import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
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

/** A new customer message arrives in the demo desk's thread, as a helpdesk pushes it live (no reload). */
export async function customerWrites(page: Page, text: string) {
  await page.evaluate((body) => {
    const last = [...document.querySelectorAll('.thread .msg--customer')].at(-1)!;
    const msg = last.cloneNode(true) as HTMLElement;
    msg.querySelector('.msg-body')!.textContent = body;
    msg.querySelector('.msg-time')!.textContent = '14:20';
    last.parentElement!.append(msg);
  }, text);
}
