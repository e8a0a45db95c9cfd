import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchWithExtension, notesFrame, overlay, screenshot, SCREENSHOT_DIR, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';
import { typeShortcut } from '../support/long-desk';

/**
 * The agent who cannot see small print, the one who never touches a mouse and the one on Windows high contrast, on
 * the full-height desk (fixed header, ticket list, long thread, reply box far down): browser zoom is what a
 * viewport of half the window at 2 device pixels per CSS pixel does to layout (1366×768 at 200 % → 683×384).
 */
function useZoomedDesk(window: { width: number; height: number }, zoom: number) {
  const desk = {} as { browser: ExtensionBrowser; site: Served };
  beforeAll(async () => {
    desk.site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    const viewport = { width: Math.round(window.width / zoom), height: Math.round(window.height / zoom) };
    desk.browser = await launchWithExtension({ viewport, deviceScaleFactor: zoom });
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.site?.close();
  });
  /** The desk with the panel's suggestions shown; forced colours first when asked. */
  const open = async (query = 'lang=el', forcedColors = false): Promise<Page> => {
    const page = await desk.browser.context.newPage();
    if (forcedColors) await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(desk.site.url(`/tests/fixtures/desk/long-thread.html?${query}`));
    // A test before may have left the panel folded on this site (the fold is remembered), and zoomed it starts
    // folded (no room for the page beside it: tests/e2e/panel-zoom-reply.e2e.ts): open it.
    const unfold = overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' });
    const cards = overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first();
    await expect.poll(async () => (await unfold.isVisible()) || (await cards.isVisible()), { timeout: 15_000 }).toBe(true);
    if (await unfold.isVisible()) await unfold.click();
    await cards.waitFor({ timeout: 15_000 });
    return page;
  };
  /**
   * Scrolled down to the reply box until it sits mid-screen, the caret in it after a line of text (focused from the
   * keyboard; zoomed, the panel opened over the page folds to its tab as focus comes into the box).
   */
  const atReply = async (page: Page, line: string) => {
    await page.evaluate(() => {
      const r = document.getElementById('reply')!.getBoundingClientRect();
      scrollBy(0, r.top - innerHeight / 2 + 20);
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(400);
    await page.locator('#reply').focus();
    await page.keyboard.type(line, { delay: 10 });
  };
  return { desk, open, atReply };
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (box: Box | null, view: { width: number; height: number }) =>
  !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5;

/** Elements of a shadow-rooted surface whose text runs out of their own box (cut, or over their neighbours). */
function overflowing(surface: Locator): Promise<string[]> {
  return surface.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, h2, h3, p, label, li, span')]
      .filter((el) => {
        const s = getComputedStyle(el);
        // Cut on purpose with an ellipsis (one-line gists), or a scroll area: not an overflow.
        if (s.textOverflow === 'ellipsis' || /auto|scroll/.test(s.overflowX)) return false;
        // Words for screen readers only, in a 1 px box.
        if (el.clientWidth <= 1) return false;
        return el.scrollWidth > el.clientWidth + 1 && s.display !== 'inline';
      })
      .map((el) => `${el.localName}.${el.className} «${(el.textContent ?? '').trim().slice(0, 30)}»`),
  );
}

/** The rows of the palette's list seen whole inside the list's scroll box. */
function wholeRows(dialog: Locator): Promise<number> {
  return dialog.locator('[role=listbox]').evaluate((list) => {
    const l = list.getBoundingClientRect();
    return [...list.children].filter((o) => {
      const r = o.getBoundingClientRect();
      return r.top >= l.top - 0.5 && r.bottom <= l.bottom + 0.5;
    }).length;
  });
}

describe('200 % zoom: 1366×768 window, 683×384 CSS px', () => {
  const { open, atReply } = useZoomedDesk({ width: 1366, height: 768 }, 2);
  const view = { width: 683, height: 384 };

  it('the panel is inside the window, scrolls its list, and no text runs out of its box', async () => {
    const page = await open();
    const panel = overlay(page).locator('aside.odigos-panel');
    expect(inside(await panel.boundingBox(), view)).toBe(true);
    const body = overlay(page).locator('.odigos-body');
    expect(await body.evaluate((b) => b.scrollHeight > b.clientHeight && getComputedStyle(b).overflowY === 'auto')).toBe(true);
    expect(await overflowing(panel)).toEqual([]);
    await screenshot(page, 'a11y-200-panel-el');
    await page.close();
  });

  it('the palette at a reply box mid-screen shows its rows and a readable preview, and ↓ keeps the chosen row in sight', async () => {
    const page = await open();
    await atReply(page, 'Καλημέρα σας,');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+Space');
    const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await dialog.locator('[role=option]').nth(6).waitFor();
    expect(inside(await dialog.boundingBox(), view)).toBe(true);
    // The count of what was found is for screen readers: heard, not taking a line of the list's room.
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^\d+ πρότυπα$/);
    expect(await dialog.getByRole('status').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    // Squeezed beside the caret it showed three rows and a sliver of preview cut through a line.
    expect(await wholeRows(dialog)).toBeGreaterThanOrEqual(4);
    expect(await dialog.getByRole('region', { name: 'Προεπισκόπηση' }).evaluate((p) => p.clientHeight)).toBeGreaterThanOrEqual(50);
    expect(await overflowing(dialog)).toEqual([]);
    await screenshot(page, 'a11y-200-palette-el');
    // Down past the rows that fit: the chosen row scrolls into sight (it went on below the list's edge, unseen).
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    const chosen = dialog.getByRole('option', { selected: true });
    expect(await chosen.getAttribute('id')).toBe('odigos-palette-option-6');
    await expect.poll(() => chosen.evaluate((o) => {
      const l = o.parentElement!.getBoundingClientRect();
      const r = o.getBoundingClientRect();
      return r.top >= l.top - 0.5 && r.bottom <= l.bottom + 0.5;
    })).toBe(true);
    await screenshot(page, 'a11y-200-palette-down-el');
    // Esc gives the caret back where it was: what is typed next follows the text.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.type('ευχαριστούμε.');
    expect(await page.locator('#reply').inputValue()).toBe('Καλημέρα σας,\nευχαριστούμε.');
    await page.close();
  });

  it('the fill-in form is inside the window with its field focused and both buttons seen', async () => {
    const page = await open();
    await atReply(page, 'Καλημέρα σας, ');
    await typeShortcut(page, '/diplh');
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    const field = form.getByRole('textbox').first();
    await field.waitFor();
    expect(inside(await form.boundingBox(), view)).toBe(true);
    expect(await form.getAttribute('lang')).toBe('el');
    for (const name of ['Άκυρο', 'Εισαγωγή']) expect(inside(await form.getByRole('button', { name }).boundingBox(), view)).toBe(true);
    expect(await overflowing(form)).toEqual([]);
    await screenshot(page, 'a11y-200-fields-form-el');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('100482');
    await page.close();
  });

  it('the notes: inside the panel, and the keyboard leaves them by Tab and by Esc (no trap in the frame)', async () => {
    const page = await open();
    await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).focus();
    await page.keyboard.press('Enter');
    const text = notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => text.isEnabled(), { timeout: 15_000 }).toBe(true);
    await text.focus();
    expect(inside(await overlay(page).locator('iframe.odigos-notes-frame').boundingBox(), { width: view.width, height: 100_000 })).toBe(true);
    await screenshot(page, 'a11y-200-notes-el');
    // Tab goes on through the note's fields and out of the frame (to the page), never round inside it.
    const inFrame = () => page.evaluate(() => document.querySelector('odigos-overlay')?.shadowRoot?.activeElement?.localName === 'iframe');
    let left = false;
    for (let i = 0; i < 30 && !left; i++) {
      await page.keyboard.press('Tab');
      left = !(await inFrame());
    }
    expect(left).toBe(true);
    // Esc from the text gives focus to the Notes switch.
    await text.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('odigos-overlay')?.shadowRoot?.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.close();
  });
});

