import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { openOverlayNotes } from '../support/notes';
import { useServedBrowser } from '../support/served-browser';
import { DEMO_SPA, STRICT_CSP } from '../support/static-server';
import { seedStorage } from '../fixtures/editors/harness';

const DESK = { spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } };

/** Whether the element lies wholly inside the page's viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

/** Picks a day in the notes page's date range («Από» / «Έως», "From" / "To"), as the agent types it in the field. */
async function pickDay(notes: Page, label: string, day: string) {
  await notes.getByLabel(label, { exact: true }).fill(day);
}

/**
 * Dates follow the language the agent chose in Options, not the browser's: the follow-up field and the notes page's
 * date range were the browser's own fields, drawn in its locale («mm/dd/yyyy, --:-- --» for a Greek agent in an
 * English browser, and no page can change that). They are typed day first now («ηη/μμ/εεεε ωω:λλ»), in any browser,
 * and the date chosen is said beside them in the agent's words.
 */
describe('a Greek agent in an English browser: dates in Greek', () => {
  const desk = useServedBrowser(DESK, { locale: 'en-US' });

  it('the follow-up time and the notes page\'s days are said in Greek', { timeout: 120_000 }, async () => {
    await seedStorage(desk.browser, [], { uiLang: 'el' });
    const { page, frame } = await openOverlayNotes(desk.browser, desk.site, '/desk/el/tickets/48213');
    const field = frame.getByLabel('Επανάκληση / επόμενη επικοινωνία');
    expect(await field.getAttribute('placeholder')).toBe('ηη/μμ/εεεε ωω:λλ');
    await field.pressSequentially('10/12/2026 14:00');
    const when = frame.locator('.odigos-notes-when');
    await expect.poll(() => when.textContent(), { timeout: 15_000 }).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');
    await frame.locator('[data-state="saved"]').waitFor({ timeout: 15_000 });
    await when.scrollIntoViewIfNeeded();
    expect(await inView(page, 'odigos-overlay')).toBe(true);
    await screenshot(page, 'notes-dates-el-in-en-browser');
    // Month first, as the English browser taught: said to be no date, and the call-back kept.
    await field.fill('12/31/2026 14:00');
    await field.press('Tab');
    const wrong = frame.getByRole('alert');
    await expect.poll(() => wrong.textContent()).toBe(
      'Η ημερομηνία δεν αναγνωρίστηκε και δεν άλλαξε τίποτα· γράψτε ημερομηνία και ώρα ως ηη/μμ/εεεε ωω:λλ, π.χ. 10/12/2026 14:00.',
    );
    expect(await when.textContent()).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');
    await wrong.scrollIntoViewIfNeeded();
    await screenshot(page, 'notes-dates-el-wrong');

    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor({ timeout: 15_000 });
    // The note opened on the notes page: its follow-up said in Greek there too.
    await notes.locator('.notes-item').first().click();
    await expect.poll(() => notes.locator('.notes-detail .odigos-notes-when').textContent(), { timeout: 15_000 }).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');
    expect(await notes.getByLabel('Επανάκληση / επόμενη επικοινωνία').inputValue()).toBe('10/12/2026 14:00');
    await pickDay(notes, 'Από', '01/12/2026');
    await pickDay(notes, 'Έως', '31/12/2026');
    expect(await notes.getByLabel('Από', { exact: true }).getAttribute('placeholder')).toBe('ηη/μμ/εεεε');
    expect(await notes.locator('.notes-day').allTextContents()).toEqual(['Τρίτη 1 Δεκεμβρίου 2026', 'Πέμπτη 31 Δεκεμβρίου 2026']);
    expect(await inView(notes, '.notes-day')).toBe(true);
    await screenshot(notes, 'notes-page-dates-el-in-en-browser');
    await notes.close();
    await page.close();
  });

  it('in a narrow window the notes page puts the note under the list and scrolls down only', { timeout: 120_000 }, async () => {
    // Side by side the list's least width and the note's pane ran 170 px past a 400 px window: it scrolled sideways.
    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.setViewportSize({ width: 400, height: 800 });
    await notes.locator('html[data-complete="true"]').waitFor({ timeout: 15_000 });
    await notes.locator('.notes-item').first().click();
    await notes.locator('.notes-detail textarea').waitFor();
    expect(await notes.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const [list, detail] = await Promise.all([notes.locator('.notes-list').boundingBox(), notes.locator('.notes-detail').boundingBox()]);
    expect(detail!.y).toBeGreaterThanOrEqual(list!.y + list!.height);
    expect(detail!.x + detail!.width).toBeLessThanOrEqual(400);
    await screenshot(notes, 'notes-page-narrow-el');
    await notes.close();
  });
});

describe('an English agent in a Greek browser: dates in English', () => {
  const desk = useServedBrowser(DESK);

  it('the side panel\'s follow-up time and the notes page\'s days are said in English', { timeout: 120_000 }, async () => {
    await seedStorage(desk.browser, [], { uiLang: 'en' });
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/en/tickets/48213'));
    const panel = await desk.browser.openExtensionPage(`sidepanel.html?tab=${await desk.browser.tabIdOf(page)}`);
    await panel.setViewportSize({ width: 380, height: 768 });
    await panel.getByRole('button', { name: 'Notes', exact: true }).click();
    const field = panel.getByLabel('Call-back / follow-up');
    await expect.poll(() => field.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await field.getAttribute('placeholder')).toBe('dd/mm/yyyy hh:mm');
    await field.fill('10/12/2026 14:00');
    const when = panel.locator('.odigos-notes-when');
    await expect.poll(() => when.textContent(), { timeout: 15_000 }).toBe('Thursday, 10 December 2026 at 14:00');
    expect(await inView(panel, '.odigos-notes-when')).toBe(true);
    await screenshot(panel, 'notes-dates-en-in-el-browser');

    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor({ timeout: 15_000 });
    await pickDay(notes, 'From', '01/12/2026');
    expect(await notes.locator('.notes-day').allTextContents()).toEqual(['Tuesday, 1 December 2026']);
    await screenshot(notes, 'notes-page-dates-en-in-el-browser');
    await notes.close();
    await panel.close();
    await page.close();
  });
});
