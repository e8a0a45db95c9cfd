import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

/**
 * An agent works through an SOP's checklist while the helpdesk navigates (RT moves from the ticket's page to its
 * reply page; any desk reloads): the SOP they had open comes back open at the steps they ticked, and its card in the
 * list says how far they are. Closed, it is forgotten: the ticket's next page shows the list (with the card's count).
 */

const TICKET = '/desk/el/tickets/48213';
const POLL = 30_000;

/** The ticket's record as the extension stored it (read in the service worker). */
async function stored(browser: ExtensionBrowser): Promise<{ done?: Record<string, number[]>; open?: { sopId: string } } | undefined> {
  return (await browser.serviceWorker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const all = (await api.storage.local.get('checklists')).checklists as Record<string, { done: Record<string, number[]>; open?: { sopId: string } }> | undefined;
    return Object.entries(all ?? {}).find(([k]) => k.endsWith('48213'))?.[1];
  });
}

const heading = (page: Page) => overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' });
const card = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id="double-card-charge"]');
const ticked = (page: Page) => overlay(page).getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));

describe('the SOP an agent follows keeps its place across the ticket’s pages (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('open, two steps ticked, the page reloaded and opened anew: the SOP is open at the same ticks; closed, its card says «2 από N βήματα»', { timeout: 120_000 }, async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url(TICKET));
    await card(page).locator('button').first().click();
    await heading(page).waitFor();
    const steps = await overlay(page).getByRole('checkbox').count();
    await overlay(page).getByRole('checkbox').nth(0).check();
    await overlay(page).getByRole('checkbox').nth(1).check();
    await expect.poll(async () => (await stored(desk.browser))?.done?.['double-card-charge'], { timeout: POLL }).toEqual([1, 2]);
    expect((await stored(desk.browser))?.open?.sopId).toBe('double-card-charge');

    // The helpdesk reloads the page: the SOP is open again, at the same ticks.
    await page.reload();
    await heading(page).waitFor({ timeout: POLL });
    await expect.poll(() => ticked(page), { timeout: POLL }).toEqual([true, true, ...Array(steps - 2).fill(false)]);
    // Shown, not opened by the agent: the page keeps the focus (the agent may be typing in the reply box already).
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('odigos-overlay');
    await screenshot(page, 'sop-place-kept-reopened');

    // Another page load of the same ticket (as RT's reply page is): the same.
    const next = await desk.browser.context.newPage();
    await next.goto(desk.site.url(TICKET));
    await heading(next).waitFor({ timeout: POLL });
    await expect.poll(() => ticked(next), { timeout: POLL }).toEqual([true, true, ...Array(steps - 2).fill(false)]);
    await next.close();

    // Closed: the list, whose SOP card says how far the agent is; the next page keeps the list.
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    await expect.poll(() => card(page).locator('[data-progress]').textContent(), { timeout: POLL }).toBe(`2 από ${steps} βήματα`);
    await screenshot(page, 'sop-place-kept-card');
    await expect.poll(async () => (await stored(desk.browser))?.open, { timeout: POLL }).toBeUndefined();
    await page.reload();
    await card(page).locator('[data-progress]').waitFor({ timeout: POLL });
    expect(await heading(page).count()).toBe(0);
    expect(await card(page).locator('[data-progress]').textContent()).toBe(`2 από ${steps} βήματα`);
    await page.close();
  });
});
