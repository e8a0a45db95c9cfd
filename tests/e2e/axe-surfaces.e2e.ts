import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, notesFrame, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';
import { describeViolations, runAxe } from '../support/axe';
import { typeShortcut } from '../support/long-desk';

/** Fails with the violations listed; also checks axe really looked (some rules passed). */
async function expectClean(page: Page, include?: string[]) {
  const { violations, passed } = await runAxe(page, include);
  expect(describeViolations(violations)).toEqual([]);
  expect(passed.length).toBeGreaterThan(5);
}

/**
 * axe-core in real Chromium finds nothing, at any impact, on every surface an agent meets: the overlay (list,
 * key list, an SOP, a template), the palette, Options, the notes page, the side panel and the popup — light and dark.
 */
describe.each(['light', 'dark'] as const)('axe-core on every surface (%s)', (colorScheme) => {
  let browser: ExtensionBrowser;
  let site: Served;
  let desk: Page;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ colorScheme });
    desk = await browser.context.newPage();
    await desk.goto(site.url('/desk/el/tickets/48213'));
    await overlay(desk).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('overlay: suggestions, key list, an SOP and a template', async () => {
    await expectClean(desk, ['odigos-overlay']);
    await overlay(desk).getByRole('button', { name: 'Πλήκτρα (?)' }).click();
    await overlay(desk).getByRole('dialog', { name: 'Πλήκτρα' }).waitFor();
    await expectClean(desk, ['odigos-overlay']);
    await overlay(desk).getByRole('button', { name: 'Κλείσιμο' }).click();
    // Twins in the other register are offered beside an item.
    await overlay(desk).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('συγγνώμη ταλαιπωρία');
    await overlay(desk).getByRole('button', { name: /Άλλο ύφος/ }).first().waitFor();
    await expectClean(desk, ['odigos-overlay']);
    await overlay(desk).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('διπλή χρέωση');
    const list = overlay(desk).getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id="double-card-charge"] button').first().click();
    await overlay(desk).locator('article.odigos-sop').waitFor();
    await expectClean(desk, ['odigos-overlay']);
    await overlay(desk).locator('article.odigos-sop .odigos-step-templates button').first().click();
    await overlay(desk).locator('article.odigos-template').waitFor();
    await expectClean(desk, ['odigos-overlay']);
    await overlay(desk).getByRole('button', { name: /Πίσω/ }).first().click();
    // Back from the template is the SOP; back again closes it, so the ticket's next view (the side panel) opens on
    // the suggestions, not on the SOP kept open for the ticket.
    await overlay(desk).locator('article.odigos-sop').waitFor();
    await overlay(desk).getByRole('button', { name: /Πίσω/ }).first().click();
    await list.locator('[data-entry-id]').first().waitFor();
  });

  it('palette, with results and a preview', async () => {
    await desk.locator('#reply').click();
    await desk.keyboard.press('Control+Shift+Space');
    const palette = desk.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('συγνωμη', { delay: 20 });
    await palette.getByRole('option').first().waitFor();
    await expect.poll(() => palette.getByRole('region', { name: 'Προεπισκόπηση' }).textContent()).not.toBe('');
    await expectClean(desk, ['odigos-overlay']);
    await desk.keyboard.press('Escape');
    // The fill-in form of a template with fields.
    await desk.locator('#reply').click();
    await typeShortcut(desk, '/diplh');
    await desk.keyboard.press('Tab');
    const form = desk.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.getByRole('textbox').first().waitFor();
    await expectClean(desk, ['odigos-overlay']);
    await desk.keyboard.press('Escape');
    await desk.locator('#reply').fill('');
  });

  it('side panel for the desk’s tab', async () => {
    const tabId = await browser.tabIdOf(desk);
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor();
    await expectClean(panel);
    await panel.close();
  });

  it('Options, the notes page with a note open, and the popup', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('region', { name: 'Γνώση' }).getByRole('article').first().waitFor();
    await expectClean(options);
    if (colorScheme === 'light') await screenshot(options, 'options-el');
    await options.close();

    // A note for this ticket, written in the panel.
    await overlay(desk).getByRole('button', { name: 'Σημειώσεις' }).click();
    const text = notesFrame(desk).getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => text.isEnabled(), { timeout: 15_000 }).toBe(true);
    await text.fill('Ο πελάτης ζητά επιστροφή της διπλής χρέωσης.');
    // The notes editor framed in the panel.
    await expectClean(desk, ['odigos-overlay']);
    const notes = await browser.openExtensionPage('notes.html');
    const item = notes.locator('.notes-item').first();
    await item.waitFor({ timeout: 15_000 });
    await item.click();
    await notes.locator('.notes-detail .odigos-notes').waitFor();
    await expectClean(notes);
    if (colorScheme === 'light') await screenshot(notes, 'notes-page-el');
    await notes.close();

    const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(desk)}`);
    await popup.getByRole('heading', { name: 'Οδηγός' }).waitFor();
    await expectClean(popup);
    await popup.close();
  });
});
