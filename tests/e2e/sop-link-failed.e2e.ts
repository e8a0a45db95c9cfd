import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

/**
 * A template an open SOP's step links, gone by the time the agent clicks it (the pack switched off in Options
 * meanwhile): the click did nothing the agent could see; it is now said under that step, in Greek, with what to do.
 */
describe('a linked template that does not open is said under its step (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('on #48213, «Διπλή χρέωση κάρτας» open, el-core switched off in Options, the linked template clicked', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const panel = overlay(page);
    const list = panel.getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id="double-card-charge"] button').first().waitFor({ timeout: 15_000 });
    await list.locator('[data-entry-id="double-card-charge"] button').first().click();
    await panel.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor({ timeout: 10_000 });
    const chip = panel.locator('.odigos-sop .odigos-chip').first();
    await chip.waitFor({ timeout: 10_000 });
    const step = chip.locator('xpath=ancestor::li[@data-step]');
    const title = (await chip.textContent())!.trim();

    const options = await desk.browser.openExtensionPage('options.html');
    const core = options.getByRole('article', { name: 'Οδηγός — Βασική γνώση' });
    // Clicked, not uncheck()ed: the page redraws the box from what the background stored, after uncheck() looks.
    await core.getByLabel('Ενεργό').click({ timeout: 10_000 });
    await expect.poll(() => core.getByLabel('Ενεργό').isChecked(), { timeout: 10_000 }).toBe(false);
    await options.close();

    await page.bringToFront();
    await panel.getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor({ timeout: 10_000 });
    await chip.click();
    const said = step.getByRole('alert');
    await said.waitFor({ timeout: 10_000 });
    expect(await said.textContent()).toMatch(
      /^Το πρότυπο «.+» δεν υπάρχει πια στο πακέτο el-core: το πακέτο ενημερώθηκε ή αφαιρέθηκε\. Γυρίστε στη λίστα και αναζητήστε το ξανά\.Τεχνικές λεπτομέρειες: /,
    );
    // Named by the title its chip shows (after the chip's type tag).
    expect(title.endsWith(/«(.+?)»/.exec((await said.textContent())!)![1]!)).toBe(true);
    expect(await said.locator('[lang="en"]').textContent()).toMatch(/No template ".+" in pack "el-core"/);
    await said.scrollIntoViewIfNeeded();
    await screenshot(page, 'sop-link-gone-el');
  });
});
