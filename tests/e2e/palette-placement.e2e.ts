import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { caretRect, expectBesideCaret } from '../support/caret';
import { typeShortcut, useLongDesk } from '../support/long-desk';

/**
 * The palette and the fill-in form on a full-height desk (fixed header, long thread, the reply box far down the
 * page, reached by scrolling): they open inside the viewport, beside the caret, over the page's own header.
 */
describe('palette and fill-in form beside the caret on a long, scrolled page', () => {
  const desk = useLongDesk();
  const openDesk = (query: string) => desk.openReply(query);

  const palette = (page: Page, name: string) => page.getByRole('dialog', { name });

  it('Greek, textarea at the bottom of the screen: the palette opens right above the caret line', async () => {
    const page = await openDesk('lang=el');
    // Scroll until the reply box's bottom is at the bottom of the window: no room for the palette below.
    await page.evaluate(() => {
      const r = document.getElementById('reply')!.getBoundingClientRect();
      scrollBy(0, r.bottom - innerHeight + 10);
    });
    await page.keyboard.type('Καλημέρα σας κύριε Παπαδόπουλε,', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Σχετικά με ', { delay: 10 });
    const caret = await caretRect(page);
    await page.keyboard.press('Control+Shift+Space');
    const dialog = palette(page, 'Παλέτα προτύπων');
    await dialog.locator('[role=option]').first().waitFor();
    await expectBesideCaret(page, dialog, caret);
    expect((await dialog.boundingBox())!.y).toBeLessThan(caret.y);
    await screenshot(page, 'palette-long-page-el');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it('Greek, the page scrolled so the reply box sits under the fixed header: the palette opens below the caret', async () => {
    const page = await openDesk('lang=el');
    // Scroll until the reply box's top is just under the 56 px header.
    await page.evaluate(() => {
      const r = document.getElementById('reply')!.getBoundingClientRect();
      scrollBy(0, r.top - 70);
    });
    await page.keyboard.type('Γεια σας', { delay: 10 });
    const caret = await caretRect(page);
    expect(caret.y).toBeLessThan(200);
    await page.keyboard.press('Control+Shift+Space');
    const dialog = palette(page, 'Παλέτα προτύπων');
    await dialog.locator('[role=option]').first().waitFor();
    await expectBesideCaret(page, dialog, caret);
    expect((await dialog.boundingBox())!.y).toBeGreaterThan(caret.y);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('English, contenteditable: the palette sits beside the caret and Enter inserts where the caret was', async () => {
    const page = await openDesk('lang=en&editor=contenteditable');
    await page.keyboard.type('Hello Sarah, ', { delay: 10 });
    const caret = await caretRect(page);
    await page.keyboard.press('Control+Shift+Space');
    const dialog = palette(page, 'Παλέτα προτύπων');
    await dialog.locator('[role=option]').first().waitFor();
    await expectBesideCaret(page, dialog, caret);
    await screenshot(page, 'palette-long-page-en');
    await dialog.getByRole('combobox').pressSequentially('thank the customer', { delay: 10 });
    await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain('Thank the customer');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('#reply').textContent()).toMatch(/^Hello Sarah,\s+Thank you very much for your patience/);
    await page.close();
  });

  it('English, an editor in a frame (as TinyMCE and CKEditor 4 draw theirs): the palette sits beside the caret and inserts into the frame', async () => {
    const page = await openDesk('lang=en&editor=iframe');
    const body = page.frameLocator('#reply').locator('body');
    await page.keyboard.type('Hello Sarah,', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('About your order ', { delay: 10 });
    const caret = await caretRect(page);
    await page.keyboard.press('Control+Shift+Space');
    const dialog = palette(page, 'Παλέτα προτύπων');
    await dialog.locator('[role=option]').first().waitFor();
    await expectBesideCaret(page, dialog, caret);
    await screenshot(page, 'palette-long-page-iframe');
    // The preview asks for a fill-in field as the form will, never in the template's own syntax.
    const preview = dialog.getByRole('region', { name: 'Προεπισκόπηση' });
    await expect.poll(() => preview.textContent()).toMatch(/\[[^\]]+\]/);
    expect(await preview.textContent()).not.toContain('{{field:');
    await dialog.getByRole('combobox').pressSequentially('thank the customer', { delay: 10 });
    await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain('Thank the customer');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => body.textContent()).toContain('Thank you very much for your patience');
    expect(await body.textContent()).toMatch(/^Hello Sarah,/);
    await page.close();
  });

  it('Greek, textarea: /diplh + Tab asks for the order number in a form beside the caret, then inserts', async () => {
    const page = await openDesk('lang=el');
    await page.keyboard.type('Καλημέρα σας,', { delay: 10 });
    await page.keyboard.press('Enter');
    await typeShortcut(page, '/diplh');
    const caret = await caretRect(page);
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    const field = form.getByRole('textbox').first();
    await field.waitFor();
    // Focus went into the form, and the form is where the agent can see it.
    await expect.poll(() => field.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await expectBesideCaret(page, form, caret);
    await screenshot(page, 'fields-form-long-page-el');
    // The customer wrote «για την παραγγελία 100482»: the field already has it (before: empty), Enter inserts.
    expect(await field.inputValue()).toBe('100482');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('100482');
    expect(await page.locator('#reply').inputValue()).not.toContain('/diplh');
    await page.close();
  });

  it('English, contenteditable: /dbl + Tab shows the form beside the caret', async () => {
    const page = await openDesk('lang=en&editor=contenteditable');
    await page.keyboard.type('Hi Sarah, ', { delay: 10 });
    await typeShortcut(page, '/dbl');
    const caret = await caretRect(page);
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.getByRole('textbox').first().waitFor();
    await expectBesideCaret(page, form, caret);
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await page.close();
  });

  it('English, an editor in a frame: /dbl + Tab shows the form beside the caret and inserts into the frame', async () => {
    const page = await openDesk('lang=en&editor=iframe');
    const body = page.frameLocator('#reply').locator('body');
    await page.keyboard.type('Hi Sarah, ', { delay: 10 });
    await typeShortcut(page, '/dbl');
    const caret = await caretRect(page);
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    const field = form.getByRole('textbox').first();
    await field.waitFor();
    await expectBesideCaret(page, form, caret);
    await field.fill('552190');
    // Two blanks (order number, amount): Enter goes on to the amount still empty, and inserts once it is filled.
    await page.keyboard.press('Enter');
    const amount = form.getByRole('textbox').nth(1);
    await expect.poll(() => amount.evaluate((el) => el === document.activeElement || el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await body.textContent()).not.toContain('552190');
    await amount.fill('49.90');
    await page.keyboard.press('Enter');
    await expect.poll(() => body.textContent()).toContain('552190');
    expect(await body.textContent()).toContain('49.90');
    expect(await body.textContent()).not.toContain('/dbl');
    await page.close();
  });
});