describe('150 % zoom: 1280×720 window, 853×480 CSS px', () => {
  const { open, atReply } = useZoomedDesk({ width: 1280, height: 720 }, 1.5);
  const view = { width: 853, height: 480 };

  it('the panel and the palette are inside the window, text in its boxes', async () => {
    const page = await open('lang=en');
    const panel = overlay(page).locator('aside.odigos-panel');
    expect(inside(await panel.boundingBox(), view)).toBe(true);
    expect(await overflowing(panel)).toEqual([]);
    await atReply(page, 'Hello Sarah,');
    await page.keyboard.press('Control+Shift+Space');
    const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await dialog.locator('[role=option]').nth(3).waitFor();
    expect(inside(await dialog.boundingBox(), view)).toBe(true);
    expect(await wholeRows(dialog)).toBeGreaterThanOrEqual(4);
    expect(await overflowing(dialog)).toEqual([]);
    await screenshot(page, 'a11y-150-palette-en');
    await dialog.getByRole('combobox').pressSequentially('thank the customer', { delay: 10 });
    await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain('Thank the customer');
    // On this English page the Greek palette says it is Greek (a screen reader read it with an English voice), and
    // the English template's title and preview say they are English.
    expect(await dialog.getAttribute('lang')).toBe('el');
    expect(await dialog.getByRole('option').first().locator('[lang]').getAttribute('lang')).toBe('en');
    await expect.poll(() => dialog.getByRole('region', { name: 'Προεπισκόπηση' }).getAttribute('lang')).toBe('en');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('#reply').inputValue()).toMatch(/^Hello Sarah,\s*Thank you very much for your patience/);
    await page.close();
  });
});

