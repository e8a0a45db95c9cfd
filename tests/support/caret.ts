import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the caret of the focused editor is, found without Odigos' own code: a contenteditable's selection has
 * client rects (in a frame, moved by the frame's place); in a textarea (no line wrapping in these tests) the caret's line is counted and the text before
 * it on that line measured with a canvas in the field's font. The page is Chromium's (Playwright) or Firefox's
 * (puppeteer-core): both evaluate the same function in the document.
 */
export function caretRect(page: Page | PuppeteerPage): Promise<Rect> {
  return (page as Page).evaluate(() => {
    const el = document.activeElement as HTMLElement;
    if (el instanceof HTMLIFrameElement) {
      // An editor in a frame (TinyMCE, CKEditor 4): its selection's rect, moved by where the frame's content starts.
      const cs = getComputedStyle(el);
      const f = el.getBoundingClientRect();
      const sel = el.contentWindow!.getSelection()!;
      const range = sel.getRangeAt(0);
      let r: { left: number; top: number; width: number; height: number } | undefined = range.getClientRects()[0];
      if (!r) {
        const block = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement!;
        const b = block.getBoundingClientRect();
        r = { left: b.left, top: b.top, width: 1, height: Math.min(b.height, 24) };
      }
      return {
        x: f.left + el.clientLeft + parseFloat(cs.paddingLeft) + r.left,
        y: f.top + el.clientTop + parseFloat(cs.paddingTop) + r.top,
        width: Math.max(1, r.width),
        height: r.height,
      };
    }
    if (el instanceof HTMLTextAreaElement) {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const lines = el.value.slice(0, el.selectionEnd).split('\n');
      const lineHeight = parseFloat(cs.lineHeight);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = cs.font;
      return {
        x: r.left + el.clientLeft + parseFloat(cs.paddingLeft) + ctx.measureText(lines[lines.length - 1]).width - el.scrollLeft,
        y: r.top + el.clientTop + parseFloat(cs.paddingTop) + (lines.length - 1) * lineHeight - el.scrollTop,
        width: 1,
        height: lineHeight,
      };
    }
    const range = getSelection()!.getRangeAt(0);
    const r = range.getClientRects()[0];
    if (!r) {
      // A caret at the start of an empty line: the line's own box.
      const block = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement!;
      const b = block.getBoundingClientRect();
      return { x: b.left, y: b.top, width: 1, height: Math.min(b.height, parseFloat(getComputedStyle(block).lineHeight) || 20) };
    }
    return { x: r.left, y: r.top, width: Math.max(1, r.width), height: r.height };
  });
}

/**
 * What the agent must see: the popup (an Odigos dialog in a shadow root) wholly inside the viewport, right above
 * or right below the caret's line and spanning its x, not covering the caret, and on top of everything the page
 * draws (its fixed header too) at its corners and centre.
 */
export async function expectBesideCaret(page: Page, popup: Locator, caret: Rect): Promise<void> {
  const box = (await popup.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  const below = box.y - (caret.y + caret.height);
  const above = caret.y - (box.y + box.height);
  // Touching the caret's line on one side, a few pixels apart at most, never over it.
  expect(below >= 0 ? below : above, `popup ${JSON.stringify(box)} beside caret ${JSON.stringify(caret)}`).toBeGreaterThanOrEqual(0);
  expect(Math.min(below >= 0 ? below : Infinity, above >= 0 ? above : Infinity)).toBeLessThanOrEqual(12);
  expect(caret.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(caret.x).toBeLessThanOrEqual(box.x + box.width);
  const points = [
    [box.x + 6, box.y + 6],
    [box.x + box.width - 6, box.y + 6],
    [box.x + 6, box.y + box.height - 6],
    [box.x + box.width - 6, box.y + box.height - 6],
    [box.x + box.width / 2, box.y + box.height / 2],
  ];
  // Odigos draws the panel and its popups in one shadow host: the point must be the popup's, inside that host.
  const onTop = await page.evaluate(
    (pts) =>
      pts.map(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return hit?.localName === 'odigos-overlay' && !!hit.shadowRoot?.elementFromPoint(x, y)?.closest('[role="dialog"]');
      }),
    points,
  );
  expect(onTop).toEqual(points.map(() => true));
}
