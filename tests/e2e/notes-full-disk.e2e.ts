import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fill, mountTmpfs, unmount } from '../support/full-disk';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { openOverlayNotes, storedNotes } from '../support/notes';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';

/**
 * A full disk under a real Chromium profile: the profile lives on a small tmpfs of its own (mounted by the test; it
 * runs as root here and in CI), which a filler file fills up. Notes written before, words typed while the disk is
 * full and after space is freed, then a browser restart on the same profile: every word counted.
 */

const OLD_TICKET = '/desk/el/tickets/48220';
const TICKET = '/desk/el/tickets/48213';
const LONG_BEFORE = ['Παλιά-σημείωση', 'δέμα', 'χαμένο', 'στο', 'κέντρο', 'διαλογής'];
const BEFORE = ['Διπλή', 'χρέωση', '89,90', 'ευρώ', 'παραγγελία', '100482'];
const WHILE_FULL = ['τρίτη', 'επικοινωνία', 'θέλει', 'επιστροφή', 'σήμερα'];
const AFTER_FREED = ['υποσχέθηκα', 'επανάκληση', 'αύριο', '10:00'];

const freeBytes = (dir: string) => Number(execFileSync('df', ['--output=avail', '-B1', dir]).toString().split('\n')[1]);

async function typeAtEnd(page: Page, box: Awaited<ReturnType<typeof openOverlayNotes>>['box'], words: string[]) {
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${words.join(' ')}`, { delay: 5 });
}

describe('notes on a full disk, then a browser restart (real Chromium, tmpfs profile)', () => {
  let mnt: string;
  let mounted = false;
  let site: Served;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    mnt = await mkdtemp(join(tmpdir(), 'odigos-disk-'));
    mountTmpfs(mnt);
    mounted = true;
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
  });
  afterAll(async () => {
    await browser?.close({ keepProfile: true }).catch(() => undefined);
    await site?.close();
    if (mounted) unmount(mnt);
    await rmdir(mnt).catch(() => undefined);
  });

  it('loses 0 words: written before, typed while full, typed after space came back', { timeout: 120_000 }, async () => {
    const profileDir = join(mnt, 'profile');
    browser = await launchWithExtension({ profileDir });
    const old = await openOverlayNotes(browser, site, OLD_TICKET);
    await typeAtEnd(old.page, old.box, LONG_BEFORE);
    await old.frame.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor({ timeout: 15_000 });
    await old.page.close();
    const { page, frame, box } = await openOverlayNotes(browser, site, TICKET);
    await typeAtEnd(page, box, BEFORE);
    await frame.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor({ timeout: 15_000 });

    const filler = fill(mnt);
    expect(freeBytes(mnt)).toBeLessThan(64 * 1024);
    await typeAtEnd(page, box, WHILE_FULL.slice(0, 2));
    // The agent is told, in words: the disk is full, nothing typed is lost, it saves by itself once space is back.
    const alert = frame.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('Ο δίσκος του υπολογιστή γέμισε');
    expect(await alert.textContent()).toContain('Δεν χάθηκε τίποτα από όσα γράψατε');
    // The agent goes on typing at an agent's pace: every pause is another save the full disk refuses.
    for (const w of WHILE_FULL.slice(2)) {
      await page.keyboard.type(` ${w}`, { delay: 60 });
      await page.waitForTimeout(500);
    }
    expect(await box.inputValue()).toContain(WHILE_FULL.join(' '));

    await rm(filler);
    // No click, no key: the retry saves it once there is room again.
    await frame.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor({ timeout: 30_000 });
    expect(await frame.getByRole('alert').count()).toBe(0);
    await typeAtEnd(page, box, AFTER_FREED);
    await frame.getByRole('status').filter({ hasText: /^Αποθηκεύτηκε/ }).waitFor({ timeout: 15_000 });
    await browser.close({ keepProfile: true });

    // The same profile again: Chromium may have deleted the notes database it found damaged at start-up.
    const restartedAt = Date.now();
    browser = await launchWithExtension({ profileDir });
    const again = await openOverlayNotes(browser, site, TICKET);
    const text = await again.box.inputValue();
    const oldAgain = await openOverlayNotes(browser, site, OLD_TICKET);
    const oldText = await oldAgain.box.inputValue();
    const everyWord = [...BEFORE, ...WHILE_FULL, ...AFTER_FREED];
    const lost = [...everyWord.filter((w) => !text.includes(w)), ...LONG_BEFORE.filter((w) => !oldText.includes(w))];
    const rebuilt = ((await storedNotes(browser)).reconciledAt ?? 0) >= restartedAt;
    console.log(
      `full disk: ${everyWord.length + LONG_BEFORE.length} words typed (${WHILE_FULL.length} while the disk was full), ` +
        `words lost after the restart: ${lost.length}; notes database ${rebuilt ? 'deleted by Chromium and refilled from the journal' : 'kept by Chromium'}`,
    );
    expect(lost).toEqual([]);
  });
});
