import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, notesFrame, screenshot, type ExtensionBrowser } from '../support/browser';
import { damageNotesStore, openOverlayNotes } from '../support/notes';
import { DEMO_SPA, STRICT_CSP, serve, type Served } from '../support/static-server';

const TICKET = '/desk/el/tickets/48213';
const SAVED = 'Ο πελάτης ζητά επιστροφή της διπλής χρέωσης.';
const TYPED = 'Συμφωνήσαμε επιστροφή εντός 5 εργάσιμων.';
const TYPED_AFTER_RESTART = 'Επανάκληση την Πέμπτη.';

/** The words of the notes page while the notes storage will not open: before a restart, and after one that did not help. */
const PAGE_UNOPENED =
  'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων του Οδηγού, γι’ αυτό οι σημειώσεις σας δεν εμφανίζονται εδώ. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: ακολουθήστε τα βήματα παρακάτω.';
const PAGE_DAMAGED = /^Η αποθήκευση των σημειώσεων του Οδηγού έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση \(το πρόβλημα εμφανίστηκε για πρώτη φορά .+\) και άλλη επανεκκίνηση δεν θα βοηθήσει\. Ακολουθήστε τα βήματα παρακάτω\.$/;
/** Before anything is typed: the note shown is the kept copy (it said «Αποθηκεύτηκε» until the agent typed). */
const FRAME_KEPT =
  'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων. Βλέπετε το τελευταίο αποθηκευμένο αντίγραφο της σημείωσης, μαζί με ό,τι γράψατε από τότε. Ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης και αποθηκεύεται μόλις ανοίξει η αποθήκευση. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.';
const OPEN_PAGE = 'Άνοιγμα της σελίδας σημειώσεων';
const OPTIONS_UNOPENED =
  'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων του Οδηγού. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.';
const FRAME_UNOPENED =
  'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων, γι’ αυτό η σημείωση δεν αποθηκεύτηκε. Ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης και αποθηκεύεται μόλις ανοίξει η αποθήκευση. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.';
const FRAME_DAMAGED =
  'Η αποθήκευση των σημειώσεων έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Η σημείωση δεν αποθηκεύτηκε, αλλά ό,τι γράφετε δεν χάνεται: κρατιέται στο πρόγραμμα περιήγησης. Στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.';

