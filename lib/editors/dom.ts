/**
 * DOM helpers shared by the inserters and the shortcut listener: the element that really has focus (through
 * open shadow roots and same-origin iframes), the editable root around it, the selection that applies to it.
 */

/** Inputs whose value is free text (not checkboxes, dates …). */
const TEXT_INPUT = /^(text|search|email|url|tel|)$/;

export function isTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return (
    el.localName === 'textarea' || (el.localName === 'input' && TEXT_INPUT.test((el as HTMLInputElement).type ?? ''))
  );
}

/**
 * The focused element, descending into open shadow roots and same-origin frames (the one walk of focus: the
 * page's reading, the inserters and the shortcuts' key listeners all use it). The body when nothing is focused.
 */
export function deepActiveElement(doc: Document = document): Element | null {
  let el: Element | null = doc.activeElement;
  for (;;) {
    if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    else if (el?.localName === 'iframe' || el?.localName === 'frame') {
      const inner = frameDocument(el as HTMLIFrameElement);
      if (!inner?.activeElement) return el;
      el = inner.activeElement;
    } else return el;
  }
}

/**
 * `add` is called for `top` and for every same-origin frame in it, once each (reply boxes often live in one: TinyMCE,
 * CKEditor 4 classic); the listeners it adds end with `signal`. A frame is found as soon as it is there (at start, on
 * its load), not when focus first goes into it: keys typed right after a click into a frame were handled before the
 * timer that then looked where focus went (input goes first on a loaded machine: 3 s late under CPU throttling), so
 * «/sorry» and its Tab reached TinyMCE unheard and the Tab took focus to the next field. Focus is still followed, at
 * once, for frames neither finds (in a shadow root).
 *
 * A frame whose document is written anew (CKEditor 4's setData, as a helpdesk loads a draft or a template, does
 * document.open/write/close in the same window) loses every listener in it, with focus still inside: `add` runs
 * again for it on the frame element's `load`, which that rewrite fires (as does a navigation to a new document).
 * So `add` must add the same functions each time: the browser does not add a listener twice.
 */
export function inFramesOf(top: Window, signal: AbortSignal, add: (win: Window) => void): void {
  const frames = new WeakSet<Window>();
  const watched = new WeakSet<Element>();
  // Every same-origin frame between `top` and the focused element (the focus walk stops at a cross-origin one).
  const followFocus = () => {
    for (let win: Window | null | undefined = deepActiveElement(top.document)?.ownerDocument.defaultView; win && win !== top; win = win.parent) listen(win);
  };
  // Focus entering a child frame blurs this window and/or focuses the frame element here: followed now (the keys
  // typed next may come before any timer), and a task later in case focus had not settled yet.
  const follow = () => {
    followFocus();
    setTimeout(followFocus, 0);
  };
  const frameWindow = (frame: Element) => frameDocument(frame as HTMLIFrameElement)?.defaultView;
  // A frame's document loaded, or was written anew: (again) listened to. One load is heard twice, on the frame
  // element (a frame found by focus) and in its parent's document (capture): handled once.
  let lastLoad: Event | undefined;
  const loaded = (e: Event) => {
    const frame = e.target as Element;
    if (e === lastLoad || (frame.localName !== 'iframe' && frame.localName !== 'frame')) return;
    lastLoad = e;
    const win = frameWindow(frame);
    if (!win) return;
    frames.delete(win);
    listen(win);
  };
  // The frame element lives in its parent's document, so a listener on it outlives what happens inside the frame.
  const watch = (frame: Element | null) => {
    if (!frame || watched.has(frame)) return;
    watched.add(frame);
    frame.addEventListener('load', loaded, { signal });
  };
  const listen = (win: Window) => {
    if (frames.has(win) || signal.aborted) return;
    frames.add(win);
    add(win);
    win.addEventListener('blur', follow, { signal });
    win.addEventListener('focusin', follow, { capture: true, signal });
    // A frame's load does not bubble, but its parent document hears it in the capture phase.
    win.document.addEventListener('load', loaded, { capture: true, signal });
    for (const frame of win.document.querySelectorAll('iframe,frame')) {
      const inner = frameWindow(frame);
      if (inner) listen(inner);
    }
    if (win !== top) watch(frameElementOf(win));
  };
  listen(top);
  // The focused element may sit in a frame already (one in a shadow root).
  followFocus();
}

/** The iframe (or frame) element a window is shown in, when its parent is same-origin. */
function frameElementOf(win: Window): Element | null {
  try {
    return win.frameElement;
  } catch {
    return null;
  }
}

/** A same-origin frame's document, or null (cross-origin frames throw on access). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The input, textarea or outermost contenteditable element that contains `el`, if any. */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isTextField(el)) return el.readOnly || el.disabled ? null : el;
  const html = el as HTMLElement;
  if (!html.isContentEditable) {
    // A designMode document (old iframe editors): the body is the editor.
    return el.ownerDocument.designMode === 'on' ? el.ownerDocument.body : null;
  }
  let root = html;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The selection a node lives under (a shadow root keeps its own in Chromium). */
export function selectionOf(node: Node): Selection | null {
  const root = node.getRootNode() as Node & { getSelection?: () => Selection | null };
  // nodeType, not instanceof: a shadow root in an iframe belongs to another realm.
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && typeof root.getSelection === 'function') {
    return root.getSelection();
  }
  return node.ownerDocument?.defaultView?.getSelection() ?? null;
}

/** The current range if it lies inside `root`. */
export function rangeIn(root: HTMLElement): Range | null {
  const sel = selectionOf(root);
  if (!sel?.rangeCount) return null;
  const range = sel.getRangeAt(0);
  return root.contains(range.startContainer) && root.contains(range.endContainer) ? range : null;
}

export function select(root: HTMLElement, range: Range): void {
  const sel = selectionOf(root);
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** A caret at the end of the editor's content. */
export function rangeAtEnd(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const ZERO_WIDTH_ONLY = /^[\u200b\ufeff]+$/;

/**
 * Walk the caret back `steps` positions (a line or paragraph boundary is one), the way arrow keys do. A move
 * over nothing but a zero-width character (the filler editors such as Slate keep in an empty line) is no step.
 */
export function moveCaretBack(root: HTMLElement, steps: number): void {
  const sel = selectionOf(root) as (Selection & { modify?: (a: string, d: string, g: string) => void }) | null;
  if (!sel?.modify) return;
  for (let i = 0, guard = steps * 2; i < steps && guard > 0; guard--) {
    const from = sel.focusNode;
    const fromOffset = sel.focusOffset;
    sel.modify('move', 'backward', 'character');
    if (!from || !sel.focusNode) return;
    const crossed = root.ownerDocument.createRange();
    crossed.setStart(sel.focusNode, sel.focusOffset);
    crossed.setEnd(from, fromOffset);
    if (!ZERO_WIDTH_ONLY.test(crossed.toString())) i++;
  }
}

/** Text as the agent sees it, without whitespace: what verification compares. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

export function visibleText(root: HTMLElement): string {
  return isTextField(root) ? root.value : (root.innerText ?? root.textContent ?? '');
}
