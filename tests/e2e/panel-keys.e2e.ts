import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { useLongDesk } from '../support/long-desk';
/** The element focused inside the overlay's shadow root, if any. */
const focusedInPanel = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('odigos-overlay')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el ? el.getAttribute('type') ?? el.localName : null;
  });

/** One key from the reply box into the panel and back (not 7 Tabs), and `?` lists every key. */
describe('keys: into the panel and back, and the key list', () => {
  const desk = useLongDesk();

  it('Alt+Shift+F moves focus from the reply box to the panel’s search, and back to the reply box', async () => {
    const page = await desk.openReply('lang=el');
    await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply');
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => focusedInPanel(page)).toBe('search');
    // Arrow into the suggestions and open the key list with ?
    await page.keyboard.press('Tab');
    const focusedText = () =>
      page.evaluate(() => document.querySelector('odigos-overlay')?.shadowRoot?.activeElement?.textContent ?? null);
    const beforeList = await focusedText();
    expect(beforeList).toBeTruthy();
    await page.keyboard.press('?');
    const help = overlay(page).getByRole('dialog', { name: 'Πλήκτρα' });
    await help.waitFor();
    for (const key of ['Alt+Shift+F', 'Alt+Shift+O', 'Ctrl+Shift+Space', '/…', '?']) await help.getByText(key, { exact: true }).waitFor();
    // Every key stays in its column, clear of the words beside it («Ctrl+Shift+Space» ran into «Παλέτα προτύπων»).
    const overrun = await help.locator('kbd').evaluateAll((kbds) =>
      kbds.filter((k) => k.getBoundingClientRect().right > k.closest('dt')!.getBoundingClientRect().right + 0.5).map((k) => k.textContent),
    );
    expect(overrun).toEqual([]);
    await screenshot(page, 'panel-key-list-el');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    // Closing the list gives focus back to where it was in the panel; from there the key gives it to the reply box.
    await expect.poll(focusedText).toBe(beforeList);
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply');
    // Folded, the panel opens with focus in it.
    await page.keyboard.press('Alt+Shift+O');
    await overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).waitFor();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => focusedInPanel(page)).toBe('search');
    await page.close();
  });

  it('from a panel the agent clicked into, the key takes focus to the reply box', async () => {
    const page = await desk.openReply('lang=el');
    const search = overlay(page).locator('.odigos-search input');
    await search.click();
    await expect.poll(() => focusedInPanel(page)).toBe('search');
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply');
    await page.close();
  });

  // Alt+Shift+F lands in the search box, and ↓ there did nothing: the agent Tabbed past «Επιλύθηκε» to reach a card.
  it('↓ in the search box goes on to the first suggestion, ↓ again to the next; Enter opens it', async () => {
    const page = await desk.openReply('lang=el');
    const list = overlay(page).getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id]').nth(1).waitFor();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => focusedInPanel(page)).toBe('search');
    const focusedCard = () =>
      page.evaluate(() => (document.querySelector('odigos-overlay')?.shadowRoot?.activeElement as HTMLElement | null)?.closest('[data-entry-id]')?.getAttribute('data-entry-id') ?? null);
    const ids = await list.locator('[data-entry-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-entry-id')));
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedCard).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedCard).toBe(ids[1]);
    await page.keyboard.press('Enter');
    await overlay(page).getByRole('button', { name: /Πίσω/ }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('the key list opens from its button too, in English', async () => {
    const sw = await desk.browser.serviceWorker();
    await sw.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } } } }).chrome;
      const settings = (await api.storage.local.get('settings')).settings ?? {};
      await api.storage.local.set({ settings: { ...settings, uiLang: 'en' } });
    });
    const page = await desk.openReply('lang=en');
    // The test before ends by unfolding the panel and closing its tab at once: under load the unfolded state may not
    // have been stored yet, and the panel comes back folded.
    const unfold = overlay(page).getByRole('button', { name: 'Open Odigos' });
    const keys = overlay(page).getByRole('button', { name: 'Keys (?)' });
    await expect.poll(async () => (await unfold.isVisible()) || (await keys.isVisible())).toBe(true);
    if (await unfold.isVisible()) await unfold.click();
    await keys.click();
    const help = overlay(page).getByRole('dialog', { name: 'Keys' });
    await help.getByText('This list.').waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => help.count()).toBe(0);
    await page.close();
  });
});
