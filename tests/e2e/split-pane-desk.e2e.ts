import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { notesFrame, overlay, screenshot } from '../support/browser';
import { useServedBrowser } from '../support/served-browser';
import { STRICT_CSP } from '../support/static-server';

/**
 * A split-pane inbox (tests/fixtures/desk/split-pane.html) under a strict CSP: the document never scrolls, the
 * conversation scrolls in its own log under a composer that stays put, the reply box is a contenteditable inside a
 * same-origin frame, a ticket list and a customer sidebar of fields and earlier tickets of other subjects stand beside
 * it, and a click in the list changes the conversation without a reload.
 */
const desk = (lang: 'el' | 'en', id = '90317') => `/tests/fixtures/desk/split-pane.html?lang=${lang}#/inbox/conversation/${id}`;
const ids = (page: Page) => overlay(page).getByRole('list', { name: /Προτάσεις|Suggestions/ }).locator('[data-entry-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')));
const context = (page: Page) => overlay(page).locator('.odigos-context').textContent();

describe('a split-pane inbox, Greek UI', () => {
  const served = useServedBrowser({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } }, { viewport: { width: 1400, height: 900 } });

  it('reads the open conversation, not the list or the sidebar: the damaged-item SOP leads, and a click in the list is followed', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(desk('el')));
    await expect.poll(() => context(page)).toContain('#90317');
    expect(await context(page)).toContain('Νίκος Αλεξίου');
    await expect.poll(async () => (await ids(page))[0]).toBe('wrong-or-damaged-item');
    // The earlier, solved password problem of the same log, the internal note's double charge, the list's subjects.
    const shown = await ids(page);
    expect(shown).not.toContain('password-reset');
    expect(shown).not.toContain('double-card-charge');
    expect(shown).not.toContain('subscription-cancellation');
    await screenshot(page, 'split-pane-el');
    await page.locator('.sc-list-b3 a[data-id="90319"]').click();
    await expect.poll(() => context(page)).toContain('#90319');
    expect(await context(page)).toContain('Γιάννης Σταύρου');
    await expect.poll(async () => (await ids(page))[0]).toBe('delivery-delay');
    await page.close();
  });

  it('keeps a note per conversation: written on one, not shown on the next, there again after a switch back and a reload', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(desk('el')));
    await expect.poll(() => context(page)).toContain('#90317');
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    const box = () => notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => box().isEnabled(), { timeout: 15_000 }).toBe(true);
    await page.keyboard.type('Ζητήθηκε φωτογραφία του βάζου', { delay: 10 });
    await expect.poll(() => notesFrame(page).getByText(/Αποθηκεύτηκε/).count()).toBe(1);
    await page.locator('.sc-list-b3 a[data-id="90319"]').click();
    await expect.poll(() => notesFrame(page).getByRole('textbox', { name: 'Πελάτης' }).inputValue()).toBe('Γιάννης Σταύρου');
    expect(await box().inputValue()).not.toContain('βάζου');
    await page.locator('.sc-list-b3 a[data-id="90317"]').click();
    await expect.poll(() => box().inputValue()).toContain('Ζητήθηκε φωτογραφία του βάζου');
    await page.reload();
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    await expect.poll(() => box().inputValue(), { timeout: 15_000 }).toContain('Ζητήθηκε φωτογραφία του βάζου');
    await page.close();
  });
});
