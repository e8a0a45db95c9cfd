import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, overlay, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, serve, type Served } from '../support/static-server';

/** The content-script registrations the extension holds (its dynamic ones, per site the agent turned on). */
async function registeredMatches(browser: ExtensionBrowser): Promise<string[]> {
  return (await browser.serviceWorker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).flatMap((r) => r.matches ?? []);
  });
}

/** The demo desk has rendered its ticket: had a content script been due, it would have run (document_idle). */
async function deskShown(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.locator('#reply').waitFor();
}

describe('site access: nothing on unknown sites until the agent turns Odigos on', () => {
  let site: Served;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA });
  });
  afterAll(async () => site?.close());

  it('the production build injects nothing on an unknown site', async () => {
    const browser = await launchWithExtension({ build: 'chrome-mv3' });
    try {
      const page = await browser.context.newPage();
      await page.goto(site.url('/desk/en/tickets/73105'));
      await deskShown(page);
      // Nothing may inject here: no manifest match for loopback in the production build, no registration either.
      expect(await registeredMatches(browser)).toEqual([]);
      expect(await overlay(page).count()).toBe(0);
      // The page's own DOM is untouched: only the demo app's nodes are in <body>.
      expect(await page.evaluate(() => [...document.body.children].map((e) => e.tagName.toLowerCase()))).toEqual(['div']);
    } finally {
      await browser.close();
    }
  });

  it('a site is turned on even when the popup closes before it hears the browser grant access', async () => {
    // Chrome closes the popup when the agent clicks elsewhere while its prompt is up (Firefox as the prompt shows):
    // the popup's script never hears the answer. 127.0.0.2's access is held already, as after an earlier grant.
    const other = await serve({ spa: DEMO_SPA, host: '127.0.0.2' });
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(other.url('/desk/el/tickets/48213'));
      await deskShown(page);
      expect(await overlay(page).count()).toBe(0);
      const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
      await popup.getByRole('status').filter({ hasText: 'Ανενεργό' }).waitFor();
      await popup.evaluate(() => {
        const api = (globalThis as unknown as { chrome: { permissions: { request(p: object): Promise<boolean> } } }).chrome.permissions;
        const ask = api.request.bind(api);
        api.request = (p) => {
          void ask(p);
          return new Promise<boolean>(() => undefined);
        };
      });
      await popup.getByRole('button', { name: 'Ενεργοποίηση εδώ' }).click();
      await popup.close();
      // The background finishes the switch-on: one panel in the open tab, and the site stays on.
      await overlay(page).waitFor({ state: 'attached', timeout: 20_000 });
      await expect.poll(() => registeredMatches(browser)).toContain('http://127.0.0.2/*');
      expect(await overlay(page).count()).toBe(1);
    } finally {
      await browser.close();
      await other.close();
    }
  });

  it('the popup turns an unknown site on and it stays on after a browser restart', async () => {
    // 127.0.0.2 is not statically matched; the e2e build holds its permission as if the agent had granted it.
    const other = await serve({ spa: DEMO_SPA, host: '127.0.0.2' });
    const first = await launchWithExtension();
    try {
      const page = await first.context.newPage();
      await page.goto(other.url('/desk/en/tickets/73105'));
      await deskShown(page);
      expect((await registeredMatches(first)).filter((m) => m.includes('127.0.0.2'))).toEqual([]);
      expect(await overlay(page).count()).toBe(0);

      const tabId = await first.tabIdOf(page);
      const popup = await first.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.getByRole('status').filter({ hasText: 'Ανενεργό' }).waitFor();
      await popup.getByRole('button', { name: 'Ενεργοποίηση εδώ' }).click();
      await popup.getByRole('status').filter({ hasText: 'Ενεργό σε αυτόν' }).waitFor();
      // Injected straight away into the open tab, without a reload.
      await expect.poll(() => overlay(page).count()).toBe(1);
      await first.close({ keepProfile: true });

      const second = await launchWithExtension({ profileDir: first.profileDir });
      try {
        // An unpacked extension loaded from the command line counts as installed anew at each launch, which
        // clears dynamic content scripts: Odigos registers them again as its service worker starts.
        await expect.poll(() => registeredMatches(second), { timeout: 30_000 }).toContain('http://127.0.0.2/*');
        const again = await second.context.newPage();
        await again.goto(other.url('/desk/en/tickets/73112'));
        await overlay(again).waitFor({ state: 'attached', timeout: 30_000 });

        // And off again: the overlay goes, and a reload brings nothing back.
        const tab2 = await second.tabIdOf(again);
        const popup2 = await second.openExtensionPage(`popup.html?tab=${tab2}`);
        await popup2.getByRole('button', { name: 'Απενεργοποίηση εδώ' }).click();
        await popup2.getByRole('status').filter({ hasText: 'Ανενεργό' }).waitFor();
        await expect.poll(() => overlay(again).count()).toBe(0);
        await expect.poll(() => registeredMatches(second)).not.toContain('http://127.0.0.2/*');
        await again.reload();
        await deskShown(again);
        expect(await overlay(again).count()).toBe(0);
      } finally {
        await second.close();
      }
    } finally {
      await other.close();
    }
  });
});
