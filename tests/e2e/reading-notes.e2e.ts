/**
 * A teammate's note is never recorded as the agent's reply, in real Chromium with the built extension (Greek UI):
 * QC times the first response and counts replies from the agent's messages Odigos reads in the thread, so a note read
 * as a reply would say the customer was answered when they were not. Two pages, each with one reply and one note:
 * Help Scout's conversation fixture (its adapter; the note told only by the yellow border Help Scout's manual gives
 * notes, which Chromium reports as rgb()) and the saved Front page of the reading-accuracy corpus on 127.0.0.1 (the
 * generic reader; Front's comment is drawn apart from its message viewers).
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { useServedBrowser, type ServedBrowser } from '../support/served-browser';

const PAGES = [
  {
    name: 'Help Scout (adapter)',
    path: '/conversation/2750012345/1187',
    customer: 'Αικατερίνη Νικολάου',
    shot: 'reading-notes-helpscout',
  },
  {
    name: 'Front saved page (generic reader)',
    path: '/tests/fixtures/corpus/front.html',
    customer: 'Oliver Grant',
    shot: 'reading-notes-front',
  },
];

/** The agent's messages the QC export holds (their number: the export does not carry their words). */
async function agentMessages(served: ServedBrowser): Promise<number> {
  const notes = await served.browser.openExtensionPage('notes.html');
  await notes.locator('html[data-complete="true"]').waitFor();
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-notes-'));
  const [file] = await Promise.all([notes.waitForEvent('download'), notes.getByRole('button', { name: 'Εξαγωγή για τον ποιοτικό έλεγχο (JSON Lines)' }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await notes.close();
  const rows = (await readFile(path, 'utf8')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return rows.filter((r) => r.type === 'event' && r.kind === 'message' && r.sender === 'agent').length;
}

for (const { name, path, customer, shot } of PAGES) {
  describe(`${name}: a teammate's note is not recorded as the agent's reply`, () => {
    const served = useServedBrowser({ spa: { '/conversation': 'tests/fixtures/crm/helpscout.html' } });

    it('one reply from the agent in the QC export, not two', async () => {
      const page = await served.browser.context.newPage();
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(served.site.url(path));
      await expect.poll(() => overlay(page).locator('.odigos-context').textContent(), { timeout: 15_000 }).toContain(customer);
      await expect.poll(() => agentMessages(served), { timeout: 20_000 }).toBeGreaterThan(0);
      // The reply and the note are read in the same pass: had the note been taken for a reply, it would be here too.
      expect(await agentMessages(served)).toBe(1);
      await screenshot(page, shot);
      await page.close();
    });
  });
}
