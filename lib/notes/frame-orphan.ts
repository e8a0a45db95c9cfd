import { browser } from 'wxt/browser';

/** Whether the extension this document belongs to is gone: reloaded, updated or removed under it. */
export function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Notice at once that the notes frame's extension is gone: before any text is accepted (the edit is refused, so
 * nothing is shown that could not be kept), when the port to the overlay closes, and twice a second otherwise.
 */
export function watchFrameOrphaned(doc: Document, portClosed: Promise<void>, onOrphaned: () => void): void {
  let orphaned = false;
  const check = () => {
    if (!orphaned && extensionGone()) {
      orphaned = true;
      clearInterval(timer);
      onOrphaned();
    }
    return orphaned;
  };
  doc.addEventListener(
    'beforeinput',
    (e) => {
      if (check()) e.preventDefault();
    },
    true,
  );
  for (const type of ['keydown', 'pointerdown', 'focusin'] as const) doc.addEventListener(type, check, true);
  const timer = setInterval(check, 500);
  // The extension's id goes a moment after its ports close.
  void portClosed.then(() => {
    for (let i = 1; i <= 20; i++) setTimeout(check, i * 100);
  });
}
