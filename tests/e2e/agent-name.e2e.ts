import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { typeShortcut, useLongDesk } from '../support/long-desk';
import { seedStorage, type SeedSnippet } from '../fixtures/editors/harness';

const INTRO: SeedSnippet = {
  id: 'intro',
  title: 'Συστάσεις',
  shortcut: 'intro',
  body: 'Καλημέρα, ονομάζομαι {{agent.firstName}}. Πώς μπορώ να βοηθήσω;',
};

/** {{agent.firstName}} with no fallback never inserts "ονομάζομαι ." : the page's name, else asked once and remembered. */
describe('the agent’s name in templates', () => {
  const desk = useLongDesk();
  async function typeIntro(query: string): Promise<Page> {
    const page = await desk.openReply(query);
    await typeShortcut(page, '/intro');
    await page.keyboard.press('Tab');
    return page;
  }
  const storedName = async () =>
    (await desk.browser.serviceWorker()).evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: { agentName?: string } }> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings?.agentName ?? '';
    });

  it('takes the name the page shows ("Συνδεδεμένη ως …") without asking', async () => {
    await seedStorage(desk.browser, [INTRO], { agentName: '' });
    const page = await typeIntro('lang=el');
    // The first expansion builds the template catalogue: give it time on a loaded machine.
    await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 15_000 }).toBe('Καλημέρα, ονομάζομαι Ελένη. Πώς μπορώ να βοηθήσω;');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('asks once where the page shows no name, remembers it, and never inserts an empty name', async () => {
    await seedStorage(desk.browser, [INTRO], { agentName: '' });
    const page = await typeIntro('lang=el&agent=none');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
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
    await seedStorage(desk.browser, [], { agentName: '' });
    const options = await desk.browser.openExtensionPage('options.html');
    const general = options.getByRole('region', { name: 'Γενικά' });
    await general.getByText('Πείτε μας πώς σας λένε').waitFor();
    await general.getByRole('textbox', { name: 'Το όνομά σας' }).fill('Ελένη Γεωργίου');
    await general.getByRole('textbox', { name: 'Το όνομά σας' }).blur();
    await expect.poll(storedName).toBe('Ελένη Γεωργίου');
    await options.close();
  });
});
