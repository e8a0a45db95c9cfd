import { signal, type ReadonlySignal } from '@preact/signals';
import { browser, type Browser } from 'wxt/browser';
import type { UiLang } from '../i18n';
import { frameHash, NOTES_FRAME_PAGE, NOTES_FRAME_PORT, type FromFrame, type NotesTarget, type ToFrame } from '../notes/frame-protocol';

export interface NotesFrameLink {
  /** The frame's address: the extension page with this overlay's token. */
  src: string;
  token: string;
  /** The frame's content height, as it reports it. */
  height: ReadonlySignal<number>;
  /** What the notes are about now, in which language and theme; sent at once and to every frame that connects. */
  update(target: NotesTarget | null, lang: UiLang, theme: 'light' | 'dark'): void;
  /** Move focus into the frame's text (the agent just opened the notes). */
  focus(frame: HTMLIFrameElement | null): void;
  dispose(): void;
}

export interface NotesFrameOptions {
  /** The frame's token (newToken): the panel's, kept across the frames it shows, so a new extension's can take the text over. */
  token: string;
  /** Esc in the notes: give focus back to the overlay. */
  onEscape(): void;
  /** The frame's port closed: the frame went away, or the extension under both did. */
  onDisconnect?(): void;
  /** The token of the notes frame an extension update left behind: the new frame takes over its text. */
  handover?: string;
  /** That take-over is over (see FromFrame 'handover-done'). */
  onHandoverDone?(): void;
}

/** 128 random bits: no secure context needed (agent-enabled CRMs may be plain http). */
export function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Our notes frame, connected directly (Chromium), or our background relaying for it (Firefox, where the frame has
 * no tabs API: lib/background/notes-frame-relay.ts checks the frame's page and tab there). The background is in no
 * tab; only extension contexts can open a port to a content script at all.
 */
const fromOurFrame = (port: Browser.runtime.Port) => {
  const url = port.sender?.url;
  if (port.sender?.id !== browser.runtime.id || !url) return false;
  return new URL(url).pathname === NOTES_FRAME_PAGE || port.sender.tab === undefined;
};

/**
 * The content script's end of the notes frame: it tells the frame which interaction to open and hears back its
 * size, Esc and readiness. Only the frame carrying this overlay's token is answered. It comes with the extras bundle
 * (app/extras/notes-view.tsx), made when the agent opens the notes, out of the content script.
 */
export function linkNotesFrame(options: NotesFrameOptions): NotesFrameLink {
  const { token } = options;
  const height = signal(0);
  let port: Browser.runtime.Port | undefined;
  let context: ToFrame | undefined;
  /** Focus asked for before the frame was ready: given once it is. */
  let focusWanted: HTMLIFrameElement | null | undefined;

  const send = (msg: ToFrame) => port?.postMessage(msg);
  const onMessage = (msg: FromFrame) => {
    if (msg.kind === 'ready') {
      if (context) send(context);
      if (focusWanted !== undefined) {
        focusWanted?.focus();
        send({ kind: 'focus' });
      }
      focusWanted = undefined;
    } else if (msg.kind === 'size' && Number.isFinite(msg.height)) {
      height.value = Math.ceil(msg.height);
    } else if (msg.kind === 'escape') {
      options.onEscape();
    } else if (msg.kind === 'handover-done') {
      options.onHandoverDone?.();
    }
  };
  const onConnect = (p: Browser.runtime.Port) => {
    if (p.name !== NOTES_FRAME_PORT + token || !fromOurFrame(p)) return;
    port?.disconnect();
    port = p;
    p.onMessage.addListener(onMessage as (msg: unknown) => void);
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
      options.onDisconnect?.();
    });
  };
  browser.runtime.onConnect.addListener(onConnect);

  return {
    src: browser.runtime.getURL(NOTES_FRAME_PAGE) + frameHash({ token, handover: options.handover }),
    token,
    height,
    update(target, lang, theme) {
      context = { kind: 'context', target, lang, theme };
      send(context);
    },
    focus(frame) {
      frame?.focus();
      if (port) send({ kind: 'focus' });
      else focusWanted = frame;
    },
    dispose() {
      browser.runtime.onConnect.removeListener(onConnect);
      port?.disconnect();
      port = undefined;
    },
  };
}
