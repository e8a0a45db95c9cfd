import { isTextField } from './dom';
import { isRange, type Replace } from './types';

/** Where on the top window's screen the caret is; the palette and the form open beside it. */
export interface Anchor {
  x: number;
  y: number;
  height: number;
  /**
   * How far down the page's bars pinned to the top of the window reach over the caret's column (osTicket's fixed
   * header and its sticky ticket bar): a popup keeps below them where it has the room (components/palette/position.ts).
   */
  pinned?: number;
}

/** The agent's editor and where the caret was in it (the same DOM objects: the content script and the extras share the world). */
export interface Caret {
  root: HTMLElement | null;
  saved: Replace | undefined;
  /** A typed shortcut (`/arxh`) that `saved` covered when the agent pressed Tab: the template replaces it. */
  typed?: string;
}

interface Box {
  left: number;
  top: number;
  height: number;
}

/** The computed styles that decide where a text field's characters fall (copied onto the mirror). */
const MIRRORED = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-size-adjust', 'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'text-indent',
  'tab-size', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

/**
 * Where the caret of a textarea or input is: the browser does not say, so a hidden copy of the field's text up to
 * the caret, laid out like the field (mirror), shows where the next character would go. The mirror lives in
 * Odigos' own shadow root (`scratch`), never in the page.
 */
function textFieldCaret(field: HTMLTextAreaElement | HTMLInputElement, offset: number, scratch: HTMLElement): Box {
  const rect = field.getBoundingClientRect();
  const view = field.ownerDocument.defaultView ?? window;
  const style = view.getComputedStyle(field);
  const mirror = document.createElement('div');
  for (const p of MIRRORED) mirror.style.setProperty(p, style.getPropertyValue(p));
  const multiline = field.localName === 'textarea';
  const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  Object.assign(mirror.style, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    visibility: 'hidden',
    pointerEvents: 'none',
    boxSizing: 'content-box',
    border: '0',
    margin: '0',
    // clientWidth leaves out the borders and a vertical scrollbar: lines wrap where the field wraps them.
    width: `${Math.max(0, field.clientWidth - padX)}px`,
    whiteSpace: multiline ? 'pre-wrap' : 'pre',
    overflowWrap: multiline ? 'break-word' : 'normal',
    wordBreak: style.wordBreak,
  });
  mirror.textContent = field.value.slice(0, offset);
  const marker = document.createElement('span');
  // A character after the caret gives the marker a line box even at the end of the text or of a line.
  marker.textContent = field.value.slice(offset, offset + 1) || '.';
  mirror.append(marker);
  scratch.append(mirror);
  const lineHeight = marker.offsetHeight || parseFloat(style.fontSize) * 1.4;
  const box = {
    left: rect.left + field.clientLeft + marker.offsetLeft - field.scrollLeft,
    top: rect.top + field.clientTop + marker.offsetTop - field.scrollTop,
    height: lineHeight,
  };
  mirror.remove();
  // A caret scrolled out of the field's view: the nearest visible edge of the field stands for it.
  const maxTop = rect.bottom - field.clientTop - lineHeight;
  box.top = Math.max(rect.top + field.clientTop, Math.min(box.top, maxTop));
  box.left = Math.max(rect.left, Math.min(box.left, rect.right - field.clientLeft));
  return box;
}

/** A collapsed caret often has no box of its own (after a space, on an empty line): a character beside it does. */
function rangeCaret(range: Range, root: HTMLElement): Box {
  const own = range.getClientRects()[0];
  if (own && (own.height || own.left)) return { left: own.left, top: own.top, height: own.height };
  const node = range.startContainer;
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    const probe = node.ownerDocument!.createRange();
    const at = range.startOffset;
    const from = at > 0 ? at - 1 : at;
    probe.setStart(text, from);
    probe.setEnd(text, Math.min(text.length, from + 1));
    const r = probe.collapsed ? undefined : probe.getClientRects()[0];
    if (r) return { left: at > 0 ? r.right : r.left, top: r.top, height: r.height };
  }
  // The line (block) the caret is in, cut to one line: a tall editor's top-left corner is no caret.
  const block = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement) ?? root;
  const r = block.getBoundingClientRect();
  const view = block.ownerDocument.defaultView ?? window;
  const line = parseFloat(view.getComputedStyle(block).lineHeight) || 20;
  return { left: r.left, top: r.top, height: Math.min(r.height, line) };
}

/** The caret's place on the top window's screen (frames add their offsets). `scratch`: where a text field's mirror may go. */
export function caretAnchor({ root, saved }: Caret, scratch: HTMLElement): Anchor {
  if (!root) return { x: innerWidth / 2 - 220, y: innerHeight / 3, height: 0 };
  let box: Box;
  if (isRange(saved)) box = rangeCaret(saved, root);
  else if (isTextField(root)) box = textFieldCaret(root, saved?.end ?? root.selectionEnd ?? root.value.length, scratch);
  else {
    const r = root.getBoundingClientRect();
    box = { left: r.left, top: r.top, height: r.height };
  }
  let { left: x, top: y } = box;
  for (let win: Window | null = root.ownerDocument.defaultView; win && win !== window; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    // A frame's document starts inside its border and its padding (a helpdesk may pad its editor's frame).
    const cs = (frame.ownerDocument.defaultView ?? window).getComputedStyle(frame);
    x += f.left + frame.clientLeft + (parseFloat(cs.paddingLeft) || 0);
    y += f.top + frame.clientTop + (parseFloat(cs.paddingTop) || 0);
  }
  return { x, y, height: box.height, pinned: pinnedTop(x + 1, y) };
}

/** The page's topmost box at a point (Odigos' own hosts are not the page's); none where the DOM cannot say (happy-dom). */
const pageAt = (x: number, y: number) => (document.elementsFromPoint?.(x, y) ?? []).find((el) => !el.localName.startsWith('odigos-'));

/** The box itself or its ancestor that stays put as the page scrolls (position fixed or sticky), if any. */
function pinnedBox(el: Element | undefined): Element | undefined {
  for (let e = el; e && e !== document.body && e !== document.documentElement; e = e.parentElement ?? undefined) {
    if (/^(?:fixed|sticky)$/.test(getComputedStyle(e).position)) return e;
  }
  return undefined;
}

/**
 * The bottom of the bars pinned to the top of the window at column `x`, stacked (a fixed header, a sticky bar under
 * it), above `limit` (the caret's line) and each shorter than a third of the window; 0 where the page has none.
 * The palette opened above a low reply box reached the top of the window, over osTicket's navigation and the
 * ticket's own bar (its number and actions), where the room below the caret would have held it.
 */
export function pinnedTop(x: number, limit: number): number {
  let bottom = 0;
  for (let n = 0; n < 4; n++) {
    const r = pinnedBox(pageAt(x, bottom + 1))?.getBoundingClientRect();
    if (!r || r.bottom <= bottom || r.bottom >= limit || r.height > innerHeight / 3) break;
    bottom = r.bottom;
  }
  return bottom;
}
