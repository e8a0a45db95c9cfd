import type { Ref } from 'preact';
import type { ReadonlySignal } from '@preact/signals';

export interface NotesFrameProps {
  /** The extension page holding the notes editor (chrome-extension://…/notes-frame.html#t=…). */
  src: string;
  /** Its content height as it reports it; 0 until it does. */
  height: ReadonlySignal<number>;
  title: string;
  frameRef?: Ref<HTMLIFrameElement>;
}

/**
 * The notes inside the overlay: an extension page in a frame, so what the agent types there is out of the CRM
 * page's reach (the page can neither read the frame nor receive its key and input events). Sized to its content
 * so the panel scrolls as one.
 */
export function NotesFrame({ src, height, title, frameRef }: NotesFrameProps) {
  return (
    <iframe
      ref={frameRef}
      class="odigos-notes-frame"
      src={src}
      title={title}
      referrerpolicy="no-referrer"
      // Its look is here, not in overlay.css: only the extras draw it, and the content script's budget is tight.
      style={{ display: 'block', width: '100%', border: '0', background: 'transparent', colorScheme: 'normal', height: height.value > 0 ? `${height.value}px` : '480px' }}
    />
  );
}
