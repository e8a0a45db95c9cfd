import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useFullDisk } from '../support/full-disk';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { customerWrites } from '../support/demo-desk';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';

/**
 * A tick the extension cannot save, for real: the Chromium profile on a small tmpfs of its own (mounted by the test,
 * as notes-full-disk.e2e.ts does; it runs as root here and in CI) that a filler file fills up, so the background's
 * write of the SOP progress fails. The tick is taken back, and the agent is told, in Greek, under the step: which
 * step, why (the disk), what to do; the message outlives the page's next reading, and «Δοκιμάστε ξανά» once there is
 * room saves the tick.
 */

const TICKET = '/desk/el/tickets/48213';
const POLL = 20_000;

/** The SOP progress as the extension stored it (read in the service worker). */
async function storedSteps(browser: ExtensionBrowser, id: string): Promise<number[] | undefined> {
  return (await browser.serviceWorker()).evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const all = (await api.storage.local.get('checklists')).checklists as Record<string, { done: Record<string, number[]> }> | undefined;
    return Object.entries(all ?? {}).find(([k]) => k.endsWith(key))?.[1]?.done['double-card-charge'];
  }, id);
}

/**
 * An agent's earlier tickets (a working day's), stored as the extension stores them: every write of the progress
 * rewrites them all, larger than the slack a full disk leaves in the files' last pages.
 */
async function earlierTickets(browser: ExtensionBrowser): Promise<void> {
  await (await browser.serviceWorker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    const day = Date.now() - 86_400_000;
    const records = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`demo:earlier.example:${40_000 + i}`, { firstSeen: day + i * 60_000, done: { 'double-card-charge': [1, 2, 3] }, following: { packId: 'el-core', sopId: 'double-card-charge' } }]),
    );
    await api.storage.local.set({ checklists: records });
  });
}

const box = (p: Locator, n: number) => p.getByRole('checkbox').nth(n);

