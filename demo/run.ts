// `npm run demo`: build the extension, serve the demo helpdesk on 127.0.0.1 and open it in Chromium with
// Odigos loaded. Headed when a display is there (Ctrl+C to stop); headless otherwise, saving a screenshot.
// `npm run demo -- --screenshots` (`npm run screenshots`) writes the README's pictures to docs/ instead.
import { spawnSync } from 'node:child_process';
import { launchWithExtension, screenshot, overlay } from '../tests/support/browser';
import { DEMO_SPA, REPO_ROOT, serve, STRICT_CSP } from '../tests/support/static-server';
import { join } from 'node:path';
import { takeScreenshots } from './screenshots';

function build(): void {
  // The demo runs on loopback, which only the (never shipped) e2e build matches without a prompt.
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function main(): Promise<void> {
  build();
  if (process.argv.includes('--screenshots')) {
    for (const path of await takeScreenshots(join(REPO_ROOT, 'docs'))) console.log(`Wrote ${path}`);
    return;
  }
  const lang = process.argv.includes('--en') ? 'en' : 'el';
  const ticket = lang === 'el' ? '48213' : '73105';
  const site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
  const browser = await launchWithExtension({
    locale: lang === 'el' ? 'el-GR' : 'en-GB',
    ...(headed ? { headless: false } : {}),
  });
  const page = await browser.context.newPage();
  const url = site.url(`/desk/${lang}/tickets/${ticket}`);
  await page.goto(url);
  await overlay(page).waitFor({ state: 'attached', timeout: 30_000 });
  // Ready to show once the overlay has read the conversation and listed its suggestions (however busy the machine).
  await overlay(page).getByRole('list', { name: lang === 'el' ? 'Προτάσεις' : 'Suggestions' }).locator('[data-entry-id]').first().waitFor({ timeout: 60_000 });
  console.log(`Demo helpdesk: ${url}`);
  if (headed) {
    console.log('Chromium is open with Odigos loaded. Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  } else {
    const path = await screenshot(page, `demo-${lang}`);
    console.log(`Screenshot: ${path}`);
  }
  await browser.close();
  await site.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
