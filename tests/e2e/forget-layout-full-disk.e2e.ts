import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFullDisk } from '../support/full-disk';
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
  const disk = useFullDisk('odigos-layout-disk-');
  let site: Served;
  beforeAll(async () => {
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('says the layout was not forgotten and why, keeps reading it, and forgets it once space is back', { timeout: 120_000 }, async () => {
    const browser = (disk.browser = await launchWithExtension({ profileDir: disk.profileDir }));
    await otherSites(browser);
    const page = await browser.context.newPage();
    await page.goto(site.url(PAGE));
    const panel = overlay(page);
    await panel.getByRole('button', { name: 'Δείξτε τη συνομιλία' }).click();
    // The picker comes with the extras, injected on the first click: slow on a loaded machine (it took over 10 s once).
    await panel.getByText('Κάντε κλικ στην περιοχή με τα μηνύματα του πελάτη (Esc για ακύρωση)').waitFor({ timeout: 30_000 });
    await page.locator('.stream').click({ position: { x: 6, y: 6 } });
    await panel.getByText('Κάντε κλικ στο πλαίσιο όπου γράφετε την απάντηση (Esc για ακύρωση)').waitFor({ timeout: 30_000 });
    await page.locator('.ed').click();
    await panel.getByText('Διαβάζει ό,τι δείξατε.').waitFor({ timeout: 30_000 });

    disk.fill();
    await panel.getByRole('button', { name: 'Ξεχάστε τη διάταξη της σελίδας' }).click();
    const alert = panel.locator('.odigos-layout[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(
      /^Η διάταξη δεν ξεχάστηκε, γιατί ο δίσκος του υπολογιστή γέμισε· ο Οδηγός διαβάζει ακόμη ό,τι δείξατε\. Ελευθερώστε χώρο \(διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε\) και δοκιμάστε ξανά\.Τεχνικές λεπτομέρειες: /,
    );
    expect(await panel.getByText('Διαβάζει ό,τι δείξατε.').count()).toBe(1);
    await screenshot(page, 'forget-layout-disk-full-el');

    await disk.free();
    await panel.getByRole('button', { name: 'Ξεχάστε τη διάταξη της σελίδας' }).click();
    await panel.getByRole('button', { name: 'Δείξτε τη συνομιλία' }).waitFor({ timeout: 30_000 });
    expect(await alert.count()).toBe(0);
  });
});
