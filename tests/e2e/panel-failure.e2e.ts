/**
 * The in-page panel when the background cannot give suggestions: the agent reads why in Greek, and the background's
 * English reason only beneath, as technical detail marked lang="en" (a screen reader reads it as English). Before,
 * the panel wrote «Οι προτάσεις δεν είναι διαθέσιμες: pack storage failed: VersionError …» in one unmarked line.
 *
 * Provoked as an agent meets it: the pack database was upgraded by a newer Odigos (the agent, or IT, went back a
 * version), so the worker, woken afresh, cannot open it.
 */
import { describe, expect, it } from 'vitest';
import { overlay, screenshot, stopServiceWorker } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

describe('the panel says why suggestions are unavailable, in Greek', () => {
  const desk = useDemoDesk();

  it('pack storage unreadable: a Greek sentence with what to do, the English reason marked lang="en" beneath', async () => {
    const sw = await desk.browser.serviceWorker();
    // A newer version of the database: the worker's open connection is told to close, and version 1 no longer opens.
    await sw.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const probe = indexedDB.open('odigos-packs');
          probe.onsuccess = () => {
            const next = probe.result.version + 1;
            probe.result.close();
            const upgrade = indexedDB.open('odigos-packs', next);
            upgrade.onsuccess = () => {
              upgrade.result.close();
              done();
            };
            upgrade.onerror = () => fail(upgrade.error);
          };
          probe.onerror = () => fail(probe.error);
        }),
    );
    // The next wake of the worker holds nothing in memory: it must read the packs from the database.
    const crm = await desk.browser.context.newPage();
    await stopServiceWorker(desk.browser, crm);

    await crm.goto(desk.site.url('/desk/el/tickets/48213'));
    const alert = overlay(crm).locator('aside.odigos-panel p[role="alert"]').filter({ hasText: 'Οι προτάσεις δεν είναι διαθέσιμες.' });
    await alert.waitFor({ timeout: 30_000 });
    const shown = (await alert.textContent()) ?? '';
    expect(shown).toContain(
      'Οι προτάσεις δεν είναι διαθέσιμες. Τα πακέτα γνώσης αυτού του υπολογιστή δεν διαβάζονται. Κλείστε και ανοίξτε ξανά τον browser.',
    );
    expect(shown).toContain('Τεχνικές λεπτομέρειες: pack storage failed: ');
    const english = alert.locator('[lang="en"]');
    expect(await english.count()).toBe(1);
    const detail = (await english.textContent()) ?? '';
    expect(detail).toMatch(/^pack storage failed: \S/);
    // Nothing English outside the marked detail (but «browser», as Odigos writes it in Greek).
    expect(shown.replace(detail, '').replace(/browser/g, '')).not.toMatch(/[A-Za-z]/);
    // The panel's own language is Greek: the detail is the only English in it.
    expect(await alert.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('el');
    await alert.scrollIntoViewIfNeeded();
    await screenshot(crm, 'panel-failure-storage');
    await crm.close();
  }, 180_000);
});
