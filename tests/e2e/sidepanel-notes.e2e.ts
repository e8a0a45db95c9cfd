import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';
import { damageNotesStore } from '../support/notes';
import { DEMO_SPA, STRICT_CSP, serve, type Served } from '../support/static-server';
import { seedStorage } from '../fixtures/editors/harness';

/** A side panel is narrow: Chrome's opens at about 360 px beside the helpdesk. */
const PANEL = { width: 380, height: 768 };

/** The side panel beside a ticket of the demo desk, as the agent sees it (narrow), following that tab. */
async function panelBeside(browser: ExtensionBrowser, desk: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(desk);
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize(PANEL);
  return panel;
}

/** Opens another ticket from the desk's list, as the agent does (the demo desk is a single-page app: no reload). */
async function openTicket(desk: Page, id: string) {
  await desk.locator(`.ticket-list a[href$="/tickets/${id}"]`).click();
  await desk.locator(`main.ticket[data-ticket-id="${id}"]`).waitFor({ timeout: 15_000 });
}

/** Whether the element lies wholly inside the page's viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

/**
 * The side panel's «Σημειώσεις» button, as the agent uses it: it opens the note of the ticket beside the panel, in the
 * agent's language, and the note follows the agent to another ticket and back (never another customer's words).
 */
describe('the side panel\'s notes button (real Chromium, the demo desk)', () => {
  const desk = useDemoDesk();

  it('Greek agent: opens the ticket\'s note, follows a ticket switch and back', { timeout: 120_000 }, async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const panel = await panelBeside(desk.browser, page);
    await expect.poll(() => panel.locator('.odigos-context').textContent(), { timeout: 15_000 }).toContain('#48213');

    const toggle = panel.getByRole('button', { name: 'Σημειώσεις', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // Which ticket the note is about stays said above it (it went with the suggestions' view).
    const about = panel.locator('.odigos-context');
    expect(await about.textContent()).toBe('Γιώργος Παπαδόπουλος · #48213');
    const box = panel.getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await box.inputValue()).toMatch(/^Απόψεις και επιθυμίες του πελάτη \(αυτολεξεί\):/);
    const customer = panel.getByRole('textbox', { name: 'Πελάτης' });
    expect(await customer.inputValue()).toBe('Γιώργος Παπαδόπουλος');
    const words = 'Ζητά επιστροφή της δεύτερης χρέωσης.';
    await box.click();
    await panel.keyboard.press('Control+Home');
    await panel.keyboard.press('End');
    await panel.keyboard.type(` ${words}`, { delay: 5 });
    await panel.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε \d{2}:\d{2}$/ }).waitFor({ timeout: 15_000 });
    expect(await panel.locator('.odigos-notes-notice').count()).toBe(0);
    expect(await inView(panel, '.odigos-notes-text')).toBe(true);
    await screenshot(panel, 'sidepanel-notes-48213');

    // Another ticket in the same tab: its own note, its customer; not the words written for Γιώργος Παπαδόπουλος.
    await openTicket(page, '48220');
    await expect.poll(() => customer.inputValue(), { timeout: 15_000 }).toBe('Μαρία Κωνσταντίνου');
    expect(await about.textContent()).toBe('Μαρία Κωνσταντίνου · #48220');
    await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await box.inputValue()).not.toContain(words);
    expect(await box.inputValue()).toMatch(/^Απόψεις και επιθυμίες του πελάτη/);
    await screenshot(panel, 'sidepanel-notes-48220');

    // Back: the first ticket's note with its words.
    await openTicket(page, '48213');
    await expect.poll(() => customer.inputValue(), { timeout: 15_000 }).toBe('Γιώργος Παπαδόπουλος');
    await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toContain(words);
    // The button again: the suggestions for the ticket.
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await panel.getByRole('list', { name: 'Προτάσεις' }).waitFor({ timeout: 15_000 });
    await panel.close();
    await page.close();
  });

  it('English agent in a Greek browser: the button, the note\'s words and its state in English', { timeout: 120_000 }, async () => {
    await seedStorage(desk.browser, [], { uiLang: 'en' });
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/en/tickets/48213'));
    const panel = await panelBeside(desk.browser, page);
    const toggle = panel.getByRole('button', { name: 'Notes', exact: true });
    await toggle.click();
    const box = panel.getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await box.inputValue()).toMatch(/^Customer's views and wishes \(verbatim\):/);
    await box.click();
    await panel.keyboard.press('Control+End');
    await panel.keyboard.type('Wants the second charge refunded.', { delay: 5 });
    await panel.getByRole('status').filter({ hasText: /^Saved \d{2}:\d{2}$/ }).waitFor({ timeout: 15_000 });
    // Nobody else wrote in this note (the desk's tab only recorded that the ticket was read): no «combined» notice.
    expect(await panel.locator('.odigos-notes-notice').count()).toBe(0);
    expect(await panel.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(panel, 'sidepanel-notes-en');
    await seedStorage(desk.browser, [], { uiLang: 'auto' });
    await panel.close();
    await page.close();
  });
  it('the agent switches to English in Options while the panel is open: the panel speaks English at once', { timeout: 120_000 }, async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const panel = await panelBeside(desk.browser, page);
    await panel.getByRole('button', { name: 'Σημειώσεις', exact: true }).waitFor({ timeout: 15_000 });
    await panel.getByRole('list', { name: 'Προτάσεις' }).waitFor({ timeout: 15_000 });
    expect(await panel.locator('html').getAttribute('lang')).toBe('el');

    // Options in a tab of its own, as the agent opens it; the panel is not reloaded nor reopened.
    const options = await desk.browser.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: /^Γλώσσα/ }).selectOption('en');

    const toggle = panel.getByRole('button', { name: 'Notes', exact: true });
    await toggle.waitFor({ timeout: 15_000 });
    await panel.getByRole('list', { name: 'Suggestions' }).waitFor({ timeout: 15_000 });
    expect(await panel.locator('html').getAttribute('lang')).toBe('en');
    expect(await panel.getByRole('button', { name: 'Σημειώσεις', exact: true }).count()).toBe(0);
    await toggle.click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Notes' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    await screenshot(panel, 'sidepanel-language-followed');

    // And back to Greek from Options: the panel follows again.
    await options.getByRole('combobox', { name: /^Language/ }).selectOption('el');
    await panel.getByRole('button', { name: 'Σημειώσεις', exact: true }).waitFor({ timeout: 15_000 });
    expect(await panel.locator('html').getAttribute('lang')).toBe('el');
    await seedStorage(desk.browser, [], { uiLang: 'auto' });
    await options.close();
    await panel.close();
    await page.close();
  });

  it('the automatic theme follows the system turning dark while the panel is open, and back', { timeout: 120_000 }, async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const panel = await panelBeside(desk.browser, page);
    await panel.getByRole('list', { name: 'Προτάσεις' }).waitFor({ timeout: 15_000 });
    const main = panel.locator('main.odigos-sidepanel');
    const shade = () => main.evaluate((m) => ({ theme: (m as HTMLElement).dataset.theme, bg: getComputedStyle(m).backgroundColor }));
    const light = await shade();
    expect(light.theme).toBe('light');
    // The system's evening switch (the agent's setting is «Αυτόματο»): the panel turned dark only when reopened.
    await panel.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await shade()).theme, { timeout: 10_000 }).toBe('dark');
    expect((await shade()).bg).not.toBe(light.bg);
    expect(await panel.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(panel, 'sidepanel-system-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await shade()).theme, { timeout: 10_000 }).toBe('light');
    await panel.close();
    await page.close();
  });

  it('the notes page and Options follow the automatic theme too, as the panel beside them does', { timeout: 120_000 }, async () => {
    // They stayed white on a dark system: 'auto' left them unmarked, and no CSS of theirs reads the system's scheme.
    for (const path of ['notes.html', 'options.html']) {
      const tab = await desk.browser.openExtensionPage(path);
      await tab.locator('html[data-ready="true"], main.options').first().waitFor({ timeout: 15_000 });
      const bg = () => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await expect.poll(() => tab.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('light');
      const light = await bg();
      await tab.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => tab.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('dark');
      expect(await bg()).not.toBe(light);
      await screenshot(tab, `${path.replace('.html', '')}-system-dark`);
      await tab.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => tab.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('light');
      await tab.close();
    }
  });
});

