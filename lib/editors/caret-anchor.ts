import { isRange, type Replace } from './types';

/** Where on the top window's screen the caret is; the palette and the form open beside it. */
export interface Anchor {
  x: number;
  y: number;
  height: number;
}

/** The agent's editor and where the caret was in it (the same DOM objects: the content script and the extras share the world). */
export interface Caret {
  root: HTMLElement | null;
  saved: Replace | undefined;
}

/** The caret's place on the top window's screen (frames add their offsets). */
export function caretAnchor({ root, saved }: Caret): Anchor {
  if (!root) return { x: innerWidth / 2 - 220, y: innerHeight / 3, height: 0 };
  let rect = root.getBoundingClientRect();
  if (isRange(saved)) {
    // A collapsed caret after a space often has no box: then the line (block) it is in stands for it.
    const r = saved.getClientRects()[0];
    const node = saved.startContainer;
    const block = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement) ?? root;
    rect = r && (r.height || r.left) ? r : block === root ? rect : block.getBoundingClientRect();
  }
  let x = rect.left;
  let y = rect.top;
  for (let win: Window | null = root.ownerDocument.defaultView; win && win !== window; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    x += f.left + frame.clientLeft;
    y += f.top + frame.clientTop;
  }
  return { x, y, height: rect.height };
}
