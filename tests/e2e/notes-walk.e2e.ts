import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { notesFrame, overlay, screenshot } from '../support/browser';
import { useServedBrowser } from '../support/served-browser';
import { DEMO_SPA, STRICT_CSP } from '../support/static-server';

/** The laptop most agents have: 1366×768, the demo desk full height with several messages. */
const LAPTOP = { width: 1366, height: 768 };

/** Whether the element lies wholly inside the page's viewport and is the topmost thing at its centre. */
async function seen(page: Page, target: Locator): Promise<{ inside: boolean; covered: boolean }> {
  const box = (await target.boundingBox())!;
  const vp = page.viewportSize()!;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height;
  const covered = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = (el.getRootNode() as Document | ShadowRoot).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !(top && (top === el || el.contains(top)));
  });
  return { inside, covered };
}

/** The overlay's notes for the ticket shown: opened from «Σημειώσεις» once; the textbox, ready for input. */
async function overlayNotes(page: Page) {
  const frame = notesFrame(page);
  const box = frame.getByRole('textbox', { name: 'Σημειώσεις' });
  await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
  return { frame, box };
}

/** Opens another ticket from the desk's list, as the agent does (no reload: the demo desk is a single-page app). */
async function openTicket(page: Page, id: string) {
  await page.locator(`.ticket-list a[href$="/tickets/${id}"]`).click();
  await page.locator(`main.ticket[data-ticket-id="${id}"]`).waitFor({ timeout: 15_000 });
}

/** Types on a new line under the template's heading `heading` (0 = «Απόψεις και επιθυμίες…»), as the agent places the caret there. */
async function typeUnder(page: Page, box: Locator, heading: number, text: string) {
  await box.click();
  await box.evaluate((el: HTMLTextAreaElement, n) => {
    const at = el.value.split('\n\n').slice(0, n + 1).join('\n\n').length;
    el.setSelectionRange(at, at);
  }, heading);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 5 });
}

/**
 * A Greek agent's walk through the notes on a 1366×768 laptop: a note on one ticket, another ticket and back, then
 * the notes page: search, export, import, and the note opened again from there. What the agent sees is checked on
 * the way (inside the window, not covered, the right words in Greek).
 */
