import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFullDisk } from '../support/full-disk';
import { launchWithExtension, screenshot } from '../support/browser';

/**
 * The pack database on a disk filled before it was ever opened, for real: the Chromium profile on a small tmpfs of its
 * own (mounted by the test; it runs as root here and in CI), its IndexedDB not there yet, the disk filled to the last
 * byte by a filler file, then the browser started. Chromium refuses to open the database at all. Options said
 * «Ο browser δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε.» over an empty list
 * (nothing there to remove; and elsewhere «δεν διαβάζονται, κλείστε και ανοίξτε τον browser», which does not help
 * either): it now says the disk is full, to free space and reload, and that nothing installed was lost; and reloading
 * once there is room shows the packs again.
 */
describe('the pack database on a full disk (real Chromium, tmpfs profile)', () => {
  const disk = useFullDisk('odigos-packs-disk-');

  it('Options says the disk is full, what to do and that nothing was lost; reloading after freeing space lists the packs', { timeout: 150_000 }, async () => {
    // A profile with the extension installed, whose IndexedDB is not there yet (it is made on the first open).
    const first = (disk.browser = await launchWithExtension({ profileDir: disk.profileDir }));
    const extensionId = first.extensionId;
    // Settled: the worker has opened its pack database (its registration is stored by then, for the next start).
    const sw = await first.serviceWorker();
    await expect
      .poll(() => sw.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), { timeout: 30_000 })
      .toContain('odigos-packs');
    await first.close({ keepProfile: true });
    const profile = join(disk.profileDir, 'Default');
    const idb = join(profile, 'IndexedDB');
    for (const dir of await readdir(idb)) if (dir.startsWith(`chrome-extension_${extensionId}_`)) await rm(join(idb, dir), { recursive: true });
    // Caches the browser may drop when it starts, freeing room the database would then be made in: dropped now.
    for (const cache of ['Code Cache', 'GPUCache', 'Cache', 'DawnGraphiteCache', 'DawnWebGPUCache', 'GrShaderCache', 'ShaderCache']) {
      await rm(join(profile, cache), { recursive: true, force: true });
      await rm(join(disk.profileDir, cache), { recursive: true, force: true });
    }

    disk.fill();
    const browser = (disk.browser = await launchWithExtension({ profileDir: disk.profileDir }));
    const options = await browser.openExtensionPage('options.html');
    const section = options.locator('section[aria-labelledby="knowledge-h"]');
    const alert = section.locator('.pack-error[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.locator('strong').textContent()).toBe(
      'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό ο browser δεν μπορεί να ανοίξει τα πακέτα γνώσης. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και ανανεώστε αυτή τη σελίδα. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    );
    const said = (await alert.textContent()) ?? '';
    expect(said).not.toContain('Κλείστε και ανοίξτε ξανά τον browser');
    expect(said).not.toContain('αφαιρέστε ένα πακέτο');
    // The browser's own words beneath, as technical detail in English.
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(/^the disk is full, so the browser cannot open the pack storage \(.+\): free disk space, then reload the page; nothing stored was lost$/);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(options, 'packs-disk-full-options');

    // What it says to do works: space freed, the page reloaded, the packs are listed and the alert is gone.
    await disk.free();
    await options.reload();
    await section.getByRole('article', { name: 'Οδηγός — Βασική γνώση' }).waitFor({ timeout: 30_000 });
    expect(await section.locator('.pack-error').count()).toBe(0);
  });
});
