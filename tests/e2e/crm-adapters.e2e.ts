import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';

/**
 * The CRM fixture pages in real Chromium under a strict CSP: the content script picks the adapter by markup
 * (the pages are on loopback, not the helpdesk's domain), the overlay header shows what was read, and in-page
 * navigation (pushState, hash) is followed.
 */
describe('CRM adapters in the browser (fixture pages)', () => {
  let site: Served;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const header = (page: Page) => overlay(page).locator('.odigos-context');

  async function open(fixture: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(site.url(`/tests/fixtures/crm/${fixture}.html`));
    return page;
  }

  it('Zendesk: reads the active ticket pane, then follows the agent to another ticket tab', async () => {
    const page = await open('zendesk');
    await expect.poll(() => header(page).textContent()).toBe('Γιώργος Παπαδόπουλος · #48213');
    expect(await header(page).getAttribute('data-interaction-id')).toBe(`zendesk:${new URL(site.origin).host}:48213`);
    await screenshot(page, 'crm-zendesk-48213');
    await page.getByRole('button', { name: 'Άνοιγμα #48220' }).click();
    await expect.poll(() => header(page).textContent()).toBe('Μαρία Κωνσταντίνου · #48220');
    expect(new URL(page.url()).pathname).toBe('/agent/tickets/48220');
  });

  it('Freshdesk: reads the contact name from the open shadow root, before and after in-page navigation', async () => {
    const page = await open('freshdesk');
    await expect.poll(() => header(page).textContent()).toBe('Sarah Collins · #73105');
    await page.getByRole('button', { name: 'Next ticket' }).click();
    await expect.poll(() => header(page).textContent()).toBe('James Whitaker · #73112');
    await screenshot(page, 'crm-freshdesk-73112');
  });

  it('Zammad (self-hosted): follows the task switch by hash', async () => {
    const page = await open('zammad');
    await expect.poll(() => header(page).textContent()).toBe('Γιώργος Παπαδόπουλος · #31045');
    await page.getByRole('link', { name: '#31052 Καμένο φαγητό' }).click();
    await expect.poll(() => header(page).textContent()).toBe('Δημήτρης Αλεξίου · #31052');
    expect(new URL(page.url()).hash).toBe('#ticket/zoom/32');
  });

  it('unknown chat console: the generic reader finds the customer inside the shadow root', async () => {
    const page = await open('generic-chat-widget');
    await expect.poll(() => header(page).textContent()).toBe('Νίκος Δημητρίου');
    await screenshot(page, 'crm-generic-chat');
  });
});
