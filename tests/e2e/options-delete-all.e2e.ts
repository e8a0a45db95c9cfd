import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { seedStorage } from '../fixtures/editors/harness';
import { notesExportJson } from '../support/notes';

/**
 * Options' «Διαγραφή όλων των σημειώσεων» asked «Να διαγραφούν οριστικά όλες οι σημειώσεις;» of an agent who had
 * none. With nothing stored it is disabled and says there is nothing to delete; a note arriving while Options is
 * open (another tab, an import) enables it, and after a delete it is disabled again.
 */
describe('Options: delete all with no notes (real Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const notesRegion = (page: Page) => page.getByRole('region', { name: 'Σημειώσεις' });

  it('is disabled and says why with none, enabled by a note that arrives, disabled again once deleted', { timeout: 90_000 }, async () => {
    const page = await browser.openExtensionPage('options.html');
    const button = notesRegion(page).getByRole('button', { name: 'Διαγραφή όλων των σημειώσεων' });
    await expect.poll(() => button.isDisabled()).toBe(true);
    const why = notesRegion(page).getByText('Δεν υπάρχουν σημειώσεις για διαγραφή.');
    expect(await why.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-describedby')).toBe(await why.getAttribute('id'));
    await button.scrollIntoViewIfNeeded();
    await screenshot(page, 'options-delete-all-none-el');
    // A click on the disabled button asks nothing.
    await button.click({ force: true });
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    // A note imported in another page: Options follows without a reload.
    const reply = await page.evaluate(async (json) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ odigos: 'notes.import', payload: { json } });
    }, notesExportJson([{ id: 77, text: 'Ο πελάτης θα καλέσει ξανά.' }]));
    expect(reply).toMatchObject({ ok: true, value: { added: 1 } });
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await why.count()).toBe(0);
    await button.click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('Να διαγραφούν οριστικά όλες οι σημειώσεις; Δεν αναιρείται.');
    await dialog.getByRole('button', { name: 'Ναι, διαγραφή όλων' }).click();
    await notesRegion(page).getByRole('status').filter({ hasText: 'Όλες οι σημειώσεις διαγράφηκαν.' }).waitFor();
    await expect.poll(() => button.isDisabled()).toBe(true);
    await screenshot(page, 'options-delete-all-done-el');

    // In English too, the same reason beside the disabled button.
    await seedStorage(browser, [], { uiLang: 'en' });
    await page.reload();
    const en = page.getByRole('region', { name: 'Notes' });
    await expect.poll(() => en.getByRole('button', { name: 'Delete all notes' }).isDisabled()).toBe(true);
    expect(await en.getByText('There are no notes to delete.').isVisible()).toBe(true);
    await page.close();
  });
});