describe('the notes walked as a Greek agent at 1366×768 (demo desk)', () => {
  const desk = useServedBrowser({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } }, { viewport: LAPTOP });

  it('writes a note, switches tickets, searches, exports, imports and reopens', { timeout: 180_000 }, async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    const first = await overlayNotes(page);
    const words = '«Θέλω πίσω τα χρήματα της διπλής χρέωσης σήμερα.»';
    await typeUnder(page, first.box, 0, words);
    await first.frame.getByLabel('Επανάκληση / επόμενη επικοινωνία').fill('2026-12-10T14:00');
    await first.frame.locator('[data-state="saved"]').waitFor({ timeout: 15_000 });
    const state = first.frame.locator('.odigos-notes-state');
    expect(await state.textContent()).toMatch(/^Αποθηκεύτηκε \d{2}:\d{2}$/);
    for (const what of [first.box, first.frame.locator('.odigos-notes-when'), state]) {
      await what.scrollIntoViewIfNeeded();
      expect(await seen(page, what), await what.evaluate((el) => el.className)).toEqual({ inside: true, covered: false });
    }
    await screenshot(page, 'walk-1-note-48213');

    // Another ticket: its own note (Μαρία Κωνσταντίνου's), not the words just written.
    await openTicket(page, '48220');
    const second = await overlayNotes(page);
    await expect.poll(() => second.frame.getByLabel('Πελάτης').inputValue(), { timeout: 15_000 }).toBe('Μαρία Κωνσταντίνου');
    expect(await second.box.inputValue()).not.toContain(words);
    await typeUnder(page, second.box, 2, 'Νέα παράδοση τη Δευτέρα, όχι Παρασκευή.');
    await second.frame.locator('[data-state="saved"]').waitFor({ timeout: 15_000 });
    await screenshot(page, 'walk-2-note-48220');

    // And back: the first note with its words and its call-back.
    await openTicket(page, '48213');
    const back = await overlayNotes(page);
    await expect.poll(() => back.box.inputValue(), { timeout: 15_000 }).toContain(words);
    expect(await back.frame.locator('.odigos-notes-when').textContent()).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');

    // The notes page: search, export, import.
    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor({ timeout: 15_000 });
    await notes.getByText(/^2 σημειώσεις$/).waitFor({ timeout: 15_000 });
    await screenshot(notes, 'walk-3-notes-page');
    await notes.getByRole('searchbox', { name: 'Αναζήτηση στις σημειώσεις' }).fill('διπλης χρεωσης');
    await notes.getByText(/^1 σημείωση$/).waitFor({ timeout: 15_000 });
    expect(await notes.locator('.notes-item strong').allTextContents()).toEqual(['Γιώργος Παπαδόπουλος · #48213']);
    // The row's date as the QC report and the English page write it, the year in full (it read «6/12/26, 23:04»).
    expect(await notes.locator('.notes-item').first().textContent()).toMatch(/ · \d{2}\/\d{2}\/20\d{2}, \d{2}:\d{2}$/);
    await screenshot(notes, 'walk-4-search');

    await notes.getByRole('checkbox', { name: 'Απόκρυψη προσωπικών δεδομένων' }).uncheck();
    const [download] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Εξαγωγή JSON' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file!, 'utf8')) as { notes: Array<{ fields: { text: string; customer: string } }> };
    expect(exported.notes.map((n) => n.fields.customer).sort()).toEqual(['Γιώργος Παπαδόπουλος', 'Μαρία Κωνσταντίνου']);
    await screenshot(notes, 'walk-5-exported');

    // The import field in Greek: the browser's own file field said «Choose File», «No file chosen» on the Greek page.
    const choose = notes.locator('.notes-tools .file-chooser-button');
    expect(await choose.textContent()).toBe('Επιλογή αρχείου…');
    // Its button is the browser's field under our words: a click there reaches the input (nothing else covers it).
    expect(await seen(notes, notes.locator('.notes-tools .file-chooser'))).toEqual({ inside: true, covered: false });
    expect(await notes.getByLabel('Εισαγωγή JSON').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await notes.getByLabel('Εισαγωγή JSON').setInputFiles(file!);
    await notes.getByText('Εισαγωγή: 0 νέες, 0 ενημερώθηκαν, 2 χωρίς αλλαγή.').waitFor({ timeout: 15_000 });
    await screenshot(notes, 'walk-6-imported');
    // The agent switches to English in Options with the page open: the page follows, and so does the line the import
    // left, which stayed Greek under English buttons.
    const options = await desk.browser.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: /^Γλώσσα/ }).selectOption('en');
    await notes.getByRole('button', { name: 'Export JSON' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => notes.locator('.notes-message').textContent(), { timeout: 15_000 }).toBe(
      // Her own export imported back: said to be hers (notes-import-qc.e2e.ts for a colleague's).
      'Imported: 0 new, 0 updated, 2 unchanged. The file is your own backup: its notes count as yours.',
    );
    await screenshot(notes, 'walk-6-imported-english');
    await options.getByRole('combobox', { name: /^Language/ }).selectOption('auto');
    await notes.getByText('Εισαγωγή: 0 νέες, 0 ενημερώθηκαν, 2 χωρίς αλλαγή.').waitFor({ timeout: 15_000 });
    await options.close();

    // Reopened from the notes page: the note of #48213 with its words and its call-back in Greek.
    await notes.getByRole('searchbox', { name: 'Αναζήτηση στις σημειώσεις' }).fill('');
    await notes.locator('.notes-item', { hasText: '#48213' }).click();
    const editor = notes.locator('.notes-detail').getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => editor.inputValue(), { timeout: 15_000 }).toContain(words);
    expect(await notes.locator('.notes-detail .odigos-notes-when').textContent()).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');
    await screenshot(notes, 'walk-7-reopened');
    await notes.close();
    await page.close();
  });
});
