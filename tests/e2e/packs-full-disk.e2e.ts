import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useFullDisk } from '../support/full-disk';
import { launchWithExtension, overlay, screenshot } from '../support/browser';
import { controlsUnderPanel } from '../support/covered';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';

/**
 * The pack database on a disk filled before it was ever opened, for real: the Chromium profile on a small tmpfs of its
 * own (mounted by the test; it runs as root here and in CI), its IndexedDB not there yet, the disk filled to the last
 * byte by a filler file, then the browser started. Chromium refuses to open the database at all. Options said
 * «Το πρόγραμμα περιήγησης δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε.» over an empty list
 * (nothing there to remove; and elsewhere «δεν διαβάζονται, κλείστε και ανοίξτε τον browser», which does not help
 * either): it now says the disk is full, to free space and reload, and that nothing installed was lost, and lists the
 * bundled pack read-only with a line that the installed ones are back once there is room; reloading then shows them. The panel on a ticket had no suggestions at all («Οι προτάσεις δεν είναι
 * διαθέσιμες»): the bundled pack needs no database, so it suggests, and a notice above says what is missing and why.
 */
describe('the pack database on a full disk (real Chromium, tmpfs profile)', () => {
  const disk = useFullDisk('odigos-packs-disk-');
  let site: Served;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('Options says the disk is full, what to do and that nothing was lost; the panel suggests from the bundled pack and says what is missing; freeing space brings all back', { timeout: 150_000 }, async () => {
    // A profile with the extension installed, whose IndexedDB is not there yet (it is made on the first open).
    const first = (disk.browser = await launchWithExtension({ profileDir: disk.profileDir }));
    const extensionId = first.extensionId;
    // Settled: the worker has opened its pack database (its registration is stored by then, for the next start).
    const sw = await first.serviceWorker();
    await expect
      .poll(() => sw.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), { timeout: 30_000 })
      .toContain('odigos-packs');
    // The agent has switched the English pack off: it must stay off while the database is refused (it came back on,
    // and the English ticket below got its suggestions, while the choice was kept only in that database).
    const setup = await first.openExtensionPage('options.html');
    // Held by the page's state: the click asks the background, and the box shows the stored choice once it answers.
    const off = setup.getByRole('article', { name: 'Odigos — Core knowledge' }).getByRole('checkbox', { name: 'Ενεργό' });
    await off.click();
    await expect.poll(() => off.isChecked()).toBe(false);
    const storedChoices = () =>
      sw.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
        return (await chrome.storage.local.get('bundled-packs'))['bundled-packs'];
      });
    await expect.poll(storedChoices).toEqual({ 'en-core': { enabled: false } });
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
      'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει τα πακέτα γνώσης. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και ανανεώστε αυτή τη σελίδα. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    );
    const said = (await alert.textContent()) ?? '';
    expect(said).not.toContain('Κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης');
    expect(said).not.toContain('αφαιρέστε ένα πακέτο');
    // The browser's own words beneath, as technical detail in English.
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(/^the disk is full, so the browser cannot open the pack storage \(.+\): free disk space, then reload the page; nothing stored was lost$/);
    // The bundled pack is listed (it was an empty list under the alert), read-only, with a line saying what is missing.
    const core = section.getByRole('article', { name: 'Οδηγός — Βασική γνώση' });
    await core.waitFor({ timeout: 15_000 });
    // Only the packs that ship inside the extension (el-core, en-core), each said to be built in.
    expect(await section.locator('article').evaluateAll((cards) => cards.map((c) => c.textContent?.includes('Προέλευση: ενσωματωμένο')))).toEqual([true, true]);
    const controls = core.locator('input, select, button');
    expect(await controls.count()).toBeGreaterThan(0);
    expect(await controls.evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).disabled).length)).toBe(0);
    expect(await section.getByRole('button', { name: 'Έλεγχος για ενημερώσεις' }).isDisabled()).toBe(true);
    // Listed as the agent left them: the English pack off.
    const enCore = section.getByRole('article', { name: 'Odigos — Core knowledge' }).getByRole('checkbox', { name: 'Ενεργό' });
    expect(await enCore.isChecked()).toBe(false);
    expect(await core.getByRole('checkbox', { name: 'Ενεργό' }).isChecked()).toBe(true);
    const line = section.locator('[data-built-in-only]');
    expect(await line.textContent()).toBe(
      'Παρακάτω εμφανίζονται μόνο τα ενσωματωμένα πακέτα, χωρίς δυνατότητα αλλαγών. Όσα εγκαταστήσατε θα εμφανιστούν ξανά μόλις ελευθερώσετε χώρο στον δίσκο και ανανεώσετε τη σελίδα.',
    );
    await alert.scrollIntoViewIfNeeded();
    expect(await line.isVisible()).toBe(true);
    await screenshot(options, 'packs-disk-full-options');

    const crm = await browser.context.newPage();
    await crm.goto(site.url('/desk/el/tickets/48213'));
    const notice = await panelOnFullDisk(crm);
    await englishPackStaysOff(await browser.context.newPage(), site);

    // What it says to do works: space freed, the page reloaded, the packs are listed and the alert is gone.
    await disk.free();
    await options.reload();
    await core.waitFor({ timeout: 30_000 });
    expect(await section.locator('.pack-error').count()).toBe(0);
    expect(await line.count()).toBe(0);
    expect(await core.locator('input[type=checkbox]').isDisabled()).toBe(false);
    // The choice outlived the outage (the database was made anew, empty: it was never only there).
    expect(await enCore.isChecked()).toBe(false);
    // And in the panel: the ticket reloaded, the storage opens again (tried at most every few seconds) and the notice goes.
    await expect
      .poll(
        async () => {
          await crm.reload();
          await overlay(crm).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor({ timeout: 30_000 });
          return notice.count();
        },
        { timeout: 60_000, interval: 3_000 },
      )
      .toBe(0);
  });
});

