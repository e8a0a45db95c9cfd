import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
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
const header = (page: Page) => overlay(page).locator('.odigos-context').textContent();

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
    // The panel's header names her as the template does (was «κα Μαρία Παπαδοπούλου · #…»).
    await expect.poll(() => header(greek.page)).toMatch(/^Μαρία Παπαδοπούλου · #/);
    await screenshot(greek.page, 'customer-title-left-out');
    await greek.page.close();
    const english = await expand(`lang=el&customer=${customer}`, 'to');
    expect(english.text).toBe('To: Maria Papadopoulou\nDear Ms Papadopoulou,');
    await english.page.close();
  });

  it('takes a name the desk writes after «κον» back to the nominative, and reads a title in brackets', async () => {
    await seedStorage(desk.browser, SNIPPETS);
    const accusative = await expand(`lang=el&customer=${encodeURIComponent('κον Γιώργο Παπαδόπουλο')}`, 'pros');
    // Was «Προς: Γιώργο Παπαδόπουλο» and «Αγαπητέ κύριε Παπαδόπουλο,».
    expect(accusative.text).toBe('Προς: Γιώργος Παπαδόπουλος\nΑγαπητέ κύριε Παπαδόπουλε,');
    // The header leaves the title out and keeps the page's words (their case needs the name lists).
    await expect.poll(() => header(accusative.page)).toMatch(/^Γιώργο Παπαδόπουλο · #/);
    await screenshot(accusative.page, 'customer-accusative-nominative');
    await accusative.page.close();
    const bracket = await expand(`lang=el&customer=${encodeURIComponent('Maria Lopez (Mrs)')}`, 'to');
    // Was "Dear Maria Lopez,".
    expect(bracket.text).toBe('To: Maria Lopez\nDear Ms Lopez,');
    await expect.poll(() => header(bracket.page)).toMatch(/^Maria Lopez · #/);
    await bracket.page.close();
  });

  it('writes a foreign name in Greek letters with its own Latin spelling in an English template, a Greek one by ELOT', async () => {
    await seedStorage(desk.browser, SNIPPETS);
    const foreign = await expand(`lang=el&customer=${encodeURIComponent('Τζένιφερ Λόπεζ')}`, 'to');
    // Was "To: Tzenifer Lopez", then "Dear Jennifer Lopez,": the list knew her spelling, not that she is a woman.
    expect(foreign.text).toBe('To: Jennifer Lopez\nDear Ms Lopez,');
    await foreign.page.close();
    const greek = await expand('lang=el', 'to');
    expect(greek.text).toBe('To: Giorgos Papadopoulos\nDear Mr Papadopoulos,');
    await greek.page.close();
  });
});
