import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fill, mountTmpfs, unmount } from '../support/full-disk';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';

const PAGE = '/tests/fixtures/crm/unknown-desk.html';

/**
 * Layouts the agent pointed at on other sites before, stored as the extension stores them: forgetting one rewrites
 * them all, larger than the slack a full disk leaves in the files' last pages (a write that fits there succeeds).
 */
async function otherSites(browser: ExtensionBrowser): Promise<void> {
  await (await browser.serviceWorker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    const profiles = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => {
        const origin = `https://helpdesk-${i}.example.gr`;
        return [origin, { match: origin, message: `main .ticket-thread-${i} .message-body`, reply: `form#reply-${i} textarea.reply-text`, customerName: `.customer-card-${i} .name` }];
      }),
    );
    await api.storage.local.set({ siteProfiles: profiles });
  });
}

/**
 * «Ξεχάστε τη διάταξη της σελίδας» on a full disk, for real: the Chromium profile on a small tmpfs of its own
 * (mounted by the test; it runs as root here and in CI). The click did nothing and said nothing; the panel now says
 * the layout was not forgotten, that it is still the one read, and what to do; once space is freed it is forgotten.
 */
describe('forgetting a pointed layout on a full disk (real Chromium, tmpfs profile)', () => {
  let mnt: string;
  let mounted = false;
  let site: Served;
  let browser: ExtensionBrowser | undefined;
  let filler: string | undefined;
  beforeAll(async () => {
    mnt = await mkdtemp(join(tmpdir(), 'odigos-layout-disk-'));
    mountTmpfs(mnt);
    mounted = true;
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  });
  afterAll(async () => {
    if (filler) await rm(filler, { force: true });
    await browser?.close({ keepProfile: true }).catch(() => undefined);
    await site?.close();
    if (mounted) unmount(mnt);
    await rmdir(mnt).catch(() => undefined);
  });

  it('says the layout was not forgotten and why, keeps reading it, and forgets it once space is back', { timeout: 120_000 }, async () => {
    browser = await launchWithExtension({ profileDir: join(mnt, 'profile') });
    await otherSites(browser);
    const page = await browser.context.newPage();
    await page.goto(site.url(PAGE));
    const panel = overlay(page);
    await panel.getByRole('button', { name: 'Δείξτε τη συνομιλία' }).click();
    await panel.getByText('Κάντε κλικ στην περιοχή με τα μηνύματα του πελάτη (Esc για ακύρωση)').waitFor();
    await page.locator('.stream').click({ position: { x: 6, y: 6 } });
    await panel.getByText('Κάντε κλικ στο πλαίσιο όπου γράφετε την απάντηση (Esc για ακύρωση)').waitFor();
    await page.locator('.ed').click();
    await panel.getByText('Διαβάζει ό,τι δείξατε.').waitFor({ timeout: 10_000 });

    filler = fill(mnt);
    await panel.getByRole('button', { name: 'Ξεχάστε τη διάταξη της σελίδας' }).click();
    const alert = panel.locator('.odigos-layout[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(
      /^Η διάταξη δεν ξεχάστηκε, γιατί ο δίσκος του υπολογιστή γέμισε· ο Οδηγός διαβάζει ακόμη ό,τι δείξατε\. Ελευθερώστε χώρο \(διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε\) και δοκιμάστε ξανά\.Τεχνικές λεπτομέρειες: /,
    );
    expect(await panel.getByText('Διαβάζει ό,τι δείξατε.').count()).toBe(1);
    await screenshot(page, 'forget-layout-disk-full-el');

    await rm(filler);
    filler = undefined;
    await panel.getByRole('button', { name: 'Ξεχάστε τη διάταξη της σελίδας' }).click();
    await panel.getByRole('button', { name: 'Δείξτε τη συνομιλία' }).waitFor({ timeout: 10_000 });
    expect(await alert.count()).toBe(0);
  });
});
