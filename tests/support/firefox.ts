import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from './static-server';
import { SCREENSHOT_DIR } from './browser';
import type { Rect } from './caret';

/**
 * Firefox ESR from Debian (`apt-get install firefox-esr`, as .ci/run does). Playwright cannot drive a stock Firefox;
 * puppeteer-core can, over WebDriver BiDi, and installs the unpacked extension as a temporary add-on.
 * BiDi shows no extension document (the notes frame, the popup, the options page): tests see what the page shows
 * and act through the keyboard and mouse, as the agent does.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxInstalled = existsSync(FIREFOX);

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Firefox in Greek, with the e2e Firefox build (`wxt build -b firefox --mode e2e`) installed. */
export async function launchFirefoxWithExtension(options: { viewport?: { width: number; height: number } } = {}): Promise<FirefoxWithExtension> {
  const extDir = join(REPO_ROOT, process.env.ODIGOS_OUT_DIR ?? '.output', 'firefox-mv2-e2e');
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No Firefox e2e build in ${extDir}: run npx wxt build -b firefox --mode e2e`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 60_000,
    protocolTimeout: 60_000,
    extraPrefsFirefox: { 'intl.locale.requested': 'el', 'intl.accept_languages': 'el-GR, el' },
  });
  const extensionId = await browser.installExtension(extDir);
  const viewport = options.viewport ?? { width: 1400, height: 900 };
  return {
    browser,
    extensionId,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      page.setDefaultTimeout(20_000);
      return page;
    },
    close: () => browser.close(),
  };
}

/** Save a screenshot under test-results/screenshots/ and return its path (look at it!). */
export async function screenshotFirefox(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}

/** Press a combination such as ['Control', 'Shift', ' ']: the last key with the others held. */
export async function pressCombo(page: Page, keys: string[]): Promise<void> {
  const held = keys.slice(0, -1) as Parameters<Page['keyboard']['down']>[0][];
  for (const k of held) await page.keyboard.down(k);
  await page.keyboard.press(keys.at(-1) as Parameters<Page['keyboard']['press']>[0]);
  for (const k of held.reverse()) await page.keyboard.up(k);
}

/** The box of the element `selector` finds inside the overlay's shadow root, or null. */
export function overlayBox(page: Page, selector: string): Promise<Rect | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector('odigos-overlay')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
}
