import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, type Served } from '../support/static-server';
import {
  editorBundleRoute,
  EDITOR_PAGES,
  linesOf,
  openEditor,
  readModel,
  seedStorage,
  SNIPPETS,
  SORRY_LINES,
  textBeforeCaret,
  typeShortcut,
} from '../fixtures/editors/harness';

/**
 * As 225 of the packs' templates end a sentence: a space, then the caret, at the end of a line, for the agent to type on.
 */
const SPACE_BEFORE_CURSOR = {
  id: 's9',
  title: 'Apology, then the agent goes on',
  shortcut: 'goon',
  body: 'Hello {{customer.firstName|there}},\n\nWe are sorry for the wait. {{cursor}}\n\nKind regards,\nAnna',
};

/**
 * `/sorry` + Tab in every editor family, asserted on each editor's own model: the text is there with its
 * lines, the caret is at {{cursor}}, and one Ctrl+Z brings `/sorry` back.
 */
describe('shortcut expansion in real editors', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ routes: [editorBundleRoute()] });
    browser = await launchWithExtension();
    await seedStorage(browser, [...SNIPPETS, SPACE_BEFORE_CURSOR]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const editor of EDITOR_PAGES) {
    it(`${editor.name}: expands into the model with its lines, and one Ctrl+Z brings /sorry back`, async () => {
      const page = await openEditor(browser, site.url(editor.path), editor);
      await typeShortcut(page, editor, '/sorry');
      // Editors merge undo steps typed close together (Quill: 1 s): a person pauses before Tab. This is the
      // behaviour under test (one Ctrl+Z undoes the expansion, not the typing), so it is a pause, not a wait.
      await page.waitForTimeout(1100);
      await page.keyboard.press('Tab');
      await expect.poll(() => readModel(page, editor)).toContain('I am sorry for the delay.');
      const model = await readModel(page, editor);
      expect(model).not.toContain('/sorry');
      if (editor.name === 'input') expect(model).toBe('Hello Giorgos,  I am sorry for the delay.  Kind regards, Anna');
      else if (editor.name === 'textarea') expect(model).toBe('Hello Giorgos,\n\nI am sorry for the delay.\n\nKind regards,\nAnna');
      else expect(linesOf(model)).toEqual(SORRY_LINES);
      await screenshot(page, `editors-${editor.name}-expanded`);

      // The insertion is complete once the caret is back at {{cursor}}.
      await expect.poll(async () => (await textBeforeCaret(page)).trimEnd(), { timeout: 10_000 }).toMatch(/I am sorry for the delay\.$/);
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await readModel(page, editor)).trim()).toBe('/sorry');
      await page.close();
    });

    it(`${editor.name}: leaves the caret where the template has {{cursor}}`, async () => {
      const page = await openEditor(browser, site.url(editor.path), editor);
      await typeShortcut(page, editor, '/sorry');
      await page.keyboard.press('Tab');
      await expect.poll(() => readModel(page, editor)).toContain('I am sorry for the delay.');
      // Some editors render the insertion a task later; the caret is walked back to {{cursor}} after that.
      await expect.poll(async () => (await textBeforeCaret(page)).trimEnd(), { timeout: 10_000 }).toMatch(/I am sorry for the delay\.$/);
      await page.keyboard.type(' We refunded you.', { delay: 20 });
      await expect.poll(() => readModel(page, editor)).toContain('I am sorry for the delay. We refunded you.');
      expect(linesOf(await readModel(page, editor)).at(-1)).toMatch(/Anna$/);
      await page.close();
    });

    it(`${editor.name}: the space before {{cursor}} at a line's end stays, and the agent's next word is not glued on`, async () => {
      const page = await openEditor(browser, site.url(editor.path), editor);
      await typeShortcut(page, editor, '/goon');
      await page.keyboard.press('Tab');
      await expect.poll(() => readModel(page, editor)).toContain('We are sorry for the wait.');
      await expect.poll(async () => (await textBeforeCaret(page)).trimEnd(), { timeout: 10_000 }).toMatch(/sorry for the wait\.$/);
      await page.keyboard.type('We refunded you.', { delay: 20 });
      // «wait.We refunded you.»: in HTML a space at a line's end collapses, and rich editors dropped it.
      await expect.poll(async () => (await readModel(page, editor)).replace(/\u00a0/g, ' ')).toContain('We are sorry for the wait. We refunded you.');
      expect(linesOf(await readModel(page, editor)).at(-1)).toMatch(/Anna$/);
      await page.close();
    });
  }
});
