/** What the deferred focus needs of the frame's window (tests give a fake). */
export interface FocusWindow {
  requestAnimationFrame(cb: () => void): number;
  addEventListener(type: 'blur', cb: () => void): void;
  removeEventListener(type: 'blur', cb: () => void): void;
}

/**
 * Put the caret in the notes text once the editor has loaded it (a disabled field takes no focus), unless focus left
 * the frame in the meantime; given up after `tries` animation frames. A note that loads slowly (a
 * loaded machine, drafts merged first) used to take focus whenever it came: an agent who had gone back to the
 * page's reply box meanwhile typed, or pasted, into the notes instead (seen in the Firefox e2e, where the paste
 * then replaced the note and was saved). Returns a way to cancel it.
 */
export function focusWhenLoaded(root: ParentNode, win: FocusWindow = window, tries = 300): () => void {
  let live = true;
  const stop = () => {
    live = false;
    win.removeEventListener('blur', stop);
  };
  // Focus left the frame after it was asked for (the agent clicked elsewhere): the caret stays where they put it.
  win.addEventListener('blur', stop);
  const attempt = (left: number) => {
    if (!live) return;
    const text = root.querySelector<HTMLTextAreaElement>('textarea');
    // Not asked whether this frame has focus now: a headless or unfocused browser window says no to that.
    if (text && !text.disabled) {
      stop();
      text.focus();
    } else if (left > 0) win.requestAnimationFrame(() => attempt(left - 1));
    else stop();
  };
  attempt(tries);
  return stop;
}
