import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot } from '../support/browser';
import { DEMO_SPA, REPO_ROOT, serve, type Served } from '../support/static-server';
import { useDemoDesk } from '../support/demo-desk';

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core on the overlay's shadow tree; serious and critical violations fail the test. */
async function axeOverlay(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const { violations, passed } = await page.evaluate(async () => {
    type Result = { violations: AxeViolation[]; passes: Array<{ id: string }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<Result> } }).axe;
    const result = await axe.run({ include: [['odigos-overlay']] }, {});
    return { violations: result.violations, passed: result.passes.map((p) => p.id) };
  });
  // axe really looked inside the shadow tree: buttons, lists and contrast were checked.
  expect(passed).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'nested-interactive']));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('overlay accessibility (axe-core, page served without CSP so axe can load)', () => {
  let site: Served;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA });
  });
  afterAll(async () => site?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation in the list, SOP and template views (${colorScheme})`, async () => {
      const browser = await launchWithExtension({ colorScheme });
      try {
        const page = await browser.context.newPage();
        await page.goto(site.url('/desk/el/tickets/48213'));
        const list = overlay(page).getByRole('list', { name: 'Προτάσεις' });
        await list.locator('[data-entry-id]').first().waitFor();
        expect(await axeOverlay(page)).toEqual([]);

        await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('διπλή χρέωση');
        await list.locator('[data-entry-id="double-card-charge"] button').first().click();
        await overlay(page).locator('article.odigos-sop').waitFor();
        expect(await axeOverlay(page)).toEqual([]);

        await overlay(page).locator('article.odigos-sop .odigos-step-templates button').first().click();
        await overlay(page).locator('article.odigos-template').waitFor();
        expect(await axeOverlay(page)).toEqual([]);
        if (colorScheme === 'dark') await screenshot(page, 'overlay-el-dark-template');
      } finally {
        await browser.close();
      }
    });
  }
});

describe('side panel: the same views for the active tab', () => {
  const desk = useDemoDesk();

  it('shows the tab’s conversation and suggestions, and inserts into the tab’s reply box', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor();
    const tabId = await desk.browser.tabIdOf(page);
    const panel = await desk.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('.odigos-context').textContent()).toContain('#48213');
    const list = panel.getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id]').first().waitFor();
    await screenshot(panel, 'sidepanel-el');

    await panel.getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('διπλή χρέωση');
    await list.locator('[data-entry-id="double-card-charge"] button').first().click();
    await panel.locator('li[data-step="8"] .odigos-step-templates button').first().click();
    await panel.getByRole('button', { name: 'Εισαγωγή' }).click();
    await panel.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
    const value = await page.locator('#reply').inputValue();
    expect(value).toMatch(/Παπαδόπουλε|Γιώργο/);
    expect(value).toContain('48213');

    // The agent opens another ticket in the tab: the side panel follows.
    await page.locator('nav a[href$="/tickets/48231"]').click();
    await expect.poll(() => panel.locator('.odigos-context').textContent(), { timeout: 10_000 }).toContain('#48231');
  });
});
