import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { notesExportJson } from '../support/notes';

/**
 * An export the browser did not save (downloads blocked by a policy, its Save-as dialog cancelled) was still said
 * as saved. The notes page now uses the browser's save dialog where it has one (window.showSaveFilePicker,
 * Chromium), so a cancel is known; elsewhere (Firefox) it keeps the download link and says the browser was asked.
 * Playwright cannot answer the native dialog (headless Chromium cancels it at once), so the dialog here is a stub
 * put in the page before the app loads, answering as the agent would: a file chosen (and renamed), a cancel, a
 * disk that is full. The fallback is the page without the dialog, as the launcher loads every page by default.
 */
type Mode = 'chosen' | 'cancel' | 'full';
type Seen = { options?: { suggestedName: string; types?: unknown }; written?: string; closed?: boolean; aborted?: boolean };

/** The stub, in the page: records what it was asked and what was written into `window.__seen`. */
function stubSavePicker(mode: Mode) {
  const seen: Seen = {};
  (window as unknown as { __seen: Seen }).__seen = seen;
  (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (options: Seen['options']) => {
    seen.options = options;
    if (mode === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
    return {
      name: 'notes-for-qc.json',
      createWritable: async () => ({
        write: async (data: Blob) => {
          if (mode === 'full') throw new DOMException('The disk is full.', 'QuotaExceededError');
          seen.written = await data.text();
        },
        close: async () => void (seen.closed = true),
        abort: async () => void (seen.aborted = true),
      }),
    };
  };
}

describe('the notes export knows what became of its file (real Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 1366, height: 768 } });
    const page = await browser.openExtensionPage('notes.html');
    await page.locator('html[data-ready="true"]').waitFor();
    const reply = await page.evaluate(async (json) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ odigos: 'notes.import', payload: { json } });
    }, notesExportJson([0, 1].map((i) => ({ id: 900 + i, text: `Ο πελάτης ζήτησε επιστροφή χρημάτων (${i}).`, customer: 'Μαρία Κωνσταντίνου' }))));
    expect(reply).toMatchObject({ ok: true, value: { added: 2 } });
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The notes page with the save dialog stubbed (or, with no mode, without one), the two notes listed. */
  async function notesPage(mode?: Mode): Promise<{ page: Page; downloads: string[] }> {
    const page = await browser.context.newPage();
    if (mode) await page.addInitScript(stubSavePicker, mode);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(`chrome-extension://${browser.extensionId}/notes.html`);
    await page.locator('html[data-complete="true"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByText('2 σημειώσεις').count()).toBeGreaterThan(0);
    return { page, downloads };
  }
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  /** The page's message, in the viewport where the agent looks after clicking. */
  async function message(page: Page, role: 'status' | 'alert') {
    const said = page.locator(`.notes-message[role="${role}"]`);
    await said.waitFor();
    const box = (await said.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(box.y).toBeGreaterThanOrEqual(0);
    return (await said.textContent())!;
  }

  it('a file chosen in the save dialog is written there and said under the name the agent chose', { timeout: 60_000 }, async () => {
    const { page, downloads } = await notesPage('chosen');
    await page.getByRole('checkbox', { name: 'Απόκρυψη προσωπικών δεδομένων' }).uncheck();
    await page.getByRole('button', { name: 'Εξαγωγή JSON' }).click();
    expect(await message(page, 'status')).toBe('Η εξαγωγή αποθηκεύτηκε στο αρχείο «notes-for-qc.json», που περιέχει 2 αιτήματα.');
    const s = await seen(page);
    expect(s.options!.suggestedName).toMatch(/^odigos-notes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(s.options!.types).toEqual([{ accept: { 'application/json': ['.json'] } }]);
    expect(s.closed).toBe(true);
    const written = JSON.parse(s.written!) as { notes: Array<{ fields: { customer: string } }> };
    expect(written.notes.map((n) => n.fields.customer)).toEqual(['Μαρία Κωνσταντίνου', 'Μαρία Κωνσταντίνου']);
    // The dialog replaced the download: no second copy lands in Downloads.
    expect(downloads).toEqual([]);
    await screenshot(page, 'notes-export-saved-el');
    await page.close();
  });

  it('a cancelled save dialog is said: nothing was saved', { timeout: 60_000 }, async () => {
    const { page, downloads } = await notesPage('cancel');
    await page.getByRole('button', { name: 'Εξαγωγή CSV' }).click();
    expect(await message(page, 'status')).toBe('Η εξαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.');
    expect((await seen(page)).options!.types).toEqual([{ accept: { 'text/csv': ['.csv'] } }]);
    expect(downloads).toEqual([]);
    await screenshot(page, 'notes-export-cancelled-el');
    await page.close();
  });

  it('a full disk is said as an alert with its reason, the half-written copy dropped and no note lost', { timeout: 60_000 }, async () => {
    const { page } = await notesPage('full');
    await page.getByRole('button', { name: 'Εξαγωγή JSON' }).click();
    const said = await message(page, 'alert');
    expect(said).toContain('Το αρχείο «notes-for-qc.json» δεν γράφτηκε (η αιτία φαίνεται παρακάτω) και ίσως έμεινε κενό· μην το χρησιμοποιήσετε.');
    expect(said).toContain('Δεν χάθηκε τίποτα: οι σημειώσεις σας είναι ακόμη στον Οδηγό.');
    expect(said).toContain('The disk is full.');
    expect((await seen(page)).aborted).toBe(true);
    expect(await page.getByText('2 σημειώσεις').count()).toBeGreaterThan(0);
    await screenshot(page, 'notes-export-unwritten-el');
    await page.close();
  });

  it('without the dialog (as in Firefox) the download link is used and said as asked of the browser', { timeout: 60_000 }, async () => {
    const { page } = await notesPage();
    expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Εξαγωγή JSON' }).click()]);
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as { notes: unknown[] };
    expect(saved.notes).toHaveLength(2);
    expect(await message(page, 'status')).toBe(
      `Ο Οδηγός ζήτησε από το πρόγραμμα περιήγησης να αποθηκεύσει το αρχείο «${download.suggestedFilename()}», που περιέχει 2 αιτήματα. Ελέγξτε τις Λήψεις σας· αν το αρχείο δεν είναι εκεί, η λήψη αποκλείστηκε ή ακυρώθηκε και δεν αποθηκεύτηκε τίποτα: κάντε ξανά την εξαγωγή.`,
    );
    await screenshot(page, 'notes-export-asked-el');
    await page.close();
  });
});
