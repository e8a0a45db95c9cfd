import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, notesFrame, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, REPO_ROOT, serve, STRICT_CSP, type Served } from '../support/static-server';
import { storedNotes } from '../support/notes';

/** Waits for conditions are generous: a loaded 2-core machine is slow, never wrong. */
const POLL = 15_000;

/** The demo desk (strict CSP, Trusted Types) with a hostile script loaded first: tests/fixtures/hostile/notes-spy.js. */
async function hostileDesk(): Promise<Served> {
  const html = (await readFile(join(REPO_ROOT, 'demo/crm/ticket-el.html'), 'utf8')).replace(
    '<head>',
    '<head>\n    <script src="/tests/fixtures/hostile/notes-spy.js"></script>',
  );
  return serve({
    routes: [
      (req, res) => {
        if (!req.url?.startsWith('/desk/el/')) return false;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP }).end(html);
        return true;
      },
    ],
  });
}

interface Spy {
  seen: string[];
  errors: string[];
}
const spy = (page: Page) => page.evaluate(() => (window as unknown as { __spy: Spy }).__spy);
const wordsIn = (words: string[], haystack: string) => words.filter((w) => haystack.includes(w));

/** What the agent types: words no page text contains, so any sighting is a leak. */
const TYPED = ['Ζητά-επιστροφή-ΚΛΕΙΔΙ', 'IBAN-GR1601101250000000012300695', 'είπε-ότι-θα-προσφύγει', 'Μαρίνα-Σπυροπούλου-τηλ-6944123456'];
const PAGE_WORDS = ['ΓΡΑΦΕΙ-Η-ΣΕΛΙΔΑ', 'fake-note-by-script'];

describe('a hostile page cannot read or write the notes, nor open the palette', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await hostileDesk();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reads 0 typed words and writes 0 words, whatever it tries', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/desk/el/tickets/48213'));
    expect(await page.evaluate(() => typeof (window as unknown as { __spy?: object }).__spy)).toBe('object');
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    const frame = notesFrame(page);
    const box = frame.getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => box.isEnabled(), { timeout: POLL }).toBe(true);
    // Opening the notes puts the caret in them: the agent types at once.
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), { timeout: POLL }).toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${TYPED.slice(0, 3).join(' ')}`, { delay: 5 });
    await frame.getByRole('textbox', { name: 'Πελάτης' }).fill(TYPED[3]);
    await frame.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor();

    // The script's attempts to write: keys and input events at the frame, the host, the window; execCommand;
    // messages posted into the frame; the extension's messaging.
    await page.evaluate((words) => (window as unknown as { __spy: { attack(w: string): void } }).__spy.attack(words), PAGE_WORDS.join(' '));
    // A control: what the agent types into the page's own reply box, the script does log.
    await page.locator('textarea').first().click();
    await page.keyboard.type('ορατό-στη-σελίδα');
    await page.evaluate(() => (window as unknown as { __spy: { harvest(): void } }).__spy.harvest());
    const { seen, errors } = await spy(page);
    const gathered = seen.join('\n');
    const readable = wordsIn(TYPED, gathered);
    console.log(`words readable by the page: ${readable.length} of ${TYPED.length} (${seen.length} things it saw; refused: ${[...new Set(errors)].join(', ')})`);
    expect(readable).toEqual([]);
    // It did look: the frame's document was refused to it, and it logs what is typed on the page itself.
    expect(errors).toContain('contentWindow.document: SecurityError');
    expect(gathered).toContain('ορατό-στη-σελίδα');

    // Nothing it tried reached the note: not in the editor, not in storage.
    await expect.poll(() => box.inputValue(), { timeout: POLL }).toContain(TYPED[2]);
    const stored = JSON.stringify((await storedNotes(browser)).fields);
    const written = wordsIn(PAGE_WORDS, stored + (await box.inputValue()));
    console.log(`words written by the page: ${written.length} of ${PAGE_WORDS.length}; typed words stored: ${wordsIn(TYPED, stored).length} of ${TYPED.length}`);
    expect(written).toEqual([]);
    expect(wordsIn(TYPED, stored)).toEqual(TYPED);
    await screenshot(page, 'notes-frame-hostile-page');
    await page.close();
  });

  it('a dispatched Ctrl+Shift+Space opens no palette and Alt+Shift+O hides nothing; the agent’s own keys do', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/desk/el/tickets/48213'));
    const panel = overlay(page).getByRole('complementary', { name: 'Πάνελ Οδηγού' });
    await panel.waitFor();
    await page.evaluate(() => (window as unknown as { __spy: { hotkeys(): void } }).__spy.hotkeys());
    // The overlay's hotkey acts at once (the panel would be collapsed by now), the palette once its code loaded.
    expect(await panel.isVisible()).toBe(true);
    // The palette is drawn in the one Odigos host of the tab (a layer beside the panel), found by its name.
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    expect(await palette.count()).toBe(0);
    // The same keys from the keyboard open it. Had the dispatched ones opened it (or started loading it), this
    // press would have closed it again: the palette shows only if the script's keys did nothing.
    await page.locator('textarea').first().click();
    await page.keyboard.press('Control+Shift+Space');
    await palette.waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+O');
    await panel.waitFor({ state: 'hidden' });
    await page.close();
  });
});

describe('the notes frame belongs to the panel', () => {
  it('follows the panel’s language and theme, is sized to its content, and keeps the keyboard flow', async () => {
    const site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    const browser = await launchWithExtension({ locale: 'en-GB', colorScheme: 'dark' });
    try {
      const page = await browser.context.newPage();
      await page.goto(site.url('/desk/en/tickets/73105'));
      const button = overlay(page).getByRole('button', { name: 'Notes' });
      await button.click();
      const frame = notesFrame(page);
      const box = frame.getByRole('textbox', { name: 'Notes' });
      await expect.poll(() => box.isEnabled(), { timeout: POLL }).toBe(true);
      expect(await box.inputValue()).toMatch(/^Customer's views and wishes/);
      const html = frame.locator('html');
      await expect.poll(() => html.getAttribute('data-theme'), { timeout: POLL }).toBe('dark');
      expect(await html.getAttribute('lang')).toBe('en');
      // The frame shows its whole content, no scrollbar of its own, and grows with it.
      const iframe = overlay(page).locator('iframe.odigos-notes-frame');
      const fits = async () => {
        const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
        return Math.abs(outer - inner) <= 2;
      };
      await expect.poll(fits, { timeout: POLL }).toBe(true);
      const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      await box.evaluate((el) => (el.style.height = '600px'));
      await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height), { timeout: POLL }).toBeGreaterThan(before + 200);
      await expect.poll(fits, { timeout: POLL }).toBe(true);
      // Keyboard: the caret is in the notes when they open, Esc gives focus back to the Notes button, Tab goes in again.
      await expect.poll(() => box.evaluate((el) => el === document.activeElement), { timeout: POLL }).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => button.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), { timeout: POLL }).toBe(true);
      for (let i = 0; i < 3 && !(await box.evaluate((el) => el === document.activeElement && document.hasFocus())); i++) {
        await page.keyboard.press('Tab');
      }
      expect(await box.evaluate((el) => el === document.activeElement && document.hasFocus())).toBe(true);
      await screenshot(page, 'notes-frame-en-dark');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