/**
 * The English ticket while the pack storage is refused, the English pack switched off before: the notice says the
 * installed packs are missing, and none of the English pack's entries is suggested (they all were).
 */
async function englishPackStaysOff(page: Page, site: Served) {
  await page.goto(site.url('/desk/en/tickets/73105'));
  const notice = overlay(page).locator('aside.odigos-panel p.odigos-warn[role="status"]');
  // The notice comes with the suggestions' reply: once it is there, so is every suggestion of that reply.
  await notice.waitFor({ timeout: 30_000 });
  expect(await notice.textContent()).toMatch(/^(Ο δίσκος γέμισε|The disk is full)/);
  const packs = await overlay(page).locator('[data-pack-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-pack-id')));
  expect(packs).not.toContain('en-core');
  await screenshot(page, 'packs-disk-full-english-off');
  await page.close();
}

/**
 * The panel on the demo desk's ticket while the pack storage is refused: suggestions from the bundled pack, and above
 * them a notice that names what is missing (the packs the agent installed), why (the disk is full), what to do and
 * that nothing was lost; inside the viewport, over none of the helpdesk's controls; a bundled shortcut expands in the
 * reply box. Returns the notice.
 */
async function panelOnFullDisk(crm: Page) {
  const list = overlay(crm).getByRole('list', { name: 'Προτάσεις' });
  await list.locator('[data-entry-id]').first().waitFor({ timeout: 30_000 });
  expect(await overlay(crm).getByText('Οι προτάσεις δεν είναι διαθέσιμες.').count()).toBe(0);
  const notice = overlay(crm).locator('aside.odigos-panel p.odigos-warn[role="status"]');
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.textContent()).toBe(
    'Ο δίσκος γέμισε: μέχρι να ελευθερώσετε χώρο και να ανανεώσετε τη σελίδα, οι προτάσεις έρχονται μόνο από τα ενσωματωμένα πακέτα, όχι από όσα εγκαταστήσατε. Δεν χάθηκε τίποτα.',
  );
  // Every suggestion is the bundled pack's (el-core), the only pack there is.
  const packs = await list.locator('[data-pack-id]').evaluateAll((items) => [...new Set(items.map((i) => i.getAttribute('data-pack-id')))]);
  expect(packs).toEqual(['el-core']);
  // Seen by the agent: inside the viewport, above the suggestions, covering none of the helpdesk's controls.
  const box = (await notice.boundingBox())!;
  const viewport = crm.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.y).toBeLessThan((await list.boundingBox())!.y);
  expect(await controlsUnderPanel(crm)).toEqual([]);
  await screenshot(crm, 'packs-disk-full-panel');
  // The shortcuts too: a bundled template's keyword in the reply box expands.
  const reply = crm.getByPlaceholder('Γράψτε την απάντησή σας…');
  await reply.click();
  await crm.keyboard.type('/telos', { delay: 20 });
  await crm.keyboard.press('Tab');
  await expect.poll(() => reply.inputValue(), { timeout: 15_000 }).toContain('Αν χρειαστείτε οτιδήποτε άλλο, απαντήστε σε αυτό το μήνυμα');
  await reply.fill('');
  return notice;
}
