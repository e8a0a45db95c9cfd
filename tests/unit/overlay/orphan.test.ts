import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findOrphan, HANDOVER_ATTR, ORPHAN_ATTR, watchOrphaned } from '@/lib/overlay/orphan';
import { watchFrameOrphaned } from '@/lib/notes/frame-orphan';

/** The extension under the page goes away: its id reads undefined, as Chromium does after a reload or update. */
const extensionGoes = () => vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);

describe('a content script whose extension was reloaded or updated', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('notices at the first key in the overlay, before the key is acted on, and only once', () => {
    const container = document.body.appendChild(document.createElement('div'));
    const input = container.appendChild(document.createElement('input'));
    const onOrphaned = vi.fn();
    const watch = watchOrphaned(container, onOrphaned);
    const key = () => new KeyboardEvent('keydown', { key: 'α', bubbles: true, cancelable: true });
    const before = key();
    input.dispatchEvent(before);
    expect(onOrphaned).not.toHaveBeenCalled();
    expect(before.defaultPrevented).toBe(false);
    extensionGoes();
    const after = key();
    input.dispatchEvent(after);
    expect(onOrphaned).toHaveBeenCalledOnce();
    expect(after.defaultPrevented).toBe(true);
    input.dispatchEvent(key());
    expect(onOrphaned).toHaveBeenCalledOnce();
    watch.stop();
  });

  it('the notes frame refuses any edit once its extension is gone, and says so once', async () => {
    const text = document.body.appendChild(document.createElement('textarea'));
    const onOrphaned = vi.fn();
    watchFrameOrphaned(document, new Promise(() => undefined), onOrphaned);
    const edit = () => new InputEvent('beforeinput', { data: 'λ', inputType: 'insertText', bubbles: true, cancelable: true });
    const accepted = edit();
    text.dispatchEvent(accepted);
    expect(accepted.defaultPrevented).toBe(false);
    extensionGoes();
    const refused = edit();
    text.dispatchEvent(refused);
    expect(refused.defaultPrevented).toBe(true);
    expect(onOrphaned).toHaveBeenCalledOnce();
  });

  it('the new overlay finds the stopped one and the token of its notes frame', () => {
    expect(findOrphan('odigos-overlay')).toBeUndefined();
    const live = document.body.appendChild(document.createElement('odigos-overlay'));
    expect(findOrphan('odigos-overlay')).toBeUndefined();
    live.setAttribute(ORPHAN_ATTR, '');
    live.setAttribute(HANDOVER_ATTR, 'abcdef0123456789');
    const orphan = findOrphan('odigos-overlay');
    expect(orphan).toMatchObject({ handover: 'abcdef0123456789', hadFocus: false });
    orphan!.remove();
    expect(document.querySelector('odigos-overlay')).toBeNull();
  });
});
