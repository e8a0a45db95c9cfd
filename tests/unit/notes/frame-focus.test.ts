import { describe, expect, it } from 'vitest';
import { focusWhenLoaded } from '@/lib/notes/frame-focus';

/** A frame document whose animation frames run when the test says, and whose focus the test moves. */
function frameDoc() {
  const frames: Array<() => void> = [];
  const win = Object.assign(new EventTarget(), {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
  });
  const root = document.createElement('div');
  root.innerHTML = '<textarea disabled></textarea>';
  document.body.append(root);
  const text = root.querySelector('textarea')!;
  return {
    root,
    text,
    win,
    /** The agent clicks into the page's reply box: the frame's window loses focus. */
    leave: () => {
      text.blur();
      win.dispatchEvent(new Event('blur'));
    },
    /** The note has loaded: the text takes typing. */
    load: () => void (text.disabled = false),
    runFrames: (n = 5) => {
      for (let i = 0; i < n; i++) frames.splice(0).forEach((f) => f());
    },
  };
}

describe('the notes frame puts the caret in the text once the note has loaded', () => {
  it('focuses the text when it loads', () => {
    const d = frameDoc();
    focusWhenLoaded(d.root, d.win);
    d.runFrames();
    expect(document.activeElement).not.toBe(d.text);
    d.load();
    d.runFrames();
    expect(document.activeElement).toBe(d.text);
    d.root.remove();
  });

  it('does not take focus back once the agent went elsewhere while the note was loading (typing went into the notes)', () => {
    const d = frameDoc();
    focusWhenLoaded(d.root, d.win);
    d.runFrames();
    // The agent clicked back into the page's reply box before the note came: their keys must stay there.
    d.leave();
    d.load();
    d.runFrames();
    expect(document.activeElement).not.toBe(d.text);
    d.root.remove();
  });
});
