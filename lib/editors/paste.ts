import { moveCaretBack, rangeAtEnd, rangeIn, select, sleep } from './dom';
import { caretStepsFromEnd, textToHtml, type Layout } from './rich-text';
import { isRange, type InsertContent, type Replace } from './types';

/**
 * The path every well-behaved rich editor honours (measured on six): select what is replaced with a DOM Range,
 * give the editor a moment to sync its own selection, then hand it a synthetic paste. The editor inserts into
 * its own model as one undo step. When nothing handled the paste (a plain contenteditable), insertText does the
 * same with the browser's native undo.
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
  if (layout !== 'plain') data.setData('text/html', content.html ?? textToHtml(content.text, layout));
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  const at = rangeIn(root)?.startContainer ?? root;
  (at.nodeType === Node.ELEMENT_NODE ? (at as Element) : (at.parentElement ?? root)).dispatchEvent(paste);
  let steps: number;
  if (paste.defaultPrevented) {
    steps = caretStepsFromEnd(content.text, content.cursorOffset, layout);
  } else {
    doc.execCommand('insertText', false, content.text);
    steps = caretStepsFromEnd(content.text, content.cursorOffset, 'plain');
  }
  if (steps) {
    // Let the editor finish rendering and place its caret at the end before walking back from there.
    await sleep(0);
    moveCaretBack(root, steps);
  }
}
