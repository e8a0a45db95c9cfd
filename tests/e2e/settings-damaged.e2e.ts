/**
 * Settings damaged in storage (a disk fault, a hand edit in devtools): the CRM tab still gets its panel and its keys.
 * A hotkey stored as a number threw in the content script's key handling on every key the agent pressed.
 */
import { describe, expect, it } from 'vitest';
import { overlay } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

describe('settings damaged in storage', () => {
  const desk = useDemoDesk();

  it('a hotkey stored as a number and a name stored as null: the panel suggests, the palette opens on its default key', async () => {
    const sw = await desk.browser.serviceWorker();
    await sw.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        settings: { paletteHotkey: 5, overlayHotkey: null, agentName: null, theme: 'dark' },
      }),
    );
    const page = await desk.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor({ timeout: 15_000 });
    // What was stored right is kept: the dark theme.
    expect(await overlay(page).locator('aside.odigos-panel').getAttribute('data-theme')).toBe('dark');
    await page.locator('#reply').click();
    await page.keyboard.press('Control+Shift+Space');
    await page.getByRole('dialog', { name: 'Παλέτα προτύπων' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    expect(errors.filter((e) => /odigos|TypeError/i.test(e))).toEqual([]);
    await page.close();
  }, 120_000);
});
