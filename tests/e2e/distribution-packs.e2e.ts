import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPack } from '../../knowledge/cli/commands/sign';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import type { CompiledPack } from '../../knowledge/types';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT, serve, type Served } from '../support/static-server';
import { buildDir, unpackedExtensionId, writeExtensionPolicy } from '../support/policy';
import { useServedBrowser } from '../support/served-browser';

const PACKS = join(REPO_ROOT, 'tests/fixtures/packs');
function compile(name: string): CompiledPack {
  const { pack, problems } = compileSource(join(PACKS, name));
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'));
  return pack;
}

const V1 = compile('acme-returns-1.0.0');
const V2 = compile('acme-returns-1.1.0');

/** The one pack URL of the test server; what it serves changes as the test goes on. */
let served: { body: string; etag: string; type?: string; status?: number } = { body: '', etag: '' };
let hits = 0;
const packRoute = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
  if (!req.url?.startsWith('/packs/acme-returns.json')) return false;
  hits++;
  if (served.etag && req.headers['if-none-match'] === served.etag) {
    res.writeHead(304).end();
    return true;
  }
  res.writeHead(served.status ?? 200, { 'Content-Type': served.type ?? 'application/json', ETag: served.etag, 'Cache-Control': 'no-store' }).end(served.body);
  return true;
};
const servePack = (pack: CompiledPack) => {
  served = { body: serializePack(pack), etag: `"${pack.meta.version}-${hits}"` };
};

/** Ask the background's knowledge service from an extension page, as the overlay does. */
async function search(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { suggestions: Array<{ packId: string; entryId: string }> }; error?: string }> } } }).chrome;
    const reply = await api.runtime.sendMessage({ odigos: 'knowledge.search', payload: { query: q, limit: 10 } });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value!.suggestions.filter((s) => s.packId === 'acme-returns').map((s) => s.entryId);
  }, query);
}

const card = (page: Page) => page.getByRole('article', { name: 'Acme returns' });