describe('200 % zoom on half a screen: 720×800 window, 360×400 CSS px', () => {
  const { open, atReply } = useZoomedDesk({ width: 720, height: 800 }, 2);
  const view = { width: 360, height: 400 };

  it('the palette and the fill-in form take the window’s width, nothing outside it', async () => {
    const page = await open();
    await atReply(page, 'Καλημέρα σας, ');
    await page.keyboard.press('Control+Shift+Space');
    const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await dialog.locator('[role=option]').nth(3).waitFor();
    // Before: 440 px wide in a 360 px window, the shortcuts and the ends of titles outside it.
    expect(inside(await dialog.boundingBox(), view)).toBe(true);
    // Every row's shortcut within the window's width (rows further down are scrolled to).
    for (const shortcut of await dialog.locator('.op-shortcut').all()) {
      const b = (await shortcut.boundingBox())!;
      expect(b.x >= 0 && b.x + b.width <= view.width, JSON.stringify(b)).toBe(true);
    }
    expect(await overflowing(dialog)).toEqual([]);
    await screenshot(page, 'a11y-200-half-screen-palette-el');
    await page.keyboard.press('Escape');
    await typeShortcut(page, '/diplh');
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.getByRole('textbox').first().waitFor();
    expect(inside(await form.boundingBox(), view)).toBe(true);
    for (const name of ['Άκυρο', 'Εισαγωγή']) expect(inside(await form.getByRole('button', { name }).boundingBox(), view)).toBe(true);
    await screenshot(page, 'a11y-200-half-screen-form-el');
    await page.keyboard.press('Escape');
    await page.close();
  });
});

/** What has focus inside the overlay's shadow root: its role or tag and its name. */
const focusedInPanel = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('odigos-overlay')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el ? `${el.localName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 24) ?? ''}` : `page ${document.activeElement?.localName}`;
  });

