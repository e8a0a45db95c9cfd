import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';
import { controlsUnderPanel } from '../support/covered';

/**
 * One reading of a multi-ticket desk, as an agent with an English-language browser meets it: the list beside the
 * open ticket starts with another customer's double charge, while the open ticket asks when an order will arrive.
 */
const DOUBLE_CHARGE = /double-charge|double-card-charge/;
const DELIVERY = /deliver|courier|late|tracking|delay|shipping/;

describe('reading the demo desk: the open ticket only, the customer\'s words only, in the conversation\'s language', () => {
  let site: Served;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const items = (page: Page) => overlay(page).getByRole('list', { name: 'Suggestions' }).locator('[data-entry-id]');
  const top = (page: Page, n = 3) =>
    items(page).evaluateAll((els, k) => els.slice(0, k).map((e) => ({ id: e.getAttribute('data-entry-id') ?? '', lang: e.getAttribute('lang') })), n);

  async function openDelivery(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(site.url('/desk/el/tickets/48240'));
    await expect.poll(async () => (await top(page)).some((e) => DELIVERY.test(e.id)), { timeout: 10_000 }).toBe(true);
    return page;
  }

  it('keeps other tickets\' subjects out: a delivery question gets delivery help, Greek entries first in an English browser', async () => {
    const page = await openDelivery();
    // The list's first ticket is a double charge; none of that leaks into this ticket's suggestions.
    expect(await page.locator('nav a').first().textContent()).toMatch(/Διπλή χρέωση/);
    const three = await top(page);
    expect(three.some((e) => DOUBLE_CHARGE.test(e.id))).toBe(false);
    expect(three.map((e) => e.lang)).toEqual(['el', 'el', 'el']);
    const header = (await overlay(page).locator('.odigos-context').textContent()) ?? '';
    expect(header).toContain('Ελένη Μαυρίδου');
    expect(header).toContain('#48240');
    // The UI stays in the agent's language.
    await overlay(page).getByRole('searchbox', { name: 'Search knowledge' }).waitFor();
    await screenshot(page, 'reading-demo-delivery-en-browser');
    await page.close();
  });

  it("selecting the agent's own draft changes nothing", async () => {
    const page = await openDelivery();
    const before = await top(page);
    await page.locator('#reply').fill('Λυπούμαστε πολύ για τη διπλή χρέωση της κάρτας σας, θα σας επιστρέψουμε τα χρήματα.');
    await page.locator('#reply').selectText();
    // Nothing may change while the draft stays selected (a change would come within a second).
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(250);
      expect(await top(page)).toEqual(before);
    }
    await page.close();
  });

  it('a new customer message in the thread re-ranks by itself, with no key or click', async () => {
    const page = await openDelivery();
    const appended = await page.evaluate(() => {
      const thread = document.querySelector('.thread')!;
      const msg = thread.querySelector('.msg--customer')!.cloneNode(true) as HTMLElement;
      msg.querySelector('.msg-time')!.textContent = '12:40';
      msg.querySelector('.msg-body')!.textContent =
        'Και κάτι ακόμα: η κάρτα μου χρεώθηκε δύο φορές για αυτή την παραγγελία. Θέλω να μου επιστρέψετε τη διπλή χρέωση.';
      thread.append(msg);
      return Date.now();
    });
    // The time is logged, not asserted: under load it measures the machine. The reading's debounce is tested with
    // fake timers in tests/unit/crm/watch.test.ts.
    await expect.poll(async () => (await top(page)).some((e) => DOUBLE_CHARGE.test(e.id)), { interval: 100 }).toBe(true);
    console.log(`re-ranked ${Date.now() - appended} ms after the customer's new message`);
    await page.close();
  });
});

describe('never hiding the helpdesk: a page with a fixed header bar and controls at its right edge, at 1280×720', () => {
  it('narrows the fixed header beside the panel, so none of its controls is under it, and gives it back on collapse', async () => {
    const site = await serve();
    const browser = await launchWithExtension({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    try {
      const page = await browser.context.newPage();
      await page.goto(site.url('/tests/fixtures/corpus/zendesk.html'));
      await overlay(page).locator('.odigos-panel').waitFor();
      const bar = page.locator('header.fixed-top');
      const panel = (await overlay(page).locator('.odigos-panel').boundingBox())!;
      await expect.poll(async () => (await bar.boundingBox())!.width).toBeLessThanOrEqual(panel.x + 1);
      expect(await controlsUnderPanel(page)).toEqual([]);
      await screenshot(page, 'fixed-header-beside-panel');
      await page.keyboard.press('Alt+Shift+O');
      await expect.poll(async () => (await bar.boundingBox())!.width).toBe(1280);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
