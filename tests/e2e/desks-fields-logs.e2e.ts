import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { typeShortcut } from '../support/long-desk';
import { seedStorage } from '../fixtures/editors/harness';
import { recordedMessages } from '../support/qc-record';
import { useServedBrowser } from '../support/served-browser';
import { messageKey } from '../../lib/overlay/message-keys';

/**
 * Desks no adapter knows, with the desk's own record beside the conversation: label/value rows (dd, label + value,
 * th/td) and a log of what was done to the ticket, each line with who and when and longer than the customer's
 * words (tests/fixtures/crm/generic-freescout-history-el.html, generic-workspace-events-en.html). In a real Chromium
 * with the built extension at 1366×768, opening the ticket and touching nothing: the panel leads with the SOP for the
 * customer's latest message, shown in the window, and QC's record holds her latest words, not a log line.
 */
const FIXTURES = '/tests/fixtures/crm';
const header = (page: Page) => overlay(page).locator('.odigos-context');
const entries = (page: Page, list: string) => overlay(page).getByRole('list', { name: list }).locator('li[data-entry-id]');
const ids = (page: Page, list: string) => entries(page, list).evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id') ?? ''));
/** The words the cards say they matched, lower case. */
const matched = async (page: Page) => (await overlay(page).locator('.odigos-why:not([data-similar]) mark').allTextContents()).map((w) => w.toLowerCase());

/** The first card lies whole inside the window and nothing of the page is drawn over its centre. */
async function firstCardSeen(page: Page, list: string): Promise<boolean> {
  const first = entries(page, list).first();
  const box = await first.boundingBox();
  const view = page.viewportSize()!;
  if (!box || box.y < 0 || box.x < 0 || box.y + box.height > view.height || box.x + box.width > view.width) return false;
  return page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName === 'odigos-overlay', [box.x + box.width / 2, box.y + Math.min(box.height / 2, 12)]);
}

describe('FreeScout in Greek: its «Ιστορικό» and the customer\'s fields beside the thread', () => {
  const served = useServedBrowser({}, { locale: 'el-GR', viewport: { width: 1366, height: 768 } });

  it('the panel leads with the broken screen (wrong-or-damaged-item), in the window, scrolled too; QC keeps her latest words', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(`${FIXTURES}/generic-freescout-history-el.html?folder_id=3`));
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Κατερίνα Νικολάου · #1342');
    await expect.poll(async () => (await ids(page, 'Προτάσεις'))[0], { timeout: 15_000 }).toBe('wrong-or-damaged-item');
    // The history's refund approval and password reset email, the dd row's «επιστροφές χρημάτων», the custom field's
    // «διπλής χρέωσης» were the customer's words: none of them leads or is matched.
    expect((await ids(page, 'Προτάσεις')).slice(0, 3).filter((id) => /password|double|card-billing/.test(id))).toEqual([]);
    const words = await matched(page);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => ['εγκρίθηκε', 'στάλθηκε', 'κωδικού', 'πρόσβασης', 'διπλή', 'διπλής', 'χρέωση', 'χρέωσης', 'κανόνας', 'υπενθύμιση'].includes(w))).toEqual([]);
    // Nor the desk's own lines drawn among the messages (the shop's order status, the SLA breached, a folder moved
    // «αυτόματα») or the notification the «Ιστορικό» quotes without quotation marks (it made the log the thread).
    expect(words.filter((w) => ['sla', 'παραβιάστηκε', 'προθεσμία', 'απεσταλμένη', 'αποστολής', 'αυτόματα', 'εισερχόμενα', 'ειδοποίηση', 'καθυστέρησης', 'αναμονή', 'αναμονής', 'λυπούμαστε'].includes(w))).toEqual([]);
    expect(await firstCardSeen(page, 'Προτάσεις')).toBe(true);
    const latest = messageKey('customer', (await page.locator('#thread-2188 .thread-content').innerText()).replace(/\n*Κατερίνα Νικολάου\nΣτάλθηκε από το κινητό μου\s*$/, ''));
    await screenshot(page, 'fields-logs-freescout-el');
    // QC's record: her four-paragraph mail as the page shows it, then who wrote what (two of hers, one reply).
    const record = () => recordedMessages(served.browser, served.site, '1342');
    await expect.poll(async () => (await record()).map((e) => e.from), { timeout: 15_000 }).toEqual(['customer', 'agent', 'customer']);
    expect((await record()).at(-1)?.key).toBe(latest);
    // Scrolled down to the history: the panel still leads with the same card, whole in the window.
    await page.locator('ul.history-log').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect((await ids(page, 'Προτάσεις'))[0]).toBe('wrong-or-damaged-item');
    expect(await firstCardSeen(page, 'Προτάσεις')).toBe(true);
    await screenshot(page, 'fields-logs-freescout-el-scrolled');
    await page.close();
  });
});

