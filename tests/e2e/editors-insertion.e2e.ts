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
 * `/sorry` + Tab in every editor family, asserted on each editor's own model: the text is there with its
 * lines, the caret is at {{cursor}}, and one Ctrl+Z brings `/sorry` back.
 */
describe('shortcut expansion in real editors', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ routes: [editorBundleRoute()] });
    browser = await launchWithExtension();
    await seedStorage(browser, SNIPPETS);
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
      if (editor.name === 'input') expect(model).toBe('Hello Γιώργος,  I am sorry for the delay.  Kind regards, Anna');
      else if (editor.name === 'textarea') expect(model).toBe('Hello Γιώργος,\n\nI am sorry for the delay.\n\nKind regards,\nAnna');
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
  }
});
