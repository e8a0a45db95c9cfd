/**
 * A customer tells of a death in the middle of a live ticket: the overlay shows the «Απώλεια» mood with the words
 * that told it, and condolences among the first suggestions, opening with «Λυπάμαι πολύ· τα ειλικρινή μου
 * συλλυπητήρια για την απώλειά σας.» inside the viewport. The same verb said of a phone shows neither.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { customerWrites, type DemoDesk, useDemoDesk } from '../support/demo-desk';

const WAIT = { timeout: 60_000 };
const list = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' });
const topIds = async (page: Page, n: number) =>
  (await list(page).locator('[data-entry-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')))).slice(0, n);
const moods = (page: Page) => overlay(page).getByRole('list', { name: 'Διάθεση πελάτη' });
const BEREAVEMENT = /bereavement/;

/** A Greek ticket of the demo desk, read and suggested for; then the customer writes `text` live. */
async function ticketWhere(desk: DemoDesk, id: string, text: string): Promise<Page> {
  const page = await desk.browser.context.newPage();
  await page.goto(desk.site.url(`/desk/el/tickets/${id}`));
  await expect.poll(() => overlay(page).locator('.odigos-context').textContent(), WAIT).toContain(`#${id}`);
  await list(page).locator('[data-entry-id]').first().waitFor(WAIT);
  await customerWrites(page, text);
  return page;
}

describe('bereavement on the demo desk (strict CSP)', () => {
  const desk = useDemoDesk();

  it('a death brings its own mood and condolences first, not the generic personal-situation reply', async () => {
    const page = await ticketWhere(desk, '48220', 'Σας ενημερώνω ότι πέθανε ο πατέρας μου την Κυριακή. Η παραγγελία ήταν δική του, θέλω να την ακυρώσετε και να κλείσετε τον λογαριασμό του.');
    await moods(page).getByText('Απώλεια').waitFor(WAIT);
    expect(await moods(page).locator('[data-cue="bereavement"]').textContent()).toContain('«πέθανε ο πατέρας»');
    expect(await moods(page).locator('[data-cue="vulnerability"]').count()).toBe(0);
    await expect.poll(() => topIds(page, 3), WAIT).toContain('empathy-bereavement');
    expect(await topIds(page, 5)).not.toContain('empathy-personal-situation');
    await screenshot(page, 'bereavement-el-suggestions');

    await list(page).locator('[data-entry-id="empathy-bereavement"] .odigos-item-btn').first().click();
    const tpl = overlay(page).locator('article.odigos-template');
    await tpl.getByRole('heading', { name: 'Απώλεια αγαπημένου προσώπου' }).waitFor(WAIT);
    const preview = tpl.locator('.odigos-preview');
    await expect.poll(async () => (await preview.textContent()) ?? '', WAIT).toMatch(/^Λυπάμαι πολύ· τα ειλικρινή μου συλλυπητήρια για την απώλειά σας\. Θα φροντίσω/);
    const box = await preview.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y >= 0 && box.y + 20 <= viewport.height && box.x + box.width <= viewport.width).toBe(true);
    await screenshot(page, 'bereavement-el-template');
  });

  it('a phone that "died" is about the phone: no bereavement mood, no condolences', async () => {
    const page = await ticketWhere(desk, '48231', 'Μου πέθανε το κινητό και δεν μπορώ να μπω στον λογαριασμό μου, δεν μου έρχεται ο κωδικός.');
    // The new message was read once the password entries it asks for are suggested.
    await expect.poll(async () => (await topIds(page, 3)).some((id) => /password-reset/.test(id ?? '')), WAIT).toBe(true);
    expect(await overlay(page).locator('[data-cue="bereavement"]').count()).toBe(0);
    expect((await topIds(page, 10)).filter((id) => BEREAVEMENT.test(id ?? ''))).toEqual([]);
    await screenshot(page, 'bereavement-el-dead-phone');
  });

  it('«έφυγε από τη ζωή» tells of a death; a technician who «έφυγε» does not', async () => {
    const page = await ticketWhere(desk, '48220', 'Η μητέρα μου έφυγε από τη ζωή τον Μάρτιο. Η παραγγελία ήταν δική της, θέλω να την ακυρώσετε.');
    await moods(page).getByText('Απώλεια').waitFor(WAIT);
    expect(await moods(page).locator('[data-cue="bereavement"]').textContent()).toContain('«έφυγε από τη ζωή»');
    await expect.poll(() => topIds(page, 3), WAIT).toContain('empathy-bereavement');

    const left = await ticketWhere(desk, '48231', 'Ο τεχνικός έφυγε χωρίς να το φτιάξει και δεν μπορώ να μπω στον λογαριασμό μου, δεν μου έρχεται ο κωδικός.');
    await expect.poll(async () => (await topIds(left, 3)).some((id) => /password-reset/.test(id ?? '')), WAIT).toBe(true);
    expect(await overlay(left).locator('[data-cue="bereavement"]').count()).toBe(0);
    expect((await topIds(left, 10)).filter((id) => BEREAVEMENT.test(id ?? ''))).toEqual([]);
  });
});
