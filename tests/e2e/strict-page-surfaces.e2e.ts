/**
 * Every surface Odigos shows on a CRM page that sends a strict CSP with Trusted Types enforced
 * (`require-trusted-types-for 'script'; trusted-types 'none'`, as webmail and big helpdesks send): the panel, the
 * SOP view and a linked template, the palette in the reply box, the notes. The page's own violation reports
 * (securitypolicyviolation, which the browser fires for whatever the page's policy blocks) and the console are read
 * throughout; a control violation at the end proves the listener hears them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { notesFrame, overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

const POLL = 15_000;

interface Heard {
  violations: string[];
}

/** Before the page's scripts run: every violation the page's policy reports, with what and where. */
async function listenForViolations(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy|TrustedHTML|TrustedScript|Trusted Type/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const heard: Heard = { violations: [] };
    (window as unknown as { __heard: Heard }).__heard = heard;
    document.addEventListener('securitypolicyviolation', (e) => heard.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return console;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __heard: Heard }).__heard.violations);

describe('a CRM page with a strict CSP and Trusted Types: everything Odigos shows works, nothing is blocked', () => {
  const desk = useDemoDesk();

  it('panel, SOP view, linked template, palette and notes: no violation, no console error of the policy', async () => {
    const page = await desk.browser.context.newPage();
    const console = await listenForViolations(page);
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    const list = overlay(page).getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id]').first().waitFor({ timeout: POLL });

    // The SOP view: steps, a ticked step, the linked template filled from the page and inserted.
    await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('διπλή χρέωση');
    await list.locator('[data-entry-id="double-card-charge"] button').first().click();
    const sop = overlay(page).locator('article.odigos-sop');
    await sop.waitFor({ timeout: POLL });
    await sop.locator('input[data-step="1"]').check();
    await sop.locator('li[data-step="8"] .odigos-step-templates button').first().click();
    const tpl = overlay(page).locator('article.odigos-template');
    await expect.poll(async () => (await tpl.locator('.odigos-preview').textContent()) ?? '', { timeout: POLL }).toMatch(/Γιώργο|Παπαδόπουλε/);
    await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
    await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor({ timeout: POLL });

    // The palette in the page's reply box (the extras bundle is injected for it on first use).
    await page.locator('#reply').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.waitFor({ timeout: POLL });
    await palette.getByRole('combobox', { name: 'Αναζήτηση προτύπου' }).pressSequentially('ευχαριστ', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').count(), { timeout: POLL }).toBeGreaterThan(0);
    await expect.poll(async () => (await palette.getByRole('region', { name: 'Προεπισκόπηση' }).textContent()) ?? '', { timeout: POLL }).not.toBe('');
    await screenshot(page, 'strict-page-palette');
    const before = await page.locator('#reply').inputValue();
    await page.keyboard.press('Enter');
    await expect.poll(() => palette.count(), { timeout: POLL }).toBe(0);
    // «Ευχαριστίες για έπαινο» asks whom to thank in its small fill-in form first, the caret already in it.
    await page.keyboard.type('στην ομάδα', { delay: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.locator('#reply').inputValue()).length, { timeout: POLL }).toBeGreaterThan(before.length);

    // The notes: the frame opens, takes typing, saves.
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    const box = notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => box.isEnabled(), { timeout: POLL }).toBe(true);
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' σημείωση-σε-αυστηρή-σελίδα', { delay: 5 });
    await notesFrame(page).getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor({ timeout: POLL });
    await screenshot(page, 'strict-page-notes');

    expect(await violations(page)).toEqual([]);
    expect(console).toEqual([]);

    // Control: the page's own HTML sink is refused and heard, so the empty lists above mean nothing was blocked.
    await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch {
        /* refused by Trusted Types, as expected */
      }
    });
    await expect.poll(() => violations(page), { timeout: POLL }).toEqual([expect.stringMatching(/^require-trusted-types-for/)]);
    await page.close();
  }, 120_000);
});