/** The focused element's outline as drawn: a ring of at least 2 px in a colour, not none. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('odigos-overlay')?.shadowRoot?.activeElement;
    if (!el) return 'nothing focused';
    const s = getComputedStyle(el);
    // The resize edge shows focus as its tinted 6 px band (the same as under the pointer).
    if (el.getAttribute('role') === 'separator' && !/rgba\(.*, 0\)$|transparent/.test(s.backgroundColor)) return 'ring';
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor) ? 'ring' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
  });

describe('keyboard only', () => {
  const { open } = useZoomedDesk({ width: 1280, height: 800 }, 1);

  it('every control of the panel is reached with a ring, and the panel folds and opens again from the keyboard', async () => {
    const page = await open();
    await page.locator('#reply').focus();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => focusedInPanel(page)).toMatch(/^input/);
    expect(await focusRing(page)).toBe('ring');
    // Forward: the stage switch, then the suggestions (one stop, arrows within).
    await page.keyboard.press('Tab');
    expect(await focusedInPanel(page)).toMatch(/^button Επιλύθηκε/);
    expect(await focusRing(page)).toBe('ring');
    await page.keyboard.press('Tab');
    expect(await focusedInPanel(page)).toMatch(/^button/);
    expect(await focusRing(page)).toBe('ring');
    await page.keyboard.press('ArrowDown');
    expect(await focusRing(page)).toBe('ring');
    await screenshot(page, 'a11y-keys-focus-ring-el');
    // Back from the search: the header's switches, each with its Greek name and a ring.
    await page.keyboard.press('Alt+Shift+F');
    await page.keyboard.press('Alt+Shift+F');
    const back: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      back.push(await focusedInPanel(page));
      expect(await focusRing(page), back[i]).toBe('ring');
    }
    expect(back).toEqual([
      'button Δείξτε τη συνομιλία',
      'button Πλήκτρα (?)',
      'button Σύμπτυξη',
      'button Μετακίνηση αριστερά',
      'button Σημειώσεις',
      'div Πλάτος πάνελ (← →)',
    ]);
    // Fold it from its button: focus goes to the tab that opens it again (it was lost on the page's body).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedInPanel(page)).toBe('button Σύμπτυξη');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInPanel(page)).toBe('button Άνοιγμα του Οδηγού');
    expect(await focusRing(page)).toBe('ring');
    await screenshot(page, 'a11y-keys-folded-el');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInPanel(page)).toBe('button Σύμπτυξη');
    // Folded by its key from inside the panel: focus goes back to the reply box the agent came from.
    await page.keyboard.press('Alt+Shift+O');
    await overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply');
    await page.keyboard.press('Alt+Shift+O');
    await overlay(page).getByRole('button', { name: 'Σύμπτυξη' }).waitFor();
    await page.close();
  });
  it('Tab goes round the palette and the fill-in form (it went on to the page, the popup left open and Esc lost)', async () => {
    const page = await open();
    await page.locator('#reply').scrollIntoViewIfNeeded();
    await page.locator('#reply').focus();
    await page.keyboard.type('Καλημέρα σας,', { delay: 10 });
    await page.keyboard.press('Control+Shift+Space');
    const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await dialog.locator('[role=option]').first().waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focusedInPanel(page));
    }
    expect(stops).toEqual(['section Προεπισκόπηση', 'input Αναζήτηση προτύπου', 'section Προεπισκόπηση', 'input Αναζήτηση προτύπου']);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInPanel(page)).toBe('section Προεπισκόπηση');
    // Esc from there closes it and gives the caret back where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.type(' ευχαριστούμε', { delay: 10 });
    expect(await page.locator('#reply').inputValue()).toBe('Καλημέρα σας, ευχαριστούμε');
    await typeShortcut(page, ' /diplh');
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.getByRole('textbox').first().waitFor();
    const formStops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      formStops.push(await focusedInPanel(page));
    }
    expect(formStops.slice(0, 2)).toEqual(['button Άκυρο', 'button Εισαγωγή']);
    expect(formStops[2]).toMatch(/^input/);
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    expect(await page.locator('#reply').inputValue()).toBe('Καλημέρα σας, ευχαριστούμε /diplh');
    await page.close();
  });
});

/** pngjs, as playwright-core bundles it (untyped there): no dependency of our own to compare two screenshots. */
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  PNG: { sync: { read(png: Buffer): { width: number; height: number; data: Buffer } } };
};

