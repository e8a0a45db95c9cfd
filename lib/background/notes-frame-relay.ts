import { browser, type Browser } from 'wxt/browser';
import { NOTES_FRAME_PAGE, NOTES_FRAME_PORT } from '../notes/frame-protocol';

type Port = Browser.runtime.Port;

/** What the relay uses of the background's API (tests give a fake). */
export interface RelayApi {
  runtime: { id: string; onConnect: { addListener(cb: (port: Port) => void): void } };
  tabs: { connect(tabId: number, info: { name: string; frameId: number }): Port };
}

/** A port opened by our notes frame page, inside a tab (not the top frame: it is framed in the overlay). */
function notesFrameTab(port: Port, extensionId: string): number | undefined {
  const s = port.sender;
  if (s?.id !== extensionId || !s.url || s.tab?.id === undefined || !s.frameId) return undefined;
  return new URL(s.url).pathname === NOTES_FRAME_PAGE ? s.tab.id : undefined;
}

/**
 * Firefox gives the notes frame (an extension page framed in the CRM page) no `tabs` API, so it cannot reach the
 * overlay in its tab itself (lib/notes/frame-client.ts): it connects here, and the background opens the same port
 * to the top frame's content script of that tab and passes every message on, both ways. Either end closing closes
 * the other, as a direct port would. Chromium's frames connect directly and never come here.
 */
export function relayNotesFrames(api: RelayApi = browser as unknown as RelayApi): void {
  api.runtime.onConnect.addListener((frame) => {
    if (!frame.name.startsWith(NOTES_FRAME_PORT)) return;
    const tabId = notesFrameTab(frame, api.runtime.id);
    if (tabId === undefined) {
      frame.disconnect();
      return;
    }
    const overlay = api.tabs.connect(tabId, { name: frame.name, frameId: 0 });
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      frame.disconnect();
      overlay.disconnect();
    };
    frame.onMessage.addListener((msg) => open && overlay.postMessage(msg));
    overlay.onMessage.addListener((msg) => open && frame.postMessage(msg));
    frame.onDisconnect.addListener(close);
    overlay.onDisconnect.addListener(close);
  });
}
