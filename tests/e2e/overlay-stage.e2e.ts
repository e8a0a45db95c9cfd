import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { customerWrites, useDemoDesk } from '../support/demo-desk';
import { useServedBrowser } from '../support/served-browser';
import { DEMO_SPA, STRICT_CSP } from '../support/static-server';
import { laterStageIds } from '../support/later-stage';

const list = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' });
const top = async (page: Page, n: number, name = 'Προτάσεις') =>
  (await overlay(page).getByRole('list', { name }).locator('[data-entry-id]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-entry-type')}:${e.getAttribute('data-entry-id')}`))).slice(0, n);
const stageText = (page: Page) => overlay(page).locator('.odigos-stage [role="status"]').textContent();
/** The stage line is on screen: inside the viewport, and what is drawn at its middle is it (nothing of the page over it). */
const stageOnScreen = (page: Page) =>
  overlay(page).locator('.odigos-stage [role="status"]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && (hit === el || el.contains(hit));
  });
const resolvedToggle = (page: Page) => overlay(page).getByRole('button', { name: 'Επιλύθηκε' });
/** The Greek pack's closings and the follow-up after resolution: what answers a customer who closes. */
const CLOSINGS = ['closing-chat', 'closing-chat-informal', 'closing-email', 'closing-phone', 'closing-survey', 'followup-after-resolution', 'followup-after-resolution-informal'];
const closings = async (page: Page) => (await top(page, 3)).filter((k) => CLOSINGS.includes(k.split(':')[1]!));

describe('suggestions fit the moment in the conversation (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();
  const later = laterStageIds();

  it('a new problem brings its SOP first; with steps ticked the current step’s template leads; marked resolved, the confirmation rises, and stays after a reload', async () => {
    expect(later.has('refund-double-charge')).toBe(true);
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await list(page).locator('[data-entry-id]').nth(2).waitFor();
    // New: the double-charge SOP leads although the customer is angry and writes for the third time (mood-raised
    // templates come after it), and nothing that presupposes a refund already made is in the top 3. The label says
    // what the customer does (writes again), not «νέο αίτημα».
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toContain('εκκρεμεί');
    expect(await stageText(page)).not.toContain('νέο αίτημα');
    const fresh = await top(page, 3);
    expect(fresh[0]).toBe('sop:double-card-charge');
    expect(fresh.filter((k) => later.has(k.split(':')[1]!))).toEqual([]);
    expect(await resolvedToggle(page).getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'overlay-stage-new');

    // The agent follows the SOP: a ticked step puts the interaction in progress.
    await list(page).locator('[data-entry-id="double-card-charge"] button').first().click();
    await overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    // Steps 1-3 done (identified, transactions checked, not a pre-authorisation): step 4 apologises and refunds.
    for (const n of [0, 1, 2]) await overlay(page).getByRole('checkbox').nth(n).check();
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toContain('σε εξέλιξη');
    // The template step 4 links leads; the confirmation of a refund still waits.
    await expect.poll(() => top(page, 1), { timeout: 30_000 }).toEqual(['template:apology-double-charge']);
    expect((await top(page, 3)).filter((k) => later.has(k.split(':')[1]!))).toEqual([]);
    await screenshot(page, 'overlay-stage-working');

    // Marked resolved: the refund confirmation comes up in the top 3.
    await resolvedToggle(page).click();
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toContain('επιλύθηκε');
    await expect.poll(() => top(page, 3), { timeout: 30_000 }).toContain('template:refund-double-charge');
    // And the closing the double-charge SOP's last step links, though the customer's words name none.
    expect((await top(page, 3)).filter((k) => ['template:closing-email', 'template:followup-after-resolution'].includes(k))).not.toEqual([]);
    expect(await resolvedToggle(page).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'overlay-stage-resolved');

    // The mark belongs to the interaction: after a reload it is still resolved.
    await page.reload();
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toContain('επιλύθηκε');
    await expect.poll(() => top(page, 3), { timeout: 30_000 }).toContain('template:refund-double-charge');

    // Taken back, the confirmation waits again.
    await resolvedToggle(page).click();
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toContain('σε εξέλιξη');
    await expect.poll(async () => (await top(page, 3)).filter((k) => later.has(k.split(':')[1]!)), { timeout: 30_000 }).toEqual([]);
    await page.close();
  });

  it('a customer who closes while the agent works through the SOP: a closing in the top 3, the stage reads resolved, the button unpressed', async () => {
    const page = await desk.browser.context.newPage();
    // A ticket of its own: the progress stays with the interaction, and the next test starts #48240 new.
    await page.goto(desk.site.url('/desk/el/tickets/48252'));
    await list(page).locator('[data-entry-id]').nth(2).waitFor();
    await expect.poll(() => top(page, 1), { timeout: 30_000 }).toEqual(['sop:address-change']);
    await list(page).locator('[data-entry-id="address-change"] button').first().click();
    await overlay(page).getByRole('checkbox').first().check();
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toContain('σε εξέλιξη');
    // The closing was made for the resolved stage: with the agent's stage (working) winning, it waited behind the rest.
    await customerWrites(page, 'Ευχαριστώ πολύ, το πήρα!');
    await expect.poll(() => closings(page), { timeout: 30_000 }).not.toEqual([]);
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toBe('Στάδιο: επιλύθηκε');
    expect(await resolvedToggle(page).getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'overlay-stage-working-thanks');
    await page.close();
  });

  it('another new ticket on the same desk starts new, its SOP first', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48231'));
    await list(page).locator('[data-entry-id]').nth(2).waitFor();
    expect(await stageText(page)).toContain('νέο αίτημα');
    const fresh = await top(page, 3);
    expect(fresh[0]).toMatch(/^sop:/);
    expect(fresh.filter((k) => later.has(k.split(':')[1]!))).toEqual([]);
    await page.close();
  });

  it('a customer’s short thanks after a late parcel brings a closing into the top 3 and the stage reads resolved, though the agent marked nothing; a thanks before «αλλά ακόμα δεν ήρθε» does not', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48240'));
    await list(page).locator('[data-entry-id]').nth(2).waitFor();
    await expect.poll(() => top(page, 1), { timeout: 30_000 }).toEqual(['sop:delivery-delay']);
    expect(await closings(page)).toEqual([]);
    expect(await stageText(page)).toBe('Στάδιο: νέο αίτημα');
    // The panel asks for the short latest message with the subject and the message before it (about the late parcel):
    // the thanks is read from the latest message alone, the topic from all of it.
    await customerWrites(page, 'Ευχαριστώ πολύ, το πήρα!');
    await expect.poll(() => closings(page), { timeout: 30_000 }).not.toEqual([]);
    // The stage the panel shows is the one the list was ranked at: the customer closes, not a new request. The
    // button says only what the agent marked (nothing).
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toBe('Στάδιο: επιλύθηκε');
    await expect.poll(() => stageOnScreen(page)).toBe(true);
    expect(await resolvedToggle(page).getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'overlay-stage-thanks');
    // A thanks that goes on to the parcel still missing is courtesy: the delay's procedure leads again, no closing.
    await customerWrites(page, 'Ευχαριστώ, αλλά ακόμα δεν ήρθε');
    await expect.poll(() => top(page, 1), { timeout: 30_000 }).toEqual(['sop:delivery-delay']);
    expect(await closings(page)).toEqual([]);
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toBe('Στάδιο: νέο αίτημα');
    await page.close();
  });
});

describe('the stage follows a customer who closes, in English too (demo desk, strict CSP, en-GB browser)', () => {
  const desk = useServedBrowser({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } }, { locale: 'en-GB' });

  it('«Thanks, got it!» (three words) after a double charge: Stage: resolved (not still open), the Resolved button unpressed; a thanks for money still missing is a new request again', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/en/tickets/73105'));
    const suggestions = overlay(page).getByRole('list', { name: 'Suggestions' });
    await suggestions.locator('[data-entry-id]').nth(2).waitFor();
    // The customer writes for the third time: still open to them.
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toBe('Stage: still open');
    // Three words: the reader took a message this short for an event until it read a line ended as said.
    await customerWrites(page, 'Thanks, got it!');
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toBe('Stage: resolved');
    await expect.poll(() => stageOnScreen(page)).toBe(true);
    expect(await overlay(page).getByRole('button', { name: 'Resolved' }).getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'overlay-stage-thanks-en');
    // A thanks that goes on to the money still missing closes nothing: a new request again (the «third time» is no
    // longer among the messages the panel reads, the latest and the one before it).
    await customerWrites(page, 'Thanks, but I still have not had my money back');
    await expect.poll(() => stageText(page), { timeout: 30_000 }).toBe('Stage: new request');
    await page.close();
  });

  it('"Any news?" after the third mail about a double charge: the progress update in the top 3, no closing', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/en/tickets/73105'));
    const suggestions = overlay(page).getByRole('list', { name: 'Suggestions' });
    await suggestions.locator('[data-entry-id]').nth(2).waitFor();
    expect(await top(page, 8, 'Suggestions')).not.toContain('template:follow-up-update');
    // A chaser: the topic is still the double charge (the message before it), the moment asks where things stand (the
    // update was below the first three, issue 14 item 3).
    await customerWrites(page, 'Any news?');
    await expect.poll(async () => (await top(page, 3, 'Suggestions')).includes('template:follow-up-update'), { timeout: 30_000 }).toBe(true);
    expect((await top(page, 3, 'Suggestions')).filter((k) => /closing|thanks/.test(k))).toEqual([]);
    expect(await stageText(page)).not.toBe('Stage: resolved');
    await screenshot(page, 'overlay-stage-chaser-en');
    await page.close();
  });
});
