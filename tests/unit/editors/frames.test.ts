import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { inFramesOf } from '@/lib/editors/dom';

type Top = globalThis.Window & typeof globalThis;

/** A same-origin iframe editor (srcdoc), as TinyMCE and CKEditor 4 classic draw theirs, put into `parent`. */
function editorFrame(top: Top, parent: ParentNode): HTMLIFrameElement {
  const frame = top.document.createElement('iframe');
  frame.setAttribute('srcdoc', '<body contenteditable="true"></body>');
  parent.append(frame);
  return frame;
}

/** The frame's window, once loaded; happy-dom gives it no frameElement, browsers do. */
function windowOf(frame: HTMLIFrameElement): Window & globalThis.Window {
  const inner = frame.contentWindow!;
  Object.defineProperty(inner, 'frameElement', { value: frame });
  return inner as Window & globalThis.Window;
}

/** A page with an iframe editor in its reply form. */
async function pageWithFrame() {
  const happy = new Window({ url: 'https://desk.example/ticket/7', settings: { disableJavaScriptEvaluation: true, disableIframePageLoading: false } });
  const top = happy as unknown as Top;
  top.document.write('<form><div class="composer"></div></form>');
  const frame = editorFrame(top, top.document.querySelector('.composer')!);
  await happy.happyDOM.waitUntilComplete();
  return { happy, top, frame, inner: windowOf(frame) };
}

/** Start listening; `added` lists the windows `add` was called for, in order. */
function listening(top: Top) {
  const added: unknown[] = [];
  const end = new AbortController();
  inFramesOf(top, end.signal, (w) => added.push(w));
  return { added, end };
}

describe('inFramesOf: listeners in the page and its same-origin frames', () => {
  // Keys typed right after a click into TinyMCE were handled before the timer that looked where focus had gone (3 s
  // late under CPU throttling): «/sorry» and its Tab reached the frame unheard, and the Tab left the editor.
  it('listens in a frame already on the page at once, before focus goes into it', async () => {
    const { happy, top, inner } = await pageWithFrame();
    const { added } = listening(top);
    expect(added).toEqual([top, inner]);
    await happy.happyDOM.close();
  });

  it('listens in a frame the page adds later as soon as it loads, before focus goes into it', async () => {
    const { happy, top } = await pageWithFrame();
    const { added } = listening(top);
    const later = editorFrame(top, top.document.querySelector('form')!);
    await happy.happyDOM.waitUntilComplete();
    expect(added).toContain(later.contentWindow);
    expect(added).toHaveLength(3);
    await happy.happyDOM.close();
  });

  it('follows focus into a frame neither finds (in a shadow root) in the same task, not a timer later', async () => {
    const { happy, top } = await pageWithFrame();
    const host = top.document.createElement('div');
    top.document.body.append(host);
    const hidden = editorFrame(top, host.attachShadow({ mode: 'open' }));
    await happy.happyDOM.waitUntilComplete();
    const { added } = listening(top);
    expect(added).not.toContain(hidden.contentWindow);
    // The agent clicks into the editor and types at once: the key comes before any timer.
    hidden.focus();
    expect(added).toContain(windowOf(hidden));
    await happy.happyDOM.close();
  });

  it('adds them again when the frame’s document is written anew (its element’s load), once per load, and not after the end', async () => {
    const { happy, top, frame, inner } = await pageWithFrame();
    const { added, end } = listening(top);
    expect(added).toEqual([top, inner]);
    // CKEditor 4's setData: document.open/write/close in the same window drops every listener in it and fires
    // the frame element's load (happy-dom does neither, so the load is sent here; the parent document hears it too).
    frame.dispatchEvent(new top.Event('load'));
    expect(added).toEqual([top, inner, inner]);
    end.abort();
    frame.dispatchEvent(new top.Event('load'));
    expect(added).toHaveLength(3);
    await happy.happyDOM.close();
  });
});