/** The share of pixels two same-sized pictures differ in clearly (a fill, not anti-aliasing). */
function changedShare(a: Buffer, b: Buffer): number {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return 1;
  let changed = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
    if (d > 90) changed++;
  }
  return changed / (x.width * x.height);
}

/** A picture of a box and 4 px around it (an outline is drawn outside its element). */
async function shotAround(page: Page, target: Locator): Promise<Buffer> {
  const b = (await target.boundingBox())!;
  return page.screenshot({ clip: { x: Math.max(0, b.x - 4), y: Math.max(0, b.y - 4), width: Math.min(b.width + 8, 200), height: Math.min(b.height + 8, 120) } });
}

describe('forced colours (Windows high contrast)', () => {
  const { desk, open, atReply } = useZoomedDesk({ width: 1280, height: 800 }, 1);
  const browser = () => desk.browser;

  it('the chosen palette row stands out from the others (background and shadow alone were dropped)', async () => {
    const page = await open('lang=el', true);
    await atReply(page, 'Καλημέρα σας,');
    await page.keyboard.press('Control+Shift+Space');
    const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    const first = dialog.getByRole('option').first();
    await dialog.getByRole('option').nth(2).waitFor();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const chosen = await first.screenshot();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('false');
    expect(changedShare(chosen, await first.screenshot())).toBeGreaterThan(0.3);
    await screenshot(page, 'a11y-forced-colours-palette-el');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('the panel’s badges keep their outline, a pressed switch looks pressed, the resize edge shows focus', async () => {
    const page = await open('lang=el', true);
    // The moods' badges: a border the system draws (a background alone left bare words).
    const cue = overlay(page).locator('.odigos-cue').first();
    await cue.waitFor();
    expect(await cue.evaluate((c) => getComputedStyle(c).borderTopStyle)).toBe('solid');
    await screenshot(page, 'a11y-forced-colours-panel-el');
    // The Notes switch, off and then on (focus elsewhere both times, so no ring differs).
    const notes = overlay(page).getByRole('button', { name: 'Σημειώσεις' });
    const off = await notes.screenshot();
    await notes.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notes.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#reply').focus();
    expect(changedShare(off, await notes.screenshot())).toBeGreaterThan(0.3);
    // The resize edge focused from the keyboard: its tint is gone in forced colours, an outline (which the system
    // draws in its own colour, transparent or not) is not; it was switched off.
    const edge = overlay(page).getByRole('separator');
    await notes.focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedInPanel(page)).toMatch(/^div/);
    expect(await edge.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(join(SCREENSHOT_DIR, 'a11y-forced-colours-resize-focus-el.png'), await shotAround(page, edge));
    await page.close();
  });

  it('on the notes page the open note stands out (its tint and side bar were dropped)', async () => {
    const desk = await open('lang=el');
    await overlay(desk).getByRole('button', { name: 'Σημειώσεις' }).click();
    const text = notesFrame(desk).getByRole('textbox', { name: 'Σημειώσεις' });
    await expect.poll(() => text.isEnabled(), { timeout: 15_000 }).toBe(true);
    await text.fill('Ο πελάτης ζητά επιστροφή της διπλής χρέωσης.');
    const notes = await browser().openExtensionPage('notes.html');
    await notes.emulateMedia({ forcedColors: 'active' });
    const item = notes.locator('.notes-item').first();
    await item.waitFor({ timeout: 15_000 });
    const calm = async () => {
      await notes.mouse.move(1, 1);
      await item.evaluate((el) => (el as HTMLElement).blur());
      return item.screenshot();
    };
    const closed = await calm();
    await item.click();
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    // Not a few pixels of anti-aliasing: a fill the eye sees.
    expect(changedShare(closed, await calm())).toBeGreaterThan(0.3);
    await screenshot(notes, 'a11y-forced-colours-notes-page-el');
    await notes.close();
    await desk.close();
  });
});
