/**
 * A customer praises the service in the middle of a live ticket of the demo desk (full-height, other tickets listed,
 * strict CSP): the overlay shows the «Έπαινος» mood with the words that said it, and the compliment procedure first,
 * not the call-back procedure whose complaint trigger («κανείς δεν σηκώνει το τηλέφωνο») shares the praised words;
 * its card inside the viewport. Sarcasm with the same praise word shows no praise and no compliment first.
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

/**
 * A Greek ticket of the demo desk, read and suggested for; then the customer writes `text` live, or (`only`) the
 * ticket is one whose customer wrote `text` alone: the panel reads the whole conversation, and praise beside the
 * ticket's open question is a courtesy, not the topic (cues.ts), so praise is tested on a thread that is praise.
 */
async function ticketWhere(desk: DemoDesk, id: string, text: string, only = false): Promise<Page> {
  const page = await desk.browser.context.newPage();
  await page.goto(desk.site.url(`/desk/el/tickets/${id}`));
  await expect.poll(() => overlay(page).locator('.odigos-context').textContent(), WAIT).toContain(`#${id}`);
  await list(page).locator('[data-entry-id]').first().waitFor(WAIT);
  if (only) await page.evaluate((body) => document.querySelectorAll('.thread .msg--customer .msg-body').forEach((b) => (b.textContent = body)), text);
  else await customerWrites(page, text);
  return page;
}

describe('praise on the demo desk (strict CSP)', () => {
  const desk = useDemoDesk();

  it('praise on a ticket brings its mood and the compliment procedure first, not the call-back procedure of the words it praises', async () => {
    const page = await ticketWhere(desk, '48252', 'Συγχαρητήρια, επιτέλους κάποιος σηκώνει το τηλέφωνο και σας βρήκα αμέσως!', true);
    await moods(page).getByText('Έπαινος').waitFor(WAIT);
    expect(await moods(page).locator('[data-cue="praise"]').textContent()).toContain('«Συγχαρητήρια»');
    await expect.poll(async () => (await topIds(page, 1))[0], WAIT).toBe('compliment');
    expect(await topIds(page, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/^compliment-thanks/)]));
    const card = list(page).locator('[data-entry-id="compliment"]').first();
    const box = await card.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y >= 0 && box.y + 20 <= viewport.height && box.x + box.width <= viewport.width).toBe(true);
    expect(await card.textContent()).toContain('επαινεί');
    await screenshot(page, 'praise-el-suggestions');
  });

  it('sarcasm with a praise word is a complaint: no praise mood, no compliment first', async () => {
    const page = await ticketWhere(desk, '48220', 'Μπράβο σας, χάσατε το δέμα μου και κανείς δεν σηκώνει το τηλέφωνο.', true);
    await expect.poll(async () => (await topIds(page, 3)).some((id) => /callback|delivery|parcel|missing/.test(id ?? '')), WAIT).toBe(true);
    expect(await overlay(page).locator('[data-cue="praise"]').count()).toBe(0);
    expect((await topIds(page, 1))[0]).not.toMatch(/^compliment/);
    await screenshot(page, 'praise-el-sarcasm');
  });
});
