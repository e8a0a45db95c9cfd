import { browser, type Browser } from 'wxt/browser';
import { NOTES_FRAME_PORT, type FromFrame, type ToFrame } from './frame-protocol';

export interface OverlayLink {
  post(msg: FromFrame): void;
  /** Resolves when the port closes (the overlay went away, or the extension under this frame did). */
  closed: Promise<void>;
}

/**
 * The frame's end of the notes link: a port to the content script of the top frame of the tab it is shown in.
 * tabs.connect reaches content scripts only, so nothing the page runs can answer or listen.
 */
export async function connectToOverlay(token: string, onMessage: (msg: ToFrame) => void): Promise<OverlayLink> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The notes frame is shown outside a tab.');
  const port: Browser.runtime.Port = browser.tabs.connect(tab.id, { name: NOTES_FRAME_PORT + token, frameId: 0 });
  port.onMessage.addListener(onMessage as (msg: unknown) => void);
  const closed = new Promise<void>((done) => port.onDisconnect.addListener(() => done()));
  const link = { post: (msg: FromFrame) => port.postMessage(msg), closed };
  link.post({ kind: 'ready' });
  return link;
}
