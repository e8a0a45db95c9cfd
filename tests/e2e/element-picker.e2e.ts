import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';

const DOUBLE_CHARGE = /double-charge|double-card-charge/;
const PAGE = '/tests/fixtures/crm/unknown-desk.html';

const list = (page: Page) => overlay(page).getByRole('list', { name: 'Suggestions' });
const topIds = async (page: Page, n: number) =>
  (await list(page).locator('[data-entry-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')))).slice(0, n);
const context = (page: Page) => overlay(page).locator('.odigos-context');
const pickButton = (page: Page) => overlay(page).getByRole('button', { name: 'Point at the conversation' });
const panelStatus = (page: Page) => overlay(page).locator('.odigos-picker [role=status]');
/** The picker's own tip over the page (its shadow root is open; Playwright pierces it). */
const tip = (page: Page) => page.locator('odigos-picker [role=status]');

/**
 * An in-house helpdesk Odigos does not know, under a strict CSP with Trusted Types. The generic reader reads its
 * plain thread (it took the timestamped activity log beside it for the conversation until a log that speaks to
 * nobody was told apart); the agent may still point at the thread and the reply box, and from then on the picked
 * layout reads, inserts land in the picked box, a reload keeps the layout and forgetting it goes back to guessing.
 */
describe('element picker on an unknown helpdesk (strict CSP)', () => {
  let site: Served;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('guesses right at first (the thread, not the activity log); Esc cancels a pick with nothing saved', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(PAGE));
    // The generic reading suggests for the double charge, not for the log's password reset email.
    await expect.poll(async () => (await topIds(page, 3)).filter((id) => DOUBLE_CHARGE.test(id ?? '')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await topIds(page, 3)).not.toContain('password-reset-instructions');
    await screenshot(page, 'picker-0-guessing');

    await pickButton(page).click();
    await panelStatus(page).getByText("Click the customer's message area (Esc to cancel)").waitFor();
    await tip(page).getByText("Click the customer's message area (Esc to cancel)").waitFor();
    await page.keyboard.press('Escape');
    await pickButton(page).waitFor();
    expect(await page.locator('odigos-picker').count()).toBe(0);
    // Still guessing after a reload: nothing was saved.
    await page.reload();
    await pickButton(page).waitFor();
    await page.close();
  });

  it('the agent points at the thread and the reply box: suggestions fit, inserts land there, a reload keeps it', async () => {
    const page = await browser.context.newPage();
    // The page's strict CSP and Trusted Types must not have to refuse anything Odigos does.
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.sourceFile}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    await page.goto(site.url(PAGE));
    await pickButton(page).click();

    // First pick: the message area (the agent sees its outline under the pointer, then clicks it).
    await panelStatus(page).getByText("Click the customer's message area (Esc to cancel)").waitFor();
    const stream = page.locator('.stream');
    await stream.hover({ position: { x: 6, y: 6 } });
    const outline = page.locator('odigos-picker .box');
    await expect.poll(async () => (await outline.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    const streamBox = (await stream.boundingBox())!;
    const outlineBox = (await outline.boundingBox())!;
    expect(Math.abs(outlineBox.y - streamBox.y)).toBeLessThan(2);
    expect(Math.abs(outlineBox.height - streamBox.height)).toBeLessThan(2);
    await screenshot(page, 'picker-1-message-area');
    await stream.click({ position: { x: 6, y: 6 } });

    // Second pick: the reply box (the comment box beside the log stays untouched).
    await panelStatus(page).getByText('Click the box where you type your reply (Esc to cancel)').waitFor();
    await tip(page).getByText('Click the box where you type your reply (Esc to cancel)').waitFor();
    await page.locator('.ed').hover();
    await screenshot(page, 'picker-2-reply-box');
    await page.locator('.ed').click();

    // Saved: the overlay reads with the picked layout at once.
    await overlay(page).getByText('Reading what you pointed at.').waitFor();
    expect(await page.locator('odigos-picker').count()).toBe(0);
    await expect.poll(() => context(page).textContent()).toBe('Maria Lopez · #5521');
    await expect.poll(async () => (await topIds(page, 3)).filter((id) => DOUBLE_CHARGE.test(id ?? '')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'picker-3-after');

    // A template goes into the picked box, not the team-comment box beside the log.
    await list(page).locator('[data-entry-id="apology-double-charge"] button').first().click();
    const tpl = overlay(page).locator('article.odigos-template');
    await expect.poll(async () => (await tpl.locator('.odigos-preview').textContent()) ?? '').toContain('Maria');
    await tpl.getByLabel('Order number').fill('5521');
    await tpl.getByLabel('Amount').fill('49.90');
    await tpl.getByRole('button', { name: 'Insert' }).click();
    await tpl.getByRole('status').getByText('Added to the reply.').waitFor();
    expect(await page.locator('.ed').innerText()).toMatch(/Maria[\s\S]*charged twice for order 5521[\s\S]*49\.90/);
    expect(await page.locator('textarea.note').inputValue()).toBe('');
    await screenshot(page, 'picker-4-inserted');
    expect(await violations()).toEqual([]);

    // The layout is kept for this site.
    await page.reload();
    await overlay(page).getByText('Reading what you pointed at.').waitFor();
    await expect.poll(() => context(page).textContent()).toBe('Maria Lopez · #5521');
    await expect.poll(async () => (await topIds(page, 3)).filter((id) => DOUBLE_CHARGE.test(id ?? '')).length, { timeout: 10_000 }).toBeGreaterThan(0);

    // Forgetting it goes back to guessing, now and after a reload: the guess reads the thread too.
    await overlay(page).getByRole('button', { name: "Forget this page's layout" }).click();
    await pickButton(page).waitFor();
    await expect.poll(() => overlay(page).getByText('Reading what you pointed at.').count()).toBe(0);
    await expect.poll(async () => (await topIds(page, 3)).filter((id) => DOUBLE_CHARGE.test(id ?? '')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await topIds(page, 3)).not.toContain('password-reset-instructions');
    await page.reload();
    await pickButton(page).waitFor();
    await page.close();
  });
});
