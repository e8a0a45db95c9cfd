import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { inFramesOf } from '@/lib/editors/dom';

/** A page with a same-origin iframe editor (srcdoc), as TinyMCE and CKEditor 4 classic draw theirs. */
async function pageWithFrame() {
  const happy = new Window({ url: 'https://desk.example/ticket/7', settings: { disableJavaScriptEvaluation: true, disableIframePageLoading: false } });
  const top = happy as unknown as globalThis.Window & typeof globalThis;
  top.document.write('<form><div class="composer"></div></form>');
  const frame = top.document.createElement('iframe');
  frame.setAttribute('srcdoc', '<body contenteditable="true"></body>');
  top.document.querySelector('.composer')!.append(frame);
  await happy.happyDOM.waitUntilComplete();
  const inner = frame.contentWindow!;
  // happy-dom gives a frame's window no frameElement; browsers do.
  Object.defineProperty(inner, 'frameElement', { value: frame });
  return { happy, top, frame, inner };
}

describe('inFramesOf: listeners in the frames focus goes into', () => {
  it('adds them again when the frame’s document is written anew (its element’s load), and not after the end', async () => {
    const { happy, top, frame, inner } = await pageWithFrame();
    const added: unknown[] = [];
    const end = new AbortController();
    inFramesOf(top, end.signal, (w) => added.push(w));
    expect(added).toEqual([top]);
    // The agent clicks into the editor: focus goes into the frame.
    frame.focus();
    inner.document.body.focus();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(added).toEqual([top, inner]);
    // CKEditor 4's setData: document.open/write/close in the same window drops every listener in it and fires
    // the frame element's load (happy-dom does neither, so the load is sent here).
    frame.dispatchEvent(new top.Event('load'));
    expect(added).toEqual([top, inner, inner]);
    end.abort();
    frame.dispatchEvent(new top.Event('load'));
    expect(added).toHaveLength(3);
    await happy.happyDOM.close();
  });
});
