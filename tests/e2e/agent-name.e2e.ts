import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { typeShortcut, useLongDesk } from '../support/long-desk';
import { useDemoDesk } from '../support/demo-desk';
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
    // Exact: «Το όνομά σας στις αγγλικές απαντήσεις» is the field below it.
    await general.getByRole('textbox', { name: 'Το όνομά σας', exact: true }).fill('Ελένη Γεωργίου');
    await general.getByRole('textbox', { name: 'Το όνομά σας', exact: true }).blur();
    await expect.poll(storedName).toBe('Ελένη Γεωργίου');
    await options.close();
  });
});

const INTRO_EN: SeedSnippet = {
  id: 'intro-en',
  title: 'Introduction',
  shortcut: 'introen',
  body: 'Good morning, my name is {{agent.firstName}}. How can I help?',
};

/**
 * Ελένη signs English replies as Helen: ELOT's "Eleni" is no name she uses. Options let her say so, and an English
 * template on the demo desk (which shows her as «Ελένη Γεωργίου») then writes "Helen".
 */
describe('the agent’s name in English replies', () => {
  const desk = useDemoDesk();
  const storedLatin = async () =>
    (await desk.browser.serviceWorker()).evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings?: { agentNameLatin?: string } }> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings?.agentNameLatin ?? '';
    });
  async function introduce(): Promise<string> {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const reply = page.locator('#reply');
    await reply.click();
    await typeShortcut(page, '/introen');
    await page.keyboard.press('Tab');
    await expect.poll(() => reply.inputValue(), { timeout: 15_000 }).not.toContain('/introen');
    const text = await reply.inputValue();
    await page.close();
    return text;
  }

  it('is set in Options and written by an English template instead of ELOT’s letters', async () => {
    await seedStorage(desk.browser, [INTRO_EN], { agentName: 'Ελένη Γεωργίου', agentNameLatin: '' });
    expect(await introduce()).toBe('Good morning, my name is Eleni. How can I help?');

    const options = await desk.browser.openExtensionPage('options.html');
    const general = options.getByRole('region', { name: 'Γενικά' });
    const field = general.getByRole('textbox', { name: 'Το όνομά σας στις αγγλικές απαντήσεις' });
    const help = general.locator('#agent-name-latin-help');
    await expect.poll(() => help.textContent()).toContain('Αν μείνει κενό, τα αγγλικά πρότυπα γράφουν «Eleni Georgiou».');
    // Greek letters are not saved, and the field says why.
    await field.fill('Ελένη');
    await field.blur();
    await expect.poll(() => help.textContent()).toBe('Δεν αποθηκεύτηκε: γράψτε το μόνο με λατινικά γράμματα (π.χ. Helen Georgiou).');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await storedLatin()).toBe('');
    await screenshot(options, 'options-agent-name-latin-refused');
    await field.fill('Helen Georgiou');
    await field.blur();
    await expect.poll(storedLatin).toBe('Helen Georgiou');
    await field.scrollIntoViewIfNeeded();
    const seen = await field.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
    });
    expect(seen).toBe(true);
    await screenshot(options, 'options-agent-name-latin');
    await options.close();

    expect(await introduce()).toBe('Good morning, my name is Helen. How can I help?');
  });
});
