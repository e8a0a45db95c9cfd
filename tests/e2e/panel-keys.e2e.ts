import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';

const DESK = '/tests/fixtures/desk/long-thread.html';
/** The element focused inside the overlay's shadow root, if any. */
const focusedInPanel = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('odigos-overlay')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el ? el.getAttribute('type') ?? el.localName : null;
  });

/** One key from the reply box into the panel and back (not 7 Tabs), and `?` lists every key. */
describe('keys: into the panel and back, and the key list', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('Alt+Shift+F moves focus from the reply box to the panel’s search, and back to the reply box', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(`${DESK}?lang=el`));
    const list = overlay(page).getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id]').first().waitFor();
    await page.locator('#reply').scrollIntoViewIfNeeded();
    await page.locator('#reply').click();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => focusedInPanel(page)).toBe('search');
    // Arrow into the suggestions and open the key list with ?
    await page.keyboard.press('Tab');
    await page.keyboard.press('?');
    const help = overlay(page).getByRole('dialog', { name: 'Πλήκτρα' });
    await help.waitFor();
    for (const key of ['Alt+Shift+F', 'Alt+Shift+O', 'Ctrl+Shift+Space', '/…', '?']) await help.getByText(key, { exact: true }).waitFor();
    await screenshot(page, 'panel-key-list-el');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    // From inside the panel the key gives focus back to the reply box.
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply');
    // Folded, the panel opens with focus in it.
    await page.keyboard.press('Alt+Shift+O');
    await overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).waitFor();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => focusedInPanel(page)).toBe('search');
    await page.close();
  });

  it('the key list opens from its button too, in English', async () => {
    const sw = await browser.serviceWorker();
    await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } } } }).chrome;
      const settings = (await api.storage.local.get('settings')).settings ?? {};
      await api.storage.local.set({ settings: { ...settings, uiLang: 'en' } });
    });
    const page = await browser.context.newPage();
    await page.goto(site.url(`${DESK}?lang=en`));
    await overlay(page).getByRole('button', { name: 'Keys (?)' }).click();
    const help = overlay(page).getByRole('dialog', { name: 'Keys' });
    await help.getByText('This list.').waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => help.count()).toBe(0);
    await page.close();
  });
});
