import type { Anchor } from '@/lib/editors/caret-anchor';

/**
 * A popup's place beside the caret. Below the caret line it is held by `top`; above it by `bottom`, so its lower
 * edge touches the line whatever height its content takes (results come and go). `maxHeight` is the room there is.
 */
export interface Placement {
  left: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
  /** Only in a window narrower than the popup (zoomed in, or half a screen): the room there is. */
  maxWidth?: number;
}

const MARGIN = 8;
const GAP = 4;
/**
 * The least height a popup is squeezed to beside the caret: the palette's search box, three rows, a few lines of
 * preview and its keys. At 200 % zoom a laptop's window is 384 CSS px high, and either side of the caret was ~180 px:
 * two rows and a sliver of preview cut through a line.
 */
export const MIN_ROOM = 260;

/**
 * Below the caret when the popup fits there, else above; when it fits nowhere, the roomier side, shortened. When
 * neither side has MIN_ROOM (a window zoomed to 200 %), it takes the window's height from the roomier side's edge,
 * covering the caret line rather than cutting its own content: it closes on Enter or Esc.
 */
export function placeNear(
  anchor: Anchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  // The page's pinned bars (a fixed header) are left seen where the popup has its room without them; else it may
  // lie over them (it is drawn over the page) rather than be squeezed.
  const clear = anchor.pinned ? place(anchor, size, viewport, anchor.pinned + GAP) : undefined;
  return clear ?? place(anchor, size, viewport, MARGIN)!;
}

/** The placement with the window's top at `topEdge`; undefined (above a pinned bar) where neither side has its room. */
function place(anchor: Anchor, size: { width: number; height: number }, viewport: { width: number; height: number }, topEdge: number): Placement | undefined {
  // A window narrower than the popup (200 % zoom on half a screen is 360 CSS px): it takes the window's width.
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const narrowed = width < size.width ? { maxWidth: Math.max(0, width) } : {};
  const left = Math.max(MARGIN, Math.min(anchor.x, viewport.width - width - MARGIN));
  const top = Math.max(topEdge, anchor.y + anchor.height + GAP);
  const bottomEdge = Math.min(viewport.height - MARGIN, anchor.y - GAP);
  const roomBelow = viewport.height - MARGIN - top;
  const roomAbove = bottomEdge - topEdge;
  if (Math.max(roomBelow, roomAbove) < Math.min(size.height, MIN_ROOM)) {
    if (topEdge !== MARGIN) return undefined;
    const maxHeight = Math.max(0, viewport.height - 2 * MARGIN);
    return roomBelow >= roomAbove ? { left, bottom: MARGIN, maxHeight, ...narrowed } : { left, top: MARGIN, maxHeight, ...narrowed };
  }
  // The size is an estimate (a long title wraps): the popup may use all the room on its side, never more.
  if (size.height <= roomBelow || roomBelow >= roomAbove) return { left, top, maxHeight: Math.max(0, roomBelow), ...narrowed };
  return { left, bottom: viewport.height - bottomEdge, maxHeight: Math.max(0, roomAbove), ...narrowed };
}

type Px = `${number}px`;
const px = (n: number): Px => `${Math.round(n)}px`;

/**
 * The placement as an inline style. Preact 11 no longer appends `px` to numbers (a number is dropped), so every
 * value carries its unit here; the lint rule on `style={{…}}` keeps numbers out of style objects.
 */
export function placementStyle(p: Placement): { left: Px; top?: Px; bottom?: Px; maxHeight: Px; maxWidth?: Px } {
  return {
    left: px(p.left),
    ...(p.top !== undefined ? { top: px(p.top) } : {}),
    ...(p.bottom !== undefined ? { bottom: px(p.bottom) } : {}),
    maxHeight: px(p.maxHeight),
    ...(p.maxWidth !== undefined ? { maxWidth: px(p.maxWidth) } : {}),
  };
}
