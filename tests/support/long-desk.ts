import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serve, STRICT_CSP, type Served } from './static-server';

export interface LongDesk {
  browser: ExtensionBrowser;
  site: Served;
  /**
   * A new tab on the full-height desk (tests/fixtures/desk/long-thread.html?<query>: lang, editor, agent) with the
   * caret in the reply box, which the page had to scroll far down to reach.
   */
  openReply(query: string): Promise<Page>;
}

/**
 * Type `/keyword` and wait until Odigos has its shortcut list (the e2e build marks <html data-odigos-shortcut-keys>):
 * a Tab before that moves focus on, as it should for a word that is no shortcut.
 */
export async function typeShortcut(page: Page, typed: string): Promise<void> {
  await page.keyboard.type(typed, { delay: 20 });
  await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
}

/**
 * For one describe block: the full-height helpdesk fixture (fixed header, long thread, reply box far down) under a
 * strict CSP, and Chromium at 1280×800 with the built extension; both closed after the block.
 */
export function useLongDesk(): LongDesk {
  const desk = {} as LongDesk;
  beforeAll(async () => {
    desk.site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    desk.browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.site?.close();
  });
  desk.openReply = async (query) => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url(`/tests/fixtures/desk/long-thread.html?${query}`));
    await page.locator('odigos-overlay').waitFor({ state: 'attached' });
    const reply = page.locator('#reply');
    await reply.scrollIntoViewIfNeeded();
    // The page really scrolled: the reply box was far below the first screen.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(400);
    await reply.click();
    return page;
  };
  return desk;
}
