import type { Locator, Page } from 'playwright-core';
import { useServedBrowser, type ServedBrowser } from './served-browser';
import { DEMO_SPA, STRICT_CSP } from './static-server';

export type DemoDesk = ServedBrowser;

/**
 * For one describe block: the demo helpdesk served under a strict CSP with Trusted Types (as CRMs send it),
 * and Chromium with the built e2e extension; both closed after the block. Read the fields inside tests.
 */
export function useDemoDesk(): DemoDesk {
  return useServedBrowser({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
}

/** A new customer message arrives in the demo desk's thread, as a helpdesk pushes it live (no reload). */
export async function customerWrites(page: Page, text: string) {
  await page.evaluate((body) => {
    const last = [...document.querySelectorAll('.thread .msg--customer')].at(-1)!;
    const msg = last.cloneNode(true) as HTMLElement;
    msg.querySelector('.msg-body')!.textContent = body;
    msg.querySelector('.msg-time')!.textContent = '14:20';
    last.parentElement!.append(msg);
  }, text);
}

/**
 * The template palette opened with its hotkey on a demo ticket's reply box, once the content script listens for it;
 * returned when its list for the ticket (before any query) shows.
 */
export async function openPaletteOnTicket(desk: DemoDesk, page: Page, path: string): Promise<Locator> {
  await page.goto(desk.site.url(path));
  await page.locator('#reply').click();
  await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
  await page.keyboard.press('Control+Shift+Space');
  const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
  await palette.getByRole('option').first().waitFor();
  return palette;
}
