import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { notesFrame, overlay, screenshot, type ExtensionBrowser, stopServiceWorker } from '../support/browser';
import { type Served } from '../support/static-server';
import { useDemoDesk } from '../support/demo-desk';
import { openOverlayNotes } from '../support/notes';

const TICKET = '/desk/el/tickets/48213';
/** Words reach the other tab (and alarms the worker) after the autosave pause: wait for that, bounded generously. */
const ARRIVES = { timeout: 30_000 };

/** Open the ticket and the overlay's notes; returns the notes textbox (same accessible name as the button). */
const openNotes = (browser: ExtensionBrowser, site: Served, path = TICKET) => openOverlayNotes(browser, site, path);

/** Type at the end of the first line of the template (under «Απόψεις και επιθυμίες…»). */
async function typeUnderFirstHeading(page: Page, box: Awaited<ReturnType<typeof openNotes>>['box'], text: string, line = 1) {
  await box.click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 5 });
}

async function alarms(sw: Worker): Promise<Array<{ name: string; scheduledTime: number }>> {
  return sw.evaluate(() => (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } } }).chrome.alarms.getAll());
}

describe('notes never lose a word (real Chromium, demo CRM under a strict CSP)', () => {
  const desk = useDemoDesk();

  it('opens from «Σημειώσεις» with the customer-meeting template, and keeps text typed right before the tab closed', async () => {
    const { page, box } = await openNotes(desk.browser, desk.site);
    expect(await box.inputValue()).toMatch(/^Απόψεις και επιθυμίες του πελάτη \(αυτολεξεί\):\n\nΒασικά στοιχεία:/);
    await screenshot(page, 'notes-overlay-el');
    const words = ' «Θέλω να μου επιστρέψετε τα χρήματα της διπλής χρέωσης και';
    await typeUnderFirstHeading(page, box, words, 0);
    // Closed mid-sentence, well inside the autosave pause.
    await page.close();
    const again = await openNotes(desk.browser, desk.site);
    await expect.poll(() => again.box.inputValue()).toContain(words);
    await again.page.close();
  });

  it('keeps everything when the service worker is stopped mid-edit, and saves what follows', async () => {
    // chrome.runtime.reload() leaves an extension loaded from the command line disabled in this headless Chromium
    // (checked), so the restart is forced the way the desk.browser does it when idle: the worker target is closed.
    const { page, box } = await openNotes(desk.browser, desk.site);
    const before = 'Συμφωνήσαμε νέα αποστολή χωρίς χρέω';
    await typeUnderFirstHeading(page, box, before, 5);
    await stopServiceWorker(desk.browser, page);
    const after = 'ση, παράδοση την Πέμπτη.';
    await page.keyboard.type(after, { delay: 5 });
    await page.close();
    const again = await openNotes(desk.browser, desk.site);
    await expect.poll(() => again.box.inputValue()).toContain(before + after);
    await again.page.close();
  });

  it('merges two tabs on one ticket: no edit is lost and each tab shows the other’s words', async () => {
    // Another ticket the desk has (an address it lacks shows its first ticket, which the page, read as shown, names).
    const a = await openNotes(desk.browser, desk.site, '/desk/el/tickets/48220');
    const b = await openNotes(desk.browser, desk.site, '/desk/el/tickets/48220');
    await typeUnderFirstHeading(a.page, a.box, 'Α: ζητά επιστροφή', 1);
    await expect.poll(() => b.box.inputValue(), ARRIVES).toContain('Α: ζητά επιστροφή');
    // Now both type at once, on different lines, before either sees the other.
    await Promise.all([
      typeUnderFirstHeading(a.page, a.box, 'Α: παραγγελία 1002003004', 3),
      typeUnderFirstHeading(b.page, b.box, 'Β: επανάκληση αύριο 10:00', 5),
    ]);
    for (const tab of [a, b]) {
      await expect.poll(() => tab.box.inputValue(), ARRIVES).toContain('Α: παραγγελία 1002003004');
      await expect.poll(() => tab.box.inputValue(), ARRIVES).toContain('Β: επανάκληση αύριο 10:00');
      expect(await tab.box.inputValue()).toContain('Α: ζητά επιστροφή');
    }
    await screenshot(b.page, 'notes-two-tabs');
    await a.page.close();
    await b.page.close();
  });

  it('sets an alarm for a promised call-back', async () => {
    const { page } = await openNotes(desk.browser, desk.site);
    const when = notesFrame(page).getByLabel('Επανάκληση / επόμενη επικοινωνία');
    await when.fill('2031-05-20T10:30');
    const expected = new Date('2031-05-20T10:30').getTime();
    const sw = await desk.browser.serviceWorker();
    await expect
      .poll(async () => (await alarms(sw)).find((a) => a.name.startsWith('odigos-followup:'))?.scheduledTime, ARRIVES)
      .toBe(expected);
    await page.close();
  });

  it('exports and imports on the notes page: the second export equals the first (her own backup: nothing marked imported)', async () => {
    // A ticket the panel only read: its record is kept for QC, but it is no note (the QA pass saw it listed as an
    // empty «σημείωση», one per ticket read).
    const readOnly = await desk.browser.context.newPage();
    await readOnly.goto(desk.site.url('/desk/el/tickets/48231'));
    await overlay(readOnly).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor();
    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor();
    const folded = notes.locator('details.notes-read summary');
    await expect.poll(() => folded.textContent(), ARRIVES).toBe(
      '1 αίτημα χωρίς σημείωση: ο Οδηγός το διάβασε και κράτησε τα στοιχεία του για τον ποιοτικό έλεγχο',
    );
    await readOnly.close();
    // Listed: the two tickets the agent wrote in (48213, 48220), not the one only read.
    await expect.poll(() => notes.locator('.notes-item').count()).toBe(2);
    expect(await notes.getByRole('status').first().textContent()).toBe('2 σημειώσεις');
    expect(await notes.locator('.notes-item strong').allTextContents()).not.toContain(expect.stringContaining('#48231'));
    await screenshot(notes, 'notes-page-read-folded');
    // On an agent's 1366×768 screen each note's status and time stay on one line («1:05» and «μ.μ.» split apart read
    // as two facts), and the customer the label names is not repeated under it.
    await notes.setViewportSize({ width: 1366, height: 768 });
    const items = notes.locator('.notes-item');
    await items.first().waitFor();
    for (const item of await items.all()) {
      // One rectangle per text run: on one line they share a top.
      const tops = await item.locator('.notes-when').evaluate((e) => [...new Set([...e.getClientRects()].map((r) => Math.round(r.top)))]);
      expect(tops).toHaveLength(1);
      expect((await item.textContent())!.split('Γιώργος Παπαδόπουλος').length).toBeLessThanOrEqual(2);
    }
    await notes.getByRole('checkbox', { name: 'Απόκρυψη προσωπικών δεδομένων' }).uncheck();
    const exportOnce = async () => {
      const [download] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Εξαγωγή JSON' }).click()]);
      const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
      delete json.exportedAt;
      return json;
    };
    // The download is silent, and a browser that blocks it goes unseen: the page says which file it asked the browser
    // to save, how many tickets it holds and where to check (the save dialog's path: notes-export-save.e2e.ts).
    const [download] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Εξαγωγή JSON' }).click()]);
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
    const said = notes.locator('.notes-message[role="status"]');
    await said.waitFor();
    expect(await said.textContent()).toBe(
      `Ο Οδηγός ζήτησε από το πρόγραμμα περιήγησης να αποθηκεύσει το αρχείο «${download.suggestedFilename()}», που περιέχει ${saved.notes.length} αιτήματα. Ελέγξτε τις Λήψεις σας· αν το αρχείο δεν είναι εκεί, η λήψη αποκλείστηκε ή ακυρώθηκε και δεν αποθηκεύτηκε τίποτα: κάντε ξανά την εξαγωγή.`,
    );
    expect(download.suggestedFilename()).toMatch(/^odigos-notes-\d{4}-\d{2}-\d{2}\.json$/);
    await screenshot(notes, 'notes-export-said-el');
    const first = await exportOnce();
    expect(first.notes.length).toBeGreaterThanOrEqual(3);
    expect(first.notes.length).toBe(saved.notes.length);
    // The record of the ticket only read is still exported (QC reads its messages and suggestions).
    expect(first.notes.some((n: { interactionId: string }) => n.interactionId.includes('48231'))).toBe(true);
    expect(JSON.stringify(first)).toContain('Θέλω να μου επιστρέψετε τα χρήματα');

    const [csv] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Εξαγωγή CSV' }).click()]);
    const csvBytes = await readFile((await csv.path())!);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvBytes.toString('utf8')).toContain('Θέλω να μου επιστρέψετε');

    const path = '/tmp/odigos-notes-export.json';
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, JSON.stringify({ ...first, exportedAt: new Date().toISOString() }));
    await notes.getByRole('button', { name: 'Διαγραφή όλων των σημειώσεων' }).click();
    // The question takes the focus, on its safe answer (it stayed behind on «Διαγραφή όλων», unannounced).
    await expect.poll(() => notes.evaluate(() => document.activeElement?.textContent)).toBe('Άκυρο');
    await notes.getByRole('button', { name: 'Ναι, διαγραφή όλων' }).click();
    await notes.getByText('Όλες οι σημειώσεις διαγράφηκαν.').waitFor();
    await notes.getByText('Δεν υπάρχουν ακόμη σημειώσεις.', { exact: false }).waitFor();
    // The focus is on the import (it fell to <body> with «Διαγραφή όλων» disabled), and «0 σημειώσεις» is not said
    // above the words that say there are none.
    await expect.poll(() => notes.evaluate(() => document.activeElement?.closest('label')?.textContent)).toContain('Εισαγωγή JSON');
    expect(await notes.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    expect(await notes.locator('.notes-list').textContent()).not.toContain('0 σημειώσεις');
    await screenshot(notes, 'notes-page-none-yet');
    // Nothing left to export: said, and no empty file handed over.
    let downloads = 0;
    const count = () => void downloads++;
    notes.on('download', count);
    await notes.getByRole('button', { name: 'Εξαγωγή CSV' }).click();
    await notes
      .getByRole('alert')
      .filter({ hasText: 'Δεν υπάρχει τίποτα για εξαγωγή: δεν έχει καταγραφεί ακόμη κανένα αίτημα. Δεν δημιουργήθηκε αρχείο.' })
      .waitFor({ timeout: 10_000 });
    await screenshot(notes, 'notes-export-nothing-el');
    notes.off('download', count);
    expect(downloads).toBe(0);
    await notes.getByLabel('Εισαγωγή JSON').setInputFiles(path);
    await notes.getByText(`Εισαγωγή: ${first.notes.length} νέες, 0 ενημερώθηκαν, 0 χωρίς αλλαγή.`).waitFor();
    // The same notes, unmarked: the export says it is this agent's (its agent id), so importing it back restores her
    // own work; only a colleague's export marks what it adds, which QC then counts under its author (docs/qc-export.md).
    expect(first.agentId).toMatch(/^a-[0-9a-f]{16}$/);
    const restored = first;
    expect(await exportOnce()).toEqual(restored);

    // A file with a wrong field: refused in Greek, naming the field; the English reason beneath, marked as English.
    const bad = structuredClone(first);
    bad.notes[0].fields.status = 'done';
    await writeFile('/tmp/odigos-notes-bad.json', JSON.stringify(bad));
    await notes.getByLabel('Εισαγωγή JSON').setInputFiles('/tmp/odigos-notes-bad.json');
    const refused = notes.getByRole('alert').filter({ hasText: 'Το αρχείο δεν εισάγεται: το πεδίο «notes[0].fields.status» λείπει ή δεν είναι σωστό. Καμία σημείωση δεν άλλαξε.' });
    await refused.waitFor();
    expect(await refused.locator('[lang="en"]').textContent()).toBe('notes[0].fields.status must be one of open, waiting, resolved');
    expect(await refused.textContent()).toContain('Τεχνικές λεπτομέρειες: ');
    await screenshot(notes, 'notes-import-refused-el');
    expect(await exportOnce()).toEqual(restored);

    // Greek-aware search: no accents, capitals, a typo.
    await notes.getByRole('searchbox', { name: 'Αναζήτηση στις σημειώσεις' }).fill('ΕΠΙΣΤΡΕΨΕΤΕ χρηματα');
    await expect.poll(() => notes.locator('.notes-item').count()).toBe(1);
    await notes.locator('.notes-item').first().click();
    await expect.poll(() => notes.getByRole('textbox', { name: 'Σημειώσεις' }).inputValue()).toContain('Θέλω να μου επιστρέψετε');
    await notes.getByRole('heading', { name: 'Χρονολόγιο' }).waitFor();
    await screenshot(notes, 'notes-page-el');
    await notes.close();
  });
});
