import { editableRoot, isTextField, rangeIn } from '../editors/dom';
import { isRange, type Replace } from '../editors/types';
import { findTypedShortcut } from './keyword';

export interface ShortcutAtCaret {
  root: HTMLElement;
  keyword: string;
  /** The typed trigger + keyword, which the template replaces. */
  replace: Replace;
}

/** The longest stretch before the caret worth looking at (a shortcut is short). */
const LOOKBACK = 64;

/** The `/keyword` right before a collapsed caret in the editor that holds `target`. */
export function shortcutAtCaret(target: Element | null, trigger: string): ShortcutAtCaret | null {
  const root = editableRoot(target);
  if (!root) return null;
  if (isTextField(root)) {
    const caret = root.selectionStart;
    if (caret === null || caret !== root.selectionEnd) return null;
    const before = root.value.slice(Math.max(0, caret - LOOKBACK), caret);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    const found = findTypedShortcut(line, trigger);
    if (!found) return null;
    return { root, keyword: found.keyword, replace: { start: caret - (line.length - found.start), end: caret } };
  }
  const range = rangeIn(root);
  if (!range?.collapsed) return null;
  let node: Node = range.startContainer;
  let offset = range.startOffset;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A caret between elements: the text node just before it, if any (editors keep typed text in one node).
    const prev = node.childNodes[offset - 1];
    if (prev?.nodeType !== Node.TEXT_NODE) return null;
    node = prev;
    offset = (prev as Text).length;
  }
  const text = (node as Text).data.slice(0, offset);
  const found = findTypedShortcut(text.slice(Math.max(0, text.length - LOOKBACK)), trigger);
  if (!found) return null;
  const replace = node.ownerDocument!.createRange();
  replace.setStart(node, offset - (Math.min(text.length, LOOKBACK) - found.start));
  replace.setEnd(node, offset);
  return { root, keyword: found.keyword, replace };
}

/**
 * Where the typed shortcut stands now in a rich editor, for the template to replace it. The template comes a moment
 * after Tab (the page read, the extras loaded): an agent who pressed Enter meanwhile made CKEditor 4 rebuild the line
 * (a bare line of text becomes a paragraph, in a new text node), which emptied the remembered range; the template then
 * went in at the top of the reply and «/arxh» stayed in it, and was sent. The range while it still holds the
 * shortcut, else the shortcut's last place in the editor, else none (the agent deleted it: the caret decides).
 * In a text field: its offsets while they still hold the shortcut (the page may have re-rendered it), else none.
 */
export function typedNow(root: HTMLElement, saved: Replace | undefined, typed: string): Replace | undefined {
  if (isTextField(root)) return saved && !isRange(saved) && root.value.slice(saved.start, saved.end) === typed ? saved : undefined;
  if (isRange(saved) && saved.toString() === typed) return saved;
  const doc = root.ownerDocument;
  const texts = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT, in any frame's window */);
  let found: Range | undefined;
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const at = (node as Text).data.lastIndexOf(typed);
    if (at < 0) continue;
    found = doc.createRange();
    found.setStart(node, at);
    found.setEnd(node, at + typed.length);
  }
  return found;
}

/**
 * Whether the editor already holds the agent's words before `at` (the typed shortcut, or the caret), where a template
 * goes in: its own salutation would then be a second greeting (knowledge/template ExpandOptions.greeted). Spaces,
 * and the zero-width ones some editors keep in an empty line, are no words.
 */
export function wordsBefore(root: HTMLElement, at: Replace | undefined): boolean {
  if (isTextField(root)) {
    const start = at && !isRange(at) ? at.start : (root.selectionStart ?? 0);
    return hasWords(root.value.slice(0, start));
  }
  const range = isRange(at) ? at : rangeIn(root);
  if (!range || !root.contains(range.startContainer)) return false;
  const before = root.ownerDocument.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  return hasWords(before.toString());
}

const hasWords = (text: string) => /[^\s\u200b\ufeff]/.test(text);
