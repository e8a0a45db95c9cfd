/**
 * Stand-in insertion until lib/editors lands (its `insertIntoEditor` replaces this): textareas, inputs and
 * plain contenteditables through execCommand('insertText'), which keeps the editor's undo and input events.
 */
export function insertReply(target: HTMLElement, content: { text: string; cursorOffset?: number }): boolean {
  const doc = target.ownerDocument;
  target.focus();
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const ok = doc.execCommand('insertText', false, content.text);
    if (!ok) {
      target.setRangeText(content.text, start, end, 'end');
      target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: content.text }));
    }
    const caret = start + (content.cursorOffset ?? content.text.length);
    target.setSelectionRange(caret, caret);
    return target.value.includes(content.text.slice(0, 40));
  }
  if (target.isContentEditable) return doc.execCommand('insertText', false, content.text);
  return false;
}
