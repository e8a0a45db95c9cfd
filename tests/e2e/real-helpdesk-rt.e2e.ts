import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';
import { controlsUnderPanel } from '../support/covered';

/**
 * A real helpdesk, as agents meet it: Request Tracker 5 from Debian's packages, on 127.0.0.1, with a Greek
 * customer's ticket filed through its mail gateway (then the agent's reply, an internal comment, and the
 * customer's follow-up). Odigos has no adapter for RT: the generic reader must find the conversation by itself.
 * In an English-language Chromium, opening the ticket and touching nothing must give, by itself, a fitting
 * Greek suggestion first, Greek entries only in the top 3, the customer's name and the ticket number the page
 * shows, and no RT control under the panel.
 */
const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
const SCRIPT = join(REPO_ROOT, 'tests', 'support', 'rt-e2e.sh');
const installed = existsSync(RT_SERVER) && ['/usr/bin/rt-mailgate-5', '/usr/sbin/rt-setup-database-5'].every(existsSync);

if (!installed) {
  const say = 'Request Tracker 5 is NOT installed: the real-helpdesk e2e cannot run here. Install it as .ci/run does.';
  // In CI its absence is a failure (.ci/run installs it); on a developer's machine, say it loudly and skip.
  if (process.env.CI) throw new Error(say);
  console.warn(`\n${'!'.repeat(100)}\n${say}\n${'!'.repeat(100)}\n`);
}

const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const DOUBLE_CHARGE = /double-charge|double-card-charge|card-billing-dispute|refund/;

describe.skipIf(!installed)('a real helpdesk: Request Tracker 5, a Greek ticket, an English-language browser', () => {
  const env = { ...process.env, RT_DIR: `/tmp/odigos-rt-${process.pid}`, RT_PORT: '' };
  let base = '';
  let ticket = '';
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    env.RT_PORT = String(await freePort());
    await run('sh', [SCRIPT, 'start'], { env, timeout: 120_000 });
    base = `http://127.0.0.1:${env.RT_PORT}`;
    ticket = readFileSync(join(env.RT_DIR, 'ticket.id'), 'utf8').trim();
    browser = await launchWithExtension({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await run('sh', [SCRIPT, 'stop'], { env, timeout: 60_000 }).catch(() => undefined);
    rmSync(env.RT_DIR, { recursive: true, force: true });
  }, 90_000);

  /** RT logs in from the address too (its own login form posts the same two fields). */
  async function logIn(page: Page) {
    await page.goto(`${base}/?user=agent&pass=agentpass123`);
    await page.locator('#preferences').waitFor();
  }

  it('opening the ticket, touching nothing: Greek double-charge help, the customer and the number, nothing of RT covered', async () => {
    const page = await browser.context.newPage();
    await logIn(page);
    const opened = Date.now();
    await page.goto(`${base}/Ticket/Display.html?id=${ticket}`);
    const items = overlay(page).getByRole('list', { name: 'Suggestions' }).locator('[data-entry-id]');
    const top3 = () => items.evaluateAll((els) => els.slice(0, 3).map((e) => ({ id: e.getAttribute('data-entry-id'), lang: e.getAttribute('lang') })));
    // With no key or click: the list settles on the conversation (a first answer may come from a partial page). How long
    // that takes is logged, not asserted: on a loaded 2-core machine wall time says more about the load than about us.
    await expect
      .poll(async () => {
        const top = await top3();
        return top.length === 3 && DOUBLE_CHARGE.test(top[0].id ?? '') && top.every((e) => e.lang === 'el');
      }, { interval: 100 })
      .toBe(true);
    const took = Date.now() - opened;
    const header = overlay(page).locator('.odigos-context');
    const shown = (await page.locator('#header h1').innerText()).match(/#(\d+)/)![1];
    expect(await header.textContent()).toContain('Μαρία Παπαδοπούλου');
    expect(await header.textContent()).toContain(`#${shown}`);
    // The UI stays the agent's (English); the entries follow the conversation (Greek).
    expect(await overlay(page).locator('.odigos-panel').getAttribute('lang')).toBe('en');
    console.log(`RT: suggestions settled ${took} ms after opening; top 3: ${JSON.stringify(await top3())}`);
    await screenshot(page, 'rt-ticket-1280x720');

    // Every visible RT control, at the top and scrolled (RT pins its page menu when scrolled), stays reachable.
    expect(await controlsUnderPanel(page)).toEqual([]);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(400);
    expect(await controlsUnderPanel(page)).toEqual([]);
    await screenshot(page, 'rt-ticket-scrolled');
    await page.close();
  });
});
