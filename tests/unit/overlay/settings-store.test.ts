// Settings damaged in storage (a disk fault, a hand edit in devtools): every page's content script reads them to
// bind its keys and draw the panel, the templates service to sign replies. A field of the wrong type read as stored
// threw there (parseHotkey(5), null.trim()); it reads as its default, and the fields that are fine stay.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHotkey } from '@/lib/hotkey';
import { DEFAULT_SETTINGS, getSettings, readSettings, watchSettings, type Settings } from '@/lib/store/settings';

describe('settings damaged in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a field of the wrong type reads as its default; the others as stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { paletteHotkey: 5, agentName: null, instantExpand: 'yes', theme: 'dark', overlayHotkey: 'Alt+Shift+K' } });
    const s = await getSettings();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', overlayHotkey: 'Alt+Shift+K' });
    expect(() => parseHotkey(s.paletteHotkey)).not.toThrow();
    expect(() => s.agentName.trim()).not.toThrow();
  });

  it('a record that is not a map reads as the defaults, and so do the changes the pages watch', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: Settings[] = [];
    const stop = watchSettings((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ settings: { focusHotkey: ['Alt'], formality: 'informal' } });
    await expect.poll(() => seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, formality: 'informal' });
    stop();
    expect(readSettings(42)).toEqual(DEFAULT_SETTINGS);
  });
});
