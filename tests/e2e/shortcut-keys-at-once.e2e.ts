import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, type Served } from '../support/static-server';
import { editorBundleRoute, editorPage, linesOf, readModel, seedStorage, SNIPPETS, SORRY_LINES } from '../fixtures/editors/harness';

const THANKS = { id: 's11', title: 'Thanks for waiting', shortcut: 'thanks', body: 'Thank you for your patience.' };

/**
 * A fast agent types a shortcut, its Tab and what follows in one burst, never waiting to see the template: on real
 * editors in a helpdesk's page (?desk: fixed header with fields of its own, a long thread above the reply box, a note
 * field and Send after it). Keys typed while the template went in replaced the shortcut (typed in the moment it stood
 * selected for the paste) or, a Tab, took focus out of the editor mid-insert.
 */
describe('keys typed at once with a shortcut, on a helpdesk page', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ routes: [editorBundleRoute()] });
    browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
    await seedStorage(browser, [...SNIPPETS, THANKS]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** The desk page with the caret in its editor, scrolled far down to it, once Odigos knows its shortcuts. */
  async function openDesk(name: string): Promise<Page> {
    const editor = editorPage(name);
    const page = await browser.context.newPage();
    await page.goto(site.url(`${editor.path}?desk`));
    await editor.ready?.(page);
    await page.locator('odigos-overlay').waitFor({ state: 'attached' });
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await editor.focus(page).click();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    return page;
  }

  /** Focus is in the editor (TinyMCE's: in its frame's body). */
  const focusInEditor = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { editorSelector?: string; editorFrame?: string };
      const active = document.activeElement;
      if (w.editorFrame) return !!active?.matches(w.editorFrame) && (active as HTMLIFrameElement).contentDocument?.activeElement?.id === 'tinymce';
      return !!active?.matches(w.editorSelector!);
    });

  const model = async (page: Page, name: string) => linesOf(await readModel(page, editorPage(name)));

  for (const name of ['tinymce', 'prosemirror', 'ckeditor5', 'quill']) {
    it(`${name}: /order, Tab, its number, Enter and the next words at once: the number in its form, the words after the template`, async () => {
      // The form shows a moment after Tab: the keys typed before it went to the editor under it.
      const page = await openDesk(name);
      await page.keyboard.type('/order');
      await page.keyboard.press('Tab');
      await page.keyboard.type('A-1042');
      await page.keyboard.press('Enter');
      await page.keyboard.type(' Thanks.');
      await expect.poll(() => model(page, name)).toEqual(['Order A-1042 is on its way. Thanks.']);
      expect(await focusInEditor(page)).toBe(true);
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.close();
    });

    it(`${name}: /sorry, Tab and the next words at once: the template, the words after it, focus in the editor`, async () => {
      const page = await openDesk(name);
      await page.keyboard.type('/sorry');
      await page.keyboard.press('Tab');
      await page.keyboard.type(' Thanks, we refunded you.');
      await expect.poll(() => model(page, name)).toEqual([SORRY_LINES[0], `${SORRY_LINES[1]} Thanks, we refunded you.`, ...SORRY_LINES.slice(2)]);
      expect(await focusInEditor(page)).toBe(true);
      await screenshot(page, `shortcut-keys-at-once-${name}`);
      await page.close();
    });

    it(`${name}: /sorry Tab /thanks Tab and a word at once: both expanded in order, the word after, focus in the editor`, async () => {
      const page = await openDesk(name);
      await page.keyboard.type('/sorry');
      await page.keyboard.press('Tab');
      await page.keyboard.type(' /thanks');
      await page.keyboard.press('Tab');
      await page.keyboard.type(' Bye');
      await expect.poll(() => model(page, name)).toEqual([SORRY_LINES[0], `${SORRY_LINES[1]} Thank you for your patience. Bye`, ...SORRY_LINES.slice(2)]);
      expect(await focusInEditor(page)).toBe(true);
      await page.close();
    });

    it(`${name}: /sorry, Tab, the palette's hotkey and a query at once: the template whole, the query in the palette`, async () => {
      const page = await openDesk(name);
      await page.keyboard.type('/sorry');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Control+Shift+Space');
      // Latin letters: Playwright types a letter of no US key as text alone (no keydown).
      await page.keyboard.type('order on its way');
      const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
      await expect.poll(() => palette.getByRole('combobox', { name: 'Αναζήτηση προτύπου' }).inputValue()).toBe('order on its way');
      expect(await model(page, name)).toEqual(SORRY_LINES);
      await page.keyboard.press('Escape');
      await expect.poll(() => palette.count()).toBe(0);
      expect(await focusInEditor(page)).toBe(true);
      expect(await model(page, name)).toEqual(SORRY_LINES);
      await page.close();
    });

    // Quill has a Tab of its own (a tab character); in the others Tab is the browser's, to the next field.
    const ownTab = name === 'quill';
    it(`${name}: Tab pressed twice: the template goes in whole, then Tab does its job there${ownTab ? ' (a tab character)' : ' (to the note field)'}, and what follows goes after it`, async () => {
      const page = await openDesk(name);
      await page.keyboard.type('/sorry');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('A-1042');
      if (ownTab) {
        await expect.poll(() => readModel(page, editorPage(name))).toContain('I am sorry for the delay.\tA-1042\n');
        expect(await focusInEditor(page)).toBe(true);
        expect(await page.locator('#note').inputValue()).toBe('');
      } else {
        await expect.poll(() => page.locator('#note').inputValue()).toBe('A-1042');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
        expect(await model(page, name)).toEqual(SORRY_LINES);
      }
      await page.close();
    });
  }
});
