/**
 * Whose work the QC report counts after imports on the notes page (real Chromium, the built extension, the demo
 * desk under a strict CSP). Ελένη writes a note of #48213; Γιώργος hands over his notes, one of the same ticket
 * (he wrote it first); later Ελένη reinstalls and restores her own backup, which Βασίλης had also imported as a
 * hand-over. The QC lead reads `odigos qc` over their exports: each agent's own recordings under that agent, once,
 * and nothing Ελένη saved lost by an import or a restore.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportJson, type NotesAuthor } from '../../lib/notes/export';
import { mergeImported, parseNotesExport } from '../../lib/notes/import';
import type { Note } from '../../lib/notes/model';
import { qcRows, toJsonLines } from '../../lib/notes/qc-export';
import { odigos } from '../unit/cli/run';
import { screenshot, type ExtensionBrowser } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';
import { openOverlayNotes } from '../support/notes';

const ELENI = 'Ελένη Παπαδοπούλου';
/** Her name typed again after the reinstall, without its accent: her own backup all the same. */
const ELENI_RETYPED = 'Ελένη Παπαδοπουλου';
const GIORGOS: NotesAuthor = { agentId: 'a-6e0f1c2b3a4d5e6f', agent: 'Γιώργος Παπαδάκης' };
const VASILIS: NotesAuthor = { agentId: 'a-7a8b9c0d1e2f3a4b', agent: 'Βασίλης Οικονόμου' };
const HOUR = 3_600_000;
const ARRIVES = { timeout: 30_000 };

type Doc = { agentId?: string; agent?: string; notes: Array<Note & { imported?: true }> };

/** What the extension keeps in its own storage, changed as the agent's settings page or a reinstall would. */
async function local(browser: ExtensionBrowser, change: { agentName?: string; forgetIdentity?: boolean }) {
  const sw = await browser.serviceWorker();
  await sw.evaluate(async ({ agentName, forgetIdentity }) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome;
    if (agentName !== undefined) {
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...settings, agentName } });
    }
    // A reinstall loses the profile's random agent id: the next export makes a new one.
    if (forgetIdentity) await api.storage.local.remove('qcIdentity');
  }, change);
}

async function download(notes: Page, button: string | { qc: 'jsonl' }): Promise<string> {
  const target = typeof button === 'string' ? notes.getByRole('button', { name: button }) : notes.locator(`button[data-qc-export="${button.qc}"]`);
  const [file] = await Promise.all([notes.waitForEvent('download'), target.click()]);
  return readFile((await file.path())!, 'utf8');
}

async function importFile(notes: Page, json: string, said: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'odigos-import-')), 'notes.json');
  writeFileSync(path, json);
  await notes.getByLabel('Εισαγωγή JSON').setInputFiles(path);
  await notes.getByText(said).waitFor();
}

/**
 * Γιώργος's notes: #48213 written before Ελένη's, from the customer's first message (he replied 5 minutes in, before
 * she did; resolved after her last edit, with words of his own), and #48230.
 */
function giorgosNotes(hers: Note): Note[] {
  const first = hers.timeline.find((e) => e.event.kind === 'message' && e.event.from === 'customer');
  const at = (first?.at ?? hers.createdAt - HOUR) - 60_000;
  const his = (ticket: string): Note => ({
    ...hers,
    interactionId: hers.interactionId.replace('48213', ticket),
    url: hers.url.replace('48213', ticket),
    label: `#${ticket}`,
    createdAt: at,
    updatedAt: hers.updatedAt + HOUR,
    version: 3,
    fields: { text: 'Θυμωμένος, ζήτησε προϊστάμενο.', customer: '', followUpAt: null, status: 'resolved' },
    fieldAt: { text: hers.updatedAt + HOUR, customer: at, followUpAt: at, status: hers.updatedAt + HOUR },
    timeline: [
      { at: at + 60_000, event: { kind: 'message', from: 'customer', key: 'g1', shown: true } },
      { at: at + 5 * 60_000, event: { kind: 'template-inserted', templateId: 'apology', packId: 'el-core', via: 'palette' } },
      { at: at + 6 * 60_000, event: { kind: 'message', from: 'agent', key: 'g2', shown: true } },
      { at: hers.updatedAt + HOUR, event: { kind: 'status', status: 'resolved' } },
    ],
  });
  return [his('48213'), his('48230')];
}

