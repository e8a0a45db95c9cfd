import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';
import { describeViolations, runAxe } from '../support/axe';
import { seedStorage } from '../fixtures/editors/harness';
import { caretRect } from '../support/caret';
import { typeShortcut, useLongDesk } from '../support/long-desk';

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

  /** A new page on a demo ticket, the template typed by its shortcut and Tab: its fill-in form, once shown. */
  async function openByShortcut(path: string, shortcut: string, title: string) {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url(path));
    await page.locator('#reply').click();
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await page.keyboard.type(`/${shortcut}`, { delay: 10 });
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: title });
    await form.waitFor();
    return { page, form };
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
    // The wording shows once, checked where it was chosen: the box under it (it was copied there too) is the agent's
    // own, still empty, saying what it is for.
    const own = choice.getByRole('textbox', { name: 'Δική σας διατύπωση' });
    expect([await send.isChecked(), await own.inputValue(), await own.getAttribute('placeholder')]).toEqual([true, '', 'ή γράψτε τη δική σας']);
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
    await expect.poll(() => choice.getByRole('radio', { name: 'σας στείλουμε το νέο προϊόν' }).isChecked()).toBe(true);
    expect(await choice.getByRole('textbox', { name: 'Δική σας διατύπωση' }).inputValue()).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => reply(page)).toContain('Τα μεταφορικά της επιστροφής τα αναλαμβάνουμε εμείς. ');
    expect(await reply(page)).toContain('θα σας στείλουμε το νέο προϊόν.');
    await page.close();
  });

  // The agent typed the RMA and the way of sending, pressed Enter, and the focus went to the postage's first wording
  // without a word of why; Enter there inserted the template with «Τα μεταφορικά της επιστροφής .», the choice empty.
  it('from the keyboard: Enter on a choice not made says what is missing, and Enter on a wording takes it', async () => {
    const page = await desk.browser.context.newPage();
    const form = await openReturnInstructions(page);
    await page.keyboard.type('R-2291');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ο διανομέας θα περάσει αύριο', { delay: 5 });
    await page.keyboard.press('Enter');
    const postage = form.getByRole('group', { name: 'Τα μεταφορικά της επιστροφής …' });
    const first = postage.getByRole('radio', { name: 'τα αναλαμβάνουμε εμείς' });
    await expect.poll(() => first.evaluate((r) => r === (r.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    const missing = postage.getByText('Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.');
    await expectSeen(page, missing);
    // The wording with the focus is read with what is missing.
    expect(await first.evaluate((r) => (r.getRootNode() as ShadowRoot).getElementById(r.getAttribute('aria-describedby')!)?.textContent)).toBe(
      'Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.',
    );
    expect(await reply(page)).toBe('');
    await screenshot(page, 'fields-wordings-missing-el');
    // Its colour read against the form's, its reference whole (axe finds nothing in the form).
    expect(describeViolations((await runAxe(page, ['odigos-overlay'])).violations)).toEqual([]);
    // Enter takes the wording that has the focus, and goes on to the next choice not made, which says so in turn.
    await page.keyboard.press('Enter');
    expect(await first.isChecked()).toBe(true);
    await expect.poll(() => missing.count()).toBe(0);
    const refund = form.getByRole('group', { name: '… αργότερο σε 2 εργάσιμες, θα …' });
    await refund.getByText('Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => reply(page)).toContain('Τα μεταφορικά της επιστροφής τα αναλαμβάνουμε εμείς. ');
    expect(await reply(page)).toContain('θα σας στείλουμε το νέο προϊόν.');
    await page.close();
  });

  // A wording chosen was copied into «ή γράψτε τη δική σας» too and showed twice; the agent's own words now have
  // that box to themselves, and what goes in is what the agent sees chosen or typed last.
  it('the agent\u2019s own wording wins over a chosen one; a chosen wording\u2019s «…» is filled in its own line', async () => {
    const page = await desk.browser.context.newPage();
    const form = await openReturnInstructions(page);
    await form.getByRole('textbox', { name: 'RMA' }).fill('R-2291');
    await form.getByRole('textbox', { name: /Τρόπος αποστολής/ }).fill('Ο διανομέας θα περάσει αύριο');
    // Postage: the customer pays; the amount goes where the «…» was, in the wording's own line.
    const postage = form.getByRole('group', { name: 'Τα μεταφορικά της επιστροφής …' });
    await postage.getByRole('radio', { name: /τα πληρώνετε εσείς/ }).check();
    await postage.getByRole('textbox', { name: 'Συμπληρώστε το «…»' }).fill('6,90');
    expect(await postage.getByRole('textbox', { name: 'Δική σας διατύπωση' }).inputValue()).toBe('');
    // The refund: one chosen, then the agent writes their own, and the chosen button clears at the first letter.
    const choice = form.getByRole('group', { name: '… αργότερο σε 2 εργάσιμες, θα …' });
    await choice.getByRole('radio', { name: 'σας επιστρέψουμε τα χρήματα' }).check();
    const own = choice.getByRole('textbox', { name: 'Δική σας διατύπωση' });
    await own.pressSequentially('σας στείλουμε το ίδιο προϊόν σε άλλο χρώμα', { delay: 5 });
    expect(await choice.getByRole('radio').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked))).toEqual([false, false]);
    await expectSeen(page, own);
    await screenshot(page, 'fields-wordings-own-el');
    // The «…» box inside the wording's label is named of its own, the radio button still by its wording (axe: none).
    expect(describeViolations((await runAxe(page, ['odigos-overlay'])).violations)).toEqual([]);
    // A wording chosen again sets the own words aside, kept in their box, shown so; typing there takes them back.
    await choice.getByRole('radio', { name: 'σας επιστρέψουμε τα χρήματα' }).check();
    expect([await own.inputValue(), await own.getAttribute('data-aside')]).toEqual(['σας στείλουμε το ίδιο προϊόν σε άλλο χρώμα', '']);
    await screenshot(page, 'fields-wordings-own-aside-el');
    await own.press('End');
    await own.pressSequentially(' σύντομα', { delay: 5 });
    expect(await choice.getByRole('radio', { name: 'σας επιστρέψουμε τα χρήματα' }).isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Εισαγωγή' }).click();
    await expect.poll(() => reply(page)).toContain('θα σας στείλουμε το ίδιο προϊόν σε άλλο χρώμα σύντομα.');
    expect(await reply(page)).toContain('Τα μεταφορικά της επιστροφής τα πληρώνετε εσείς (6,90 €).');
    expect(await reply(page)).not.toContain('σας επιστρέψουμε τα χρήματα');
    await page.close();
  });

  // «Καταγραφή επαίνου»: «Για: {{field:Συνάδελφος / τμήμα / κατάστημα}}» and «Κανάλι: {{field:Τηλέφωνο / chat / …}}»,
  // lines of their own: both groups were headed «Διαλέξτε διατύπωση», and the agent could not tell which was which.
  for (const { lang, shortcut, title, heads, words, missing } of [
    {
      lang: 'el', shortcut: 'epainos-shm', title: 'Συμπληρώστε πριν από την εισαγωγή: Καταγραφή επαίνου για συνάδελφο', heads: ['ΕΠΑΙΝΟΣ — Για: …', 'Κανάλι: …'],
      words: 'Με τα λόγια του πελάτη', missing: 'Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.',
    },
    {
      lang: 'en', shortcut: 'praise-note', title: 'Fill in before inserting: Recording a compliment for a colleague', heads: ['COMPLIMENT — For: …', 'Channel: …'],
      words: "In the customer's words", missing: 'No wording chosen yet: pick one (↑ ↓) and press Enter.',
    },
  ]) {
    it(`two choices on lines of their own, each headed by its own line (${lang})`, async () => {
      // The English agent's Odigos speaks English (the form's own words too); the Greek one's, Greek.
      await seedStorage(desk.browser, [], { uiLang: lang });
      const { page, form } = await openByShortcut(`/desk/${lang}/tickets/48213`, shortcut, title);
      expect(await form.locator('legend').allTextContents()).toEqual(heads);
      for (const head of heads) await expectSeen(page, form.getByRole('group', { name: head }).locator('legend'));
      await screenshot(page, `fields-wordings-two-${lang}`);
      // The quote typed, Enter goes on to the channel, not chosen yet, and says so in the agent's language.
      await form.getByRole('textbox', { name: words }).fill(lang === 'el' ? 'Πολύ ευγενική' : 'Very kind');
      await page.keyboard.press('Enter');
      const channel = form.getByRole('group', { name: heads[1] });
      await expectSeen(page, channel.getByText(missing));
      expect(await channel.getByRole('radio').first().evaluate((r) => r === (r.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      await screenshot(page, `fields-wordings-missing-${lang}`);
      await page.close();
      await seedStorage(desk.browser, [], { uiLang: 'el' });
    });
  }

  // «Τελική απάντηση σε παράπονο»: the decision and the regulator to turn to were both «Διαλέξτε διατύπωση».
  it('the complaint reply: the decision and the regulator each named by their line, both reached in the form', async () => {
    const { page, form } = await openByShortcut('/desk/el/tickets/48213', 'parapono-telikh', 'Συμπληρώστε πριν από την εισαγωγή: Τελική απάντηση σε παράπονο');
    expect(await form.locator('legend').allTextContents()).toEqual(['Η απόφασή μας: …', '… ή στον φορέα του κλάδου: …']);
    const regulator = form.getByRole('group', { name: '… ή στον φορέα του κλάδου: …' });
    await regulator.getByRole('radio', { name: 'Ελληνικός Χρηματοοικονομικός Μεσολαβητής (hfo.gr)' }).check();
    await form.getByRole('group', { name: 'Η απόφασή μας: …' }).scrollIntoViewIfNeeded();
    await expectSeen(page, form.getByRole('group', { name: 'Η απόφασή μας: …' }).locator('legend'));
    await screenshot(page, 'fields-wordings-complaint-el');
    await page.close();
  });

  /** Inside the form's visible part, above its sticky buttons, and the topmost thing at its centre. */
  async function expectClearOfButtons(page: Page, form: Locator, el: Locator) {
    await expectSeen(page, el);
    const [box, view, bar] = [(await el.boundingBox())!, (await form.boundingBox())!, (await form.locator('.op-actions').boundingBox())!];
    expect([box.y >= view.y, box.y + box.height <= bar.y]).toEqual([true, true]);
  }

  // The last choice, the regulator, chosen from the keyboard at the foot of a long form: the wording sat half under
  // the Άκυρο / Εισαγωγή bar until the agent scrolled.
  it('the complaint reply: the regulator chosen at the form\u2019s foot shows whole above the buttons', async () => {
    const { page, form } = await openByShortcut('/desk/el/tickets/48213', 'parapono-telikh', 'Συμπληρώστε πριν από την εισαγωγή: Τελική απάντηση σε παράπονο');
    for (const text of ['Π-5521', '2 Δεκεμβρίου', 'Διπλή χρέωση', 'Δύο χρεώσεις την ίδια μέρα']) {
      await page.keyboard.type(text, { delay: 2 });
      await page.keyboard.press('Enter');
    }
    // The decision: the second wording (↓ from the first), Enter on to the reason, the redress, and the regulator.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    for (const text of ['χρεωθήκατε δύο φορές', 'Επιστρέψαμε τη δεύτερη χρέωση']) {
      await page.keyboard.type(text, { delay: 2 });
      await page.keyboard.press('Enter');
    }
    const regulator = form.getByRole('group', { name: '… ή στον φορέα του κλάδου: …' });
    await expect.poll(() => regulator.getByRole('radio').first().evaluate((r) => r === (r.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const hfo = regulator.getByRole('radio', { name: 'Ελληνικός Χρηματοοικονομικός Μεσολαβητής (hfo.gr)' });
    await expect.poll(() => hfo.isChecked()).toBe(true);
    // The whole group, the wording chosen and the box under it, in the form's visible part above its buttons.
    const chosen = regulator.locator('label', { hasText: 'Ελληνικός Χρηματοοικονομικός Μεσολαβητής (hfo.gr)' });
    await expect.poll(async () => ((await chosen.boundingBox())!.y + (await chosen.boundingBox())!.height) <= (await form.locator('.op-actions').boundingBox())!.y).toBe(true);
    for (const el of [regulator.locator('legend'), chosen, regulator.getByRole('textbox', { name: 'Δική σας διατύπωση' })]) await expectClearOfButtons(page, form, el);
    await screenshot(page, 'fields-wordings-complaint-foot-el');
    // With the mouse: the form scrolled back to its top, the agent scrolls until the last wording peeks over the
    // buttons and clicks it; the group comes up whole.
    await form.evaluate((f) => (f.scrollTop = 0));
    const dpa = regulator.getByRole('radio', { name: 'Αρχή Προστασίας Δεδομένων (dpa.gr)' });
    await form.evaluate((f) => {
      const last = f.querySelector('fieldset:last-of-type label:last-of-type')!.getBoundingClientRect();
      f.scrollTop += last.top + 12 - f.querySelector('.op-actions')!.getBoundingClientRect().top;
    });
    await dpa.click();
    await expect.poll(async () => ((await regulator.getByRole('textbox', { name: 'Δική σας διατύπωση' }).boundingBox())!.y + 30) <= (await form.locator('.op-actions').boundingBox())!.y).toBe(true);
    for (const el of [regulator.locator('label', { hasText: 'Αρχή Προστασίας Δεδομένων (dpa.gr)' }), regulator.getByRole('textbox', { name: 'Δική σας διατύπωση' })]) await expectClearOfButtons(page, form, el);
    await page.close();
  });

  it('long wordings that wrap: the form takes the room above the caret, the box for the chosen one in view', async () => {
    // «Η κάρτα μπλοκαρίστηκε»: two wordings of two and three lines. Counted a line each, the form was placed below
    // the caret in the ~200 px left there, and the box the chosen wording goes into sat under the buttons.
    const { page, form } = await openByShortcut('/desk/el/tickets/48213', 'karta-block', 'Συμπληρώστε πριν από την εισαγωγή: Η κάρτα μπλοκαρίστηκε — τι γίνεται τώρα');
    const second = form.getByRole('radio', { name: /πάγωσε προσωρινά/ });
    await expectSeen(page, second);
    await second.check();
    // The card's last digits go in a box in the chosen wording's own line, where its «…» was; the box under the
    // wordings stays the agent's own, empty (the whole wording was copied there and showed twice).
    const digits = form.getByRole('textbox', { name: 'Συμπληρώστε το «…»' });
    await expectSeen(page, digits);
    expect(await digits.evaluate((box) => box.closest('label')?.textContent)).toBe('Η κάρτα σας με τελικά ψηφία  πάγωσε προσωρινά· αν τη βρείτε, την ξεπαγώνετε από την εφαρμογή.');
    await digits.fill('4821');
    const own = form.getByRole('textbox', { name: 'Δική σας διατύπωση' });
    await expectSeen(page, own);
    expect(await own.inputValue()).toBe('');
    await expectSeen(page, form.getByRole('button', { name: 'Εισαγωγή' }));
    await screenshot(page, 'fields-wordings-long-el');
    await page.keyboard.press('Enter');
    await expect.poll(() => reply(page)).toContain('Η κάρτα σας με τελικά ψηφία 4821 πάγωσε προσωρινά· αν τη βρείτε');
    await page.close();
  });
});

/**
 * The return instructions on a full-height desk in a tall window (1280×1300), the reply box scrolled to where there
 * is room for the form below the caret without what Enter says is missing, and more above it: said under a choice,
 * the message made the form taller than its room below, and its foot scrolled out of sight.
 */
describe('the fill-in form and what Enter says is missing, on a long, scrolled page', () => {
  const desk = useLongDesk();

  it('the whole form, the message with it, stays in the window with nothing scrolled out of it', async () => {
    const page = await desk.openReply('lang=el');
    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.evaluate(() => scrollBy(0, document.getElementById('reply')!.getBoundingClientRect().top - 676));
    const caret = await caretRect(page);
    // Room below the caret for the form as it opens (~555 px), not for it with the message (~600 px); more above.
    expect([1300 - 8 - (caret.y + caret.height + 4), caret.y - 4 - 60].map((room) => room > 565 && room < 640)).toEqual([true, true]);
    await typeShortcut(page, '/epistrofh');
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: 'Συμπληρώστε πριν από την εισαγωγή: Οδηγίες επιστροφής προϊόντος' });
    await form.waitFor();
    await page.keyboard.type('R-2291');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ο διανομέας θα περάσει αύριο', { delay: 5 });
    await page.keyboard.press('Enter');
    const missing = form.getByText('Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.');
    await missing.waitFor();
    await screenshot(page, 'fields-wordings-missing-long-el');
    const [box, vp] = [(await form.boundingBox())!, page.viewportSize()!];
    expect([box.y >= 0, box.y + box.height <= vp.height]).toEqual([true, true]);
    // Whole: nothing of it scrolled out of its box (its title, the message and the buttons all shown at once).
    expect(await form.evaluate((f) => [f.scrollHeight <= f.clientHeight + 1, f.scrollTop])).toEqual([true, 0]);
    for (const el of [form.locator('.op-title'), missing, form.getByRole('button', { name: 'Εισαγωγή' })]) {
      const r = (await el.boundingBox())!;
      expect([r.y >= box.y, r.y + r.height <= box.y + box.height]).toEqual([true, true]);
    }
    await page.close();
  });
});
