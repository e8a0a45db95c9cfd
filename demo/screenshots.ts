// The README's pictures, taken from the demo desk with the built extension so they show what the code does today:
// the panel beside a ticket (docs/screenshot.png), the palette at the reply box, and the notes page.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, notesFrame, overlay } from '../tests/support/browser';
import { DEMO_SPA, serve, STRICT_CSP } from '../tests/support/static-server';

export const SCREENSHOTS = {
  panel: 'screenshot.png',
  palette: 'screenshot-palette.png',
  notes: 'screenshot-notes.png',
} as const;

async function openTicket(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await overlay(page).getByRole('list').locator('[data-entry-id]').first().waitFor({ timeout: 30_000 });
}

/** Writes the three pictures into `outDir` (Greek desk, ticket 48213, 1280×800); returns their paths. */
export async function takeScreenshots(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  const browser = await launchWithExtension({ locale: 'el-GR', viewport: { width: 1280, height: 800 } });
  const out = (name: string) => join(outDir, name);
  try {
    const page = await browser.context.newPage();
    await openTicket(page, site.url('/desk/el/tickets/48213'));
    await page.screenshot({ path: out(SCREENSHOTS.panel) });

    await page.locator('#reply').click();
    await page.keyboard.type('Καλημέρα σας κύριε Παπαδόπουλε,\n\n', { delay: 5 });
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('συγνωμη', { delay: 10 });
    await palette.getByRole('option').first().waitFor();
    await palette.getByRole('region', { name: 'Προεπισκόπηση' }).getByText(/\S/).first().waitFor().catch(() => undefined);
    await page.screenshot({ path: out(SCREENSHOTS.palette) });
    await page.keyboard.press('Escape');

    // A note on the ticket, then the notes page with it open.
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
    const text = notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
    await text.waitFor({ timeout: 30_000 });
    await text.fill('Τρίτη επικοινωνία για τη διπλή χρέωση της παραγγελίας 100482. Ζητήθηκε επιστροφή σήμερα.');
    const notes = await browser.openExtensionPage('notes.html');
    await notes.setViewportSize({ width: 1280, height: 800 });
    await notes.locator('.notes-item').first().click({ timeout: 30_000 });
    await notes.locator('.notes-detail .odigos-notes').waitFor();
    await notes.screenshot({ path: out(SCREENSHOTS.notes) });
    return Object.values(SCREENSHOTS).map(out);
  } finally {
    await browser.close();
    await site.close();
  }
}
