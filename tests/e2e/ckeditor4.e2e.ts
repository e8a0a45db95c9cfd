import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { caretRect, expectBesideCaret } from '../support/caret';
import { useServedBrowser } from '../support/served-browser';
import { editorPage, linesOf, openEditor, readModel, typeShortcut } from '../fixtures/editors/harness';

/**
 * CKEditor 4, the real library (ckeditor4 4.22.1 from node_modules, served from 127.0.0.1), in its classic mode:
 * the reply box of older Zendesk, Freshdesk, OTRS and RT 4 desks, whose editable body is in an iframe. What the
 * agent does with a bundled el-core shortcut, read back from CKEditor's own data (`editor.getData()`, what the
 * helpdesk's form posts), and what happens once the helpdesk loads a draft or a template into the box.
 */
describe('CKEditor 4 (classic, in an iframe)', () => {
  const desk = useServedBrowser({});
  const editor = editorPage('ckeditor4');
  const open = () => openEditor(desk.browser, desk.site.url(editor.path), editor);
  const data = (page: Page) => page.evaluate(() => (window as unknown as { readHtml(): string }).readHtml());
  /** What a helpdesk does to load a saved draft or a template: setData, which rewrites the editor's iframe. */
  const setData = (page: Page, html: string) =>
    page.evaluate(
      (h) => new Promise<void>((done) => (window as unknown as { ckeditor: { setData(d: string, o: object): void } }).ckeditor.setData(h, { callback: () => done() })),
      html,
    );

  it('/telos + Tab puts the closing text into the editor’s data, and one Ctrl+Z brings /telos back', async () => {
    const page = await open();
    await typeShortcut(page, editor, '/telos');
    // CKEditor merges undo steps typed close together: a person pauses before Tab (the pause is the behaviour
    // under test, not a wait).
    await page.waitForTimeout(1100);
    await page.keyboard.press('Tab');
    await expect.poll(() => readModel(page, editor)).toContain('Αν χρειαστείτε οτιδήποτε άλλο, απαντήστε σε αυτό το μήνυμα');
    const lines = linesOf(await readModel(page, editor));
    expect(lines).not.toContain('/telos');
    expect(lines.slice(-3)).toEqual(['Με εκτίμηση,', 'Η ομάδα εξυπηρέτησης', 'Εξυπηρέτηση πελατών']);
    // The data the form posts holds it as paragraphs and line breaks (readModel decodes the entities CKEditor
    // spells Greek letters with).
    const html = await data(page);
    expect(html).toMatch(/^<p>/);
    expect(html).toMatch(/<br \/>/);
    expect(html).not.toContain('/telos');
    await screenshot(page, 'editors-ckeditor4-telos');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readModel(page, editor)).trim()).toBe('/telos');
    await page.close();
  });

  it('the palette opens beside the caret inside the viewport and inserts into the editor’s data', async () => {
    const page = await open();
    await page.keyboard.type('Καλησπέρα σας, ', { delay: 20 });
    const caret = await caretRect(page);
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.locator('[role=option]').first().waitFor();
    await expectBesideCaret(page, palette, caret);
    await palette.getByRole('combobox').pressSequentially('ειλικρινης συγγνωμη', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Ειλικρινής συγγνώμη');
    await screenshot(page, 'editors-ckeditor4-palette');
    await page.keyboard.press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
    await expect.poll(() => readModel(page, editor)).toContain('Σας ζητώ ειλικρινά συγγνώμη για την ταλαιπωρία.');
    expect(linesOf(await readModel(page, editor))[0]).toMatch(/^Καλησπέρα σας,/);
    await page.close();
  });

  it('once the helpdesk has loaded a template with setData, a shortcut typed at once is still expanded', async () => {
    // setData writes the iframe's document anew (document.open), which drops every listener in it while focus
    // stays in the frame: before, Tab after /telos moved focus on and the agent's shortcut stayed as typed.
    const page = await open();
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await setData(page, '<p>Καλησπέρα σας κύριε Παπαδόπουλε,</p><p>Η επιστροφή των χρημάτων σας ολοκληρώθηκε.</p>');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await typeShortcut(page, editor, '/telos');
    await page.waitForTimeout(1100);
    await page.keyboard.press('Tab');
    await expect.poll(() => readModel(page, editor)).toContain('Αν χρειαστείτε οτιδήποτε άλλο');
    const lines = linesOf(await readModel(page, editor));
    expect(lines.slice(0, 2)).toEqual(['Καλησπέρα σας κύριε Παπαδόπουλε,', 'Η επιστροφή των χρημάτων σας ολοκληρώθηκε.']);
    expect(lines).not.toContain('/telos');
    // And again after a second load: the listeners come back each time the document is written.
    await setData(page, '<p>Προσχέδιο</p>');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ', { delay: 20 });
    await typeShortcut(page, editor, '/telos');
    await page.waitForTimeout(1100);
    await page.keyboard.press('Tab');
    await expect.poll(() => readModel(page, editor)).toContain('Αν χρειαστείτε οτιδήποτε άλλο');
    expect(await readModel(page, editor)).not.toContain('/telos');
    await page.close();
  });
});
