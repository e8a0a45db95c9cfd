import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, STRICT_CSP, type Served } from '../support/static-server';

/**
 * The agent at 150 % or 200 % browser zoom, or in a narrow window: too little width for ~900 px of helpdesk beside
 * the docked panel. The panel opened over the page and hid half the reply box while the agent typed in it. Now
 * it starts folded to its tab there (which says how many suggestions wait), opens over the page on one click or
 * Alt+Shift+O, and steps aside to its tab when the agent goes back to typing in a box under it. The agent's own
 * fold stays remembered as before. On the full-height desk (fixed header, ticket list, toolbar, long thread, reply
 * box far down), under a strict CSP; zoom is a viewport of window/zoom CSS px at `zoom` device pixels per CSS px.
 */
function useDesk(window: { width: number; height: number }, zoom: number) {
  const desk = {} as { browser: ExtensionBrowser; site: Served };
  const view = { width: Math.round(window.width / zoom), height: Math.round(window.height / zoom) };
  beforeAll(async () => {
    desk.site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    desk.browser = await launchWithExtension({ viewport: view, deviceScaleFactor: zoom });
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.site?.close();
  });
  const open = async (query = 'lang=el'): Promise<Page> => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url(`/tests/fixtures/desk/long-thread.html?${query}`));
    await page.locator('odigos-overlay').waitFor({ state: 'attached', timeout: 15_000 });
    return page;
  };
  return { desk, view, open };
}

/** Scrolled down until the reply box sits mid-screen (the page had to scroll far to reach it). */
async function toReply(page: Page): Promise<void> {
  await page.evaluate(() => {
    const r = document.getElementById('reply')!.getBoundingClientRect();
    scrollBy(0, r.top - innerHeight / 2 + 40);
  });
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(400);
}

/**
 * Points of the reply box (its corners, the middle of each edge and its centre, inside the viewport) where
 * elementFromPoint is not the box itself: [] when the agent sees and can click all of it.
 */
function replyCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reply = document.getElementById('reply')!;
    const r = reply.getBoundingClientRect();
    const xs = [r.left + 3, r.left + r.width / 2, r.right - 3];
    const ys = [r.top + 3, r.top + r.height / 2, r.bottom - 3];
    const out: string[] = [];
    for (const x of xs) for (const y of ys) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit !== reply) out.push(`${Math.round(x)},${Math.round(y)}: ${hit?.localName ?? 'nothing'}`);
    }
    return out;
  });
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (box: Box | null, view: { width: number; height: number }) =>
  !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5;

/** The element at a box's centre is Odigos's host: the tab or panel is on top there, not under the page. */
const onTop = (page: Page, box: Box) =>
  page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [box.x + box.width / 2, box.y + box.height / 2] as const);

const tabOf = (page: Page) => overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' });
const suggestions = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first();

/** The tab: inside the window, on top, in Greek, saying how many suggestions wait. */
async function expectTab(page: Page, view: { width: number; height: number }): Promise<void> {
  const tab = tabOf(page);
  await tab.waitFor({ timeout: 15_000 });
  const box = await tab.boundingBox();
  expect(inside(box, view), JSON.stringify(box)).toBe(true);
  expect(await onTop(page, box!)).toBe('odigos-overlay');
  expect(await tab.getAttribute('lang')).toBe('el');
  await expect.poll(() => tab.getAttribute('title'), { timeout: 15_000 }).toMatch(/^Άνοιγμα του Οδηγού · Προτάσεις: \d+$/);
}

/**
 * The agent's day at this size: the tab first, the reply box whole while typing; the panel opened from the tab is
 * inside the window with its Greek suggestions; back in the reply box it steps aside, and what was typed is there.
 */
function agentTypes(zoomName: string, setup: ReturnType<typeof useDesk>) {
  const { view, open } = setup;
  return async () => {
    const page = await open();
    await expectTab(page, view);
    expect(await overlay(page).locator('aside.odigos-panel').count()).toBe(0);
    await toReply(page);
    await page.locator('#reply').click();
    await page.keyboard.type('Καλημέρα σας, ', { delay: 10 });
    expect(await replyCovered(page)).toEqual([]);
    await expectTab(page, view);
    await screenshot(page, `panel-zoom-${zoomName}-typing-el`);

    // One click opens the panel over the page, inside the window, on top, its suggestions in Greek.
    await tabOf(page).click();
    await suggestions(page).waitFor({ timeout: 15_000 });
    const panel = overlay(page).locator('aside.odigos-panel');
    const box = await panel.boundingBox();
    expect(inside(box, view), JSON.stringify(box)).toBe(true);
    expect(await onTop(page, box!)).toBe('odigos-overlay');
    expect(await panel.getAttribute('aria-label')).toBe('Πάνελ Οδηγού');
    await screenshot(page, `panel-zoom-${zoomName}-opened-el`);

    // Back to the reply from the keyboard (Alt+Shift+F from the panel): the panel steps aside, the box is whole.
    await overlay(page).getByRole('button', { name: 'Σύμπτυξη' }).focus();
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply');
    await tabOf(page).waitFor({ timeout: 5_000 });
    expect(await replyCovered(page)).toEqual([]);
    await page.keyboard.type('ευχαριστούμε.', { delay: 10 });
    expect(await page.locator('#reply').inputValue()).toBe('Καλημέρα σας, ευχαριστούμε.');

    // Alt+Shift+O while typing opens it to look; typing on folds it again, and no letter is lost.
    await page.keyboard.press('Alt+Shift+O');
    await suggestions(page).waitFor({ timeout: 15_000 });
    await page.keyboard.type(' Θα', { delay: 10 });
    await tabOf(page).waitFor({ timeout: 5_000 });
    expect(await replyCovered(page)).toEqual([]);
    expect(await page.locator('#reply').inputValue()).toBe('Καλημέρα σας, ευχαριστούμε. Θα');
    await page.close();
  };
}

