import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, notesFrame, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, REPO_ROOT, serve, STRICT_CSP, type Served } from '../support/static-server';
import { storedNotes } from '../support/notes';

/** Waits for conditions are generous: a loaded 2-core machine is slow, never wrong. */
const POLL = 15_000;

/**
 * An extension reload or update while the agent types in the overlay's notes. The old content script and notes frame
 * stay on the page with no extension behind them: they must stop taking input at once (and say so), and everything
 * they took must reach the new overlay, which Odigos injects into the open tab.
 */

const OUT = 'odigos-update-e2e';
const BEFORE = ['Ο', 'πελάτης', 'τηλεφώνησε', 'για', 'τρίτη', 'φορά'];
const DURING = ['ζητά', 'επιστροφή', 'των', '89,90', 'ευρώ', 'της', 'διπλής', 'χρέωσης', 'στην', 'κάρτα', 'του', 'σήμερα'];
const AFTER = ['συμφωνήσαμε', 'επανάκληση', 'αύριο', 'στις', '10:00'];

/** What each notes frame showed last, reported from inside it on every input (a test instrument, not product code). */
const shown = new Map<string, { value: string; locked: boolean }>();

async function instrument(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const report = (globalThis as unknown as { odigosReport(v: string, locked: boolean): void }).odigosReport;
    const text = document.querySelector('textarea')!;
    const locked = () => !!document.querySelector('[role="alert"]');
    text.addEventListener('input', () => report(text.value, locked()));
    new MutationObserver(() => report(text.value, locked())).observe(document.body, { childList: true, subtree: true });
    report(text.value, locked());
  });
}

/** Records, in the page, whether an overlay was ever marked stopped (it is removed moments later). */
async function watchForStopped(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __sawStopped?: boolean };
    new MutationObserver(() => {
      if (document.querySelector('odigos-overlay[data-odigos-orphaned]')) w.__sawStopped = true;
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-odigos-orphaned'] });
  });
}

const notesFrames = (page: Page) => page.frames().filter((f) => f.url().includes('/notes-frame.html'));
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Type across the replacement of the extension: words before, words while `replace` runs (some reach the old
 * panel, some are refused while it says it stopped), then the agent goes on in the new panel. Returns the counts.
 */
async function typeAcross(browser: ExtensionBrowser, site: Served, ticket: string, replace: () => Promise<void>) {
  const page = await browser.context.newPage();
  await page.goto(site.url(ticket));
  await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
  const box = notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
  await expect.poll(() => box.isEnabled(), { timeout: POLL }).toBe(true);
  await expect.poll(() => box.evaluate((el) => el === document.activeElement), { timeout: POLL }).toBe(true);
  const [old] = notesFrames(page);
  await instrument(old);
  await watchForStopped(page);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${BEFORE.join(' ')}`, { delay: 10 });

  // The agent keeps typing while the extension is replaced under the page: the swap comes after the third word.
  let swapped: Promise<void> = Promise.resolve();
  for (const [i, w] of DURING.entries()) {
    if (i === 3) swapped = replace();
    await page.keyboard.type(` ${w}`, { delay: 25 });
  }
  await swapped;

  // The new overlay replaces the stopped one once it has its notes (the old frame goes with it), and takes the focus.
  await expect.poll(() => old.isDetached(), { timeout: 20_000 }).toBe(true);
  expect(await page.locator('odigos-overlay').count()).toBe(1);
  expect(await page.locator('odigos-overlay[data-odigos-orphaned]').count()).toBe(0);
  const fresh = notesFrames(page).find((f) => f !== old)!;
  expect(fresh).toBeDefined();
  const newBox = fresh.getByRole('textbox', { name: 'Σημειώσεις' });
  await expect.poll(() => newBox.isEnabled(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => newBox.evaluate((el) => el === document.activeElement && document.hasFocus()), { timeout: POLL }).toBe(true);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${AFTER.join(' ')}`, { delay: 10 });
  await fresh.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor({ timeout: 15_000 });

  const accepted = shown.get(old.url())!;
  const final = await newBox.inputValue();
  const stored = (await storedNotes(browser)).fields.map((f) => f.text).join('\n');
  const kept = words(accepted.value).concat(AFTER);
  const lost = kept.filter((w) => !stored.includes(w) || !final.includes(w));
  const typedWords = [...BEFORE, ...DURING, ...AFTER];
  const inOld = typedWords.filter((w) => accepted.value.includes(w));
  const refused = DURING.filter((w) => !accepted.value.includes(w) && !final.includes(w));
  await screenshot(page, `notes-after-${ticket.split('/').pop()}`);
  return { page, accepted, final, stored, lost, typedWords, inOld, refused };
}

