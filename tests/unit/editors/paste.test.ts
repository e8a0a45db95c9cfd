import { afterEach, describe, expect, it, vi } from 'vitest';
import { pasteInto } from '@/lib/editors/paste';

/** An editor root with `/sorry` typed in it, the keyword selected as the shortcut listener hands it over. */
function editorWithKeyword() {
  document.body.innerHTML = '<div id="ed" contenteditable="true"><p>/sorry</p></div>';
  const root = document.getElementById('ed')!;
  const range = document.createRange();
  range.selectNodeContents(root.querySelector('p')!.firstChild!);
  return { root, range };
}

describe('pasteInto', () => {
  const insertText = vi.fn(() => true);
  afterEach(() => insertText.mockClear());
  Object.defineProperty(document, 'execCommand', { configurable: true, value: insertText });

  it('hands the editor a paste with plain text and HTML; an editor that takes it gets nothing else', async () => {
    const { root, range } = editorWithKeyword();
    const seen: Array<{ type: string; html?: string }> = [];
    root.addEventListener('paste', (e) => {
      seen.push({ type: 'paste', html: e.clipboardData?.getData('text/html') });
      e.preventDefault();
    });
    root.addEventListener('beforeinput', () => seen.push({ type: 'beforeinput' }));
    await pasteInto(root, { text: 'Hello,\n\nThanks' }, range, 'paragraphs');
    expect(seen).toEqual([{ type: 'paste', html: '<p>Hello,</p><p>Thanks</p>' }]);
    expect(insertText).not.toHaveBeenCalled();
  });

  it('offers the paste as beforeinput insertFromPaste (Input Events Level 2 editors) before falling back', async () => {
    const { root, range } = editorWithKeyword();
    let got: { inputType: string; text?: string } | undefined;
    root.addEventListener('beforeinput', (e) => {
      got = { inputType: e.inputType, text: e.dataTransfer?.getData('text/plain') };
      e.preventDefault();
    });
    await pasteInto(root, { text: 'Hello' }, range, 'paragraphs');
    expect(got).toEqual({ inputType: 'insertFromPaste', text: 'Hello' });
    expect(insertText).not.toHaveBeenCalled();
  });

  it('falls back to insertText when no handler took the paste (a plain contenteditable)', async () => {
    const { root, range } = editorWithKeyword();
    await pasteInto(root, { text: 'Hello' }, range, 'paragraphs');
    expect(insertText).toHaveBeenCalledWith('insertText', false, 'Hello');
  });

  it('gives a `plain` editor (Trix) the text alone', async () => {
    const { root, range } = editorWithKeyword();
    let types: readonly string[] = [];
    root.addEventListener('paste', (e) => {
      types = [...(e.clipboardData?.types ?? [])];
      e.preventDefault();
    });
    await pasteInto(root, { text: 'Hello,\nAnna' }, range, 'plain');
    expect(types).toEqual(['text/plain']);
  });
});
