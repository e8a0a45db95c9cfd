import { describe, expect, it } from 'vitest';
import { notesFrame, overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

/**
 * Opened SOPs and templates and the palette come with a second content script injected on first use
 * (content-scripts/extras.js); the notes are an extension page framed in the overlay, and in the side panel.
 */
describe('extras on demand, and notes in the side panel', () => {
  const desk = useDemoDesk();

  it('writes a note in the side panel that the overlay on the tab then shows', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor();
    const tabId = await desk.browser.tabIdOf(page);
    const panel = await desk.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('.odigos-context').textContent()).toContain('#48213');

    const toggle = panel.getByRole('button', { name: 'Σημειώσεις' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const box = panel.getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.inputValue()).toMatch(/^Απόψεις και επιθυμίες του πελάτη/);
    const words = ' Ζητά επιστροφή της δεύτερης χρέωσης.';
    await box.click();
    await panel.keyboard.press('Control+Home');
    await panel.keyboard.press('End');
    await panel.keyboard.type(words, { delay: 5 });
    await panel.getByRole('status').filter({ hasText: 'Αποθηκεύτηκε' }).waitFor();
    await screenshot(panel, 'sidepanel-notes-el');

    // The overlay's editor (an extension page framed in the overlay) opens the same interaction's note.
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    const inPage = notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => inPage.inputValue()).toContain(words.trim());
    // Back to the suggestions: the panel shows them again.
    await toggle.click();
    await panel.getByRole('list', { name: 'Προτάσεις' }).waitFor();
    await panel.close();
    await page.close();
  });
});
