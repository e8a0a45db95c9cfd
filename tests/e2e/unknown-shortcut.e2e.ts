import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

/**
 * A shortcut the agent misremembers («/allagh», no template has it) and Tab, on a full-height desk whose reply box
 * is followed by its Send button: Tab used to move focus there, insert nothing and say nothing, and the agent's next
 * Enter sent «/allagh» to the customer. When it looks like a known one (its start, or one slip from one), the palette
 * opens instead, says the shortcut does not exist and searches for it.
 */
describe('Tab after a shortcut no template has', () => {
  const desk = useDemoDesk();
  const reply = (page: Page) => page.locator('#reply').inputValue();

  async function typeUnknown(page: Page, text: string) {
    await page.goto(desk.site.url('/desk/el/tickets/48252'));
    await page.locator('#reply').click();
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await page.keyboard.type(text, { delay: 20 });
    await page.keyboard.press('Tab');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.waitFor();
    return palette;
  }

  it('opens the palette on it, says so, and the pick replaces what was typed', async () => {
    const page = await desk.browser.context.newPage();
    const palette = await typeUnknown(page, 'Καλημέρα σας. /allagh');
    await expect.poll(() => palette.getByRole('note').textContent()).toBe('Δεν υπάρχει συντόμευση «/allagh». Πρότυπα που ταιριάζουν:');
    expect(await palette.getByRole('combobox', { name: 'Αναζήτηση προτύπου' }).inputValue()).toBe('allagh');
    // The shortcuts it may have meant first (their keyword starts so), the templates its words name among them.
    await expect.poll(() => palette.getByRole('option').first().textContent()).toMatch(/\/allagh-/);
    await expect.poll(async () => (await palette.getByRole('option').allTextContents()).slice(0, 5).join(' | ')).toMatch(/διεύθυνσης/);
    const box = (await palette.boundingBox())!;
    const vp = page.viewportSize()!;
    expect([box.y >= 0, box.y + box.height <= vp.height, box.x >= 0, box.x + box.width <= vp.width]).toEqual([true, true, true, true]);
    // Focus is in Odigos' palette (its shadow host), not on the desk's Send button.
    expect(await page.evaluate(() => document.activeElement?.localName)).toMatch(/^odigos-/);
    await screenshot(page, 'unknown-shortcut-el');
    await page.keyboard.press('Enter');
    // The template's fill-in form may ask first: insert it as it is.
    const insert = page.getByRole('button', { name: 'Εισαγωγή' });
    await expect.poll(async () => (await insert.count()) > 0 || !(await reply(page)).includes('/allagh')).toBe(true);
    if (await insert.count()) await insert.click();
    await expect.poll(() => reply(page)).not.toContain('/allagh');
    expect(await reply(page)).toMatch(/^Καλημέρα σας\. \S/);
    await page.close();
  });

  it('Esc keeps what the agent typed, the caret after it; a word that is no shortcut keeps Tab\'s own job', async () => {
    const page = await desk.browser.context.newPage();
    await typeUnknown(page, '/allagh');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Παλέτα προτύπων' }).count()).toBe(0);
    await page.keyboard.type(' x');
    expect(await reply(page)).toBe('/allagh x');
    // A word like no shortcut (a path): Tab moves on as the desk expects.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Δείτε /help/faq');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Αποστολή');
    await page.close();
  });
});
