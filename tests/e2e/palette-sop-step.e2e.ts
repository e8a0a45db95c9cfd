import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

const list = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' });
const panelTop = async (page: Page) => (await list(page).locator('[data-entry-id]').first().getAttribute('data-entry-id')) ?? '';

/** The palette opened with no query in the demo desk's reply box; its option titles, in order. */
async function openPalette(page: Page): Promise<{ dialog: Locator; titles: () => Promise<string[]> }> {
  await page.locator('#reply').click();
  await page.keyboard.press('Control+Shift+Space');
  const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
  await dialog.getByRole('option').first().waitFor();
  return { dialog, titles: () => dialog.locator('[role=option] .op-title').allTextContents() };
}

/** The box lies wholly inside the window. */
async function expectInViewport(page: Page, box: Locator) {
  const r = (await box.boundingBox())!;
  const view = page.viewportSize()!;
  expect(r.x).toBeGreaterThanOrEqual(0);
  expect(r.y).toBeGreaterThanOrEqual(0);
  expect(r.x + r.width).toBeLessThanOrEqual(view.width);
  expect(r.y + r.height).toBeLessThanOrEqual(view.height);
}

describe('the empty palette follows the SOP step the agent is at in the panel (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('on #48213 with steps 1-4 of «Διπλή χρέωση κάρτας» ticked, the template step 5 links is the palette\u2019s first row, as in the panel', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await list(page).locator('[data-entry-id]').nth(2).waitFor();

    // Nothing followed yet: the palette lists what the panel suggests for the conversation, not step 5's template.
    const before = await openPalette(page);
    expect((await before.titles())[0]).not.toBe('Πότε θα δει ο πελάτης τα χρήματα');
    await page.keyboard.press('Escape');
    await expect.poll(() => before.dialog.count(), { timeout: 10_000 }).toBe(0);

    // The agent follows the SOP: steps 1-4 done (identified, checked, not a pre-authorisation, refunded); step 5 sends
    // the written confirmation, [[refund-double-charge]] (waits until resolved) and [[info-refund-timeline]].
    await list(page).locator('[data-entry-id="double-card-charge"] button').first().click();
    await overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    for (const n of [0, 1, 2, 3]) await overlay(page).getByRole('checkbox').nth(n).check();
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    // The panel lifts it first.
    await expect.poll(() => panelTop(page), { timeout: 30_000 }).toBe('info-refund-timeline');

    // So does the palette opened with no query in the reply box.
    const after = await openPalette(page);
    await expect.poll(async () => (await after.titles())[0], { timeout: 10_000 }).toBe('Πότε θα δει ο πελάτης τα χρήματα');
    const first = after.dialog.getByRole('option').first();
    expect(await first.textContent()).toContain('/xronos');
    await expectInViewport(page, first);
    await expectInViewport(page, after.dialog);
    await screenshot(page, 'palette-sop-step-el');
    await page.keyboard.press('Escape');
    await expect.poll(() => after.dialog.count(), { timeout: 10_000 }).toBe(0);

    // The agent opens another suggested SOP only to look at it, and goes back: «Διπλή χρέωση κάρτας» is still the one
    // followed (a step ticked makes an SOP followed, opening does not), in the panel and the palette alike.
    const peeked = list(page).locator('[data-entry-type="sop"]:not([data-entry-id="double-card-charge"])').first();
    const peekedId = await peeked.getAttribute('data-entry-id');
    await peeked.locator('button').first().click();
    await overlay(page).getByRole('checkbox').first().waitFor();
    expect(await overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).count()).toBe(0);
    await screenshot(page, 'palette-sop-step-peek-el');
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    await list(page).locator(`[data-entry-id="${peekedId}"]`).waitFor();
    await expect.poll(() => panelTop(page), { timeout: 30_000 }).toBe('info-refund-timeline');
    const peek = await openPalette(page);
    await expect.poll(async () => (await peek.titles())[0], { timeout: 10_000 }).toBe('Πότε θα δει ο πελάτης τα χρήματα');
    await page.keyboard.press('Escape');
    // Reloaded: still the same SOP followed.
    await page.reload();
    await expect.poll(() => panelTop(page), { timeout: 30_000 }).toBe('info-refund-timeline');
    await page.close();
  });
});