describe('200 % zoom: 1366×768 window, 683×384 CSS px', () => {
  const setup = useDesk({ width: 1366, height: 768 }, 2);
  it('the reply box is never under the panel while the agent types, and the panel is a click away', agentTypes('200', setup));

  it('the agent’s own fold is remembered, and a panel the agent opened is open again on a wide window', async () => {
    const page = await setup.open();
    await tabOf(page).click();
    await suggestions(page).waitFor({ timeout: 15_000 });
    await overlay(page).getByRole('button', { name: 'Σύμπτυξη' }).click();
    await page.reload();
    await tabOf(page).waitFor({ timeout: 15_000 });
    // Folded by the agent: the page is not read, so the tab makes no promise of suggestions.
    expect(await tabOf(page).getAttribute('title')).toBe('Άνοιγμα του Οδηγού');
    // The agent opens it again; on a wide window it is docked and open (the choice was saved, the yielding was not).
    await tabOf(page).click();
    await suggestions(page).waitFor({ timeout: 15_000 });
    await page.locator('#reply').focus();
    await tabOf(page).waitFor({ timeout: 5_000 });
    await page.setViewportSize({ width: 1400, height: 900 });
    await suggestions(page).waitFor({ timeout: 15_000 });
    await page.reload();
    await suggestions(page).waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('a reply box in a frame (as TinyMCE draws it) running to the window’s edge: the panel steps aside, the tab keeps off it', async () => {
    const page = await setup.open('lang=el&editor=iframe');
    // As desks whose composer runs to the window's edge (no padding, no max width on its right).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.ticket, .composer')) Object.assign(el.style, { paddingRight: '0', maxWidth: 'none', borderRight: '0' });
    });
    await toReply(page);
    await tabOf(page).click();
    await suggestions(page).waitFor({ timeout: 15_000 });
    expect((await replyCovered(page)).length).toBeGreaterThan(0);
    // The agent clicks in what is seen of the box and types: the panel goes to its tab, the box is whole.
    const box = (await page.locator('#reply').boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + 20);
    await page.keyboard.type('Καλημέρα σας,', { delay: 10 });
    await tabOf(page).waitFor({ timeout: 5_000 });
    // The tab keeps off the box (at 40 % of the window's height it lay over its right edge).
    await expect.poll(() => replyCovered(page)).toEqual([]);
    await expectTab(page, setup.view);
    const tab = (await tabOf(page).boundingBox())!;
    expect(tab.y + tab.height <= box.y || tab.y >= box.y + box.height, JSON.stringify({ tab, box })).toBe(true);
    expect(await page.frameLocator('#reply').locator('body').textContent()).toBe('Καλημέρα σας,');
    await screenshot(page, 'panel-zoom-200-frame-editor-el');
    await page.close();
  });

  it('on a known helpdesk (the Zendesk fixture, read by its adapter, not the extras): the panel steps aside all the same', async () => {
    const page = await setup.desk.browser.context.newPage();
    await page.goto(setup.desk.site.url('/tests/fixtures/crm/zendesk.html'));
    await tabOf(page).click({ timeout: 15_000 });
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent(), { timeout: 15_000 }).toBe('Γιώργος Παπαδόπουλος · #48213');
    const editor = page.locator('#pane-48213 [data-test-id="omnicomposer-rich-text-ckeditor"]');
    await editor.scrollIntoViewIfNeeded();
    const box = (await editor.boundingBox())!;
    // What the open panel leaves of the box: its left end.
    await page.mouse.click(box.x + 10, box.y + box.height / 2);
    await page.keyboard.type('Καλημέρα σας,', { delay: 10 });
    await tabOf(page).waitFor({ timeout: 5_000 });
    const covered = await editor.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const points = [[r.left + 3, r.top + 3], [r.right - 3, r.top + 3], [r.left + r.width / 2, r.top + r.height / 2], [r.left + 3, r.bottom - 3], [r.right - 3, r.bottom - 3]];
      return points.filter(([x, y]) => x < innerWidth && y < innerHeight && !el.contains(document.elementFromPoint(x, y)));
    });
    expect(covered).toEqual([]);
    expect(await editor.textContent()).toBe('Καλημέρα σας,');
    await screenshot(page, 'panel-zoom-200-zendesk-el');
    await page.close();
  });
});

describe('150 % zoom: 1280×720 window, 853×480 CSS px', () => {
  const setup = useDesk({ width: 1280, height: 720 }, 1.5);
  it('the reply box is never under the panel while the agent types, and the panel is a click away', agentTypes('150', setup));
});

describe('a narrow window at 100 %: 1000×760', () => {
  const setup = useDesk({ width: 1000, height: 760 }, 1);
  it('the reply box is never under the panel while the agent types, and the panel is a click away', agentTypes('narrow', setup));
});

describe('100 % zoom: 1400×900, room beside the panel', () => {
  const { view, open } = useDesk({ width: 1400, height: 900 }, 1);
  it('the panel opens docked beside the page, and the reply box stays whole while the agent types', async () => {
    const page = await open();
    await suggestions(page).waitFor({ timeout: 15_000 });
    await toReply(page);
    await page.locator('#reply').click();
    await page.keyboard.type('Καλημέρα σας,', { delay: 10 });
    // It stays open: there was room, nothing to step aside from.
    expect(await suggestions(page).isVisible()).toBe(true);
    const box = await overlay(page).locator('aside.odigos-panel').boundingBox();
    expect(inside(box, view)).toBe(true);
    expect(await replyCovered(page)).toEqual([]);
    await screenshot(page, 'panel-zoom-100-typing-el');
    await page.close();
  });
});
