import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { connectToOverlay, type FrameApi } from '@/lib/notes/frame-client';
import { relayNotesFrames, type RelayApi } from '@/lib/background/notes-frame-relay';
import { linkNotesFrame, newToken } from '@/lib/overlay/notes-frame';
import { NOTES_FRAME_PORT } from '@/lib/notes/frame-protocol';
import { failureOf } from '@/lib/failure';

type Port = Browser.runtime.Port;
type Listener = (msg: unknown) => void;

/** One end of a port: what it posted, and a way to make the other end speak or close. */
interface FakePort extends Port {
  posted: unknown[];
  disconnected: boolean;
  receive(msg: unknown): void;
  hangUp(): void;
}

function fakePort(name: string, sender?: Port['sender']): FakePort {
  const onMessage: Listener[] = [];
  const onDisconnect: Array<() => void> = [];
  const port = {
    name,
    sender,
    posted: [] as unknown[],
    disconnected: false,
    postMessage: (msg: unknown) => port.posted.push(msg),
    disconnect: () => {
      port.disconnected = true;
    },
    onMessage: { addListener: (f: Listener) => onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) },
    receive: (msg: unknown) => onMessage.forEach((f) => f(msg)),
    hangUp: () => onDisconnect.forEach((f) => f()),
  };
  return port as unknown as FakePort;
}

const TOKEN = 'abcdef0123456789';
const NAME = NOTES_FRAME_PORT + TOKEN;
const EXT = 'odigos@odigos.example';
const frameSender = (over: Partial<NonNullable<Port['sender']>> = {}) =>
  ({ id: EXT, url: `moz-extension://uuid/notes-frame.html#t=${TOKEN}`, tab: { id: 7 }, frameId: 3, ...over }) as Port['sender'];

describe('the notes frame reaches its overlay in Chromium and in Firefox', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Firefox: a frame without the tabs API connects to the background, and says it is ready', async () => {
    const port = fakePort(NAME);
    const api: FrameApi = { runtime: { connect: vi.fn(() => port) } };
    const heard: unknown[] = [];
    const link = await connectToOverlay(TOKEN, (m) => heard.push(m), api);
    expect(api.runtime.connect).toHaveBeenCalledWith({ name: NAME });
    expect(port.posted).toEqual([{ kind: 'ready' }]);
    port.receive({ kind: 'focus' });
    expect(heard).toEqual([{ kind: 'focus' }]);
    link.post({ kind: 'escape' });
    expect(port.posted.at(-1)).toEqual({ kind: 'escape' });
  });

  it('Chromium: a frame shown where it has no tab is refused with a code the frame words (open the ticket in a tab)', async () => {
    const api: FrameApi = { runtime: { connect: vi.fn(() => fakePort('wrong')) }, tabs: { getCurrent: async () => undefined, connect: vi.fn() } };
    const refused = await connectToOverlay(TOKEN, () => undefined, api).catch((e: Error) => e);
    expect(failureOf(refused)).toEqual({ code: 'notes.outsideTab' });
    expect(api.tabs!.connect).not.toHaveBeenCalled();
  });

  it('Chromium: a frame with the tabs API connects straight to the top frame of its own tab', async () => {
    const port = fakePort(NAME);
    const api: FrameApi = {
      runtime: { connect: vi.fn(() => fakePort('wrong')) },
      tabs: { getCurrent: async () => ({ id: 12 }), connect: vi.fn(() => port) },
    };
    await connectToOverlay(TOKEN, () => undefined, api);
    expect(api.tabs!.connect).toHaveBeenCalledWith(12, { name: NAME, frameId: 0 });
    expect(api.runtime.connect).not.toHaveBeenCalled();
    expect(port.posted).toEqual([{ kind: 'ready' }]);
  });

  function background() {
    let onConnect: ((p: Port) => void) | undefined;
    const overlays: FakePort[] = [];
    const api: RelayApi = {
      runtime: { id: EXT, onConnect: { addListener: (f) => (onConnect = f) } },
      tabs: {
        connect: vi.fn((_tab: number, info: { name: string }) => {
          const p = fakePort(info.name);
          overlays.push(p);
          return p;
        }),
      },
    };
    relayNotesFrames(api);
    return { api, overlays, connect: (p: Port) => onConnect!(p) };
  }

  it('the background relays a notes frame to the overlay of its tab, both ways, and closes both together', () => {
    const bg = background();
    const frame = fakePort(NAME, frameSender());
    bg.connect(frame);
    expect(bg.api.tabs.connect).toHaveBeenCalledWith(7, { name: NAME, frameId: 0 });
    const [overlay] = bg.overlays;
    frame.receive({ kind: 'ready' });
    expect(overlay.posted).toEqual([{ kind: 'ready' }]);
    overlay.receive({ kind: 'focus' });
    expect(frame.posted).toEqual([{ kind: 'focus' }]);
    overlay.hangUp();
    expect(frame.disconnected).toBe(true);
    frame.receive({ kind: 'escape' });
    expect(overlay.posted).toEqual([{ kind: 'ready' }]);
  });

  it('the frame closing closes the overlay’s end too', () => {
    const bg = background();
    const frame = fakePort(NAME, frameSender());
    bg.connect(frame);
    frame.hangUp();
    expect(bg.overlays[0].disconnected).toBe(true);
  });

  it('relays only our notes frame page inside a tab, and leaves other ports alone', () => {
    const bg = background();
    for (const sender of [
      frameSender({ url: 'moz-extension://uuid/popup.html' }),
      frameSender({ tab: undefined }),
      frameSender({ frameId: 0 }),
      frameSender({ id: 'someone-else@example' }),
    ]) {
      const port = fakePort(NAME, sender);
      bg.connect(port);
      expect(port.disconnected).toBe(true);
    }
    const other = fakePort('another-port', frameSender());
    bg.connect(other);
    expect(other.disconnected).toBe(false);
    expect(bg.api.tabs.connect).not.toHaveBeenCalled();
  });

  it('the overlay answers its frame relayed by the background (no tab), not another page of a tab', () => {
    let onConnect: ((p: Port) => void) | undefined;
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((f) => (onConnect = f as (p: Port) => void));
    vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p) => `moz-extension://uuid${p}`);
    const link = linkNotesFrame({ token: newToken(), onEscape: () => undefined });
    link.update(null, 'el', 'light');
    const name = NOTES_FRAME_PORT + link.token;
    const id = fakeBrowser.runtime.id;
    const stranger = fakePort(name, { id, url: 'moz-extension://uuid/options.html', tab: { id: 7 } as Browser.tabs.Tab });
    onConnect!(stranger);
    stranger.receive({ kind: 'ready' });
    expect(stranger.posted).toEqual([]);
    const relayed = fakePort(name, { id, url: 'moz-extension://uuid/_generated_background_page.html' });
    onConnect!(relayed);
    relayed.receive({ kind: 'ready' });
    expect(relayed.posted).toEqual([{ kind: 'context', target: null, lang: 'el', theme: 'light' }]);
    link.dispose();
  });
});
