/** Where a popup of `size` goes next to the caret: below it when it fits, else above; always inside the window. */
export function placeNear(
  anchor: { x: number; y: number; height: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const margin = 8;
  const left = Math.max(margin, Math.min(anchor.x, viewport.width - size.width - margin));
  const below = anchor.y + anchor.height + 4;
  const top =
    below + size.height <= viewport.height - margin ? below : Math.max(margin, anchor.y - size.height - 4);
  return { left, top };
}
