import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from './static-server';
import { SCREENSHOT_DIR } from './browser';
import type { Rect } from './caret';

/**
 * Firefox ESR from Debian (`apt-get install firefox-esr`, as .ci/run does). Playwright cannot drive a stock Firefox;
 * puppeteer-core can, over WebDriver BiDi, and installs the unpacked extension as a temporary add-on.
 * BiDi refuses extension documents unless Firefox runs with `--remote-allow-system-access`: then a tab can be sent to
 * the extension's pages (options, popup, sidebar), whose address is fixed by `extensions.webextensions.uuids`.
 * Frames inside a web page (the notes frame in the overlay) stay out of reach: tests use the keyboard there.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxInstalled = existsSync(FIREFOX);

/** The extension's internal address (moz-extension://<uuid>/), pinned so tests can open its pages. */
export const EXTENSION_UUID = '0d1905e5-0d19-4e50-8d19-0d1905e50d19';
const GECKO_ID = 'odigos@odigos.example';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  newPage(): Promise<Page>;
  /** A new tab showing an extension page (`options.html`, `popup.html?tab=3`, `sidepanel.html` …), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Where Firefox saves downloads (exports), without asking. */
  downloadDir: string;
  /** The browser's id for the tab showing `url` (asked from an extension page, which has the tabs API). */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** Headless Firefox in Greek, with the e2e Firefox build (`wxt build -b firefox --mode e2e`) installed. */
export async function launchFirefoxWithExtension(options: { viewport?: { width: number; height: number } } = {}): Promise<FirefoxWithExtension> {
  const extDir = join(REPO_ROOT, process.env.ODIGOS_OUT_DIR ?? '.output', 'firefox-mv2-e2e');
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No Firefox e2e build in ${extDir}: run npx wxt build -b firefox --mode e2e`);
  const downloadDir = await mkdtemp(join(tmpdir(), 'odigos-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 60_000,
    protocolTimeout: 60_000,
    // Without system access BiDi refuses to navigate to moz-extension:// (and sees no extension document).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': 'el',
      'intl.accept_languages': 'el-GR, el',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // An optional permission asked for from a click (the popup's «Ενεργοποίηση εδώ») is granted as if the agent had
      // clicked «Allow» in Firefox's prompt, which WebDriver cannot answer; a request without a click is still refused.
      'extensions.webextOptionalPermissionPrompts': false,
      // Exports land in a folder the test reads, as a saved download, with no dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const extensionId = await browser.installExtension(extDir);
  if (extensionId !== GECKO_ID) throw new Error(`The Firefox build's id is ${extensionId}, not ${GECKO_ID}: its pages cannot be opened`);
  const viewport = options.viewport ?? { width: 1400, height: 900 };
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    page.setDefaultTimeout(20_000);
    return page;
  };
  return {
    browser,
    extensionId,
    downloadDir,
    newPage,
    async openExtensionPage(path) {
      const page = await newPage();
      await gotoExtensionPage(page, path);
      return page;
    },
    async tabIdOf(url) {
      const page = await newPage();
      try {
        await gotoExtensionPage(page, 'popup.html');
        const id = await page.evaluate(async (u) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
          return (await api.tabs.query({})).find((t) => t.url === u)?.id;
        }, url);
        if (id === undefined) throw new Error(`no tab shows ${url}`);
        return id;
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}

/** The address of an extension page. */
export const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

/**
 * Send `page` to an extension page and wait until its document has loaded. BiDi reports no navigation events for
 * documents of the extension's process (puppeteer's goto never resolves), so the navigation is started and the
 * document watched instead.
 */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  const url = extensionUrl(path);
  void page.goto(url, { timeout: 1_000 }).catch(() => undefined);
  await waitForDocument(page, (href) => href === url);
}

/** Reload an extension page (puppeteer's reload waits for events BiDi does not send for it) and wait for it. */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const url = await page.evaluate(() => {
    (window as unknown as { odigosOld?: boolean }).odigosOld = true;
    setTimeout(() => location.reload());
    return location.href;
  });
  await waitForDocument(page, (href, old) => href === url && !old);
}

async function waitForDocument(page: Page, ready: (href: string, old: boolean) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const now = await page
      .evaluate(() => ({ href: location.href, done: document.readyState === 'complete', old: Boolean((window as unknown as { odigosOld?: boolean }).odigosOld) }))
      .catch(() => undefined);
    if (now && now.done && ready(now.href, now.old)) return;
    if (Date.now() > deadline) throw new Error(`the extension page did not load (now ${JSON.stringify(now)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
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