describe('the fill-in form of a template with two fields (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('Enter after the first field goes to the second, still empty; the template goes in whole once both are filled', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await list(page).locator('[data-entry-id]').first().waitFor();
    const { dialog } = await openPalette(page);
    await page.keyboard.type('/xronos', { delay: 20 });
    await expect.poll(() => dialog.locator('[role=option] .op-title').first().textContent()).toBe('Πότε θα δει ο πελάτης τα χρήματα');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Συμπληρώστε πριν από την εισαγωγή: Πότε θα δει ο πελάτης τα χρήματα' });
    const amount = form.getByRole('textbox', { name: 'Ποσό' });
    const date = form.getByRole('textbox', { name: 'Ημερομηνία εντολής' });
    await expect.poll(() => amount.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.type('89,90', { delay: 10 });
    // Enter inserted here, the date dropped: «… των 89,90 € δόθηκε στις. Από εκεί …».
    await page.keyboard.press('Enter');
    await expect.poll(() => date.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await form.count()).toBe(1);
    expect(await page.locator('#reply').inputValue()).toBe('');
    await screenshot(page, 'palette-fill-second-field');
    await page.keyboard.type('3 Δεκεμβρίου', { delay: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('Η εντολή επιστροφής των 89,90 € δόθηκε στις 3 Δεκεμβρίου.');
    await page.close();
  });
});

describe('the empty palette follows the SOP step the agent is at in the side panel, and the page\u2019s panel after a reload', () => {
  const desk = useDemoDesk();

  it('on #48213 with steps 1-4 ticked in the side panel, the template step 5 links is the palette\u2019s first row; after a reload the page\u2019s panel lifts it too', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await list(page).locator('[data-entry-id]').nth(2).waitFor();
    const tabId = await desk.browser.tabIdOf(page);
    const side = await desk.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => side.locator('.odigos-context').textContent()).toContain('#48213');
    const sideList = side.getByRole('list', { name: 'Προτάσεις' });

    // The agent follows «Διπλή χρέωση κάρτας» in the side panel, not in the page's panel: steps 1-4 done.
    await sideList.locator('[data-entry-id="double-card-charge"] button').first().click();
    await side.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    for (const n of [0, 1, 2, 3]) await side.getByRole('checkbox').nth(n).check();
    await side.getByRole('button', { name: 'Πίσω' }).first().click();
    await expect.poll(async () => (await sideList.locator('[data-entry-id]').first().getAttribute('data-entry-id')) ?? '', { timeout: 30_000 })
      .toBe('info-refund-timeline');

    // The palette opened with no query in the page's reply box leads with step 5's template (the page's panel
    // followed nothing: the background reads the followed SOP from the stored progress).
    await page.bringToFront();
    const opened = await openPalette(page);
    await expect.poll(async () => (await opened.titles())[0], { timeout: 10_000 }).toBe('Πότε θα δει ο πελάτης τα χρήματα');
    const first = opened.dialog.getByRole('option').first();
    expect(await first.textContent()).toContain('/xronos');
    await expectInViewport(page, first);
    await expectInViewport(page, opened.dialog);
    await screenshot(page, 'palette-sop-step-sidepanel-el');
    await page.keyboard.press('Escape');
    await expect.poll(() => opened.dialog.count(), { timeout: 10_000 }).toBe(0);
    await side.close();

    // Reloaded: the page's panel reads the SOP followed from the stored progress and lifts its step again, the list
    // still in view; the palette still leads with it.
    await page.reload();
    await expect.poll(() => panelTop(page), { timeout: 30_000 }).toBe('info-refund-timeline');
    await list(page).waitFor();
    const again = await openPalette(page);
    await expect.poll(async () => (await again.titles())[0], { timeout: 10_000 }).toBe('Πότε θα δει ο πελάτης τα χρήματα');
    await screenshot(page, 'palette-sop-step-reload-el');
    await page.keyboard.press('Escape');
    await page.close();
  });
});
