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

/** Is a remembered shortcut still what stands in the editor (the page may have re-rendered meanwhile)? */
export function stillTyped(at: ShortcutAtCaret, trigger: string): boolean {
  const { root, replace } = at;
  const typed = isRange(replace) ? replace.toString() : (root as HTMLTextAreaElement).value.slice(replace.start, replace.end);
  return typed === trigger + at.keyword;
}
