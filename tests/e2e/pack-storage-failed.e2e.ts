import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import type { CompiledPack } from '../../knowledge/types';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT, serve, type Served } from '../support/static-server';

function compile(name: string): CompiledPack {
  const { pack, problems } = compileSource(join(REPO_ROOT, 'tests/fixtures/packs', name));
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'));
  return pack;
}

/**
 * A pack database Chromium will not open for a reason other than a full disk (pack.storageFailed), for real: one file
 * of it damaged on disk, as a disk fault or an interrupted copy of the profile leaves it. The database's CURRENT file
 * (which names its manifest) is overwritten; Chromium then refuses the open with UnknownError «Internal error opening
 * backing store for indexedDB.open.» and, measured in Chromium 156, leaves the folder as it is (it does not wipe it),
 * at every start. The folder is the origin's one IndexedDB store: every database in it is refused (the notes' too) and
 * so is indexedDB.deleteDatabase; a storage bucket (navigator.storageBuckets) is a store of its own and opens.
 * Options said «close and reopen the browser», which never helped, and the installed packs never came back. Now it says
 * the storage could not be opened, that a restart may help and, if not, to reset the pack storage; after that restart,
 * that restarting again will not help (it used to ask for the restart again); the confirmation
 * names what happens and each pack; after it the pack from an address is back, the one from a file named.
 */
