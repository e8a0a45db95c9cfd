import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { typeShortcut, useLongDesk } from '../support/long-desk';
import { seedStorage, type SeedSnippet } from '../fixtures/editors/harness';

const SNIPPETS: SeedSnippet[] = [
  { id: 'n1', title: 'Παραλήπτης', shortcut: 'pros', body: 'Προς: {{customer.name}}\n{{customer.salutation}},' },
  { id: 'n2', title: 'Addressee', shortcut: 'to', body: 'To: {{customer.name}}\n{{customer.salutation}},' },
];

/**
 * The full-height desk writing the customer's name as some desks do, with a title («κα Μαρία Παπαδοπούλου»), or a
 * foreign name in Greek letters («Τζένιφερ Λόπεζ»): what the agent's shortcuts insert must read as a letter does.
 */
describe('the customer\'s name as templates write it', () => {
  const desk = useLongDesk();
  async function expand(query: string, keyword: string): Promise<{ page: Page; text: string }> {
    const page = await desk.openReply(query);
    await typeShortcut(page, `/${keyword}`);
    await page.keyboard.press('Tab');
    const reply = page.locator('#reply');
    // The first expansion builds the template catalogue: give it time on a loaded machine.
    await expect.poll(() => reply.inputValue(), { timeout: 15_000 }).not.toContain(`/${keyword}`);
    return { page, text: await reply.inputValue() };
  }

  it('leaves out the title the desk writes before the name («κα»), in Greek and English templates', async () => {
    await seedStorage(desk.browser, SNIPPETS);
    const customer = encodeURIComponent('κα Μαρία Παπαδοπούλου');
    const greek = await expand(`lang=el&customer=${customer}`, 'pros');
    // Was «Προς: κα Μαρία Παπαδοπούλου».
    expect(greek.text).toBe('Προς: Μαρία Παπαδοπούλου\nΑγαπητή κυρία Παπαδοπούλου,');
    expect(await greek.page.locator('.customer-name').textContent()).toBe('κα Μαρία Παπαδοπούλου');
    await screenshot(greek.page, 'customer-title-left-out');
    await greek.page.close();
    const english = await expand(`lang=el&customer=${customer}`, 'to');
    expect(english.text).toBe('To: Maria Papadopoulou\nDear Ms Papadopoulou,');
    await english.page.close();
  });

  it('writes a foreign name in Greek letters with its own Latin spelling in an English template, a Greek one by ELOT', async () => {
    await seedStorage(desk.browser, SNIPPETS);
    const foreign = await expand(`lang=el&customer=${encodeURIComponent('Τζένιφερ Λόπεζ')}`, 'to');
    // Was "To: Tzenifer Lopez".
    expect(foreign.text).toBe('To: Jennifer Lopez\nDear Jennifer Lopez,');
    await foreign.page.close();
    const greek = await expand('lang=el', 'to');
    expect(greek.text).toBe('To: Giorgos Papadopoulos\nDear Mr Papadopoulos,');
    await greek.page.close();
  });
});
