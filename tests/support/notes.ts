import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { NoteFields } from '../../lib/notes/model';
import { notesFrame, overlay, type ExtensionBrowser } from './browser';
import type { Served } from './static-server';

/** Open a ticket of the demo desk and the overlay's notes (Greek UI); resolves once the editor takes input. */
export async function openOverlayNotes(browser: ExtensionBrowser, site: Served, path: string) {
  const page = await browser.context.newPage();
  await page.goto(site.url(path));
  await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
  const frame = notesFrame(page);
  const box = frame.getByRole('textbox', { name: 'Σημειώσεις' });
  await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
  return { page, frame, box };
}

export interface StoredNotes {
  fields: NoteFields[];
  /** When the database was last compared with the journal (it is new after Chromium deleted it). */
  reconciledAt: number | undefined;
}

/** What the notes database holds, read in the extension (a test can; the page cannot). */
export async function storedNotes(browser: ExtensionBrowser): Promise<StoredNotes> {
  const page = await browser.openExtensionPage('notes.html');
  await page.locator('html[data-complete="true"]').waitFor();
  const stored = await page.evaluate(
    () =>
      new Promise<{ fields: NoteFields[]; reconciledAt: number | undefined }>((ok, fail) => {
        const req = indexedDB.open('odigos-notes');
        req.onsuccess = () => {
          const tx = req.result.transaction(['notes', 'meta']);
          const all = tx.objectStore('notes').getAll();
          const at = tx.objectStore('meta').get('reconciled');
          tx.oncomplete = () => ok({ fields: all.result.map((n: { fields: NoteFields }) => n.fields), reconciledAt: at.result });
          tx.onerror = () => fail(tx.error);
        };
        req.onerror = () => fail(req.error);
      }),
  );
  await page.close();
  return stored;
}

/**
 * Damages the notes database on disk as a failing disk or a crash does, with the browser closed: the extension's
 * IndexedDB folder keeps its files but its CURRENT file names a manifest that is not there (measured in Chromium 156:
 * refused with UnknownError «Internal error opening backing store» at every start). Returns the CURRENT file's path.
 */
export async function damageNotesStore(profileDir: string, extensionId: string): Promise<string> {
  const idb = join(profileDir, 'Default', 'IndexedDB');
  const folder = (await readdir(idb)).find((d) => d.startsWith(`chrome-extension_${extensionId}_`) && d.endsWith('.leveldb'));
  expect(folder, 'the extension\'s IndexedDB folder').toBeDefined();
  const current = join(idb, folder!, 'CURRENT');
  await writeFile(current, 'MANIFEST-damaged\n');
  return current;
}

/** An «Export JSON» file holding one open note per ticket number (to import through notes.import in a test). */
export function notesExportJson(tickets: Array<{ id: number; text: string; customer?: string }>, now = Date.now()): string {
  return JSON.stringify({
    format: 'odigos-notes',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    masked: false,
    notes: tickets.map(({ id, text, customer = '' }, i) => ({
      interactionId: `generic:https://desk.example/tickets/${id}`,
      site: 'https://desk.example',
      url: `https://desk.example/tickets/${id}`,
      label: `#${id}`,
      createdAt: now - i * 60_000,
      updatedAt: now - i * 60_000,
      version: 1,
      fields: { text, customer, followUpAt: null, status: 'open' },
      fieldAt: { text: now, customer: now, followUpAt: now, status: now },
      timeline: [],
    })),
  });
}
