import { roomBeside } from './placement';
import { DOCK_ATTR } from '../background/page-width';

/** How often, at most, the page is checked again while it scrolls (toolbars get pinned as it does). */
const CHECK_EVERY_MS = 150;
const ADJUSTED = ['translate', 'width', 'max-width', 'min-width', 'box-sizing'] as const;

type Saved = Record<(typeof ADJUSTED)[number], [string, string]>;

export interface SpaceKeeper {
  /** Where the panel is docked now and how wide it is. */
  update(side: 'left' | 'right', width: number): void;
  /** Look again for page elements under the panel (the page changed). */
  check(): void;
  /** Give the page all its space back, every element as it was. */
  release(): void;
}

function save(el: HTMLElement): Saved {
  const out = {} as Saved;
  for (const p of ADJUSTED) out[p] = [el.style.getPropertyValue(p), el.style.getPropertyPriority(p)];
  return out;
}

function restore(el: HTMLElement, saved: Saved): void {
  for (const p of ADJUSTED) {
    const [value, priority] = saved[p];
    if (value) el.style.setProperty(p, value, priority);
    else el.style.removeProperty(p);
  }
}

/** Positioned to the viewport (fixed, or absolute with no positioned ancestor): what the margin does not move. */
function escapesNow(win: Window, el: Element): boolean {
  const pos = win.getComputedStyle(el).position;
  if (pos === 'fixed') return true;
  if (pos !== 'absolute') return false;
  for (let p = el.parentElement; p && p !== el.ownerDocument.documentElement; p = p.parentElement) {
    const style = win.getComputedStyle(p);
    if (style.position !== 'static' || style.transform !== 'none') return false;
  }
  return true;
}

/** The outermost viewport-positioned elements holding what is seen in the panel's band, sampled every 16 px. */
function moversUnder(doc: Document, side: 'left' | 'right', width: number): Set<HTMLElement> {
  const win = doc.defaultView!;
  const html = doc.documentElement;
  // Cached for one check: the same ancestors come up at every point of the band.
  const known = new Map<Element, boolean>();
  const escapes = (el: Element) => {
    let v = known.get(el);
    if (v === undefined) known.set(el, (v = escapesNow(win, el)));
    return v;
  };
  const moverAt = (x: number, y: number): HTMLElement | undefined => {
    for (const hit of doc.elementsFromPoint(x, y)) {
      if (hit.localName.startsWith('odigos-')) continue;
      let mover: Element | undefined;
      for (let e: Element | null = hit; e && e !== html && e !== doc.body; e = e.parentElement) if (escapes(e)) mover = e;
      if (mover) return mover as HTMLElement;
    }
    return undefined;
  };
  const vw = win.innerWidth;
  const xs = side === 'right' ? [vw - width + 2, vw - width / 2, vw - 3] : [2, width / 2, width - 2];
  const movers = new Set<HTMLElement>();
  for (let y = 1; y < win.innerHeight; y += 16) for (const x of xs) {
    const m = moverAt(x, y);
    if (m) movers.add(m);
  }
  return movers;
}

/** Moves an element that reaches under the panel beside it, or narrows it when it spans the page; saves it first. */
function fitBeside(el: HTMLElement, side: 'left' | 'right', width: number, adjusted: Map<HTMLElement, Saved>): void {
  const win = el.ownerDocument.defaultView!;
  const r = el.getBoundingClientRect();
  const edge = side === 'right' ? win.innerWidth - width : width;
  const over = side === 'right' ? r.right - edge : edge - r.left;
  if (over <= 0.5 || r.width < 1 || r.height < 1) return;
  adjusted.set(el, adjusted.get(el) ?? save(el));
  const space = win.innerWidth - width;
  if (r.width + 4 <= space) {
    el.style.setProperty('translate', `${side === 'right' ? -over : over}px 0`, 'important');
  } else {
    // Spans the page (a header bar): narrow it to the page's part of the window.
    const w = `${Math.max(0, r.width - over)}px`;
    for (const [p, v] of [['box-sizing', 'border-box'], ['width', w], ['max-width', w], ['min-width', '0']] as const) el.style.setProperty(p, v, 'important');
    if (side === 'left') el.style.setProperty('translate', `${over}px 0`, 'important');
  }
}

