/**
 * Where the in-page panel may be, decided without the DOM (app/content/folding.ts measures and applies it).
 *
 * Docked, the panel takes its width from the page (a margin: lib/overlay/reserve-space.ts) only while the page keeps
 * MIN_PAGE_WIDTH beside it; narrower (150–200 % browser zoom, half a screen) it could only lie over the page, and
 * it lay over the reply box the agent was typing in. There it now starts folded to its tab, opens over the page
 * when the agent asks, and steps aside again when the agent types in a field under it: folded "for now", which is
 * not the agent's fold (that one is remembered per site, and nothing here changes it).
 */

/** Below this much page beside the panel, the page keeps its full width and the panel lies over it. */
export const MIN_PAGE_WIDTH = 900;

/** The folded tab's size (components/overlay.css: .odigos-tab) and the gap it keeps from a box it avoids. */
export const TAB = { width: 34, height: 48, gap: 8 } as const;

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether the page keeps MIN_PAGE_WIDTH beside a docked panel of this width. */
export const roomBeside = (viewportWidth: number, panelWidth: number): boolean => viewportWidth - panelWidth >= MIN_PAGE_WIDTH;

/** Whether a box reaches into the strip of `width` px along the viewport's `side` edge. */
export function reachesBand(box: Rect, side: 'left' | 'right', width: number, viewportWidth: number): boolean {
  if (box.right - box.left < 1 || box.bottom - box.top < 1) return false;
  return side === 'right' ? box.right > viewportWidth - width + 0.5 : box.left < width - 0.5;
}

/**
 * The panel's fold: open; folded by the agent (`chosen`, remembered per site); or folded for now (`yielded`: the
 * panel left the page its room, and the agent's choice is still "open").
 */
export type Fold = 'open' | 'chosen' | 'yielded';

export type FoldEvent =
  /** The overlay starts on a page `room` wide or not (the agent's remembered fold is the fold before it). */
  | { kind: 'start'; room: boolean }
  /** The window changed size or zoom: `room` now, `before` it. */
  | { kind: 'resize'; room: boolean; before: boolean }
  /** Focus or typing in a field; `under` when the open panel covers part of it. */
  | { kind: 'typing'; room: boolean; under: boolean }
  /** The agent opened (false) or folded (true) the panel: their tab, fold button or key. */
  | { kind: 'choose'; collapsed: boolean };

/**
 * The fold after an event. Only the agent's choice folds or opens it for good; the panel folds itself for now when
 * it would lie over the page (at the start or when the window narrows) or over a field the agent types in, and
 * opens again by itself only when the window widens to give it room beside the page.
 */
export function foldAfter(fold: Fold, event: FoldEvent): Fold {
  if (event.kind === 'choose') return event.collapsed ? 'chosen' : 'open';
  if (fold === 'chosen') return fold;
  if (event.kind === 'start') return event.room ? 'open' : 'yielded';
  if (event.kind === 'resize') return event.room === event.before ? fold : event.room ? 'open' : 'yielded';
  return fold === 'open' && !event.room && event.under ? 'yielded' : fold;
}

/**
 * The folded tab's top edge: at 40 % of the viewport's height, unless there it would lie over `avoid` (the field
 * the agent types in, the reply box, reaching to the tab's edge of the window); then just above or below it,
 * whichever is nearer and inside the viewport. Where neither is (a box the window's height), it stays.
 */
export function tabTop(viewportHeight: number, avoid?: Pick<Rect, 'top' | 'bottom'>): number {
  const preferred = Math.round(viewportHeight * 0.4);
  if (!avoid || preferred + TAB.height <= avoid.top - TAB.gap || preferred >= avoid.bottom + TAB.gap) return preferred;
  const fits = (top: number) => top >= TAB.gap && top + TAB.height <= viewportHeight - TAB.gap;
  const candidates = [Math.floor(avoid.top - TAB.gap - TAB.height), Math.ceil(avoid.bottom + TAB.gap)].filter(fits);
  candidates.sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred));
  return candidates[0] ?? preferred;
}