describe('a Zendesk-like workspace in English: its Events list and the properties\' label rows beside the conversation', () => {
  const served = useServedBrowser({}, { locale: 'en-GB', viewport: { width: 1366, height: 768 } });

  it('the panel leads with the late parcel (delivery-delay), in the window; QC keeps her latest words', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(`${FIXTURES}/generic-workspace-events-en.html?ticket=4471`));
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Olivia Grant · #4471');
    await expect.poll(async () => (await ids(page, 'Suggestions'))[0], { timeout: 15_000 }).toBe('delivery-delay');
    // The Events' password reset email and refund, the tags, the contact reason: none leads or is matched.
    expect((await ids(page, 'Suggestions')).slice(0, 3).filter((id) => /password|double|refund|card-billing/.test(id))).toEqual([]);
    const words = await matched(page);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => ['trigger', 'notification', 'password', 'reset', 'issued', 'refund', 'duplicate', 'billing', 'letters', 'sla'].includes(w))).toEqual([]);
    // Nor the desk's own lines among the comments (the SLA breached, a group changed automatically, the store's
    // .system-event on the order) or the notification the Events quote without quotation marks.
    expect(words.filter((w) => ['breached', 'overdue', 'automatically', 'requester', 'shipped', 'integration', 'sorry', 'wait', 'open'].includes(w))).toEqual([]);
    expect(await firstCardSeen(page, 'Suggestions')).toBe(true);
    await screenshot(page, 'fields-logs-workspace-en');
    const latest = messageKey('customer', await page.locator('[data-comment-id="9020"] .comment-body').innerText());
    const record = () => recordedMessages(served.browser, served.site, '4471');
    await expect.poll(async () => (await record()).map((e) => e.from), { timeout: 15_000 }).toEqual(['customer', 'agent', 'customer']);
    expect((await record()).at(-1)?.key).toBe(latest);
    await page.close();
  });

  it('a reply signed {{agent.name}} is signed Dana Reyes, the name in the top bar, without a form asking for it', async () => {
    await seedStorage(served.browser, [{ id: 'on-its-way', title: 'On its way', shortcut: 'onway', body: 'Your parcel is on its way.\n\nBest regards,\n{{agent.name}}' }], { agentName: '' });
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(`${FIXTURES}/generic-workspace-events-en.html?ticket=4471`));
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Olivia Grant · #4471');
    const editor = page.getByRole('textbox', { name: 'Public reply to Olivia Grant' });
    await editor.click();
    await typeShortcut(page, '/onway');
    await page.keyboard.press('Tab');
    // Before: the form asked «Your name (I will remember it)» (the top bar's "DR Dana Reyes" was not read; then, with
    // a colleague's "Also viewing: Νίκος Α." avatar beside it, two avatars were read as nobody's).
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toMatch(/^Your parcel is on its way\.\s+Best regards,\s+Dana Reyes\s*$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, 'fields-logs-workspace-en-signed');
    await page.close();
  });
});
