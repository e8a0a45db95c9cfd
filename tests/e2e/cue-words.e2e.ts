import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { useServedBrowser } from '../support/served-browser';
import { DEMO_SPA, STRICT_CSP } from '../support/static-server';

/**
 * The English demo desk (strict CSP, an English browser), #73120, «Item out of stock and nobody told me»: “… out of stock. Nobody told me!”. The
 * panel's mood badge quoted the same word twice, Frustrated: “Nobody”, “nobody”, as if two things showed it.
 */
describe('the mood badge quotes each of the customer\u2019s words once', () => {
  const desk = useServedBrowser({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } }, { locale: 'en-GB' });

  it('#73120: Frustrated: “Nobody”, in view in the panel', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/en/tickets/73120'));
    const badge = overlay(page).getByRole('list', { name: 'Customer mood' }).getByRole('listitem').filter({ hasText: 'Frustrated' });
    await expect.poll(() => badge.textContent()).toMatch(/^Frustrated: “Nobody”/);
    expect(await badge.textContent()).toBe('Frustrated: “Nobody”');
    const box = (await badge.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await screenshot(page, 'cue-words-en');
    await page.close();
  });
});
