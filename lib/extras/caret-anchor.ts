import { isRange } from '../editors/types';
import type { Anchor, Caret } from './api';

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
