import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { notesFrame, overlay, screenshot } from '../support/browser';
import { useLongDesk } from '../support/long-desk';
import { seedStorage } from '../fixtures/editors/harness';

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;

/**
 * The smallest font size of the page's body text the agent reads (paragraphs, labels, list rows, fields, buttons,
 * headings), with the element that has it: Chromium gives extension pages body { font-size: 75% } (10.5 px).
 */
function smallestText(page: Page): Promise<{ size: number; where: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, where: '' };
    for (const el of document.querySelectorAll<HTMLElement>('body, p, label, li, dt, dd, td, th, input, select, textarea, button, h1, h2, h3, legend, summary, a')) {
      if (!el.checkVisibility() || !(el.textContent ?? (el as HTMLInputElement).value ?? '').trim()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest.size) smallest = { size, where: `${el.localName}.${el.className}: ${el.textContent?.trim().slice(0, 40)}` };
    }
    return smallest;
  });
}

/** Greek words in what the page shows (its logo letter, hidden from assistive tech, aside). */
function greekWords(page: Page): Promise<string[]> {
  return page.evaluate((greek) => {
    const words: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('[aria-hidden="true"], script, style') || !el.checkVisibility()) continue;
      words.push(...(n.textContent!.match(new RegExp(`\\S*[${greek}]\\S*`, 'gu')) ?? []));
    }
    return words;
  }, '\u0370-\u03ff\u1f00-\u1fff');
}

/**
 * An agent whose Odigos speaks English, in a Greek-language browser: the notes page, the palette and Options are in
 * English all through (dates without «π.μ.», counted words agreeing), a broken pack file is explained in English, and body
 * text is at least 13 px on both pages.
 */
describe('English UI in a Greek browser: notes page, palette and Options', () => {
  const desk = useLongDesk();

  it('the notes page: English dates and counts, no Greek words, 13 px text or more', async () => {
    await seedStorage(desk.browser, [], { uiLang: 'en' });
    const page = await desk.openReply('lang=en');
    await overlay(page).getByRole('button', { name: 'Notes' }).click();
    const text = notesFrame(page).getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => text.isEnabled(), { timeout: 15_000 }).toBe(true);
    await text.fill('Customer wants the second charge refunded.');

    const notes = await desk.browser.openExtensionPage('notes.html');
    const item = notes.locator('.notes-item').first();
    await item.waitFor({ timeout: 15_000 });
    await notes.getByText(/^1 note$/).waitFor();
    const row = (await item.textContent()) ?? '';
    expect(row).toMatch(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/);
    expect(row).not.toMatch(/π\.μ\.|μ\.μ\./);
    await item.click();
    await notes.locator('.notes-detail .odigos-notes').waitFor();
    // Every word of the page's own is English (the note's text is the agent's and English here too).
    expect(await greekWords(notes)).toEqual([]);
    const smallest = await smallestText(notes);
    expect(smallest.size, smallest.where).toBeGreaterThanOrEqual(13);
    await screenshot(notes, 'notes-page-en');
    // The tab's title is the page's, in English too.
    expect(await notes.title()).toBe('Odigos notes');
    // An export says in English what became of it: the file the browser was asked to save and the tickets in it.
    const [download] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Export JSON' }).click()]);
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as { notes: unknown[] };
    const said = notes.locator('.notes-message[role="status"]');
    await said.waitFor({ timeout: 10_000 });
    const tickets = saved.notes.length === 1 ? '1 ticket' : `${saved.notes.length} tickets`;
    expect(await said.textContent()).toBe(
      `Odigos asked the browser to save the file “${download.suggestedFilename()}”, which holds ${tickets}. Check your Downloads; if the file is not there, the download was blocked or cancelled and nothing was saved: export again.`,
    );
    await screenshot(notes, 'notes-export-said-en');
    await notes.close();
    await page.close();
  });

  it('the palette and its fill-in form: English words, formal first and the friendly twin labelled', async () => {
    await seedStorage(desk.browser, [], { uiLang: 'en', formality: 'formal' });
    const page = await desk.openReply('lang=en');
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Template palette' });
    await palette.getByRole('combobox', { name: 'Search templates' }).pressSequentially('sorry', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Sincere apology');
    expect(await palette.getByRole('option').first().textContent()).toContain('Formal');
    expect(await palette.getByRole('option', { name: /Apology \(friendly\)/ }).textContent()).toContain('Friendly');
    // The palette's own words (its results may include Greek templates, after the English ones).
    await palette.getByText('↑↓ choose · Enter insert · Esc close').waitFor();
    expect(await palette.getByRole('option').first().textContent()).not.toMatch(GREEK);
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Fill in before inserting' });
    await form.getByRole('textbox', { name: 'What went wrong' }).fill('the double charge');
    expect(await form.textContent()).not.toMatch(GREEK);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('Please accept my sincere apologies for the double charge.');
    await page.close();
  });

  it('Options: English throughout, a broken pack file explained in English, 13 px text or more', async () => {
    const options = await desk.browser.openExtensionPage('options.html');
    await options.getByRole('region', { name: 'Knowledge' }).getByRole('article').first().waitFor();
    const smallest = await smallestText(options);
    expect(smallest.size, smallest.where).toBeGreaterThanOrEqual(13);
    // Pack titles are the packs' own words (el-core is Greek); everything else is English.
    expect((await greekWords(options)).filter((w) => !/Οδηγός|Βασική|γνώση/.test(w))).toEqual([]);
    await options.getByLabel('Pack file (pack.json)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schema": "odigos-pack", '),
    });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).not.toMatch(GREEK);
    expect(await alert.textContent()).toMatch(/broken\.json/);
    await screenshot(options, 'options-en-broken-pack');
    await options.close();
    await seedStorage(desk.browser, [], { uiLang: 'el' });
  });
});
