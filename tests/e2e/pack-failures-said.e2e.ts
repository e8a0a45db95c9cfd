import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import type { CompiledPack } from '../../knowledge/types';
import { screenshot } from '../support/browser';
import { useServedBrowser } from '../support/served-browser';
import { REPO_ROOT } from '../support/static-server';

/**
 * Failures of the Knowledge section that reached the agent as English, or as «the action did not complete»: an
 * invalid signing key, a first download answered 304, an update accepted then rejected before the page caught up,
 * an update whose downloaded copy is gone. Each is said in Greek from its code, and nothing the agent typed or had
 * installed is lost.
 */
function compile(name: string): CompiledPack {
  const { pack, problems } = compileSource(join(REPO_ROOT, 'tests/fixtures/packs', name));
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'));
  return pack;
}
const V1 = compile('acme-returns-1.0.0');
const V2 = compile('acme-returns-1.1.0');
const V3: CompiledPack = { ...structuredClone(V2), meta: { ...V2.meta, version: '1.2.0' } };

let served = { body: '', etag: '' };
const routes = [
  (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    if (req.url?.startsWith('/packs/not-modified.json')) {
      // A proxy or server that answers "not modified" to a request that asked for nothing it could compare.
      res.writeHead(304).end();
      return true;
    }
    if (!req.url?.startsWith('/packs/acme-returns.json')) return false;
    if (served.etag && req.headers['if-none-match'] === served.etag) res.writeHead(304).end();
    else res.writeHead(200, { 'Content-Type': 'application/json', ETag: served.etag, 'Cache-Control': 'no-store' }).end(served.body);
    return true;
  },
];
const servePack = (pack: CompiledPack) => (served = { body: serializePack(pack), etag: `"${pack.meta.version}"` });

const card = (page: Page) => page.getByRole('article', { name: 'Acme returns' });
/** The section's alert (an action's failure), not a card's. */
const sectionAlert = (page: Page, text: string) => page.locator('section[aria-labelledby="knowledge-h"] > .pack-error').filter({ hasText: text });

