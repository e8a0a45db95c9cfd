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
}

const MARGIN = 8;
const GAP = 4;

/** Below the caret when the popup fits there, else above; when it fits nowhere, the roomier side, shortened. */
export function placeNear(
  anchor: Anchor,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const left = Math.max(MARGIN, Math.min(anchor.x, viewport.width - size.width - MARGIN));
  const top = Math.max(MARGIN, anchor.y + anchor.height + GAP);
  const bottomEdge = Math.min(viewport.height - MARGIN, anchor.y - GAP);
  const roomBelow = viewport.height - MARGIN - top;
  const roomAbove = bottomEdge - MARGIN;
  // The size is an estimate (a long title wraps): the popup may use all the room on its side, never more.
  if (size.height <= roomBelow || roomBelow >= roomAbove) return { left, top, maxHeight: Math.max(0, roomBelow) };
  return { left, bottom: viewport.height - bottomEdge, maxHeight: Math.max(0, roomAbove) };
}

type Px = `${number}px`;
const px = (n: number): Px => `${Math.round(n)}px`;

/**
 * The placement as an inline style. Preact 11 no longer appends `px` to numbers (a number is dropped), so every
 * value carries its unit here; the lint rule on `style={{…}}` keeps numbers out of style objects.
 */
export function placementStyle(p: Placement): { left: Px; top?: Px; bottom?: Px; maxHeight: Px } {
  return {
    left: px(p.left),
    ...(p.top !== undefined ? { top: px(p.top) } : {}),
    ...(p.bottom !== undefined ? { bottom: px(p.bottom) } : {}),
    maxHeight: px(p.maxHeight),
  };
}
