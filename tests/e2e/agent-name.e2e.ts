import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';
import { seedStorage, type SeedSnippet } from '../fixtures/editors/harness';

const DESK = '/tests/fixtures/desk/long-thread.html';
const INTRO: SeedSnippet = {
  id: 'intro',
  title: 'Συστάσεις',
  shortcut: 'intro',
  body: 'Καλημέρα, ονομάζομαι {{agent.firstName}}. Πώς μπορώ να βοηθήσω;',
};

/** {{agent.firstName}} with no fallback never inserts "ονομάζομαι ." : the page's name, else asked once and remembered. */
describe('the agent’s name in templates', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function typeIntro(query: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(site.url(`${DESK}?${query}`));
    await page.locator('odigos-overlay').waitFor({ state: 'attached' });
    await page.locator('#reply').scrollIntoViewIfNeeded();
    await page.locator('#reply').click();
    await page.keyboard.type('/intro', { delay: 20 });
    await page.keyboard.press('Tab');
    return page;
  }
  const storedName = async () =>
    (await browser.serviceWorker()).evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: { agentName?: string } }> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings?.agentName ?? '';
    });

  it('takes the name the page shows ("Συνδεδεμένη ως …") without asking', async () => {
    await seedStorage(browser, [INTRO], { agentName: '' });
    const page = await typeIntro('lang=el');
    // The first expansion builds the template catalogue: give it time on a loaded machine.
    await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 15_000 }).toBe('Καλημέρα, ονομάζομαι Ελένη. Πώς μπορώ να βοηθήσω;');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('asks once where the page shows no name, remembers it, and never inserts an empty name', async () => {
    await seedStorage(browser, [INTRO], { agentName: '' });
    const page = await typeIntro('lang=el&agent=none');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν την εισαγωγή/ });
    const name = form.getByRole('textbox', { name: 'Το όνομά σας (θα το θυμάμαι)' });
    await name.waitFor();
    await screenshot(page, 'agent-name-asked');
    await name.fill('Μαρία');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue()).toBe('Καλημέρα, ονομάζομαι Μαρία. Πώς μπορώ να βοηθήσω;');
    await expect.poll(storedName).toBe('Μαρία');
    await page.close();

    // The next template needing it does not ask again.
    const again = await typeIntro('lang=el&agent=none');
    await expect.poll(() => again.locator('#reply').inputValue()).toBe('Καλημέρα, ονομάζομαι Μαρία. Πώς μπορώ να βοηθήσω;');
    expect(await again.getByRole('dialog').count()).toBe(0);
    await again.close();
  });

  it('options ask for the name while none is set, and keep what the agent types', async () => {
    await seedStorage(browser, [], { agentName: '' });
    const options = await browser.openExtensionPage('options.html');
    const general = options.getByRole('region', { name: 'Γενικά' });
    await general.getByText('Πείτε μας πώς σας λένε').waitFor();
    await general.getByRole('textbox', { name: 'Το όνομά σας' }).fill('Ελένη Γεωργίου');
    await general.getByRole('textbox', { name: 'Το όνομά σας' }).blur();
    await expect.poll(storedName).toBe('Ελένη Γεωργίου');
    await options.close();
  });
});
