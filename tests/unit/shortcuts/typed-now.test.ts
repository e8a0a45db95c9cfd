import { describe, expect, it } from 'vitest';
import { shortcutAtCaret, typedNow } from '@/lib/shortcuts/caret';

/**
 * RT's CKEditor 4: «/arxh» typed on the editor's bare first line, Tab, and Enter before the template came. CKEditor
 * made the line a paragraph in a new text node; the remembered range was left empty at the top, the template went in
 * there, and «/arxh» stayed in the reply that was sent.
 */
function editorWithTypedShortcut() {
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.innerHTML = '<p></p>';
  document.body.replaceChildren(body);
  const line = document.createTextNode('/arxh');
  body.prepend(line);
  body.focus();
  const caret = document.createRange();
  caret.setStart(line, 5);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(caret);
  const at = shortcutAtCaret(line.parentElement, '/')!;
  return { body, line, at };
}

/** What a browser's live range becomes when its text node leaves the document (happy-dom leaves it as it was). */
function emptied(body: HTMLElement) {
  const range = document.createRange();
  range.setStart(body, 0);
  return range;
}

describe('the typed shortcut, where it stands when its template comes', () => {
  it('the remembered range while it still holds the shortcut', () => {
    const { body, at } = editorWithTypedShortcut();
    expect(at.keyword).toBe('arxh');
    expect(typedNow(body, at.replace, '/arxh')).toBe(at.replace);
  });

  it('its new place after the editor rebuilt the line (the range left empty), not the top of the reply', () => {
    const { body, line } = editorWithTypedShortcut();
    // What CKEditor does on Enter: the bare line becomes a paragraph of its own, a new text node.
    const p = document.createElement('p');
    p.append(document.createTextNode('/arxh'), document.createElement('br'));
    line.replaceWith(p);
    const now = typedNow(body, emptied(body), '/arxh') as Range;
    expect(now.toString()).toBe('/arxh');
    expect(now.startContainer.parentElement).toBe(p);
  });

  it('none when the agent deleted it (the caret decides), and text fields keep their offsets', () => {
    const { body, line, at } = editorWithTypedShortcut();
    line.remove();
    expect(at.keyword).toBe('arxh');
    expect(typedNow(body, emptied(body), '/arxh')).toBeUndefined();
    expect(typedNow(body, undefined, '/arxh')).toBeUndefined();
    const field = document.createElement('textarea');
    field.value = 'Καλησπέρα /arxh';
    expect(typedNow(field, { start: 10, end: 15 }, '/arxh')).toEqual({ start: 10, end: 15 });
  });
});