/** Types at the end of the note's text. */
async function typeAtEnd(page: Page, box: Awaited<ReturnType<typeof openOverlayNotes>>['box'], text: string) {
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

/** The notes page's export of what can still be read, as the agent downloads it. */
async function downloadKept(notes: Page): Promise<string> {
  const [file] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Λήψη των σημειώσεων (JSON)' }).click()]);
  return readFile((await file.path())!, 'utf8');
}

/**
 * The notes database Chromium will not open, for real: the origin's IndexedDB store damaged on disk (its CURRENT file
 * overwritten, as tests/e2e/pack-storage-failed.e2e.ts does; measured in Chromium 156: refused with UnknownError
 * «Internal error opening backing store» at every start, the folder left as it is). Before, the notes page was blank,
 * and the ticket's notes showed an empty template (the saved note gone from view) with «will try again shortly», for
 * ever. Now the note is shown from its journal copy, a save says the storage cannot be opened and that nothing typed
 * is lost; the notes page says what is wrong, offers the notes and the words typed since as a file, and, after a
 * restart that did not help, says so instead of asking for another, and makes a new storage from the journal.
 */
describe('a notes storage that will not open (real Chromium, a damaged database file)', () => {
  let browser: ExtensionBrowser | undefined;
  let site: Served | undefined;
  let profileDir = '';
  afterAll(async () => {
    await browser?.close({ keepProfile: true }).catch(() => undefined);
    await site?.close().catch(() => undefined);
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('says what is wrong, keeps what is typed, exports what can be read, and after a restart that did not help makes a new storage', { timeout: 300_000 }, async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'odigos-notes-damaged-'));
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ profileDir });
    const first = await openOverlayNotes(browser, site, TICKET);
    await typeAtEnd(first.page, first.box, SAVED);
    await first.frame.locator('[data-state="saved"]').waitFor({ timeout: 15_000 });
    await browser.close({ keepProfile: true });
    const current = await damageNotesStore(profileDir, browser.extensionId);

    // The ticket's notes: the saved note is shown (its journal copy); a save says why it failed and that nothing is lost.
    browser = await launchWithExtension({ profileDir });
    const ticket = await openOverlayNotes(browser, site, TICKET);
    await expect.poll(() => ticket.box.inputValue(), { timeout: 15_000 }).toContain(SAVED);
    const problem = ticket.frame.locator('.odigos-notes-problem[role="alert"]');
    // Said before anything is typed: the storage will not open and this is the last saved copy, not «Αποθηκεύτηκε».
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toBe(`${FRAME_KEPT} ${OPEN_PAGE}`);
    expect(await ticket.frame.locator('.odigos-notes-state').textContent()).toBe('Τελευταίο αποθηκευμένο αντίγραφο');
    await problem.getByRole('button', { name: OPEN_PAGE }).scrollIntoViewIfNeeded();
    await screenshot(ticket.page, 'notes-storage-kept-frame');
    await typeAtEnd(ticket.page, ticket.box, ` ${TYPED}`);
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toBe(`${FRAME_UNOPENED} ${OPEN_PAGE}`);
    await screenshot(ticket.page, 'notes-storage-failed-frame');

    // The notes page the words name, opened from them: what is wrong, what is kept, and the notes with the words typed since as a file.
    const [notes] = await Promise.all([browser.context.waitForEvent('page'), problem.getByRole('button', { name: OPEN_PAGE }).click()]);
    await notes.waitForURL(/\/notes\.html$/, { timeout: 15_000 });
    const alert = notes.locator('[data-storage-failed][role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.locator('strong').textContent()).toBe(PAGE_UNOPENED);
    expect(await alert.textContent()).toContain('Ό,τι γράψατε από τότε σε 1 σημείωση δεν χάθηκε: κρατιέται στο πρόγραμμα περιήγησης.');
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(/^Notes storage cannot be opened: .*backing store/);
    expect(await notes.getByRole('region', { name: '1. Κατεβάστε τις σημειώσεις σας' }).textContent()).toContain('διαβάζονται τώρα: 1 σημείωση.');
    // No new storage before the notes are downloaded.
    const reset = notes.getByRole('button', { name: 'Δημιουργία νέας αποθήκευσης σημειώσεων' });
    expect(await reset.isDisabled()).toBe(true);
    const exported = JSON.parse(await downloadKept(notes)) as { notes: Array<{ fields: { text: string } }> };
    expect(exported.notes).toHaveLength(1);
    expect(exported.notes[0].fields.text).toContain(SAVED);
    expect(exported.notes[0].fields.text).toContain(TYPED);
    await screenshot(notes, 'notes-storage-failed-page');

    // Options' Notes section said nothing of it: now the same decision, pointing to the notes page, with a way there.
    const options = await browser.openExtensionPage('options.html');
    const section = options.locator('section[aria-labelledby="notes-h"]');
    const trouble = section.locator('[data-notes-trouble][role="alert"]');
    await trouble.waitFor({ timeout: 15_000 });
    expect(await trouble.textContent()).toBe(`${OPTIONS_UNOPENED} ${OPEN_PAGE}`);
    // One way on: the section showed two «Σημειώσεις Οδηγού» buttons one under the other, and «delete all» that cannot reach the storage.
    expect(await section.getByRole('button').allTextContents()).toEqual([OPEN_PAGE]);
    await trouble.scrollIntoViewIfNeeded();
    await screenshot(options, 'notes-storage-failed-options');
    const [fromOptions] = await Promise.all([browser.context.waitForEvent('page'), trouble.getByRole('button', { name: OPEN_PAGE }).click()]);
    await fromOptions.waitForURL(/\/notes\.html$/, { timeout: 15_000 });
    await fromOptions.locator('[data-storage-failed][role="alert"]').waitFor({ timeout: 15_000 });
    await browser.close({ keepProfile: true });

    // A restart that did not help: the words say so and go to the remedy, in the page and in the ticket's notes.
    browser = await launchWithExtension({ profileDir });
    const again = await openOverlayNotes(browser, site, TICKET);
    await expect.poll(() => again.box.inputValue(), { timeout: 15_000 }).toContain(TYPED);
    await typeAtEnd(again.page, again.box, ` ${TYPED_AFTER_RESTART}`);
    const problemAgain = again.frame.locator('.odigos-notes-problem[role="alert"]');
    await expect.poll(() => problemAgain.textContent(), { timeout: 15_000 }).toBe(`${FRAME_DAMAGED} ${OPEN_PAGE}`);
    const page = await browser.openExtensionPage('notes.html');
    const damaged = page.locator('[data-storage-failed][role="alert"] strong');
    await damaged.waitFor({ timeout: 15_000 });
    expect(await damaged.textContent()).toMatch(PAGE_DAMAGED);
    await screenshot(page, 'notes-storage-damaged-page');

    // The new storage: filled from the journal, the words typed since merged in; the damaged store left as it was.
    const file = JSON.parse(await downloadKept(page)) as { notes: Array<{ fields: { text: string } }> };
    expect(file.notes[0].fields.text).toContain(TYPED_AFTER_RESTART);
    await page.getByRole('button', { name: 'Δημιουργία νέας αποθήκευσης σημειώσεων' }).click();
    await page.getByRole('status').filter({ hasText: 'Η νέα αποθήκευση σημειώσεων δημιουργήθηκε και μεταφέρθηκε εκεί 1 σημείωση.' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'notes-storage-reset-done');
    await page.getByRole('button', { name: 'Άνοιγμα των σημειώσεων' }).click();
    await page.locator('html[data-complete="true"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-storage-failed]').count()).toBe(0);
    await page.locator('.notes-item').first().click();
    const editor = page.getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => editor.inputValue(), { timeout: 15_000 }).toContain(TYPED_AFTER_RESTART);
    expect(await editor.inputValue()).toContain(SAVED);
    expect(await editor.inputValue()).toContain(TYPED);
    // The ticket's editor saves again by itself (its retry), into the new storage.
    await again.frame.locator('[data-state="saved"]').waitFor({ timeout: 30_000 });
    expect(await notesFrame(again.page).locator('.odigos-notes-problem').count()).toBe(0);
    await browser.close({ keepProfile: true });
    expect(await readFile(current, 'utf8')).toBe('MANIFEST-damaged\n');
  });
});
