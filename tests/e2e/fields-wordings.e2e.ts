import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';
import { describeViolations, runAxe } from '../support/axe';

/**
 * A Greek agent on the demo desk (full height, ticket list, fixed header, strict CSP) sends the return instructions:
 * «Οδηγίες επιστροφής προϊόντος» ends «θα {{field:σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν}}». The
 * fill-in form showed that field as one empty box labelled with both wordings joined by «/», and the agent retyped a
 * sentence of the pack by hand; now each wording is a radio button and the chosen one goes in.
 */
describe('a fill-in field that offers wordings, on the demo desk', () => {
  const desk = useDemoDesk();
  const reply = (page: Page) => page.locator('#reply').inputValue();

  /** Inside the viewport, and the topmost thing at its centre (nothing of the desk or the form's own bar over it). */
  async function expectSeen(page: Page, el: Locator) {
    const box = (await el.boundingBox())!;
    const vp = page.viewportSize()!;
    expect([box.x >= 0, box.y >= 0, box.x + box.width <= vp.width, box.y + box.height <= vp.height]).toEqual([true, true, true, true]);
    expect(await el.evaluate((node) => {
      const r = node.getBoundingClientRect();
      const top = (node.getRootNode() as ShadowRoot).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top === node || node.contains(top) || Boolean(top?.contains(node));
    })).toBe(true);
  }

  async function openReturnInstructions(page: Page) {
    await page.goto(desk.site.url('/desk/el/tickets/48220'));
    await page.locator('#reply').click();
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('option').first().waitFor();
    await page.keyboard.insertText('epistrofh');
    await expect.poll(() => palette.getByRole('option').first().locator('.op-title').textContent()).toBe('Οδηγίες επιστροφής προϊόντος');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Συμπληρώστε πριν από την εισαγωγή: Οδηγίες επιστροφής προϊόντος' });
    await form.waitFor();
    return form;
  }

  it('each wording is a radio button the agent sees; the one clicked goes into the reply as written', async () => {
    const page = await desk.browser.context.newPage();
    const form = await openReturnInstructions(page);
    // Two choices in this template, each named by where it goes (both were «Διαλέξτε διατύπωση»), the shop's policy
    // (2 working days) in its words as it will be in the reply: the second one.
    const postage = form.getByRole('group', { name: 'Τα μεταφορικά της επιστροφής …' });
    const choice = form.getByRole('group', { name: '… αργότερο σε 2 εργάσιμες, θα …' });
    const send = choice.getByRole('radio', { name: 'σας στείλουμε το νέο προϊόν' });
    await expect.poll(() => choice.getByRole('radio').count()).toBe(2);
    expect(await postage.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value))).toEqual(['τα αναλαμβάνουμε εμείς', 'τα πληρώνετε εσείς (… €)']);
    // What the agent reads above each: its own heading, no «Διαλέξτε διατύπωση» left, both in view as the form opens.
    expect(await form.locator('legend').allTextContents()).toEqual(['Τα μεταφορικά της επιστροφής …', '… αργότερο σε 2 εργάσιμες, θα …']);
    for (const group of [postage, choice]) await expectSeen(page, group.locator('legend'));
    // No box is labelled with the wordings joined by «/».
    expect(await form.getByRole('textbox', { name: /σας επιστρέψουμε τα χρήματα \/ σας στείλουμε/ }).count()).toBe(0);
    await form.getByRole('textbox', { name: 'RMA' }).fill('R-2291');
    await send.scrollIntoViewIfNeeded();
    await expectSeen(page, send);
    await send.click();
    const wording = choice.getByRole('textbox', { name: 'Διατύπωση που θα μπει' });
    expect(await wording.inputValue()).toBe('σας στείλουμε το νέο προϊόν');
    await screenshot(page, 'fields-wordings-el');
    // The choice is a named group of labelled radio buttons, its box named too (axe finds nothing in the form).
    expect(describeViolations((await runAxe(page, ['odigos-overlay'])).violations)).toEqual([]);
    await form.getByRole('button', { name: 'Εισαγωγή' }).click();
    await expect.poll(() => reply(page)).toContain('θα σας στείλουμε το νέο προϊόν.');
    expect(await reply(page)).not.toMatch(/\/|\{\{|\[/);
    await page.close();
  });

  it('from the keyboard: Enter reaches the choice, an arrow picks the second wording, Enter goes on', async () => {
    const page = await desk.browser.context.newPage();
    const form = await openReturnInstructions(page);
    const choice = form.getByRole('group', { name: '… αργότερο σε 2 εργάσιμες, θα …' });
    // Order number prefilled from the conversation: the first empty field (RMA) has the caret.
    await page.keyboard.type('R-2291');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ο διανομέας θα περάσει αύριο', { delay: 5 });
    await page.keyboard.press('Enter');
    // Who pays the return postage: a choice too; Space takes the focused first wording, Enter goes on.
    const postage = form.getByRole('group', { name: 'Τα μεταφορικά της επιστροφής …' }).getByRole('radio', { name: 'τα αναλαμβάνουμε εμείς' });
    await expect.poll(() => postage.evaluate((r) => r === (r.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    // The last field, still empty: its first wording has the focus; ArrowDown picks the second.
    await expect.poll(() => choice.getByRole('radio', { name: 'σας επιστρέψουμε τα χρήματα' }).evaluate((r) => r === (r.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => choice.getByRole('textbox').last().inputValue()).toBe('σας στείλουμε το νέο προϊόν');
    await page.keyboard.press('Enter');
    await expect.poll(() => reply(page)).toContain('Τα μεταφορικά της επιστροφής τα αναλαμβάνουμε εμείς. ');
    expect(await reply(page)).toContain('θα σας στείλουμε το νέο προϊόν.');
    await page.close();
  });

  it('long wordings that wrap: the form takes the room above the caret, the box for the chosen one in view', async () => {
    // «Η κάρτα μπλοκαρίστηκε»: two wordings of two and three lines. Counted a line each, the form was placed below
    // the caret in the ~200 px left there, and the box the chosen wording goes into sat under the buttons.
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await page.locator('#reply').click();
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await page.keyboard.type('/karta-block', { delay: 10 });
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: 'Συμπληρώστε πριν από την εισαγωγή: Η κάρτα μπλοκαρίστηκε — τι γίνεται τώρα' });
    await form.waitFor();
    const second = form.getByRole('radio', { name: /πάγωσε προσωρινά/ });
    await expectSeen(page, second);
    await second.check();
    const wording = form.getByRole('textbox', { name: 'Διατύπωση που θα μπει' });
    await expectSeen(page, wording);
    // The whole wording shows in its box, the «…» to fill among it: not one line cut at «… πάγωσε προσωρ».
    expect(await wording.inputValue()).toBe('Η κάρτα σας με τελικά ψηφία … πάγωσε προσωρινά· αν τη βρείτε, την ξεπαγώνετε από την εφαρμογή.');
    expect(await wording.evaluate((el) => [el.scrollHeight <= el.clientHeight + 1, el.scrollWidth <= el.clientWidth + 1])).toEqual([true, true]);
    await expectSeen(page, form.getByRole('button', { name: 'Εισαγωγή' }));
    await screenshot(page, 'fields-wordings-long-el');
    await page.close();
  });
});
