/** `odigos studio <dir>` as a trainer starts it, for the end-to-end tests of the studio. */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM } from './browser';
import { REPO_ROOT } from './static-server';

export interface Studio {
  url: string;
  child: ChildProcess;
}

/**
 * `odigos studio <dir>` as a trainer runs it, from a folder of their own (not the repository: its imports must still
 * resolve); resolves with the address it prints (the first run builds the page).
 */
export function startStudio(dir: string, ...options: string[]): Promise<Studio> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/odigos.mjs'), 'studio', dir, ...options], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the studio did not start: ${out}${err}`)), 240_000);
    child.stderr!.on('data', (c) => (err += c));
    child.stdout!.on('data', (c) => {
      out += c;
      const url = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        ok({ url, child });
      }
    });
    child.on('exit', (code) => fail(new Error(`the studio exited (${code}): ${out}${err}`)));
  });
}

export const stopStudio = (s: Studio, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((done) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) return done();
    s.child.once('exit', () => done());
    s.child.kill(signal);
  });

/** The entry editor's status line («Αποθηκεύτηκε στο …», its data-status clean/dirty). */
export const editorStatus = (page: Page) => page.locator('.st-editor-head [role="status"]');

/** Adds phrases to a list field (triggers, tags) the way a trainer does: type, Enter. */
export async function addItems(page: Page, id: string, items: string[]) {
  for (const item of items) {
    await page.locator(`[id="${id}"]`).fill(item);
    await page.locator(`[id="${id}"]`).press('Enter');
  }
}

/** Saves the entry in the editor and returns the file it was saved to, as its status line says. */
export async function saveEntry(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Αποθήκευση', exact: true }).click();
  await expect.poll(() => editorStatus(page).textContent()).toMatch(/Αποθηκεύτηκε στο (\S+\.md)/);
  return /Αποθηκεύτηκε στο (\S+\.md)/.exec((await editorStatus(page).textContent()) ?? '')![1]!;
}

/** A Greek trainer's Chromium on the studio's home page, as the studio e2e open it. */
export async function openStudioPage(studio: Studio, viewport: { width: number; height: number }): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--lang=el-GR'] });
  const page = await browser.newPage({ locale: 'el-GR', viewport });
  page.setDefaultTimeout(20_000);
  await page.goto(studio.url);
  await page.getByRole('heading', { name: 'Καλώς ήρθατε στο στούντιο' }).waitFor();
  return { browser, page };
}
