import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { notesFrame, overlay, screenshot } from '../support/browser';
import { caretRect, expectBesideCaret } from '../support/caret';
import { typeShortcut } from '../support/long-desk';
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
const replyBox = (page: Page) => page.frameLocator('iframe[data-box]').first().locator('[contenteditable]');

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

  // The log was scrolled to its newest message; the docked panel narrowed the page, the messages grew taller and the
  // customer's latest message went 93 px below the log's fold, at every load and every time the panel unfolded.
  it('the panel docking beside the page leaves the conversation log at its newest message', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(desk('el')));
    await overlay(page).locator('.odigos-panel').waitFor();
    const belowFold = () => page.locator('.sc-log-z4').evaluate((log) => log.scrollHeight - log.scrollTop - log.clientHeight);
    await expect.poll(() => page.evaluate(() => document.documentElement.style.marginRight)).toBe('300px');
    expect(await belowFold()).toBeLessThanOrEqual(1);
    // Folded (the page takes its width back) and docked again with the keys.
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    await page.keyboard.press('Alt+Shift+O');
    await expect.poll(() => page.evaluate(() => document.documentElement.style.marginRight)).toBe('300px');
    expect(await belowFold()).toBeLessThanOrEqual(1);
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

describe('a split-pane inbox, English UI', () => {
  const served = useServedBrowser({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } }, { viewport: { width: 1400, height: 900 }, locale: 'en-US' });

  // «Hello Nick,» typed, then /sorry + Tab: the reply read «Hello Nick,\nDear Nick Alexiou,\n\nPlease accept…».
  it('a template after the agent\u2019s own greeting goes in without a second one; at the top of an empty box it keeps its own', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(desk('en')));
    await expect.poll(() => context(page)).toContain('#90317');
    await replyBox(page).click();
    await page.keyboard.type('Hello Nick,', { delay: 15 });
    await page.keyboard.press('Enter');
    // The palette beside the caret in the framed box, its preview as the template will go in here.
    const caret = await caretRect(page);
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Template palette' });
    await palette.getByRole('option').first().waitFor();
    await expectBesideCaret(page, palette, caret);
    const preview = palette.getByRole('region', { name: 'Preview' });
    await expect.poll(() => preview.textContent()).toMatch(/^I am sorry that/);
    await page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    await typeShortcut(page, '/sorry');
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Fill in before inserting/ });
    await form.getByRole('textbox').first().waitFor();
    await page.keyboard.type('the broken vase', { delay: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => replyBox(page).innerText()).toContain('Please accept my sincere apologies for the broken vase.');
    const reply = await replyBox(page).innerText();
    expect(reply).toMatch(/^Hello Nick,\s+Please accept my sincere apologies/);
    expect(reply).not.toContain('Dear');
    await screenshot(page, 'split-pane-en-greeted');
    // One undo step takes the template out again and gives the shortcut back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => replyBox(page).innerText()).toMatch(/^Hello Nick,\s+\/sorry$/);
    // An empty box: the template's own salutation opens the reply.
    await replyBox(page).press('Control+a');
    await page.keyboard.press('Delete');
    await typeShortcut(page, '/sorry');
    await page.keyboard.press('Tab');
    await form.getByRole('textbox').first().waitFor();
    await page.keyboard.type('the delay', { delay: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => replyBox(page).innerText()).toMatch(/^Dear Nick Alexiou,\s+Please accept my sincere apologies for the delay\./);
    await page.close();
  });

  // «Hello Nick,» typed, then the friendly greeting picked in the palette: «Hello Nick,\nHi Nick, thanks for getting…».
  it('an informal template that greets in its first sentence goes in from what follows its greeting, in the preview too', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(desk('en')));
    await expect.poll(() => context(page)).toContain('#90317');
    await replyBox(page).click();
    await page.keyboard.type('Hello Nick,', { delay: 15 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Template palette' });
    await palette.getByRole('option').first().waitFor();
    await page.keyboard.type('opening greeting friendly', { delay: 10 });
    // The formal twin may rank above it: the arrow keys go down to the friendly one.
    const titles = () => palette.getByRole('option').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    await expect.poll(async () => (await titles()).findIndex((t) => t.includes('Opening greeting (friendly)'))).toBeGreaterThanOrEqual(0);
    const at = (await titles()).findIndex((t) => t.includes('Opening greeting (friendly)'));
    for (let i = 0; i < at; i += 1) await page.keyboard.press('ArrowDown');
    await expect.poll(() => palette.getByRole('option', { selected: true }).textContent()).toContain('Opening greeting (friendly)');
    await expect.poll(() => palette.getByRole('region', { name: 'Preview' }).textContent()).toMatch(/^Thanks for getting in touch!/);
    await page.keyboard.press('Enter');
    await expect.poll(() => replyBox(page).innerText()).toContain('Thanks for getting in touch!');
    const reply = await replyBox(page).innerText();
    expect(reply).toMatch(/^Hello Nick,\s+Thanks for getting in touch! You're chatting with/);
    expect(reply).not.toContain('Hi ');
    await screenshot(page, 'split-pane-en-greeted-informal');
    await page.close();
  });

  it('the same template opened in the panel and inserted after «Hello Nick,» has no second greeting either', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(desk('en')));
    await expect.poll(() => context(page)).toContain('#90317');
    await replyBox(page).click();
    await page.keyboard.type('Hello Nick,', { delay: 15 });
    await page.keyboard.press('Enter');
    await overlay(page).getByRole('list', { name: 'Suggestions' }).locator('[data-entry-id="apology-wrong-damaged-item"] button').first().click();
    const view = overlay(page).locator('article.odigos-template');
    await view.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => replyBox(page).innerText()).toContain('I am sorry that');
    expect(await replyBox(page).innerText()).toMatch(/^Hello Nick,\s+I am sorry that/);
    await page.close();
  });
});
