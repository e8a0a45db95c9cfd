import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/static-server';
import { useDemoDesk } from '../support/demo-desk';

describe('foundation: the e2e build on a loopback CRM page', () => {
  const desk = useDemoDesk();

  it('mounts the odigos-overlay shadow root with its panel, styled despite a strict CSP', async () => {
    const page = await desk.browser.context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await expect.poll(() => overlay(page).count()).toBe(1);
    const panel = page.getByRole('complementary', { name: 'Πάνελ Οδηγού' });
    await panel.waitFor();
    // Styles come from a constructed sheet: the panel is fixed to the right edge, 360 px wide.
    const box = await panel.boundingBox();
    expect(box?.width).toBe(300);
    expect(Math.round((box?.x ?? 0) + (box?.width ?? 0))).toBe(1400);
    expect(await overlay(page).evaluate((el) => el.shadowRoot?.mode)).toBe('open');
    await screenshot(page, 'foundation-overlay-el');
    expect(cspErrors).toEqual([]);
  });

  it('collapses to a tab and remembers it for the site after a reload', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await page.getByRole('button', { name: 'Σύμπτυξη' }).click();
    await page.getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Πάνελ Οδηγού' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).click();
    await page.getByRole('complementary', { name: 'Πάνελ Οδηγού' }).waitFor();
  });

  it('ships an MV3 manifest with no all-sites host permission', async () => {
    for (const build of ['chrome-mv3', 'chrome-mv3-e2e']) {
      const manifest = JSON.parse(await readFile(join(REPO_ROOT, process.env.ODIGOS_OUT_DIR ?? '.output', build, 'manifest.json'), 'utf8'));
      expect(manifest.manifest_version).toBe(3);
      for (const p of manifest.host_permissions ?? []) expect(p).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
      const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
      expect(matches).not.toContain('<all_urls>');
      expect(matches).toContain('https://*.zendesk.com/*');
    }
  });
});
