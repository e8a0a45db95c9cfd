import { extensionGone } from '../notes/frame-orphan';

/** On an overlay whose extension was reloaded or updated under it (it stays on the page, stopped). */
export const ORPHAN_ATTR = 'data-odigos-orphaned';
/** On such an overlay with its notes open: the notes frame's token, for the new frame to take its text over. */
export const HANDOVER_ATTR = 'data-odigos-handover';

export { extensionGone };

/** With the extension gone (reloaded or updated under the page) its APIs throw: each step is tried on its own. */
export function tryEach(steps: Array<() => void>): void {
  for (const step of steps) {
    try {
      step();
    } catch {
      // nothing more to stop there
    }
  }
}

/**
 * Notice at once that the extension under this content script is gone: at the agent's first key, click or focus
 * in the overlay (before it is acted on), when the notes frame's port closes (`check`), and every second otherwise.
 * Resolves nothing; calls `onOrphaned` once. Returns a stop function.
 */
export function watchOrphaned(container: HTMLElement, onOrphaned: () => void): { check(): void; stop(): void } {
  let done = false;
  const check = () => {
    if (done || !extensionGone()) return false;
    done = true;
    stop();
    onOrphaned();
    return true;
  };
  const stopEvent = (e: Event) => {
    if (check()) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  const types = ['keydown', 'beforeinput', 'pointerdown', 'focusin'] as const;
  for (const type of types) container.addEventListener(type, stopEvent, true);
  // Plain timers: the context's own ones stop running once the extension is gone.
  const timer = setInterval(check, 1000);
  const stop = () => {
    clearInterval(timer);
    for (const type of types) container.removeEventListener(type, stopEvent, true);
  };
  return { check: () => void check(), stop };
}

export interface Orphan {
  /** The notes frame's token if its notes were open. */
  handover?: string;
  /** Focus was in it (the new overlay takes it). */
  hadFocus: boolean;
  remove(): void;
}

/** The overlay a replaced extension left on this page, if any. */
export function findOrphan(tag: string): Orphan | undefined {
  const host = document.querySelector<HTMLElement>(`${tag}[${ORPHAN_ATTR}]`);
  if (!host) return undefined;
  return {
    handover: host.getAttribute(HANDOVER_ATTR) ?? undefined,
    hadFocus: document.activeElement === host,
    remove: () => host.remove(),
  };
}
