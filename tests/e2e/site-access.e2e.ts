import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, overlay } from '../support/browser';
import { DEMO_SPA, serve, type Served } from '../support/static-server';

async function settle(ms = 1500) {
  await new Promise((r) => setTimeout(r, ms));
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
      await settle();
      expect(await overlay(page).count()).toBe(0);
      // The page's own DOM is untouched: only the demo app's nodes are in <body>.
      expect(await page.evaluate(() => [...document.body.children].map((e) => e.tagName.toLowerCase()))).toEqual(['div']);
    } finally {
      await browser.close();
    }
  });

  it('the popup turns an unknown site on and it stays on after a browser restart', async () => {
    // 127.0.0.2 is not statically matched; the e2e build holds its permission as if the agent had granted it.
    const other = await serve({ spa: DEMO_SPA, host: '127.0.0.2' });
    const first = await launchWithExtension();
    try {
      const page = await first.context.newPage();
      await page.goto(other.url('/desk/en/tickets/73105'));
      await settle();
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
        const again = await second.context.newPage();
        await expect
          .poll(
            async () => {
              await again.goto(other.url('/desk/en/tickets/73112'));
              await settle(1500);
              return overlay(again).count();
            },
            { timeout: 20_000 },
          )
          .toBe(1);

        // And off again: the overlay goes, and a reload brings nothing back.
        const tab2 = await second.tabIdOf(again);
        const popup2 = await second.openExtensionPage(`popup.html?tab=${tab2}`);
        await popup2.getByRole('button', { name: 'Απενεργοποίηση εδώ' }).click();
        await popup2.getByRole('status').filter({ hasText: 'Ανενεργό' }).waitFor();
        await expect.poll(() => overlay(again).count()).toBe(0);
        await again.reload();
        await settle();
        expect(await overlay(again).count()).toBe(0);
      } finally {
        await second.close();
      }
    } finally {
      await other.close();
    }
  });
});
