import { deepActiveElement, editableRoot, inFramesOf } from '@/lib/editors/dom';
import { reachesBand, TAB, tabTop, type Rect } from '@/lib/overlay/placement';

export interface FoldWatchOptions {
  /** Odigos's own element on the page: focus in it is not the agent typing in the page. */
  host: HTMLElement;
  /** Where the panel is docked and how wide it is, now. */
  band(): { side: 'left' | 'right'; width: number };
  folded(): boolean;
  replyEditor(): HTMLElement | undefined;
  /** The agent focused or typed in a field of the page while the panel was open; `under` when it covers part of it. */
  onTyping(under: boolean): void;
  /** Where the folded tab's top edge goes now (undefined while the panel is open). */
  onTab(top: number | undefined): void;
  signal: AbortSignal;
}

/** An element's box in the top window's viewport, through the same-origin frames it sits in. */
function topBox(el: Element): Rect {
  let { left, right, top, bottom } = el.getBoundingClientRect();
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const f = frame.getBoundingClientRect();
    [left, right, top, bottom] = [left + f.left, right + f.left, top + f.top, bottom + f.top];
  }
  return { left, right, top, bottom };
}

/**
 * What the panel's fold needs to see where the page has no room beside it (app/content/folding.ts asks for it
 * there, so a page with room loads none of it): focus and typing in the page's fields, in its frames too (TinyMCE
 * and CKEditor 4 keep the reply box in one), and, while folded, a place for the tab off the field the agent types
 * in (or the reply box) as the page scrolls. `place` looks again (the fold changed, the reading found the box).
 */
export function watchFolding(o: FoldWatchOptions): { place(): void } {
  /** The field of the page the agent is in (not one of Odigos's), if any. */
  const typingIn = () => (document.activeElement === o.host ? null : editableRoot(deepActiveElement()));
  const place = () => {
    const field = typingIn() ?? o.replyEditor();
    const box = field?.isConnected ? topBox(field) : undefined;
    const { side } = o.band();
    o.onTab(o.folded() ? tabTop(innerHeight, box && reachesBand(box, side, TAB.width, innerWidth) ? box : undefined) : undefined);
  };
  let frame = 0;
  const later = () => void (frame ||= requestAnimationFrame(() => ((frame = 0), place())));
  const typed = () => {
    const field = o.folded() ? null : typingIn();
    const { side, width } = o.band();
    if (field) o.onTyping(reachesBand(topBox(field), side, width, innerWidth));
    later();
  };
  const options = { capture: true, passive: true, signal: o.signal };
  addEventListener('resize', later, options);
  addEventListener('scroll', () => void (o.folded() && later()), options);
  inFramesOf(window, o.signal, (win) => {
    win.addEventListener('focusin', typed, options);
    win.addEventListener('input', typed, options);
  });
  o.signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  later();
  return { place: later };
}