/**
 * The page's scrolling boxes at their end (a chat log at its newest message), found at a few points over the window:
 * the margin narrows the page, their messages grow taller and the newest went below the box's fold (93 px on the
 * split-pane desk at every load and every time the panel unfolded). They are put back at their end after it.
 */
function atTheirEnd(doc: Document): HTMLElement[] {
  const win = doc.defaultView!;
  const found = new Set<HTMLElement>();
  for (let i = 1; i < 6; i++) for (let j = 1; j < 4; j++) {
    for (let e = doc.elementFromPoint((win.innerWidth * j) / 4, (win.innerHeight * i) / 6); e && e !== doc.documentElement; e = e.parentElement) {
      const h = e as HTMLElement;
      if (found.has(h) || h.scrollHeight - h.clientHeight < 2 || h.scrollHeight - h.scrollTop - h.clientHeight > 1) continue;
      if (/auto|scroll/.test(win.getComputedStyle(h).overflowY)) found.add(h);
    }
  }
  return [...found];
}

/**
 * Keep the docked panel from hiding the helpdesk. A margin on <html> (set through the CSSOM, which a strict CSP
 * allows) makes room for the page's flow; toolbars and headers that are `position: fixed` (or absolute to the
 * viewport) ignore it, so every such element still reaching under the panel is moved beside it, or narrowed when
 * it spans the page. Checked again as the page scrolls, resizes and changes; everything is undone on release.
 * The page's scripts are told the width left to them (lib/background/page-width.ts): `tellScripts` runs the teller
 * in the page's world, which then says `resize`; after that, a change of the width says it from here.
 */
export function keepSpace(doc: Document, side: 'left' | 'right', width: number, tellScripts?: () => void): SpaceKeeper {
  const win = doc.defaultView!;
  const html = doc.documentElement;
  const prop = () => (side === 'right' ? 'margin-right' : 'margin-left');
  const adjusted = new Map<HTMLElement, Saved>();
  let marginBefore: [string, string, string] | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let released = false;

  // Narrower, the page keeps its full width and the panel folds out of its way (./placement.ts).
  const room = () => roomBeside(win.innerWidth, width);

  const setMargin = () => {
    if (!room()) return;
    const ends = atTheirEnd(doc);
    const p = prop();
    marginBefore = [p, html.style.getPropertyValue(p), html.style.getPropertyPriority(p)];
    html.style.setProperty(p, `${width}px`, 'important');
    html.setAttribute(DOCK_ATTR, String(width));
    for (const el of ends) el.scrollTop = el.scrollHeight;
  };
  const unsetMargin = () => {
    if (!marginBefore) return;
    const [p, value, priority] = marginBefore;
    if (value) html.style.setProperty(p, value, priority);
    else html.style.removeProperty(p);
    html.removeAttribute(DOCK_ATTR);
    marginBefore = undefined;
  };
  /** The page's scripts measure again when the width they are told changed (not on the resize they heard). */
  const retell = (before: string | null) => {
    if (html.getAttribute(DOCK_ATTR) !== before) win.dispatchEvent(new Event('resize'));
  };

  const check = () => {
    timer = undefined;
    if (released || !marginBefore) return;
    for (const [el, saved] of adjusted) restore(el, saved);
    adjusted.clear();
    for (const m of moversUnder(doc, side, width)) fitBeside(m, side, width, adjusted);
  };

  const later = () => {
    if (timer === undefined && !released) timer = setTimeout(check, CHECK_EVERY_MS);
  };
  const stop = new AbortController();
  win.addEventListener('scroll', later, { passive: true, capture: true, signal: stop.signal });
  win.addEventListener('resize', () => (unsetMargin(), setMargin(), later()), { signal: stop.signal });

  setMargin();
  check();
  tellScripts?.();
  return {
    update(nextSide, nextWidth) {
      if (nextSide === side && nextWidth === width) return;
      const told = html.getAttribute(DOCK_ATTR);
      unsetMargin();
      side = nextSide;
      width = nextWidth;
      setMargin();
      check();
      retell(told);
    },
    check: later,
    release() {
      released = true;
      stop.abort();
      clearTimeout(timer);
      for (const [el, saved] of adjusted) restore(el, saved);
      adjusted.clear();
      const told = html.getAttribute(DOCK_ATTR);
      unsetMargin();
      retell(told);
    },
  };
}
