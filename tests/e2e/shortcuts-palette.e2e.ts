import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';
import { editorPage, linesOf, openEditor, readModel, seedStorage, SNIPPETS, tiptapRoute, typeShortcut } from '../fixtures/editors/harness';

/** Greek-layout shortcuts, Tab that is not ours, fill-in fields, the vocative, the palette, instant expansion. */
describe('shortcuts and the template palette', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ routes: [tiptapRoute()] });
    browser = await launchWithExtension();
    await seedStorage(browser, SNIPPETS);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const name of ['textarea', 'quill', 'prosemirror', 'tinymce']) {
    it(`${name}: /σορρυ typed with the Greek layout active expands /sorry`, async () => {
      const editor = editorPage(name);
      const page = await openEditor(browser, site.url(editor.path), editor);
      await typeShortcut(page, editor, '/σορρυ');
      await page.keyboard.press('Tab');
      await expect.poll(() => readModel(page, editor)).toContain('I am sorry for the delay.');
      expect(await readModel(page, editor)).not.toContain('σορρυ');
      await page.close();
    });
  }

  it('lets Tab move focus on when the keyword is no shortcut', async () => {
    const editor = editorPage('textarea');
    const page = await openEditor(browser, site.url(editor.path), editor);
    // Once Odigos knows its shortcuts (else Tab would move on for want of them, proving nothing).
    await typeShortcut(page, editor, 'see /nomatch');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('subject');
    expect(await readModel(page, editor)).toBe('see /nomatch');
    await page.close();
  });

  it('asks for fill-in fields in a small form before inserting', async () => {
    const editor = editorPage('quill');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await typeShortcut(page, editor, 'Hi! /order');
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: 'Συμπληρώστε πριν από την εισαγωγή: Order on its way' });
    await form.getByRole('textbox', { name: 'Order number' }).fill('A-1042');
    await screenshot(page, 'shortcuts-fields-form');
    await page.keyboard.press('Enter');
    await expect.poll(() => readModel(page, editor)).toBe('Hi! Order A-1042 is on its way.\n');
    await page.close();
  });

  it('addresses the customer in the vocative in a Greek snippet', async () => {
    const editor = editorPage('prosemirror');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await typeShortcut(page, editor, '/geia');
    await page.keyboard.press('Tab');
    await expect.poll(() => readModel(page, editor)).toBe(
      'Καλησπέρα Γιώργο,\n\nΣας ευχαριστούμε για την επικοινωνία.',
    );
    await page.close();
  });

  it('opens the palette at the caret, searches Greek without accents, previews and inserts into the iframe editor', async () => {
    const editor = editorPage('tinymce');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.type('Start. ', { delay: 20 });
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.waitFor();
    const search = palette.getByRole('combobox', { name: 'Αναζήτηση προτύπου' });
    await expect.poll(() => search.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await search.pressSequentially('ευχαριστηριο', { delay: 20 });
    const first = palette.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Ευχαριστήριο καλωσόρισμα');
    // «Start.» is already in the reply: the template's greeting line («Καλησπέρα {{customer.firstName}},») stays out,
    // in the preview as in what goes in (the vocative in an empty box: 'addresses the customer in the vocative…').
    const preview = palette.getByRole('region', { name: 'Προεπισκόπηση' });
    await expect.poll(() => preview.textContent()).toContain('Σας ευχαριστούμε για την επικοινωνία.');
    expect(await preview.textContent()).not.toContain('Καλησπέρα');
    // Everything the palette shows sits inside its box (its key hint too, not pinned to the page's corner), once
    // the palette has settled: a single snapshot, taken while it was still updating, failed one e2e run in three
    // at load 15 on 2 cores.
    const hintText = palette.getByText('↑↓ επιλογή · Enter εισαγωγή · Esc κλείσιμο');
    const hintInside = async () => {
      const [box, hint] = [(await palette.boundingBox())!, (await hintText.boundingBox())!];
      return hint.x >= box.x && hint.y >= box.y && hint.x + hint.width <= box.x + box.width && hint.y + hint.height <= box.y + box.height;
    };
    await expect.poll(hintInside).toBe(true);
    await screenshot(page, 'shortcuts-palette');
    await page.keyboard.press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
    // One paragraph without the greeting: it goes in at the caret, in the paragraph the agent was writing.
    await expect.poll(async () => linesOf(await readModel(page, editor))).toEqual(['Start. Σας ευχαριστούμε για την επικοινωνία.']);
    await page.close();
  });

  it('moves through results with the arrows, and Esc closes the palette back to the editor', async () => {
    const editor = editorPage('textarea');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.type('abc', { delay: 20 });
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.waitFor();
    await expect.poll(() => palette.getByRole('option').count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => palette.getByRole('option', { selected: true }).count()).toBe(1);
    expect(await palette.getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    // A word nothing matches: the palette says so and what to try, not just «Δεν βρέθηκε πρότυπο.»
    await page.keyboard.type('κουκουβάγια', { delay: 10 });
    await palette.getByText('Δεν βρέθηκε πρότυπο. Δοκιμάστε άλλη λέξη ή μέρος του τίτλου.', { exact: true }).waitFor();
    expect(await palette.getByRole('option').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    await page.keyboard.type('d');
    expect(await readModel(page, editor)).toBe('abcd');
    await page.close();
  });

  it('takes every key typed at once after the hotkey into its search, none into the editor, opened first and again', async () => {
    // A fast agent types the hotkey and the query in one burst, without waiting to see the palette. Keys pressed
    // while it loads go to its query; those pressed once it shows went to the editor until its search box took
    // focus a frame later.
    const editor = editorPage('textarea');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.type('abc', { delay: 20 });
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    const search = palette.getByRole('combobox', { name: 'Αναζήτηση προτύπου' });
    // Latin letters: Playwright types a letter of no US key as text alone (no keydown), which no typing ahead can see.
    for (const query of ['order on its way', 'sorry for the delay']) {
      await page.keyboard.press('Control+Shift+Space');
      await page.keyboard.type(query, { delay: 5 });
      await expect.poll(() => search.inputValue()).toBe(query);
      expect(await readModel(page, editor)).toBe('abc');
      await page.keyboard.press('Escape');
      await expect.poll(() => palette.count()).toBe(0);
    }
    await page.close();
  });

  it('opens the palette for the hotkey pressed as soon as a shortcut\'s template shows', async () => {
    // The caret is walked back to {{cursor}} a moment after the text shows; the hotkey pressed in that moment was
    // ignored (as in RT's day on CI, where a background round trip made that moment long).
    const editor = editorPage('prosemirror');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await typeShortcut(page, editor, '/sorry');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => (window as unknown as { readModel(): string }).readModel().includes('I am sorry for the delay.'), undefined, { polling: 'raf' });
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    await page.close();
  });

  it('puts in the template the query typed finds for Enter pressed right after it, before the list caught up', async () => {
    // The search runs in the background: Enter came before its answer, and put in what the list still showed for
    // the query before (the first suggestion, or a word's first letters).
    const editor = editorPage('contenteditable');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('option').first().waitFor();
    await page.keyboard.type('ειλικρινης συγγνωμη');
    await page.keyboard.press('Enter');
    await expect.poll(() => readModel(page, editor)).toContain('Σας ζητώ ειλικρινά συγγνώμη για την ταλαιπωρία.');
    await page.close();
  });

  it('opened with no query on the demo desk\'s delivery ticket, lists a delivery template first, not «Roaming»', async () => {
    const desk = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    const page = await browser.context.newPage();
    try {
      await page.goto(desk.url('/desk/el/tickets/48220'));
      // Once the panel has read the ticket: the palette takes the same reading of the conversation.
      await overlay(page).getByRole('list').locator('[data-entry-id]').first().waitFor({ timeout: 30_000 });
      await page.locator('#reply').click();
      await page.keyboard.press('Control+Shift+Space');
      const first = page.getByRole('dialog', { name: 'Παλέτα προτύπων' }).getByRole('option').first();
      await first.waitFor();
      // Before: «Roaming — τι ισχύει στο εξωτερικό» (a Latin title, sorted before every Greek one) led every Greek palette.
      await expect.poll(() => first.textContent()).toMatch(/παράδοσ|δέμα/);
      expect(await first.textContent()).not.toContain('Roaming');
    } finally {
      await page.close();
      await desk.close();
    }
  });

  it('inserts a bundled pack template found by its Greek title typed without accents', async () => {
    const editor = editorPage('contenteditable');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('ειλικρινης συγγνωμη', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Ειλικρινής συγγνώμη');
    await page.keyboard.press('Enter');
    await expect.poll(() => readModel(page, editor)).toContain('Σας ζητώ ειλικρινά συγγνώμη για την ταλαιπωρία.');
    // {{cursor}} is at the very end of this template: typing continues there.
    await page.keyboard.type(' Ευχαριστούμε.', { delay: 20 });
    await expect.poll(() => readModel(page, editor)).toMatch(/θα το διορθώσουμε\.\s+Ευχαριστούμε\.$/);
    await page.close();
  });

  it('asks for the fields of a template picked in the palette, then inserts it where the caret was', async () => {
    const editor = editorPage('textarea');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.type('Hello. Bye.', { delay: 20 });
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('on its way', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Order on its way');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.getByRole('textbox', { name: 'Order number' }).fill('B-7');
    await form.getByRole('button', { name: 'Εισαγωγή' }).click();
    await expect.poll(() => readModel(page, editor)).toBe('Hello. Order B-7 is on its way.Bye.');
    await page.close();
  });

  it('expands on an exact match without Tab when instant expansion is on', async () => {
    await seedStorage(browser, SNIPPETS, { instantExpand: true });
    const editor = editorPage('contenteditable');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await page.keyboard.type('/geia', { delay: 30 });
    await expect.poll(() => readModel(page, editor)).toContain('Καλησπέρα Γιώργο,');
    expect(await readModel(page, editor)).not.toContain('/geia');
    await seedStorage(browser, SNIPPETS, { instantExpand: false });
    await page.close();
  });
});
