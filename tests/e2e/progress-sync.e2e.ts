import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';
import { laterStageIds } from '../support/later-stage';

/** The page's panel, or the side panel's page: both show the overlay's views. */
type Panel = Page | Locator;
const list = (p: Panel) => p.getByRole('list', { name: 'Προτάσεις' });
const top = async (p: Panel, n: number) =>
  (await list(p).locator('[data-entry-id]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-entry-type')}:${e.getAttribute('data-entry-id')}`))).slice(0, n);
const stageText = (p: Panel) => p.locator('.odigos-stage [role="status"]').textContent();
const resolvedToggle = (p: Panel) => p.getByRole('button', { name: 'Επιλύθηκε' });

describe('the page’s panel follows the progress the agent makes in the side panel, live (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();
  const later = laterStageIds();

  it('on #48213, steps ticked and «Επιλύθηκε» marked in the side panel move the page’s stage bar and suggestions, in both tabs on the ticket, and back', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const inPage = overlay(page);
    await list(inPage).locator('[data-entry-id]').nth(2).waitFor();
    // The customer writes «τρίτη φορά»: nothing done yet, but no new request (see StageBar).
    await expect.poll(() => stageText(inPage), { timeout: 10_000 }).toContain('εκκρεμεί');
    expect((await top(inPage, 1))[0]).toBe('sop:double-card-charge');
    // A second tab on the same ticket, its own panel open.
    const other = await desk.browser.context.newPage();
    await other.goto(desk.site.url('/desk/el/tickets/48213'));
    await list(overlay(other)).locator('[data-entry-id]').nth(2).waitFor();

    const tabId = await desk.browser.tabIdOf(page);
    const side = await desk.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => side.locator('.odigos-context').textContent(), { timeout: 10_000 }).toContain('#48213');

    // The agent follows «Διπλή χρέωση κάρτας» in the side panel: steps 1-3 done (identified, checked, not a
    // pre-authorisation), step 4 apologises and refunds.
    await list(side).locator('[data-entry-id="double-card-charge"] button').first().click();
    await side.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    for (const n of [0, 1, 2]) await side.getByRole('checkbox').nth(n).check();

    // The page's panel, untouched, is in progress at once and leads with the template step 4 links (nothing that
    // presupposes the refund made in its top 3), as if the agent had ticked there; so is the other tab's.
    for (const p of [inPage, overlay(other)]) {
      await expect.poll(() => stageText(p), { timeout: 10_000 }).toContain('σε εξέλιξη');
      await expect.poll(() => top(p, 1), { timeout: 10_000 }).toEqual(['template:apology-double-charge']);
      expect((await top(p, 3)).filter((k) => later.has(k.split(':')[1]!))).toEqual([]);
    }

    // The same SOP open in the page: a step ticked in the side panel is ticked on its checklist too.
    await list(inPage).locator('[data-entry-id="double-card-charge"] button').first().click();
    await inPage.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    await expect.poll(() => inPage.getByRole('checkbox').nth(2).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await inPage.getByRole('checkbox').nth(3).isChecked()).toBe(false);
    await side.getByRole('checkbox').nth(3).check();
    await expect.poll(() => inPage.getByRole('checkbox').nth(3).isChecked(), { timeout: 10_000 }).toBe(true);
    await page.bringToFront();
    await inPage.getByRole('checkbox').nth(3).scrollIntoViewIfNeeded();
    await screenshot(page, 'progress-sync-page-sop-el');

    // Marked resolved in the side panel: resolved in the page (its list in view again), the refund confirmation in
    // its top 3.
    await inPage.getByRole('button', { name: 'Πίσω' }).first().click();
    await expect.poll(() => stageText(inPage), { timeout: 10_000 }).toContain('σε εξέλιξη');
    await side.getByRole('button', { name: 'Πίσω' }).first().click();
    await resolvedToggle(side).click();
    await expect.poll(() => stageText(inPage), { timeout: 10_000 }).toContain('επιλύθηκε');
    expect(await resolvedToggle(inPage).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => top(inPage, 3), { timeout: 10_000 }).toContain('template:refund-double-charge');
    await expect.poll(() => stageText(overlay(other)), { timeout: 10_000 }).toContain('επιλύθηκε');
    await page.bringToFront();
    await screenshot(page, 'progress-sync-page-resolved-el');

    // And back: the mark taken back in the page's panel, the side panel is in progress again.
    await resolvedToggle(inPage).click();
    await expect.poll(() => stageText(side), { timeout: 10_000 }).toContain('σε εξέλιξη');
    await expect.poll(() => stageText(inPage), { timeout: 10_000 }).toContain('σε εξέλιξη');
    await expect.poll(async () => (await top(side, 3)).filter((k) => later.has(k.split(':')[1]!)), { timeout: 10_000 }).toEqual([]);
    await screenshot(side, 'progress-sync-sidepanel-working-el');
    await side.close();
    await other.close();
    await page.close();
  });});

describe('steps ticked at once in two surfaces on one ticket are all kept (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('on #48213, steps ticked at the same instant in the side panel and the page\u2019s panel are all kept, through a reload and a stopped service worker', async () => {
    const sop = (p: Panel) => p.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' });
    const boxes = (p: Panel) => p.getByRole('checkbox');
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const inPage = overlay(page);
    await list(inPage).locator('[data-entry-id]').nth(2).waitFor();
    const side = await desk.browser.openExtensionPage(`sidepanel.html?tab=${await desk.browser.tabIdOf(page)}`);
    await expect.poll(() => side.locator('.odigos-context').textContent(), { timeout: 10_000 }).toContain('#48213');
    for (const p of [inPage, side]) {
      await list(p).locator('[data-entry-id="double-card-charge"] button').first().click();
      await sop(p).waitFor();
    }
    // Eight steps since the twin SOPs were aligned (one more: which order to keep).
    expect(await boxes(side).count()).toBe(8);

    // Both surfaces tick at the same instant, each its steps in one go: the page steps 1, 3, 5, 7, the side panel
    // 2, 4, 6, 8. Each panel once read and wrote the whole record itself, and one of two writes at once was lost.
    const at = Date.now() + 500;
    const tick = (p: Panel, steps: number[]) =>
      boxes(p).evaluateAll(async (els, { ns, at }) => {
        await new Promise((r) => setTimeout(r, at - Date.now()));
        for (const n of ns) (els[n] as HTMLInputElement).click();
      }, { ns: steps, at });
    await Promise.all([tick(inPage, [0, 2, 4, 6]), tick(side, [1, 3, 5, 7])]);
    const ticked = async (p: Panel) => (await boxes(p).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).filter(Boolean).length;
    for (const p of [inPage, side]) await expect.poll(() => ticked(p), { timeout: 10_000 }).toBe(8);

    // The service worker stopped and started again (Chromium stops an idle one): its memory is gone, and unticking
    // step 7 in the page is kept all the same.
    const worker = await desk.browser.serviceWorker();
    await worker.evaluate(() => ((globalThis as { odigosTestMark?: number }).odigosTestMark = 1));
    const cdp = await desk.browser.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(desk.browser.extensionId));
    expect((await cdp.send('Target.closeTarget', { targetId: target!.targetId })).success).toBe(true);
    await cdp.detach();
    await boxes(inPage).nth(6).uncheck();
    await expect.poll(() => boxes(side).nth(6).isChecked(), { timeout: 10_000 }).toBe(false);
    const now = await desk.browser.serviceWorker();
    expect(await now.evaluate(() => (globalThis as { odigosTestMark?: number }).odigosTestMark)).toBeUndefined();

    // Reloaded, both: the SOP left open is open again (sop-place-kept.e2e.ts), with the seven ticks in each.
    await Promise.all([page.reload(), side.reload()]);
    await expect.poll(() => side.locator('.odigos-context').textContent(), { timeout: 10_000 }).toContain('#48213');
    for (const p of [inPage, side]) {
      await sop(p).waitFor({ timeout: 10_000 });
      await expect.poll(() => ticked(p), { timeout: 10_000 }).toBe(7);
      expect(await boxes(p).nth(6).isChecked()).toBe(false);
    }
    await page.bringToFront();
    await boxes(inPage).nth(5).scrollIntoViewIfNeeded();
    await screenshot(page, 'progress-sync-both-ticked-el');
    await side.close();
    await page.close();
  });
});
