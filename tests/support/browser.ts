import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './static-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  serviceWorker(): Promise<Worker>;
  /** The browser's id for the tab showing `page` (extension pages take `?tab=<id>` to act on it). */
  tabIdOf(page: Page): Promise<number>;
  /** Open an extension page (popup.html, options.html, notes.html …) as a normal tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Folder under .output/ (default: the e2e build). */
  build?: string;
  /** The unpacked extension's folder, anywhere (instead of `build`). */
  extensionDir?: string;
  /** Reuse a profile (to test what survives a browser restart). */
  profileDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /**
   * Device pixels per CSS pixel. With a viewport of half the window at 2 this is what 200 % browser zoom does to
   * the page's layout (a 1366×768 window → 683×384 CSS px), 1.5 for 150 %.
   */
  deviceScaleFactor?: number;
  /** Headed needs a display (DISPLAY or xvfb-run); tests always run headless. */
  headless?: boolean;
  /**
   * Chromium's developer mode, as an agent's IT sets it for unpacked extensions: without it chrome.runtime.reload()
   * leaves an extension loaded from the command line disabled ("unsupported developer extension").
   */
  developerMode?: boolean;
}

/** Real Chromium with the built extension loaded; every wait bounded. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extDir = options.extensionDir ?? join(REPO_ROOT, process.env.ODIGOS_OUT_DIR ?? '.output', options.build ?? 'chrome-mv3-e2e');
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'odigos-profile-')));
  if (options.developerMode) await setDeveloperMode(profileDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale ?? 'el-GR',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    timeout: 30_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      `--lang=${options.locale ?? 'el-GR'}`,
    ],
  });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(withoutSavePicker);
  const serviceWorker = async () => {
    const [sw] = context.serviceWorkers();
    return sw ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    profileDir,
    serviceWorker,
    async tabIdOf(page) {
      const url = page.url();
      const id = await (await serviceWorker()).evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Headless Chromium answers every save dialog (window.showSaveFilePicker) with AbortError at once: measured, even in
 * a click. Pages exported with it, so a test's export would always read «cancelled». The pages therefore load
 * without it, as in Firefox, and exports take the download link that tests can read; tests of the dialog itself
 * put a stub of their own after this (tests/e2e/notes-export-save.e2e.ts).
 */
function withoutSavePicker() {
  delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
}

/** Switch developer mode on in a profile's preferences before Chromium starts (kept if the profile has some). */
async function setDeveloperMode(profileDir: string): Promise<void> {
  const file = join(profileDir, 'Default', 'Preferences');
  let prefs: { extensions?: { ui?: Record<string, unknown> } } = {};
  try {
    prefs = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // a new profile
  }
  prefs.extensions = { ...prefs.extensions, ui: { ...prefs.extensions?.ui, developer_mode: true } };
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(file, JSON.stringify(prefs));
}

/** Save a screenshot under test-results/screenshots/ and return its path (look at it!). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The overlay host Odigos mounts on enabled pages. */
export const overlay = (page: Page) => page.locator('odigos-overlay');

/** The overlay's notes: an extension page framed inside the overlay (the page cannot reach into it; tests can). */
export const notesFrame = (page: Page) => overlay(page).locator('iframe.odigos-notes-frame').contentFrame();

/**
 * Stop the extension's service worker (through `page`'s DevTools session), as Chromium does when it idles: its next
 * wake holds nothing in memory and reads everything back from storage.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
  if (!worker) throw new Error('no service worker of the extension is running');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}