describe('a tick that cannot be saved is said, in Greek, where the agent ticked (real Chromium, tmpfs profile)', () => {
  const disk = useFullDisk('odigos-tick-disk-');
  let site: Served;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('step 2 of «Διπλή χρέωση κάρτας» and «Επιλύθηκε» on a full disk: taken back, each said where the agent acted, «Δοκιμάστε ξανά» saves it', { timeout: 120_000 }, async () => {
    const browser = (disk.browser = await launchWithExtension({ profileDir: disk.profileDir }));
    await earlierTickets(browser);
    const page: Page = await browser.context.newPage();
    await page.goto(site.url(TICKET));
    const panel = overlay(page);
    await panel.getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id="double-card-charge"] button').first().click();
    await panel.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor({ timeout: POLL });
    await box(panel, 0).check();
    await expect.poll(() => storedSteps(browser, ':48213'), { timeout: POLL }).toEqual([1]);

    disk.fill();
    await box(panel, 1).click();
    // Taken back, and said under step 2 (not at the top of a panel scrolled elsewhere), in Greek.
    const step2 = panel.locator('li.odigos-step[data-step="2"]');
    const alert = step2.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: POLL }).toContain('Το βήμα 2 δεν αποθηκεύτηκε ως ολοκληρωμένο.');
    const said = (await alert.textContent())!;
    expect(await alert.getByRole('button', { name: 'Δοκιμάστε ξανά' }).count()).toBe(1);
    expect(said).toContain('ίσως γέμισε ο δίσκος');
    expect(said).toContain('Ελευθερώστε χώρο και δοκιμάστε ξανά');
    expect(await box(panel, 1).isChecked()).toBe(false);
    expect(await panel.getByRole('alert').count()).toBe(1);

    // Inside the window, covering no step: below step 2's own line, above step 3.
    const view = page.viewportSize()!;
    const at = (await alert.boundingBox())!;
    const line = (await step2.locator('.odigos-step-line').boundingBox())!;
    const next = (await panel.locator('li.odigos-step[data-step="3"]').boundingBox())!;
    expect(at.y + at.height).toBeLessThanOrEqual(view.height);
    expect(at.x + at.width).toBeLessThanOrEqual(view.width);
    expect(at.y).toBeGreaterThanOrEqual(line.y + line.height);
    expect(at.y + at.height).toBeLessThanOrEqual(next.y);
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'progress-save-failed-el');

    // The page is read again (the customer writes): the panel's notice is replaced, this stays until the agent acts.
    await customerWrites(page, 'Ακόμα περιμένω την επιστροφή των χρημάτων μου.');
    await page.waitForTimeout(1_500);
    expect(await alert.textContent()).toBe(said);

    // Back in the list it is still said, under the stage bar, naming the SOP (no longer in view).
    await panel.getByRole('button', { name: 'Πίσω' }).first().click();
    const listAlert = panel.getByRole('alert');
    await expect.poll(() => listAlert.textContent(), { timeout: POLL }).toContain('Το βήμα 2 της διαδικασίας «Διπλή χρέωση κάρτας» δεν αποθηκεύτηκε ως ολοκληρωμένο.');
    // «Επιλύθηκε» on the full disk: taken back to in progress, and said in its place.
    await panel.getByRole('button', { name: 'Επιλύθηκε' }).click();
    await expect.poll(() => listAlert.textContent(), { timeout: POLL }).toContain('Η σήμανση «Επιλύθηκε» δεν αποθηκεύτηκε.');
    await expect.poll(() => panel.locator('.odigos-stage [role="status"]').textContent(), { timeout: POLL }).toContain('σε εξέλιξη');
    const stage = (await panel.locator('.odigos-stage').boundingBox())!;
    const under = (await listAlert.boundingBox())!;
    expect(under.y).toBeGreaterThanOrEqual(stage.y + stage.height);
    expect(under.y + under.height).toBeLessThanOrEqual(view.height);
    await screenshot(page, 'progress-save-failed-resolved-el');

    // The side panel on the same tab says its own step not saved, under it, the same way.
    const side = await browser.openExtensionPage(`sidepanel.html?tab=${await browser.tabIdOf(page)}`);
    await expect.poll(() => side.locator('.odigos-context').textContent(), { timeout: POLL }).toContain('#48213');
    // The SOP may open by itself: the ticket's open SOP is kept, and closing it in the page was not saved on the full
    // disk. Either way the agent ends up in it.
    const sideHeading = side.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' });
    const sideCard = side.getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id="double-card-charge"] button').first();
    await expect.poll(async () => (await sideHeading.count()) + (await sideCard.count()), { timeout: POLL }).toBeGreaterThan(0);
    if ((await sideHeading.count()) === 0) await sideCard.click();
    await sideHeading.waitFor({ timeout: POLL });
    // Clicked, not check(): the tick is taken back as soon as the background answers, before a check() could see it.
    await side.getByRole('checkbox').nth(2).click();
    const sideAlert = side.locator('li.odigos-step[data-step="3"]').getByRole('alert');
    await expect.poll(() => sideAlert.textContent(), { timeout: POLL }).toContain('Το βήμα 3 δεν αποθηκεύτηκε ως ολοκληρωμένο.');
    expect(await side.getByRole('checkbox').nth(2).isChecked()).toBe(false);
    await sideAlert.scrollIntoViewIfNeeded();
    await screenshot(side, 'progress-save-failed-sidepanel-el');
    await side.close();

    // Room again: the agent tries again, the mark is saved and nothing is said any more.
    await disk.free();
    await listAlert.getByRole('button', { name: 'Δοκιμάστε ξανά' }).click();
    await expect.poll(() => panel.locator('.odigos-stage [role="status"]').textContent(), { timeout: POLL }).toContain('επιλύθηκε');
    await expect.poll(() => panel.getByRole('alert').count(), { timeout: POLL }).toBe(0);
    // What was saved before the disk filled is kept; step 2 is as the panel showed it, not ticked.
    expect(await storedSteps(browser, ':48213')).toEqual([1]);
  });
});