describe('distribution: subscribe, preview an update, refuse a broken one, roll back', () => {
  const env = useServedBrowser({ routes: [packRoute] });

  it('goes 1.0.0 → 1.1.0 (accepted after the diff) → broken 1.2.0 refused → back to 1.0.0', async () => {
    servePack(V1);
    const page = await env.browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Γνώση', exact: true }).waitFor();
    await page.getByLabel('Διεύθυνση πακέτου (https://…)').fill(env.site.url('/packs/acme-returns.json'));
    await page.getByRole('button', { name: 'Συνδρομή', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme returns», έκδοση 1.0.0.' }).waitFor();
    await expect.poll(() => card(page).textContent()).toMatch(/Έκδοση 1\.0\.0 · 2 καταχωρίσεις/);
    expect(await search(page, 'can I swap for a different size')).not.toContain('acme-exchange-offer');

    // 1.1.0 is published: "check now" shows what changes before anything is used.
    servePack(V2);
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    const pending = card(page).getByLabel('Νέα έκδοση 1.1.0 διαθέσιμη');
    await pending.waitFor();
    await expect.poll(() => pending.textContent()).toMatch(/Νέες \(1\).*Offer an exchange for another size.*Αλλάζουν \(1\).*Refund window \(45 days\).*body, title/);
    await screenshot(page, 'distribution-diff-preview');
    expect(await search(page, 'can I swap for a different size')).not.toContain('acme-exchange-offer');
    await pending.getByRole('button', { name: 'Αποδοχή' }).click();
    await expect.poll(() => card(page).textContent()).toMatch(/Έκδοση 1\.1\.0 · 3 καταχωρίσεις/);
    await expect.poll(() => search(page, 'can I swap for a different size')).toContain('acme-exchange-offer');

    // A broken 1.2.0 (cut off half way): refused with the reason; 1.1.0 stays in use.
    const broken = serializePack({ ...V2, meta: { ...V2.meta, version: '1.2.0' } });
    served = { body: broken.slice(0, Math.floor(broken.length / 2)), etag: '"broken"' };
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    await card(page).getByRole('alert').filter({ hasText: 'invalid JSON' }).waitFor();
    expect(await card(page).getByRole('alert').textContent()).toMatch(/Η τελευταία ενημέρωση απέτυχε: .*acme-returns\.json.*invalid JSON.*corrupt or incomplete/);
    expect(await card(page).textContent()).toMatch(/Έκδοση 1\.1\.0/);
    expect(await search(page, 'can I swap for a different size')).toContain('acme-exchange-offer');
    await screenshot(page, 'distribution-broken-refused');

    // A 1.2.0 with an error in an entry's field: the card says, in Greek, which pack, entry and field and what to
    // do; the validator's English stays beneath, marked as English (it was the only place these were named).
    const faulty = structuredClone({ ...V2, meta: { ...V2.meta, version: '1.2.0' } });
    faulty.entries[0]!.title = '\u200b';
    served = { body: serializePack(faulty), etag: '"faulty"' };
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    const refused = card(page).getByRole('alert').filter({ hasText: 'έχει λάθη και δεν μπορεί να χρησιμοποιηθεί' });
    await refused.waitFor();
    expect(await refused.locator('strong').textContent()).toMatch(
      new RegExp(`^Η τελευταία ενημέρωση απέτυχε: Το πακέτο acme-returns 1\\.2\\.0 \\(.*acme-returns\\.json\\) έχει λάθη .*καταχώριση «${faulty.entries[0]!.id}», πεδίο «τίτλος», γραμμή \\d+\\. Το πεδίο «τίτλος» δεν δείχνει τίποτα: .*\\. Ζητήστε διορθωμένη έκδοση`),
    );
    expect(await refused.locator('[lang="en"]').textContent()).toMatch(/is not a usable pack: line \d+: entry ".*": "title"/);
    expect(await card(page).textContent()).toMatch(/Έκδοση 1\.1\.0/);
    await screenshot(page, 'distribution-faulty-refused-el');

    // The pack taken off its address (404): said in Greek from its code, what to do included; the server's answer
    // stays beneath, marked as English (it fell back to «Το πακέτο δεν κατέβηκε.» over the English before).
    served = { body: 'Not Found', etag: '', type: 'text/plain', status: 404 };
    await card(page).getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    const missing = card(page).getByRole('alert').filter({ hasText: 'δεν βρέθηκε πακέτο' });
    await missing.waitFor();
    expect(await missing.locator('strong').textContent()).toBe(
      `Η τελευταία ενημέρωση απέτυχε: Στη διεύθυνση ${env.site.url('/packs/acme-returns.json')} δεν βρέθηκε πακέτο (σφάλμα HTTP 404). Ελέγξτε τη διεύθυνση με όποιον σας την έδωσε.`,
    );
    expect(await missing.locator('[lang="en"]').textContent()).toMatch(/answered HTTP 404/);
    await missing.scrollIntoViewIfNeeded();
    await screenshot(page, 'distribution-not-found-el');

    // One click back to 1.0.0.
    await card(page).getByLabel('Επαναφορά στην έκδοση').selectOption('1.0.0');
    await card(page).getByRole('button', { name: 'Επαναφορά', exact: true }).click();
    await expect.poll(() => card(page).textContent()).toMatch(/Έκδοση 1\.0\.0 · 2 καταχωρίσεις/);
    await expect.poll(() => search(page, 'can I swap for a different size')).not.toContain('acme-exchange-offer');
  });
});

describe('distribution: enterprise policy pins the pack URL and its signing key', () => {
  let site: Served;

  beforeAll(async () => {
    site = await serve({ routes: [packRoute] });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('installs the signed policy pack with no click and shows it as managed', async () => {
    const keys = generateKeyPairSync('ed25519');
    const publicKey = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    servePack(signPack(V1, keys.privateKey));
    const id = unpackedExtensionId(buildDir());
    // A team name of blanks: a value Chromium's schema lets through but Odigos cannot use.
    const removePolicy = writeExtensionPolicy('odigos-test', { packUrls: [site.url('/packs/acme-returns.json')], packKeys: [publicKey], qcTeam: '  ' });
    let browser: ExtensionBrowser | undefined;
    try {
      browser = await launchWithExtension();
      expect(browser.extensionId).toBe(id);
      const page = await browser.openExtensionPage('options.html');
      await card(page).waitFor({ timeout: 20_000 });
      const text = await card(page).textContent();
      expect(text).toMatch(/Διαχειρίζεται ο οργανισμός σας/);
      expect(text).toMatch(/Έκδοση 1\.0\.0/);
      expect(text).toMatch(/πολιτική οργανισμού/);
      expect(text).toMatch(/έγκυρη, από εμπιστευμένο κλειδί/);
      expect(await card(page).getByRole('checkbox', { name: 'Ενεργό' }).isDisabled()).toBe(true);
      expect(await card(page).getByRole('button', { name: 'Αφαίρεση' }).count()).toBe(0);
      await expect.poll(() => page.getByText('Ο οργανισμός σας δέχεται μόνο πακέτα υπογεγραμμένα').count()).toBe(1);
      // Start-up and the policy arriving both install it: once, with no error left behind.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await page.getByRole('alert').allTextContents()).toEqual([]);
      // The ignored setting is named in Greek, its English reason beneath marked lang="en".
      const ignored = page.locator('[data-policy-problem="qcTeam"]');
      await ignored.waitFor({ timeout: 20_000 });
      expect(await ignored.textContent()).toContain(
        'Ο οργανισμός σας όρισε τη ρύθμιση qcTeam με τιμή που δεν ισχύει ("  "), γι’ αυτό αγνοείται. Αν τη χρειάζεστε, ενημερώστε την τεχνική υποστήριξη.',
      );
      expect(await ignored.locator('[lang="en"]').textContent()).toBe('"qcTeam" must be a team name, not "  ": ignored');
      await screenshot(page, 'distribution-policy-managed');
    } finally {
      removePolicy();
      await browser?.close();
    }
  });
});
