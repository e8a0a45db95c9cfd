import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import { screenshot, type ExtensionBrowser } from '../support/browser';
import { useServedBrowser } from '../support/served-browser';
import { REPO_ROOT } from '../support/static-server';

/**
 * The scheduled update check (the background's alarm) whose download fails: Options said only «Η τελευταία ενημέρωση
 * απέτυχε», with no word that it was the automatic check, nor when, and a check that threw was said nowhere. The card
 * now says when the last automatic check failed, why (by its code, in Greek), and what to do; a check that works
 * clears it. The alarm is fired as the browser fires it, after the six hours since the last check have passed.
 */
const { pack } = compileSource(join(REPO_ROOT, 'tests/fixtures/packs/acme-returns-1.0.0'));
let failing = false;
const routes = [
  (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/packs/acme-returns.json')) return false;
    if (failing) res.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error');
    else res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(serializePack(pack!));
    return true;
  },
];

/** Six hours and more since every pack's last check (its backoff over too), then the update alarm fires. */
async function scheduledCheck(browser: ExtensionBrowser): Promise<void> {
  await (await browser.serviceWorker()).evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('odigos-packs');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const read = store.get('index');
    await new Promise((ok) => (read.onsuccess = ok));
    const index = read.result as { installed: Array<{ lastChecked?: string; retryAfter?: string }> };
    for (const p of index.installed) {
      p.lastChecked = new Date(Date.now() - 7 * 60 * 60 * 1000).toISOString();
      delete p.retryAfter;
    }
    store.put(index, 'index');
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    // The extension's own alarm (lib/background/pack-updates.ts), due now, its period kept.
    const api = (globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): Promise<void> } } }).chrome;
    await api.alarms.create('odigos-pack-updates', { when: Date.now() + 100, periodInMinutes: 15 });
  });
}

/** When the background kept the last automatic check (storage.local), as «13:05» in this machine's time. */
async function keptAt(browser: ExtensionBrowser): Promise<string | undefined> {
  const at = await (await browser.serviceWorker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const all = (await api.storage.local.get('pack-auto-checks'))['pack-auto-checks'] as Record<string, { at: string }> | undefined;
    return all?.['acme-returns']?.at;
  });
  if (!at) return undefined;
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const card = (page: Page) => page.getByRole('article', { name: 'Acme returns' });

describe('Options says the last automatic update check failed (real Chromium, the background\'s alarm)', () => {
  const env = useServedBrowser({ routes });

  it('a pack address answering 500 at the scheduled check: when, why and what to do beside the pack; cleared by a check that works', { timeout: 120_000 }, async () => {
    const url = env.site.url('/packs/acme-returns.json');
    const page = await env.browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Γνώση', exact: true }).waitFor();
    await page.getByLabel('Διεύθυνση πακέτου (https://…)').fill(url);
    await page.getByRole('button', { name: 'Συνδρομή', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme returns», έκδοση 1.0.0.' }).waitFor({ timeout: 15_000 });
    expect(await card(page).getByRole('alert').count()).toBe(0);

    failing = true;
    await scheduledCheck(env.browser);
    const alert = card(page).getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const time = await keptAt(env.browser);
    expect(time).toMatch(/^\d\d:\d\d$/);
    expect(await alert.locator('strong').textContent()).toBe(
      `Ο τελευταίος αυτόματος έλεγχος για ενημερώσεις απέτυχε στις ${time}: Ο διακομιστής απάντησε με σφάλμα (HTTP 500) για τη διεύθυνση ${url}. Δοκιμάστε ξανά αργότερα. Ο Οδηγός θα ξαναελέγξει μόνος του· για να ελέγξετε τώρα, πατήστε «Έλεγχος τώρα».`,
    );
    expect(await alert.locator('[lang="en"]').textContent()).toMatch(/HTTP 500/);
    // Said once: not again as «Η τελευταία ενημέρωση απέτυχε».
    expect(await alert.count()).toBe(1);
    // Nothing installed was lost: the version in use stays.
    expect(await card(page).textContent()).toContain('Έκδοση 1.0.0');
    await card(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'pack-auto-check-failed-el');

    // The address works again: the next scheduled check clears it.
    failing = false;
    await scheduledCheck(env.browser);
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(0);
    expect(await keptAt(env.browser)).toBeUndefined();
    await page.close();
  });
});
