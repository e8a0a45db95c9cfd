import type { Page } from 'playwright-core';

/**
 * The page's visible controls that Odigos' panel covers: for every link, button, field and menu item in the
 * viewport, elementFromPoint at its centre and near its corners must be the control (or inside it), not Odigos.
 * Returns a short description of each covered control ([] when the helpdesk stays fully usable).
 */
export function controlsUnderPanel(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROLS =
      'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=menuitem],[role=tab],[contenteditable=true],[tabindex]:not([tabindex="-1"])';
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const covered: string[] = [];
    for (const el of document.querySelectorAll(CONTROLS)) {
      if (el.closest('odigos-overlay')) continue;
      const visible = (el as Element & { checkVisibility?(o?: object): boolean }).checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) ?? true;
      const r = el.getBoundingClientRect();
      if (!visible || r.width < 2 || r.height < 2) continue;
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ].filter(([x, y]) => x >= 0 && y >= 0 && x < vw && y < vh);
      const hidden = points.some(([x, y]) => document.elementFromPoint(x, y)?.localName === 'odigos-overlay');
      if (hidden) covered.push(`${el.localName}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return covered;
  });
}
