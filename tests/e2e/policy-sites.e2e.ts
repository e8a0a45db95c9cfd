import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, overlay, screenshot } from '../support/browser';
import { writeExtensionPolicy } from '../support/policy';
import { DEMO_SPA, serve, type Served } from '../support/static-server';

describe('enterprise policy: allowedSites turn Odigos on with no click from the agent', () => {
  let granted: Served;
  beforeAll(async () => {
    // The e2e build holds access to 127.0.0.2 (as if the agent had granted it); it is not matched statically.
    granted = await serve({ spa: DEMO_SPA, host: '127.0.0.2' });
  });
  afterAll(async () => {
    await granted?.close();
  });

  it('runs on a policy site at once and shows it as managed, with no off switch', async () => {
    const removePolicy = writeExtensionPolicy('odigos-sites-test', {
      allowedSites: ['http://127.0.0.2/*'],
    });
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      // Chromium delivers an extension's policy a few seconds after start-up; the page the agent already
      // has open then gets Odigos with no reload, and every later load gets it from the registration.
      await page.goto(granted.url('/desk/en/tickets/73105'));
      await overlay(page).waitFor({ state: 'attached', timeout: 30_000 });
      await page.reload();
      await overlay(page).waitFor({ state: 'attached', timeout: 10_000 });

      const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(page)}`);
      await popup.getByRole('status').filter({ hasText: 'Ενεργό με πολιτική του οργανισμού σας' }).waitFor();
      // The agent cannot switch a managed site off.
      expect(await popup.getByRole('button', { name: 'Απενεργοποίηση εδώ' }).count()).toBe(0);
      await screenshot(popup, 'policy-site-managed-popup');

    } finally {
      removePolicy();
      await browser.close();
    }
  });
});
