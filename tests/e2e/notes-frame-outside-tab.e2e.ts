import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';

/**
 * The notes frame opened where the browser gives it no tab (tabs.getCurrent answers nothing: a frame in the side
 * panel, a popup or another extension page): it has no panel to join. It waited for a ticket forever («Αναμονή για
 * το αίτημα…») with an English error in the console; it now says, in Greek, to open the ticket in a normal tab.
 */
describe('the notes frame outside a tab (real Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says where notes open and what to do, instead of waiting', { timeout: 60_000 }, async () => {
    // As the browser answers such a frame: no current tab.
    await browser.context.addInitScript(() => {
      const api = (globalThis as unknown as { chrome?: { tabs?: { getCurrent: () => Promise<undefined> } } }).chrome;
      if (api?.tabs) api.tabs.getCurrent = async () => undefined;
    });
    const page = await browser.openExtensionPage('notes-frame.html#t=abcdefghijklmnop');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toBe(
      'Οι σημειώσεις ανοίγουν μόνο μέσα στο πάνελ του Οδηγού, σε καρτέλα του προγράμματος περιήγησης. Ανοίξτε το αίτημα σε κανονική καρτέλα· όλες οι σημειώσεις σας βρίσκονται και στη σελίδα «Σημειώσεις Οδηγού».',
    );
    expect(await page.getByText('Αναμονή για το αίτημα…').count()).toBe(0);
    await page.setViewportSize({ width: 360, height: 240 });
    await screenshot(page, 'notes-frame-outside-tab-el');
  });
});
