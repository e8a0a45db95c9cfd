import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorPage, openEditor, readModel } from '../fixtures/editors/harness';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { writeExtensionPolicy } from '../support/policy';
import { serve, type Served } from '../support/static-server';

const MANAGED = 'Διαχειρίζεται ο οργανισμός σας';
/** Chromium delivers an extension's policy a few seconds after start-up (longer on a busy machine). */
const POLICY_ARRIVES = { timeout: 45_000 };

const notesSection = (options: Page) => options.getByRole('region', { name: 'Σημειώσεις' });
const snippetsSection = (options: Page) => options.getByRole('region', { name: 'Τα δικά σας πρότυπα' });
const editor = editorPage('textarea');

/** Clears the reply box, types `/keyword` and Tab; answers what the box holds once Odigos expanded it or Tab moved on. */
async function shortcut(page: Page, keyword: string): Promise<string> {
  await editor.focus(page).fill('');
  await page.keyboard.type(`/${keyword}`, { delay: 30 });
  await page.keyboard.press('Tab');
  await page.waitForFunction(
    (typed) => document.activeElement?.id === 'subject' || (document.getElementById('editor') as HTMLTextAreaElement).value !== typed,
    `/${keyword}`,
  );
  return readModel(page, editor);
}

/**
 * A reply box on a served page whose shortcuts are loaded: a bundled template's /sorry expands (retried while the
 * content script is still asking for its shortcut list), so a personal shortcut that then does not is left out.
 */
async function replyBox(browser: ExtensionBrowser, site: Served): Promise<Page> {
  const page = await openEditor(browser, site.url(editor.path), editor);
  await expect.poll(() => shortcut(page, 'sorry'), { timeout: 20_000 }).not.toBe('/sorry');
  return page;
}

describe('enterprise policy: notes retention and personal templates are the organisation’s to decide', () => {
  let site: Served;
  beforeAll(async () => {
    site = await serve();
  });
  afterAll(async () => {
    await site?.close();
  });

  it(
    'shows both as managed, keeps a template saved before but does not expand it, and gives it back when lifted',
    async () => {
      let browser = await launchWithExtension();
      const profileDir = browser.profileDir;
      let removePolicy = () => undefined as void;
      try {
        // No policy yet: the agent saves a template of their own, and it expands.
        let options = await browser.openExtensionPage('options.html');
        await snippetsSection(options).getByRole('button', { name: 'Προσθήκη προτύπου' }).click();
        await snippetsSection(options).getByRole('textbox', { name: 'Τίτλος' }).fill('Ευχαριστώ');
        await snippetsSection(options).getByRole('textbox', { name: 'Συντόμευση' }).fill('odthanks');
        await snippetsSection(options).getByRole('textbox', { name: 'Κείμενο' }).fill('Ευχαριστούμε πολύ, {{customer.firstName}}!');
        await snippetsSection(options).getByRole('button', { name: 'Αποθήκευση' }).click();
        await snippetsSection(options).getByText('/odthanks').waitFor();
        let page = await replyBox(browser, site);
        await shortcut(page, 'odthanks');
        await expect.poll(() => readModel(page, editor)).toBe('Ευχαριστούμε πολύ, Γιώργο!');
        await browser.close({ keepProfile: true });

        // The organisation turns personal templates off and keeps notes 30 days; the browser starts again.
        removePolicy = writeExtensionPolicy('odigos-policy-local-test', { allowPersonalSnippets: false, notesRetentionDays: 30 });
        browser = await launchWithExtension({ profileDir, viewport: { width: 1400, height: 1500 } });
        options = await browser.openExtensionPage('options.html');
        await notesSection(options).getByText(MANAGED).waitFor(POLICY_ARRIVES);
        const retention = notesSection(options).getByRole('spinbutton', { name: 'Διατήρηση σημειώσεων (ημέρες)' });
        expect(await retention.isDisabled()).toBe(true);
        expect(await retention.inputValue()).toBe('30');
        await snippetsSection(options).getByText(MANAGED).waitFor();
        await snippetsSection(options).getByText('Ο οργανισμός σας έχει απενεργοποιήσει τα δικά σας πρότυπα').waitFor();
        // Still stored, listed, but neither added to nor edited.
        await snippetsSection(options).getByText('/odthanks').waitFor();
        expect(await snippetsSection(options).getByRole('button').count()).toBe(0);
        await options.getByRole('heading', { name: 'Σημειώσεις' }).scrollIntoViewIfNeeded();
        await screenshot(options, 'policy-managed-options');

        // Tab is not taken: the shortcut stays as typed and focus moves on as it would without Odigos.
        page = await replyBox(browser, site);
        expect(await shortcut(page, 'odthanks')).toBe('/odthanks');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('subject');
        await browser.close({ keepProfile: true });

        // The policy is lifted: the same template is back.
        removePolicy();
        browser = await launchWithExtension({ profileDir });
        options = await browser.openExtensionPage('options.html');
        await snippetsSection(options).getByRole('button', { name: 'Προσθήκη προτύπου' }).waitFor(POLICY_ARRIVES);
        await expect.poll(() => options.getByText(MANAGED).count(), POLICY_ARRIVES).toBe(0);
        expect(await notesSection(options).getByRole('spinbutton').isDisabled()).toBe(false);
        page = await replyBox(browser, site);
        await shortcut(page, 'odthanks');
        await expect.poll(() => readModel(page, editor)).toBe('Ευχαριστούμε πολύ, Γιώργο!');
      } finally {
        removePolicy();
        await browser.close();
        await rm(profileDir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
