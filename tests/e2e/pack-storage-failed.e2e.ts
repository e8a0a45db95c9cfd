import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import type { CompiledPack } from '../../knowledge/types';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';

function compile(name: string): CompiledPack {
  const { pack, problems } = compileSource(join(REPO_ROOT, 'tests/fixtures/packs', name));
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'));
  return pack;
}

/**
 * A pack database Chromium will not open for a reason other than a full disk (pack.storageFailed), for real: one file
 * of it damaged on disk, as a disk fault or an interrupted copy of the profile leaves it. The database's CURRENT file
 * (which names its manifest) is overwritten; Chromium then refuses the open with UnknownError «Internal error opening
 * backing store for indexedDB.open.» and, measured in Chromium 156, leaves the folder as it is (it does not wipe
 * it). A damaged manifest or a read-only folder did not do: Chromium opened the database all the same. Options says
 * the packs cannot be read, not that the disk is full nor to remove a pack, and lists the built-in packs read-only
 * with a line on what is missing; the file repaired, the installed pack is back, nothing lost.
 */
describe('a pack database that will not open (real Chromium, a damaged database file)', () => {
  let browser: ExtensionBrowser | undefined;
  let profileDir = '';
  afterAll(async () => {
    await browser?.close({ keepProfile: true }).catch(() => undefined);
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('Options says the packs cannot be read, lists the built-in ones read-only, and the installed pack is back once the file is repaired', { timeout: 150_000 }, async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'odigos-pack-damaged-'));
    const v1 = compile('acme-returns-1.0.0');
    browser = await launchWithExtension({ profileDir });
    const extensionId = browser.extensionId;
    const first = await browser.openExtensionPage('options.html');
    await first.getByLabel('Αρχείο πακέτου (pack.json)').setInputFiles({ name: 'acme-returns.json', mimeType: 'application/json', buffer: Buffer.from(serializePack(v1)) });
    await first.getByRole('region', { name: 'Εισαγωγή: Acme returns 1.0.0' }).getByRole('button', { name: 'Αποδοχή' }).click();
    await first.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε: acme-returns 1.0.0' }).waitFor({ timeout: 15_000 });
    await browser.close({ keepProfile: true });

    const idb = join(profileDir, 'Default', 'IndexedDB');
    const folder = (await readdir(idb)).find((d) => d.startsWith(`chrome-extension_${extensionId}_`) && d.endsWith('.leveldb'));
    expect(folder).toBeDefined();
    const current = join(idb, folder!, 'CURRENT');
    const intact = await readFile(current);
    await writeFile(current, 'MANIFEST-damaged\n');

    browser = await launchWithExtension({ profileDir });
    const options = await browser.openExtensionPage('options.html');
    const section = options.locator('section[aria-labelledby="knowledge-h"]');
    const alert = section.locator('.pack-error[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.locator('strong').textContent()).toBe('Τα πακέτα γνώσης αυτού του υπολογιστή δεν διαβάζονται. Κλείστε και ανοίξτε ξανά τον browser.');
    const said = (await alert.textContent()) ?? '';
    expect(said).not.toContain('δίσκος');
    expect(said).not.toContain('αφαιρέστε ένα πακέτο');
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(/^pack storage failed: .*backing store/);
    // The built-in packs listed read-only (they still suggest), with what is missing and when it is back.
    expect(await section.locator('[data-built-in-only]').textContent()).toBe(
      'Παρακάτω εμφανίζονται μόνο τα ενσωματωμένα πακέτα, χωρίς δυνατότητα αλλαγών. Όσα εγκαταστήσατε θα εμφανιστούν ξανά μόλις ο browser μπορέσει να τα διαβάσει· κλείστε τον και ανοίξτε τον ξανά.',
    );
    const core = section.getByRole('article', { name: 'Οδηγός — Βασική γνώση' });
    await core.waitFor({ timeout: 15_000 });
    expect(await section.getByRole('article', { name: 'Acme returns' }).count()).toBe(0);
    expect(await section.locator('article input, article select, article button').evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).disabled).length)).toBe(0);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(options, 'pack-storage-failed-options');
    await browser.close({ keepProfile: true });

    // Nothing was written over the damaged database: the file repaired, the installed pack is listed, in use.
    await writeFile(current, intact);
    browser = await launchWithExtension({ profileDir });
    const again = await browser.openExtensionPage('options.html');
    const card = again.getByRole('article', { name: 'Acme returns' });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.textContent()).toMatch(/Έκδοση 1\.0\.0/);
    expect(await again.locator('section[aria-labelledby="knowledge-h"] .pack-error').count()).toBe(0);
  });
});
