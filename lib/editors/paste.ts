import { moveCaretBack, rangeAtEnd, rangeIn, select, sleep } from './dom';
import { caretStepsFromEnd, keepSpaceAtCursor, textToHtml, type Layout } from './rich-text';
import { isRange, type InsertContent, type Replace } from './types';

/** A `beforeinput` of type insertFromPaste over `range`, as the browser sends before its own paste; handled? */
function pasteAsBeforeInput(target: Element, data: DataTransfer, range: Range): boolean {
  const targetRanges = typeof StaticRange === 'function' ? [new StaticRange(range)] : [];
  const event = new InputEvent('beforeinput', {
    inputType: 'insertFromPaste',
    dataTransfer: data,
    targetRanges,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * The path every well-behaved rich editor honours (measured on Quill, ProseMirror, TinyMCE, CKEditor 5, Lexical,
 * Trix and Slate): select what is replaced with a DOM Range, give the editor a moment to sync its own selection,
 * then hand it a synthetic paste. The editor inserts into its own model as one undo step. Editors that take a
 * rich paste only from `beforeinput` (Input Events Level 2: Slate, Trix in Chromium) get the same data as an
 * insertFromPaste. When nothing handled either (a plain contenteditable), insertText does the same with the
 * browser's native undo.
 */
export async function pasteInto(
  root: HTMLElement,
  content: InsertContent,
  replace: Replace | undefined,
  layout: Layout,
): Promise<void> {
  const doc = root.ownerDocument;
  if (doc.activeElement !== root && !root.contains(doc.activeElement)) root.focus();
  const range = isRange(replace) ? replace : (rangeIn(root) ?? rangeAtEnd(root));
  select(root, range);
  // Editors read the DOM selection on `selectionchange`, which fires after this task (Quill waits 1 ms more).
  await sleep(16);
  const data = new DataTransfer();
  data.setData('text/plain', content.text);
  // A `plain` editor gets the text alone, its line breaks as typed (it would lay out HTML paragraphs its own way).
  if (layout !== 'plain') data.setData('text/html', content.html ?? textToHtml(keepSpaceAtCursor(content.text, content.cursorOffset), layout));
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const selected = rangeIn(root);
  const at = selected?.startContainer ?? root;
  const target = at.nodeType === Node.ELEMENT_NODE ? (at as Element) : (at.parentElement ?? root);
  target.dispatchEvent(paste);
  const handled = paste.defaultPrevented || (!!selected && pasteAsBeforeInput(target, data, selected));
  let steps: number;
  if (handled) {
    steps = caretStepsFromEnd(content.text, content.cursorOffset, layout);
  } else {
    doc.execCommand('insertText', false, content.text);
    steps = caretStepsFromEnd(content.text, content.cursorOffset, 'plain');
  }
  if (steps) {
    // Let the editor finish rendering (React-based ones, such as Slate, render in a later task) and place its
    // caret at the end before walking back from there.
    const movedOn = agentMovesOn(root.ownerDocument.defaultView);
    await sleep(16);
    if (!movedOn.stop()) moveCaretBack(root, steps);
  }
}

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph']);

/**
 * Whether the agent pressed a key or the mouse from now on: the text shows before the caret is walked back to
 * {{cursor}} (later still on a loaded machine), and walked back from where their Ctrl+End or click had put it, the
 * caret landed inside the signature. Their caret wins.
 */
function agentMovesOn(win: Window | null) {
  let moved = false;
  const seen = (e: Event) => void (e.isTrusted && !MODIFIERS.has((e as KeyboardEvent).key) && (moved = true));
  win?.addEventListener('keydown', seen, true);
  win?.addEventListener('mousedown', seen, true);
  return {
    stop() {
      win?.removeEventListener('keydown', seen, true);
      win?.removeEventListener('mousedown', seen, true);
      return moved;
    },
  };
}
