import type { UiLang } from '../i18n';
import type { InteractionRef } from './model';

/**
 * The overlay's notes are typed in an extension page (notes-frame.html) framed inside the overlay, never in the
 * CRM page's document: the page's scripts cannot read a cross-origin frame, its key and input events never reach
 * the page, and nothing the page dispatches reaches the editor. The content script and the frame talk only over
 * an extension port (tabs.connect from the frame to the top frame's content script; in Firefox, whose framed
 * extension pages have no tabs API, through the background: lib/background/notes-frame-relay.ts): the page cannot
 * join it, unlike window.postMessage.
 */
export const NOTES_FRAME_PAGE = '/notes-frame.html';
/** The port's name is this prefix and the frame's token (from its URL): the content script answers its own frame only. */
export const NOTES_FRAME_PORT = 'odigos-notes-frame:';

/** What the notes are about: the interaction the overlay read, and the customer's name to prefill. */
export interface NotesTarget {
  ref: InteractionRef;
  customer: string;
}

export type ToFrame =
  | { kind: 'context'; target: NotesTarget | null; lang: UiLang; theme: 'light' | 'dark' }
  /** The agent opened the notes: put the caret in the text. */
  | { kind: 'focus' };

export type FromFrame =
  | { kind: 'ready' }
  /** The frame's content height in CSS pixels: the frame is sized to it. */
  | { kind: 'size'; height: number }
  /** Esc in the notes: focus goes back to the overlay's notes button. */
  | { kind: 'escape' }
  /**
   * The frame this one replaced (extension updated) was asked for its text, and this frame holds it now (stored,
   * or kept in its editor while it could not be), or the old frame did not answer: the old overlay can go.
   */
  | { kind: 'handover-done' };

export interface FrameParams {
  token: string;
  /** The token of the frame left behind by the extension this one replaces, whose text to take over. */
  handover?: string;
}

const TOKEN = /^[\w-]{8,64}$/;

export function frameHash(params: FrameParams): string {
  return `#${new URLSearchParams({ t: params.token, ...(params.handover ? { h: params.handover } : {}) })}`;
}

export function parseFrameHash(hash: string): FrameParams | undefined {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const token = q.get('t');
  const handover = q.get('h');
  if (!token || !TOKEN.test(token)) return undefined;
  return handover && TOKEN.test(handover) ? { token, handover } : { token };
}
