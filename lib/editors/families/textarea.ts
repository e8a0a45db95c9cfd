import { isTextField } from '../dom';
import { defineInserter, isRange, type InsertContent, type Replace } from '../types';

/** A single-line input cannot hold line breaks: they become spaces, so the cursor offset still fits. */
function fitToField(el: HTMLInputElement | HTMLTextAreaElement, text: string): string {
  return el.localName === 'input' ? text.replace(/\r?\n/g, ' ') : text;
}

/**
 * Textareas and text inputs: execCommand('insertText') goes through the browser's own editing, so the page's
 * framework sees a normal input event and one Ctrl+Z restores the keyword. Fallback: setRangeText + input.
 */
async function insert(root: HTMLElement, content: InsertContent, replace: Replace | undefined): Promise<void> {
  const el = root as HTMLInputElement | HTMLTextAreaElement;
  const text = fitToField(el, content.text);
  const span = replace && !isRange(replace) ? replace : undefined;
  const start = span ? span.start : (el.selectionStart ?? el.value.length);
  const end = span ? span.end : (el.selectionEnd ?? start);
  el.focus();
  el.setSelectionRange(start, end);
  const before = el.value;
  let ok = false;
  try {
    ok = el.ownerDocument.execCommand('insertText', false, text);
  } catch {
    // No execCommand (or a page that broke it): the fallback below still inserts.
  }
  if (!ok || el.value === before) {
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  const caret = start + Math.min(content.cursorOffset ?? text.length, text.length);
  el.setSelectionRange(caret, caret);
}

export default defineInserter({ id: 'textarea', priority: 10, detect: isTextField, insert });