describe('notes across an extension reload and an automatic update (0 words lost)', () => {
  let site: Served;
  let browser: ExtensionBrowser;
  let outDir: string;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    // A copy of the e2e build Chromium runs from, so the update can be built into its folder.
    outDir = await mkdtemp(join(tmpdir(), OUT));
    await cp(join(REPO_ROOT, process.env.ODIGOS_OUT_DIR ?? '.output', 'chrome-mv3-e2e'), join(outDir, 'chrome-mv3-e2e'), { recursive: true });
    browser = await launchWithExtension({ extensionDir: join(outDir, 'chrome-mv3-e2e'), developerMode: true });
    await browser.context.exposeBinding('odigosReport', ({ frame }, value: string, locked: boolean) => {
      shown.set(frame.url(), { value, locked });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const reloadExtension = async () => {
    const sw = await browser.serviceWorker();
    await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  };

  it('chrome.runtime.reload() mid-typing: the old panel stops and says so, every word it took is in the new one', async () => {
    const r = await typeAcross(browser, site, '/desk/el/tickets/48213', reloadExtension);
    console.log(
      `reload: ${r.typedWords.length} words typed, ${r.inOld.length} taken by the old panel, ` +
        `${r.refused.length} refused while it said it had stopped, words lost: ${r.lost.length}`,
    );
    expect(r.lost).toEqual([]);
    expect(r.final.startsWith(r.accepted.value)).toBe(true);
    expect(r.accepted.locked).toBe(true);
    expect(await r.page.evaluate(() => (window as unknown as { __sawStopped?: boolean }).__sawStopped)).toBe(true);
    for (const w of [...BEFORE, ...AFTER]) expect(r.stored).toContain(w);
    await r.page.close();
  });

  it('an automatic update (a newer version built into the same folder) mid-typing: 0 words lost', { timeout: 180_000 }, async () => {
    // The new version lands in the folder the running one came from (as Chrome unpacks a downloaded update), and
    // is applied while the agent types (as Chrome applies it: the extension is reloaded).
    await new Promise<void>((ok, fail) => {
      const build = spawn('npx', ['wxt', 'build', '--mode', 'e2e'], {
        cwd: REPO_ROOT,
        env: { ...process.env, ODIGOS_OUT_DIR: outDir, ODIGOS_VERSION: '0.1.1' },
        stdio: 'ignore',
      });
      build.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`wxt build exited ${code}`))));
    });
    const r = await typeAcross(browser, site, '/desk/el/tickets/48220', reloadExtension);
    const version = await (await browser.serviceWorker()).evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version,
    );
    console.log(
      `update to ${version}: ${r.typedWords.length} words typed, ${r.inOld.length} taken by the old panel, ` +
        `${r.refused.length} refused while it said it had stopped, words lost: ${r.lost.length}`,
    );
    expect(version).toBe('0.1.1');
    expect(r.lost).toEqual([]);
    expect(r.accepted.locked).toBe(true);
    expect(r.final.startsWith(r.accepted.value)).toBe(true);
    for (const w of [...BEFORE, ...AFTER]) expect(r.stored).toContain(w);
    await r.page.close();
  });
});
