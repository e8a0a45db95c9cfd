/**
 * What the QC data records of a reply, in real Chromium with the built extension on the demo desk (Greek UI): the
 * agent writes a line of their own, puts two templates from the panel into the reply, sends it and goes straight
 * to the next ticket, as agents do. The reply must be in the QC export all the same (it was lost when the page was
 * left before Odigos read it again), linked to both templates, with only the agent's own words "added" (the
 * second template's words were counted as the agent's).
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

const TICKET = '/desk/el/tickets/48220';
const NEXT = '/desk/el/tickets/48213';

/** Finds the template in the panel and puts it into the reply where the caret is. */
async function insertFromPanel(page: Page, query: string, id: string) {
  await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill(query);
  const list = overlay(page).getByRole('list', { name: 'Προτάσεις' });
  await list.locator(`li[data-entry-id="${id}"] button`).first().click();
  const tpl = overlay(page).locator('article.odigos-template');
  await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
  await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
  await overlay(page).locator('.odigos-back').click();
}

describe('QC recording on the demo desk: a reply from two templates, the page left at once', () => {
  const desk = useDemoDesk();

  it('records the reply sent just before leaving, linked to both templates, with only the agent\'s words added', async () => {
    const page = await desk.browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(desk.site.url(TICKET));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toContain('#48220');

    const reply = page.locator('#reply');
    await reply.click();
    await page.keyboard.type('Καλησπέρα, ελέγξαμε τη διεύθυνση. ', { delay: 5 });
    await insertFromPanel(page, 'ειλικρινής συγγνώμη', 'apology-general');
    await reply.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await insertFromPanel(page, 'αναμένω νέα σας, ευχαριστώ για την απάντηση', 'closing-email');
    await expect.poll(() => reply.inputValue()).toMatch(/^Καλησπέρα, ελέγξαμε τη διεύθυνση\. Σας ζητώ ειλικρινά συγγνώμη[\s\S]*Αν χρειαστείτε οτιδήποτε άλλο/);
    await screenshot(page, 'qc-recording-two-templates');

    // Send, and on to the next ticket in the same moment: no pause for Odigos to read the page again.
    const next = desk.site.url(NEXT);
    await Promise.all([
      page.waitForURL(next),
      page.evaluate((url) => {
        document.querySelector<HTMLButtonElement>('.btn-send')!.click();
        location.assign(url);
      }, next),
    ]);
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toContain('#48213');

    const notes = await desk.browser.openExtensionPage('notes.html');
    await notes.locator('html[data-complete="true"]').waitFor();
    await expect.poll(() => notes.locator('.notes-item').filter({ hasText: '#48220' }).count(), { timeout: 15_000 }).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-rec-'));
    const [file] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Εξαγωγή για τον ποιοτικό έλεγχο (JSON Lines)' }).click()]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    const rows = (await readFile(path, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    const events = rows.filter((r) => r.type === 'event' && String(r.interaction_id).endsWith('48220'));
    expect(events.filter((e) => e.kind === 'template-inserted').map((e) => e.entry_id)).toEqual(['apology-general', 'closing-email']);
    const replies = events.filter((e) => e.kind === 'message' && e.sender === 'agent');
    // Recorded once, though the page was read again as it was left.
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ edit_entry: 'el-core/apology-general', added: ['Καλησπέρα', 'ελέγξαμε', 'τη', 'διεύθυνση'] });
    expect(replies[0].removed ?? []).toEqual([]);
    const interaction = rows.find((r) => r.type === 'interaction' && String(r.interaction_id).endsWith('48220'));
    expect(interaction.first_response_by).toBe('thread');
    await notes.close();
    await page.close();
  });
});
