import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { openPaletteOnTicket, useDemoDesk } from '../support/demo-desk';

/**
 * A fast agent on a full-height desk (ticket list, fixed header, strict CSP): keys pressed in one burst after a
 * template went in, and Enter pressed before the palette's list caught up with the query. On a loaded machine each
 * lost keys (the hotkey ignored while the template finished, letters typed into the reply while the palette took
 * focus) or put in the template of the list shown before (shortcuts-palette has the same on bare editor pages).
 */
describe('quick keys around the palette on the demo desk', () => {
  const desk = useDemoDesk();
  const reply = (page: Page) => page.locator('#reply').inputValue();

  /** Inside the viewport, and Odigos' own at its corners and centre (nothing of the desk over it). */
  async function expectInViewAndOnTop(page: Page, el: Locator) {
    const box = (await el.boundingBox())!;
    const vp = page.viewportSize()!;
    expect([box.x >= 0, box.y >= 0, box.x + box.width <= vp.width, box.y + box.height <= vp.height]).toEqual([true, true, true, true]);
    const tops = await page.evaluate((b) => [[b.x + 3, b.y + 3], [b.x + b.width - 3, b.y + 3], [b.x + 3, b.y + b.height - 3], [b.x + b.width - 3, b.y + b.height - 3], [b.x + b.width / 2, b.y + b.height / 2]]
      .map(([x, y]) => document.elementFromPoint(x, y)?.localName ?? ''), box);
    expect(tops.filter((t) => !t.startsWith('odigos-'))).toEqual([]);
  }

  it('the hotkey and a query typed the moment a shortcut\'s greeting shows: the palette opens, every letter in its search', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await page.locator('#reply').click();
    await page.keyboard.type('/arxh', { delay: 20 });
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#reply')!.value.includes('Σας ευχαριστούμε για το μήνυμά σας'), undefined, { polling: 'raf' });
    const greeted = await reply(page);
    // Latin letters: Playwright types a letter of no US key as text alone (no keydown), which no typing ahead can see.
    await page.keyboard.press('Control+Shift+Space');
    await page.keyboard.type('diplh xrewsh', { delay: 5 });
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    const search = palette.getByRole('combobox', { name: 'Αναζήτηση προτύπου' });
    await expect.poll(() => search.inputValue()).toBe('diplh xrewsh');
    expect(await reply(page)).toBe(greeted);
    await expect.poll(() => palette.getByRole('option').first().textContent()).toMatch(/[Δδ]ιπλ/);
    await expectInViewAndOnTop(page, palette);
    await screenshot(page, 'palette-quick-keys-el');
    await page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    expect(await reply(page)).toBe(greeted);
    await page.close();
  });

  it('Enter pressed right after the query: the template the query finds goes in, not the list shown before it', async () => {
    const page = await desk.browser.context.newPage();
    // The list for the ticket's conversation, before any query: the double charge's own templates.
    await openPaletteOnTicket(desk, page, '/desk/el/tickets/48213');
    // The query in one input (as a paste or an input method gives it), Enter at once: before its answer came.
    await page.keyboard.insertText('ειλικρινης συγγνωμη');
    await page.keyboard.press('Enter');
    await expect.poll(() => reply(page)).toContain('Σας ζητώ ειλικρινά συγγνώμη για την ταλαιπωρία.');
    expect(await reply(page)).not.toMatch(/\/|\{\{/);
    await page.close();
  });
});