describe('Knowledge section: failures said in Greek from their code', () => {
  const env = useServedBrowser({ routes });

  it('an invalid signing key and a first download answered 304: said, what was typed kept, nothing installed', async () => {
    servePack(V1);
    const page = await env.browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Γνώση', exact: true }).waitFor();
    const url = page.getByLabel('Διεύθυνση πακέτου (https://…)');
    const key = page.getByLabel('Δημόσιο κλειδί υπογραφής (προαιρετικό)');
    await url.fill(env.site.url('/packs/acme-returns.json'));
    await key.fill('hello');
    await page.getByRole('button', { name: 'Συνδρομή', exact: true }).click();
    // Before: «Η υπογραφή του πακέτου δεν έγινε δεκτή.», said of a pack never downloaded.
    const badKey = sectionAlert(page, 'Το κλειδί υπογραφής που γράψατε δεν είναι δημόσιο κλειδί');
    await badKey.waitFor({ timeout: 10_000 });
    expect(await badKey.locator('strong').textContent()).toBe(
      'Το κλειδί υπογραφής που γράψατε δεν είναι δημόσιο κλειδί· η συνδρομή δεν έγινε. Επικολλήστε τη μία γραμμή του αρχείου .pub που σας έδωσε όποιος υπογράφει το πακέτο ή αφήστε το πεδίο κενό.',
    );
    expect(await badKey.locator('[lang="en"]').textContent()).toMatch(/not an Ed25519 public key/);
    expect(await url.inputValue()).toBe(env.site.url('/packs/acme-returns.json'));
    expect(await key.inputValue()).toBe('hello');
    expect(await card(page).count()).toBe(0);
    await screenshot(page, 'pack-bad-key-el');

    // Before: «Η ενέργεια στο πακέτο δεν ολοκληρώθηκε.» over the English.
    await key.fill('');
    await url.fill(env.site.url('/packs/not-modified.json'));
    await page.getByRole('button', { name: 'Συνδρομή', exact: true }).click();
    const notModified = sectionAlert(page, 'απάντησε ότι το πακέτο δεν άλλαξε');
    await notModified.waitFor({ timeout: 10_000 });
    expect(await notModified.locator('strong').textContent()).toBe(
      `Ο διακομιστής της διεύθυνσης ${env.site.url('/packs/not-modified.json')} απάντησε ότι το πακέτο δεν άλλαξε, ενώ ο Οδηγός δεν έχει ακόμη κανένα αντίγραφό του· τίποτα δεν εγκαταστάθηκε. Δοκιμάστε ξανά αργότερα και, αν επαναληφθεί, ενημερώστε όποιον διαχειρίζεται τη διεύθυνση.`,
    );
    expect(await url.inputValue()).toBe(env.site.url('/packs/not-modified.json'));
    await screenshot(page, 'pack-not-modified-first-el');
    await page.close();
  });

  it('an update accepted, then rejected before the page caught up; an update whose copy is gone: said, the version in use kept', async () => {
    const page = await env.browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Γνώση', exact: true }).waitFor();
    await page.getByLabel('Διεύθυνση πακέτου (https://…)').fill(env.site.url('/packs/acme-returns.json'));
    await page.getByRole('button', { name: 'Συνδρομή', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme returns», έκδοση 1.0.0.' }).waitFor({ timeout: 10_000 });

    servePack(V2);
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    const pending = card(page).getByLabel('Νέα έκδοση 1.1.0 διαθέσιμη');
    await pending.waitFor({ timeout: 10_000 });
    // Accept, then Reject before the page shows the update gone (as from a second tab, or a quick second click).
    await pending.evaluate((box) => {
      const [accept, reject] = Array.from(box.querySelectorAll('button'));
      accept!.click();
      reject!.click();
    });
    const noUpdate = sectionAlert(page, 'δεν έχει πια ενημέρωση σε αναμονή');
    await noUpdate.waitFor({ timeout: 10_000 });
    expect(await noUpdate.locator('strong').textContent()).toBe(
      'Το πακέτο acme-returns δεν έχει πια ενημέρωση σε αναμονή (ίσως την αποδεχτήκατε ή την απορρίψατε σε άλλη καρτέλα)· χρησιμοποιείται η έκδοση 1.1.0.',
    );
    await expect.poll(() => card(page).textContent(), { timeout: 10_000 }).toMatch(/Έκδοση 1\.1\.0 · 3 καταχωρίσεις/);
    await screenshot(page, 'pack-no-update-el');

    // 1.2.0 fetched, then its stored copy lost (disk trouble, storage cleared by hand): Accept says so and what to do.
    servePack(V3);
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    const pending3 = card(page).getByLabel('Νέα έκδοση 1.2.0 διαθέσιμη');
    await pending3.waitFor({ timeout: 10_000 });
    await page.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const open = indexedDB.open('odigos-packs');
          open.onsuccess = () => {
            const tx = open.result.transaction('records', 'readwrite');
            tx.objectStore('records').delete('pending:acme-returns');
            tx.oncomplete = () => (open.result.close(), ok());
            tx.onerror = () => fail(tx.error);
          };
          open.onerror = () => fail(open.error);
        }),
    );
    await pending3.getByRole('button', { name: 'Αποδοχή' }).click();
    const missing = sectionAlert(page, 'χάθηκε από αυτόν τον υπολογιστή');
    await missing.waitFor({ timeout: 10_000 });
    expect(await missing.locator('strong').textContent()).toBe(
      'Το αντίγραφο της ενημέρωσης 1.2.0 του πακέτου acme-returns χάθηκε από αυτόν τον υπολογιστή, οπότε δεν εγκαταστάθηκε· η έκδοση σε χρήση δεν άλλαξε. Πατήστε «Έλεγχος τώρα» για να κατέβει ξανά.',
    );
    await expect.poll(() => card(page).getByLabel('Νέα έκδοση 1.2.0 διαθέσιμη').count(), { timeout: 10_000 }).toBe(0);
    expect(await card(page).textContent()).toMatch(/Έκδοση 1\.1\.0 · 3 καταχωρίσεις/);
    await screenshot(page, 'pack-update-missing-el');
    // As the sentence says: «Έλεγχος τώρα» downloads it again (before, the server's 304 kept it lost).
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    await card(page).getByLabel('Νέα έκδοση 1.2.0 διαθέσιμη').waitFor({ timeout: 10_000 });
    await card(page).getByLabel('Νέα έκδοση 1.2.0 διαθέσιμη').getByRole('button', { name: 'Αποδοχή' }).click();
    await expect.poll(() => card(page).textContent(), { timeout: 10_000 }).toMatch(/Έκδοση 1\.2\.0/);
    await page.close();
  });
});
