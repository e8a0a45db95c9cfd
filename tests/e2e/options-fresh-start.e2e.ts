import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../support/browser';

/**
 * Options opened the moment the browser starts list the built-in packs at once, without a reload. On a fresh
 * start Chromium holds storage.managed (the organisation's policy) back for seconds (2–3 s here, up to ~15 s
 * after an install); the list used to wait for it. The test proves it no longer does: the packs are on screen
 * while a policy read the worker started at launch is still unanswered.
 */
describe('options right after a fresh start', () => {
  it('lists the built-in packs before the browser has delivered the policy', async () => {
    const browser = await launchWithExtension();
    try {
      const sw = await browser.serviceWorker();
      await sw.evaluate(() => {
        const g = globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } }; policyDelivered: boolean };
        g.policyDelivered = false;
        void g.chrome.storage.managed.get().finally(() => (g.policyDelivered = true));
      });
      const page = await browser.openExtensionPage('options.html');
      const packs = page.getByRole('region', { name: 'Γνώση' }).getByRole('article');
      await expect.poll(() => packs.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      const delivered = await sw.evaluate(() => (globalThis as unknown as { policyDelivered: boolean }).policyDelivered);
      expect(delivered, 'the packs were listed only once the policy had arrived').toBe(false);
      expect(await packs.allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('el-core'), expect.stringContaining('en-core')]),
      );
      // Once the policy arrives the list stays (and shows what it says).
      await expect.poll(() => sw.evaluate(() => (globalThis as unknown as { policyDelivered: boolean }).policyDelivered), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => packs.count()).toBeGreaterThanOrEqual(2);
    } finally {
      await browser.close();
    }
  });

  // They read «Τελευταία ενημέρωση: ποτέ · Υπογραφή: χωρίς υπογραφή», as if stale and untrusted: they come with Odigos.
  it('says the built-in packs are updated with Odigos itself, not «last update: never, unsigned»', async () => {
    const browser = await launchWithExtension();
    try {
      const page = await browser.openExtensionPage('options.html');
      const core = page.getByRole('region', { name: 'Γνώση' }).getByRole('article').filter({ hasText: 'el-core' });
      await expect.poll(() => core.textContent(), { timeout: 20_000 }).toContain('Προέλευση: ενσωματωμένο · ενημερώνεται μαζί με τον Οδηγό');
      expect(await core.textContent()).not.toMatch(/Τελευταία ενημέρωση|χωρίς υπογραφή/);
      expect(await core.getByText('ενημερώνεται μαζί με τον Οδηγό').isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