/**
 * The QC lead's report over these exports, opened in Chromium: each agent's name → their interactions («x από y με
 * στόχο»), and with `median` their median first response («28 λεπτά»).
 */
async function perAgent(browser: ExtensionBrowser, dir: string, shot: string, median = false): Promise<Record<string, number | string>> {
  const out = join(dir, 'report.html');
  const run = await odigos('qc', dir, '--tz', 'Europe/Athens', '--lang', 'el', '-o', out);
  expect(run.code, run.stderr).toBe(0);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(pathToFileURL(out).href);
  const rows = page.locator('#by-agent tbody tr');
  await rows.first().scrollIntoViewIfNeeded();
  await screenshot(page, shot);
  const figures: Record<string, number | string> = {};
  for (const row of await rows.all()) {
    const [, n] = /^\d+ από (\d+) με στόχο$/.exec((await row.locator('td').nth(2).textContent())!)!;
    figures[(await row.locator('td').nth(0).textContent())!] = median ? (await row.locator('td').nth(3).textContent())! : Number(n);
  }
  await page.close();
  return figures;
}

describe('imports on the notes page and the QC report', () => {
  const desk = useDemoDesk();
  /** Γιώργος's own QC export (he sends it too). */
  let giorgosQc = '';

  it('a colleague’s note of the agent’s own ticket: her words kept, his added as his; the report counts each under its agent', async () => {
    await local(desk.browser, { agentName: ELENI });
    const { page, box } = await openOverlayNotes(desk.browser, desk.site, '/desk/el/tickets/48213');
    await box.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type('Θέλει επιστροφή χρημάτων, του είπα 3 εργάσιμες.', { delay: 5 });
    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor();
    await notes.getByRole('checkbox', { name: 'Απόκρυψη προσωπικών δεδομένων' }).uncheck();
    const mine = async () => (JSON.parse(await download(notes, 'Εξαγωγή JSON')) as Doc).notes.find((n) => n.interactionId.includes('48213'));
    await expect.poll(async () => (await mine())?.fields.text ?? '', ARRIVES).toContain('3 εργάσιμες');
    await page.close();
    const hers = (await mine())!;
    // Her figures before the hand-over: her QC export alone.
    const alone = mkdtempSync(join(tmpdir(), 'odigos-qc-alone-'));
    writeFileSync(join(alone, 'eleni.jsonl'), await download(notes, { qc: 'jsonl' }));
    const herMedian = (await perAgent(desk.browser, alone, 'qc-import-alone-by-agent-el', true))[ELENI];

    // Γιώργος's hand-over: his notes export (it says it is his).
    const his = giorgosNotes(hers);
    await importFile(notes, await exportJson(his, { author: GIORGOS }), 'Εισαγωγή: 1 νέα, 1 ενημερώθηκε, 0 χωρίς αλλαγή.');
    // Said whose the file is, and what became of her note of the same ticket.
    const said = notes.locator('.notes-message[role="status"]');
    expect(await said.textContent()).toBe(
      'Εισαγωγή: 1 νέα, 1 ενημερώθηκε, 0 χωρίς αλλαγή. Το αρχείο είναι εξαγωγή άλλου εκπροσώπου (Γιώργος Παπαδάκης): στον ποιοτικό έλεγχο οι σημειώσεις του μετρούν στο όνομα εκείνου, όχι στο δικό σας. Όπου είχατε δική σας σημείωση για το ίδιο αίτημα, κρατήθηκε όπως ήταν και οι σημειώσεις του προστέθηκαν από κάτω.',
    );
    await notes.locator('.notes-item', { hasText: '48213' }).first().click();
    const text = notes.getByRole('textbox', { name: 'Σημειώσεις' });
    // Her words as she wrote them, his below under his name; her ticket still open (his later «resolved» did not replace it).
    await expect.poll(() => text.inputValue()).toBe(`${hers.fields.text.trimEnd()}\n\n— Σημειώσεις συναδέλφου (Γιώργος Παπαδάκης), από εισαγωγή —\nΘυμωμένος, ζήτησε προϊστάμενο.`);
    await screenshot(notes, 'notes-import-colleague-merged-el');
    const after = (JSON.parse(await download(notes, 'Εξαγωγή JSON')) as Doc).notes.find((n) => n.interactionId === hers.interactionId)!;
    expect(after).toMatchObject({ createdAt: hers.createdAt, fields: { ...hers.fields, text: expect.stringContaining(hers.fields.text.trimEnd()) } });
    expect(after.imported).toBeUndefined();

    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-merged-'));
    writeFileSync(join(dir, 'eleni.jsonl'), await download(notes, { qc: 'jsonl' }));
    giorgosQc = toJsonLines(await qcRows(his, { ...GIORGOS, mask: false, now: Date.now() - HOUR }));
    writeFileSync(join(dir, 'giorgos.jsonl'), giorgosQc);
    // Before: her note took his earlier moment and counted as his (her row missing, his «2»).
    expect(await perAgent(desk.browser, dir, 'qc-import-merged-by-agent-el')).toEqual({ [ELENI]: 1, [GIORGOS.agent!]: 2 });
    // Her first response is hers still, his his: his reply five minutes in is not counted again as hers.
    expect(await perAgent(desk.browser, dir, 'qc-import-merged-by-agent-el', true)).toEqual({ [ELENI]: herMedian, [GIORGOS.agent!]: '5 λεπτά' });
    await notes.close();
  });

  it('her own backup restored after a reinstall: every note as it was, hers counted as hers, not as the colleague’s who imported it', async () => {
    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor();
    await notes.getByRole('checkbox', { name: 'Απόκρυψη προσωπικών δεδομένων' }).uncheck();
    const backup = await download(notes, 'Εξαγωγή JSON');
    const saved = JSON.parse(backup) as Doc;
    expect(saved.agent).toBe(ELENI);
    // Βασίλης had imported her export as a hand-over, and sent his QC export first.
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-restored-'));
    const handedOver = parseNotesExport(backup).map((n) => mergeImported(undefined, n)!);
    writeFileSync(join(dir, 'vasilis.jsonl'), toJsonLines(await qcRows(handedOver, { ...VASILIS, mask: false, now: Date.now() - HOUR })));
    writeFileSync(join(dir, 'giorgos.jsonl'), giorgosQc);

    // A reinstall: no notes, a new agent id; she types her name again and restores her backup.
    await notes.getByRole('button', { name: 'Διαγραφή όλων των σημειώσεων' }).click();
    await notes.getByRole('button', { name: 'Ναι, διαγραφή όλων' }).click();
    await notes.getByText('Δεν υπάρχουν ακόμη σημειώσεις.', { exact: false }).waitFor();
    await local(desk.browser, { forgetIdentity: true, agentName: ELENI_RETYPED });
    await importFile(notes, backup, `Εισαγωγή: ${saved.notes.length} νέες, 0 ενημερώθηκαν, 0 χωρίς αλλαγή.`);
    expect(await notes.locator('.notes-message[role="status"]').textContent()).toBe(
      `Εισαγωγή: ${saved.notes.length} νέες, 0 ενημερώθηκαν, 0 χωρίς αλλαγή. Το αρχείο είναι δικό σας αντίγραφο ασφαλείας: οι σημειώσεις του μετρούν ως δικές σας.`,
    );
    await expect.poll(() => notes.locator('.notes-item').count()).toBe(saved.notes.length);
    await screenshot(notes, 'notes-restore-own-backup-el');
    // Nothing lost, nothing marked: the same notes (Γιώργος's #48230 still marked as his, as it was).
    const restored = JSON.parse(await download(notes, 'Εξαγωγή JSON')) as Doc;
    expect(restored.agentId).not.toBe(saved.agentId);
    expect(restored.notes).toEqual(saved.notes);
    expect(restored.notes.filter((n) => n.imported).map((n) => n.label)).toEqual(['#48230']);

    writeFileSync(join(dir, 'eleni.jsonl'), await download(notes, { qc: 'jsonl' }));
    // Before: her restored notes were marked imported too, and her #48213 counted under Βασίλης, who exported first.
    expect(await perAgent(desk.browser, dir, 'qc-restore-by-agent-el')).toEqual({ [ELENI_RETYPED]: 1, [GIORGOS.agent!]: 2 });
    await notes.close();
  });
});
