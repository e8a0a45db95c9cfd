import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

const CHOSEN = 'apology-late-delivery';
/** The demo desk's two parcel tickets: the agent chooses on the first; the second is a similar message. */
const COURIER = '/desk/el/tickets/48220';
const LATE = '/desk/el/tickets/48240';

const list = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' });

/** The ids of the cards, in order, once the list has settled (at least three cards). */
async function cards(page: Page): Promise<string[]> {
  const items = list(page).locator('li[data-entry-id]');
  await items.nth(2).waitFor();
  return items.evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')!));
}

/** Where the chosen template stands on the similar ticket (Infinity: not listed). */
async function placeOnSimilar(page: Page): Promise<number> {
  await page.goto(page.url().replace(/\/desk\/.*$/, LATE));
  const i = (await cards(page)).indexOf(CHOSEN);
  return i < 0 ? Infinity : i;
}

async function insertChosen(page: Page) {
  await list(page).locator(`li[data-entry-id="${CHOSEN}"] button`).first().click();
  const tpl = overlay(page).locator('article.odigos-template');
  await tpl.waitFor();
  await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
  await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
}

/** Forget what was learnt, from Options, as the agent does (confirmed). */
async function resetInOptions(desk: ReturnType<typeof useDemoDesk>, shot?: string) {
  const options = await desk.browser.openExtensionPage('options.html');
  const section = options.getByRole('region', { name: 'Τι μαθαίνει ο Οδηγός από τις επιλογές σας' });
  await section.getByText('Θυμάται τις επιλογές σας για 1 καταχώριση.').waitFor();
  // What deletes or forgets looks it, here as on the notes page: red (#b42318), not the accent of «Σημειώσεις Οδηγού».
  const colour = (name: string) => options.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b).color);
  expect([await colour('Ξεχάστε ό,τι έμαθε'), await colour('Διαγραφή όλων των σημειώσεων'), await colour('Σημειώσεις Οδηγού')]).toEqual([
    'rgb(180, 35, 24)',
    'rgb(180, 35, 24)',
    expect.not.stringMatching(/^rgb\(180, 35, 24\)$/),
  ]);
  await section.getByRole('button', { name: 'Ξεχάστε ό,τι έμαθε' }).click();
  const confirm = section.getByRole('alertdialog');
  expect(await confirm.textContent()).toContain('θα ξεχάσει ποιες καταχωρίσεις επιλέξατε');
  await confirm.getByRole('button', { name: 'Ναι, να τα ξεχάσει' }).click();
  await section.getByRole('status').getByText('Ο Οδηγός ξέχασε τις επιλογές σας.').waitFor();
  await section.getByText('Δεν έχει μάθει τίποτα ακόμη: μαθαίνει όταν εισάγετε ένα πρότυπο ή ακολουθείτε μια διαδικασία.').waitFor();
  if (shot) await screenshot(options, shot);
  await options.close();
}

/** The template expanded from its shortcut in the reply box, its fields filled in the small form. */
async function expandChosen(page: Page) {
  await page.locator('#reply').click();
  await page.keyboard.type('/kath', { delay: 20 });
  await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
  await page.keyboard.press('Tab');
  const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
  await form.waitFor();
  for (const box of await form.getByRole('textbox').all()) if (!(await box.inputValue())) await box.fill('αύριο');
  await form.getByRole('button', { name: 'Εισαγωγή' }).click();
  await expect.poll(() => page.locator('#reply').inputValue()).toContain('Σας ζητώ συγγνώμη');
}

/**
 * Learning from the agent's choices, as the agent meets it: a template inserted twice on one parcel ticket ranks
 * higher on a similar parcel ticket, its card says it was chosen before; Options forgets it after a confirmation,
 * and the list is as it was.
 */
describe('suggestions learn from what the agent chooses, on this machine (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('a template inserted twice rises for a similar ticket and says why; reset in Options, it is back', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url(LATE));
    const before = (await cards(page)).indexOf(CHOSEN);
    expect(before, 'the template is listed on the similar ticket, below the first card').toBeGreaterThan(0);
    expect(await list(page).locator('[data-chosen-before]').count()).toBe(0);

    for (let i = 0; i < 2; i++) {
      await page.goto(desk.site.url(COURIER));
      await cards(page);
      await insertChosen(page);
    }

    await expect.poll(() => placeOnSimilar(page), { timeout: 30_000 }).toBeLessThan(before);
    const card = list(page).locator(`li[data-entry-id="${CHOSEN}"]`);
    expect(await card.locator('[data-chosen-before]').textContent()).toBe('Το επιλέξατε πριν');
    expect(await list(page).locator('[data-chosen-before]').count()).toBe(1);
    await screenshot(page, 'learned-choice-raised');
    // Nothing of it lives in the page's origin.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/apology-late-delivery|learned/i);

    await resetInOptions(desk, 'learned-choice-reset');

    expect(await placeOnSimilar(page)).toBe(before);
    expect(await list(page).locator('[data-chosen-before]').count()).toBe(0);
    await page.close();
  });

  it('a template expanded from its shortcut counts as chosen too', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url(LATE));
    const before = (await cards(page)).indexOf(CHOSEN);
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      await page.goto(desk.site.url(COURIER));
      await cards(page);
      await expandChosen(page);
    }
    await expect.poll(() => placeOnSimilar(page), { timeout: 30_000 }).toBeLessThan(before);
    expect(await list(page).locator(`li[data-entry-id="${CHOSEN}"] [data-chosen-before]`).count()).toBe(1);
    await resetInOptions(desk);
    expect(await placeOnSimilar(page)).toBe(before);
    await page.close();
  });
});
