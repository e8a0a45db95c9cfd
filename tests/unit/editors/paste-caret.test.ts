import { describe, expect, it, vi } from 'vitest';
import { pasteInto } from '@/lib/editors/paste';

// The walk back to {{cursor}} is seen here (happy-dom has no Selection.modify to walk with).
const moveCaretBack = vi.hoisted(() => vi.fn());
vi.mock('@/lib/editors/dom', async (original) => ({ ...(await original<typeof import('@/lib/editors/dom')>()), moveCaretBack }));

/** A rich editor that takes the paste (and renders it) and the agent's `key`, pressed just after it showed, if any. */
async function pasteThenPress(key?: KeyboardEventInit) {
  document.body.innerHTML = '<div id="ed" contenteditable="true"><p>/sorry</p></div>';
  const root = document.getElementById('ed')!;
  const range = document.createRange();
  range.selectNodeContents(root.querySelector('p')!.firstChild!);
  root.addEventListener('paste', (e) => {
    e.preventDefault();
    root.querySelector('p')!.textContent = 'I am sorry. Kind regards, Anna';
    if (!key) return;
    setTimeout(() => {
      const e = new KeyboardEvent('keydown', { bubbles: true, ...key });
      Object.defineProperty(e, 'isTrusted', { value: true });
      document.activeElement?.dispatchEvent(e);
    }, 0);
  });
  moveCaretBack.mockClear();
  await pasteInto(root, { text: 'I am sorry. Kind regards, Anna', cursorOffset: 11 }, range, 'paragraphs');
}

describe('pasteInto: the caret walked back to {{cursor}} after the editor rendered the text', () => {
  it('is walked back when the agent did nothing meanwhile', async () => {
    await pasteThenPress();
    expect(moveCaretBack).toHaveBeenCalledTimes(1);
  });

  it('is left where the agent put it when they pressed a key once the text showed (Ctrl+End, then Enter)', async () => {
    // Walked back from where the agent's Ctrl+End had put it, the caret landed inside the signature, and their Enter
    // split it.
    await pasteThenPress({ key: 'End', code: 'End', ctrlKey: true });
    expect(moveCaretBack).not.toHaveBeenCalled();
  });
});
