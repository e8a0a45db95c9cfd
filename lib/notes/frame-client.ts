import { browser, type Browser } from 'wxt/browser';
import { NOTES_FRAME_PORT, type FromFrame, type ToFrame } from './frame-protocol';
import { FailureError } from '../failure';

export interface OverlayLink {
  post(msg: FromFrame): void;
  /** Resolves when the port closes (the overlay went away, or the extension under this frame did). */
  closed: Promise<void>;
}

/** What of the extension API the frame uses to reach the overlay: its `browser` (tests give a fake). */
export interface FrameApi {
  runtime: { connect(info: { name: string }): Browser.runtime.Port };
  /** Absent in Firefox, in an extension page framed in a web page. */
  tabs?: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    connect(tabId: number, info: { name: string; frameId: number }): Browser.runtime.Port;
  };
}

/**
 * The frame's end of the notes link: a port to the content script of the top frame of the tab it is shown in
 * (directly, or relayed by the background). Extension ports reach extension contexts only: nothing the page runs
 * can answer or listen.
 */
export async function connectToOverlay(token: string, onMessage: (msg: ToFrame) => void, api: FrameApi = browser): Promise<OverlayLink> {
  const port = await openPort(NOTES_FRAME_PORT + token, api);
  port.onMessage.addListener(onMessage as (msg: unknown) => void);
  const closed = new Promise<void>((done) => port.onDisconnect.addListener(() => done()));
  const link = { post: (msg: FromFrame) => port.postMessage(msg), closed };
  link.post({ kind: 'ready' });
  return link;
}

/**
 * Chromium gives an extension page framed in a web page the whole API: it connects to the overlay itself.
 * Firefox gives such a frame only what a content script gets (runtime, storage, i18n: no `tabs`), so there the
 * frame connects to the background, which knows the frame's tab and relays to its overlay
 * (lib/background/notes-frame-relay.ts). Without this the Firefox notes stayed at «Αναμονή για το αίτημα…».
 */
async function openPort(name: string, api: FrameApi): Promise<Browser.runtime.Port> {
  if (!api.tabs) return api.runtime.connect({ name });
  const tab = await api.tabs.getCurrent();
  if (tab?.id === undefined) throw new FailureError({ code: 'notes.outsideTab' }, 'The notes frame is shown outside a tab.');
  return api.tabs.connect(tab.id, { name, frameId: 0 });
}