describe('a pack database that will not open (real Chromium, a damaged database file)', () => {
  let browser: ExtensionBrowser | undefined;
  let profileDir = '';
  let site: Served | undefined;
  afterAll(async () => {
    await browser?.close({ keepProfile: true }).catch(() => undefined);
    await site?.close().catch(() => undefined);
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  /** Installs `file` from a file and subscribes to `url`, then damages the database's CURRENT file; returns its intact bytes. */
  async function installThenDamage(file: CompiledPack, url: string): Promise<{ current: string; intact: Buffer }> {
    browser = await launchWithExtension({ profileDir });
    const extensionId = browser.extensionId;
    const first = await browser.openExtensionPage('options.html');
    await first.getByLabel('Αρχείο πακέτου (pack.json)').setInputFiles({ name: 'acme-returns.json', mimeType: 'application/json', buffer: Buffer.from(serializePack(file)) });
    await first.getByRole('region', { name: 'Εισαγωγή: Acme returns 1.0.0' }).getByRole('button', { name: 'Αποδοχή' }).click();
    await first.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme returns», έκδοση 1.0.0.' }).waitFor({ timeout: 15_000 });
    await first.getByLabel('Διεύθυνση πακέτου (https://…)').fill(url);
    await first.getByRole('button', { name: 'Συνδρομή', exact: true }).click();
    await first.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme served», έκδοση 1.0.0.' }).waitFor({ timeout: 15_000 });
    await browser.close({ keepProfile: true });

    const idb = join(profileDir, 'Default', 'IndexedDB');
    const folder = (await readdir(idb)).find((d) => d.startsWith(`chrome-extension_${extensionId}_`) && d.endsWith('.leveldb'));
    expect(folder).toBeDefined();
    const current = join(idb, folder!, 'CURRENT');
    const intact = await readFile(current);
    await writeFile(current, 'MANIFEST-damaged\n');
    return { current, intact };
  }

  it('Options says the storage could not be opened and what to do if a restart does not help; the reset brings back the pack from an address and names the one from a file', { timeout: 240_000 }, async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'odigos-pack-damaged-'));
    const v1 = compile('acme-returns-1.0.0');
    // A second pack, served from an address (loopback, allowed in the e2e build).
    const servedPack: CompiledPack = { ...structuredClone(v1), meta: { ...v1.meta, id: 'acme-served', name: 'Acme served' } };
    site = await serve({
      routes: [
        (req, res) => {
          if (!req.url?.startsWith('/packs/served.json')) return false;
          res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(serializePack(servedPack));
          return true;
        },
      ],
    });
    const url = site.url('/packs/served.json');
    const { current, intact } = await installThenDamage(v1, url);

    // Chromium refuses the damaged store at every start: the words say so, and where the remedy is.
    browser = await launchWithExtension({ profileDir });
    let options = await browser.openExtensionPage('options.html');
    let section = options.locator('section[aria-labelledby="knowledge-h"]');
    const alert = section.locator('.pack-error[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.locator('strong').textContent()).toBe(
      'Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης. Κλείστε το και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: παρακάτω θα βρείτε τι μπορείτε να κάνετε.',
    );
    const said = (await alert.textContent()) ?? '';
    expect(said).not.toContain('δίσκος');
    expect(said).not.toContain('αφαιρέστε ένα πακέτο');
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(/^pack storage failed: .*backing store/);
    // The built-in packs listed read-only (they still suggest), and which installed packs are missing.
    expect(await section.locator('[data-built-in-only]').textContent()).toContain('Παρακάτω εμφανίζονται μόνο τα ενσωματωμένα πακέτα, χωρίς δυνατότητα αλλαγών.');
    expect(await section.getByRole('list', { name: 'Δεν είναι διαθέσιμα τώρα:' }).getByRole('listitem').allTextContents()).toEqual([
      'Acme returns 1.0.0 (από αρχείο)',
      `Acme served 1.0.0 (${url})`,
    ]);
    await section.getByRole('article', { name: 'Οδηγός — Βασική γνώση' }).waitFor({ timeout: 15_000 });
    expect(await section.getByRole('article', { name: 'Acme returns' }).count()).toBe(0);
    expect(await section.locator('article input, article select, article button').evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).disabled).length)).toBe(0);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(options, 'pack-storage-failed-options');

    // The restart the words asked for, and it did not help: they no longer ask for another one (the first sighting is
    // kept with its browser session, lib/store/storage-trouble.ts), and the panel's words say the same.
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ profileDir });
    options = await browser.openExtensionPage('options.html');
    section = options.locator('section[aria-labelledby="knowledge-h"]');
    const damaged = section.locator('.pack-error[role="alert"] strong');
    await damaged.waitFor({ timeout: 30_000 });
    expect(await damaged.textContent()).toBe(
      'Η αποθήκευση των πακέτων γνώσης έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Παρακάτω θα βρείτε τι μπορείτε να κάνετε.',
    );
    await screenshot(options, 'pack-storage-damaged-options');

    // The remedy: a confirmation that says what happens and names each pack, by where it comes back from.
    await section.getByRole('button', { name: 'Επαναφορά αποθήκευσης πακέτων' }).click();
    const confirm = section.getByRole('group', { name: 'Επαναφορά της αποθήκευσης πακέτων;' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Ο Οδηγός θα δημιουργήσει από την αρχή νέα, κενή αποθήκευση πακέτων και δεν θα χρησιμοποιεί πλέον αυτή που έχει υποστεί ζημιά. Τα ενσωματωμένα πακέτα παραμένουν. Οι σημειώσεις και οι ρυθμίσεις σας δεν αλλάζουν.');
    expect(await confirm.getByRole('list', { name: 'Θα κατεβούν ξανά αυτόματα από τη διεύθυνσή τους:' }).textContent()).toBe(`Acme served 1.0.0 (${url})`);
    expect(await confirm.getByRole('list', { name: 'Θα πρέπει να τα εισαγάγετε ξανά από αρχείο:' }).textContent()).toBe('Acme returns 1.0.0 (από αρχείο)');
    await confirm.scrollIntoViewIfNeeded();
    await screenshot(options, 'pack-storage-reset-confirm');
    await confirm.getByRole('button', { name: 'Επαναφορά', exact: true }).click();

    await options.getByRole('status').filter({ hasText: 'Η αποθήκευση πακέτων δημιουργήθηκε από την αρχή. Κατέβηκαν ξανά: Acme served.' }).waitFor({ timeout: 30_000 });
    const served = section.getByRole('article', { name: 'Acme served' });
    await served.waitFor({ timeout: 15_000 });
    expect(await served.textContent()).toContain(url);
    expect(await section.locator('.pack-error').count()).toBe(0);
    expect(await served.getByRole('checkbox', { name: 'Ενεργό' }).isDisabled()).toBe(false);
    const toRestore = section.getByRole('group', { name: 'Πακέτα που πρέπει να εγκαταστήσετε ξανά' });
    expect(await toRestore.getByRole('listitem').allTextContents()).toEqual(['Acme returns 1.0.0 (από αρχείο): εισαγάγετέ το ξανά από αρχείο, παρακάτω']);
    await toRestore.scrollIntoViewIfNeeded();
    await screenshot(options, 'pack-storage-reset-done');
    await browser.close({ keepProfile: true });

    // The new storage is the one used after a restart too; the damaged file is left as it was.
    expect(await readFile(current, 'utf8')).toBe('MANIFEST-damaged\n');
    expect(intact.length).toBeGreaterThan(0);
    browser = await launchWithExtension({ profileDir });
    const again = await browser.openExtensionPage('options.html');
    await again.getByRole('article', { name: 'Acme served' }).waitFor({ timeout: 30_000 });
    expect(await again.locator('section[aria-labelledby="knowledge-h"] .pack-error').count()).toBe(0);
    // The file pack imported again: no longer named.
    await again.getByLabel('Αρχείο πακέτου (pack.json)').setInputFiles({ name: 'acme-returns.json', mimeType: 'application/json', buffer: Buffer.from(serializePack(v1)) });
    await again.getByRole('region', { name: 'Εισαγωγή: Acme returns 1.0.0' }).getByRole('button', { name: 'Αποδοχή' }).click();
    await again.getByRole('article', { name: 'Acme returns' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => again.locator('[data-to-restore]').count()).toBe(0);
  });
});