/**
 * The side panel's button to the notes page, which the storage words name: the notes database Chromium will not open
 * (damaged on disk), the side panel's note says so and its button opens the notes page in a tab, which says what to do.
 */
describe('the side panel\'s notes with a damaged notes store (real Chromium)', () => {
  let browser: ExtensionBrowser | undefined;
  let site: Served | undefined;
  let profileDir = '';
  afterAll(async () => {
    await browser?.close({ keepProfile: true }).catch(() => undefined);
    await site?.close().catch(() => undefined);
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('says the storage will not open and opens the notes page from its button', { timeout: 180_000 }, async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'odigos-sidepanel-damaged-'));
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ profileDir });
    // A note saved while the store opened, then the store damaged with the browser closed.
    const before = await browser.context.newPage();
    await before.goto(site.url('/desk/el/tickets/48213'));
    const first = await panelBeside(browser, before);
    await first.getByRole('button', { name: 'Σημειώσεις', exact: true }).click();
    const firstBox = first.getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => firstBox.isEnabled(), { timeout: 15_000 }).toBe(true);
    await firstBox.click();
    await first.keyboard.press('Control+End');
    await first.keyboard.type('Ζητά επιστροφή.', { delay: 5 });
    await first.locator('[data-state="saved"]').waitFor({ timeout: 15_000 });
    await browser.close({ keepProfile: true });
    await damageNotesStore(profileDir, browser.extensionId);

    browser = await launchWithExtension({ profileDir });
    const page = await browser.context.newPage();
    await page.goto(site.url('/desk/el/tickets/48213'));
    const panel = await panelBeside(browser, page);
    await panel.getByRole('button', { name: 'Σημειώσεις', exact: true }).click();
    const box = panel.getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toContain('Ζητά επιστροφή.');
    const problem = panel.locator('.odigos-notes-problem[role="alert"]');
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toMatch(/^Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων\. Βλέπετε το τελευταίο αποθηκευμένο αντίγραφο/);
    const open = problem.getByRole('button', { name: 'Άνοιγμα της σελίδας σημειώσεων' });
    await open.scrollIntoViewIfNeeded();
    await screenshot(panel, 'sidepanel-notes-storage-failed');
    const [notes] = await Promise.all([browser.context.waitForEvent('page'), open.click()]);
    await notes.waitForURL(/\/notes\.html$/, { timeout: 15_000 });
    const alert = notes.locator('[data-storage-failed][role="alert"] strong');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/^Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων του Οδηγού, γι’ αυτό οι σημειώσεις σας δεν εμφανίζονται εδώ\./);
    expect(await notes.getByRole('heading', { level: 1 }).textContent()).toBe('Σημειώσεις Οδηγού');
  });
});
