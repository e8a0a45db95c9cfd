/**
 * A trainer works down the bundled Greek pack's list (over 150 entries) at 1366×768. The list and the editor shared
 * the page's one scroll: an entry picked low in the list opened with its editor scrolled as far, title, purpose and
 * first steps above the window, the sticky head over the middle of a step. Now the list scrolls by itself and each
 * entry opens at its top, the list left where the trainer was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';
import { openStudioPage, startStudio, stopStudio, type Studio } from '../support/studio';

/** Wholly inside the window and the topmost thing at its centre (not under the editor's sticky head). */
async function seen(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const vp = page.viewportSize()!;
  if (!box || box.y < 0 || box.y + box.height > vp.height) return false;
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return Boolean(top && (top === node || node.contains(top) || top.contains(node)));
  });
}

describe('studio: an entry opens at its top, wherever the list and the page were scrolled', () => {
  const root = mkdtempSync(join(tmpdir(), 'odigos-open-entry-'));
  const folder = join(root, 'el-core');
  let studio: Studio;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    cpSync(join(REPO_ROOT, 'knowledge/packs/el-core'), folder, { recursive: true });
    studio = await startStudio(folder);
    ({ browser, page } = await openStudioPage(studio, { width: 1366, height: 768 }));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (studio) await stopStudio(studio);
    rmSync(root, { recursive: true, force: true });
  });

  it('picked low in the scrolled list: its title field is in view, and so is the entry picked in the list', async () => {
    const list = page.getByRole('complementary', { name: 'Καταχωρίσεις' });
    await list.getByRole('link').nth(40).waitFor();
    // The wheel over the list, as the trainer scrolls it.
    await page.mouse.move(150, 500);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => list.evaluate((el) => el.scrollTop + window.scrollY)).toBeGreaterThan(1000);
    const picked = list.getByRole('link', { name: 'Επιστροφή χρημάτων', exact: true });
    expect(await seen(page, picked)).toBe(true);
    await picked.click();
    const title = page.getByLabel('Τίτλος (υποχρεωτικό)');
    await expect.poll(() => title.inputValue()).toBe('Επιστροφή χρημάτων');
    expect(await seen(page, title)).toBe(true);
    expect(await seen(page, page.getByLabel('Σκοπός (υποχρεωτικό)'))).toBe(true);
    // The list stayed where the trainer had it: the entry just picked is still in view there.
    expect(await seen(page, picked)).toBe(true);
    await screenshot(page, 'studio-open-entry');
  });

  it('after reading an entry far down, the next one picked opens at its top too', async () => {
    await page.mouse.move(800, 500);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const list = page.getByRole('complementary', { name: 'Καταχωρίσεις' });
    await list.getByRole('link', { name: 'Επιστροφή προϊόντος (υπαναχώρηση)', exact: true }).click();
    const title = page.getByLabel('Τίτλος (υποχρεωτικό)');
    await expect.poll(() => title.inputValue()).toBe('Επιστροφή προϊόντος (υπαναχώρηση)');
    expect(await seen(page, title)).toBe(true);
  });

  it('the editor\'s sticky head leaves the window to the editor: at most an eighth of 1280×800, a seventh of 1024×700', async () => {
    // Kind, title, file, status and the buttons stood on five lines: 160 px, and more with a title on two lines or
    // a restored draft, about a third of an 800 px window over the form the trainer was writing in.
    const list = page.getByRole('complementary', { name: 'Καταχωρίσεις' });
    await list.getByRole('link', { name: 'Επιστροφή χρημάτων', exact: true }).click();
    await expect.poll(() => page.getByLabel('Τίτλος (υποχρεωτικό)').inputValue()).toBe('Επιστροφή χρημάτων');
    const head = page.locator('.st-editor-head');
    try {
      for (const [width, height, share] of [[1280, 800, 1 / 8], [1024, 700, 1 / 7]] as const) {
        await page.setViewportSize({ width, height });
        await page.mouse.move(width - 200, height - 200);
        await page.mouse.wheel(0, 1500);
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
        const box = (await head.boundingBox())!;
        expect(box.y).toBeLessThanOrEqual(1);
        expect(box.height / height).toBeLessThanOrEqual(share);
        // Still all there: the title, the status, and the buttons in one row with it.
        await expect.poll(() => head.getByRole('heading').textContent()).toBe('Επιστροφή χρημάτων');
        expect(await head.getByRole('status').textContent()).toBe('Ίδιο με το αρχείο');
        expect(await seen(page, head.getByRole('button', { name: 'Αποθήκευση', exact: true }))).toBe(true);
        await screenshot(page, `studio-editor-head-${width}x${height}`);
      }
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  it('on a dark system the studio is dark, and its «no problems» green stands out on it', async () => {
    // It stayed white, under the dark-scheme green meant for a dark page: pale green on white (1.9 : 1).
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    const contrast = await page.locator('.st-health').evaluate((el) => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [a, b] = [lum(getComputedStyle(el).color), lum(getComputedStyle(document.body).backgroundColor)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(contrast).toBeGreaterThan(4.5);
    await screenshot(page, 'studio-system-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
  });

  it('in a narrow window the list goes above the entry, and nothing runs past the window’s right edge', async () => {
    // At 420 px the list kept its 300 px beside the entry (a word a line), the folder's path stood a letter a line,
    // and a step's fieldset and template list ran 160 px out of the window.
    await page.setViewportSize({ width: 420, height: 800 });
    try {
      const folderLine = page.locator('.st-folder');
      expect((await folderLine.boundingBox())!.height).toBeLessThan(60);
      const list = page.getByRole('complementary', { name: 'Καταχωρίσεις' });
      await list.getByRole('link', { name: 'Επιστροφή προϊόντος (υπαναχώρηση)', exact: true }).click();
      const title = page.getByLabel('Τίτλος (υποχρεωτικό)');
      await expect.poll(() => title.inputValue()).toBe('Επιστροφή προϊόντος (υπαναχώρηση)');
      const [aside, main] = await Promise.all([list.boundingBox(), page.locator('#st-main').boundingBox()]);
      expect(main!.y).toBeGreaterThanOrEqual(aside!.y + aside!.height - 1);
      // A term's meaning had the 60 px its term left it, a word (or half one) a line: it goes under its term instead.
      const meaning = page.getByLabel('Σημασία 1', { exact: true });
      await meaning.scrollIntoViewIfNeeded();
      expect((await meaning.boundingBox())!.width).toBeGreaterThan(250);
      await screenshot(page, 'studio-narrow-terms');
      await page.locator('.st-steps-set').scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
      await screenshot(page, 'studio-narrow-steps');
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  it('a pack.yaml refused for its version: the header counts that one error, not the entries\' variables by the hundred', async () => {
    // «version: one» made the variables unread too: «162 σφάλματα», every entry using a variable marked wrong.
    const meta = join(folder, 'pack.yaml');
    const good = readFileSync(meta, 'utf8');
    writeFileSync(meta, good.replace(/^version: .*$/m, 'version: one'));
    try {
      const health = page.locator('.st-health');
      await expect.poll(() => health.textContent()).toBe('1 σφάλμα');
      expect(await page.locator('.st-aside .st-badge-error').count()).toBe(0);
      await page.goto(studio.url.replace(/#.*$/, '#/'));
      await page.getByText('Η έκδοση «one» δεν είναι της μορφής 1.0.0.').waitFor();
      await screenshot(page, 'studio-pack-version-refused');
      // On the pack's form the error sits under its Version field, which it describes (it stood above the form).
      await page.getByRole('navigation').getByRole('link', { name: 'Ρυθμίσεις πακέτου' }).click();
      const version = page.getByLabel('Έκδοση (υποχρεωτικό)');
      await expect.poll(() => version.getAttribute('aria-describedby')).toContain('f-version-problems');
      expect(await page.locator('#f-version-problems').textContent()).toContain('Η έκδοση «one» δεν είναι της μορφής 1.0.0.');
      await screenshot(page, 'studio-pack-version-at-field');
    } finally {
      writeFileSync(meta, good);
    }
    await expect.poll(() => page.locator('.st-health').textContent()).toBe('Χωρίς προβλήματα');
  });

  it('publishing blocked by an entry\'s error: the error names its entry, a link to it', async () => {
    // «Σφάλμα: Άγνωστη τιμή «angry» (τόνος)…» alone: which of 150 entries it was in, the trainer had to hunt for.
    const file = join(folder, 'templates/apology-double-charge.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^tone: .*$/m, 'tone: angry'));
    try {
      await expect.poll(() => page.locator('.st-health').textContent()).toBe('1 σφάλμα');
      await page.getByRole('navigation').getByRole('link', { name: 'Δημοσίευση' }).click();
      const problem = page.locator('#st-publish-problems li').first();
      await expect.poll(() => problem.textContent()).toMatch(/^Συγγνώμη για τη διπλή χρέωση: Σφάλμα: .*«angry»/);
      // The tones allowed as the form's list names them, not the file's codes («empathy, apology, de-escalation…»).
      expect(await problem.textContent()).toContain('«Ενσυναίσθηση», «Συγγνώμη»');
      expect(await problem.textContent()).not.toMatch(/empathy|de-escalation/);
      await screenshot(page, 'studio-publish-blocked-named');
      await problem.getByRole('link', { name: 'Συγγνώμη για τη διπλή χρέωση' }).click();
      await expect.poll(() => page.getByLabel('Τίτλος (υποχρεωτικό)').inputValue()).toBe('Συγγνώμη για τη διπλή χρέωση');
    } finally {
      writeFileSync(file, good);
    }
    await expect.poll(() => page.locator('.st-health').textContent()).toBe('Χωρίς προβλήματα');
  });
});

