// The keys every helpdesk page's content script reads (settings, site choices, placement, site profiles, snippets,
// the policy, checklists) left WXT's storage item for lib/store/stored.ts, 3 KB gzip lighter. The same steps are run
// on both, side by side on the same fake storage, and must read, write, leave on disk and tell watchers the same:
// an extension updated over an older one finds its data as that one left it, and a page's script still on the older
// version and the new background read each other's writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { stored, type Stored } from '@/lib/stored';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '@/lib/store/settings';

type Value = Record<string, unknown> | string | number | null;
type Item = Pick<Stored<Value>, 'getValue' | 'setValue' | 'watch'>;
const FALLBACK = { theme: 'auto', list: [] };

/** Runs the same steps on an item and says what it read, what the disk held and what its watcher heard. */
async function steps(item: Item): Promise<unknown[]> {
  const log: unknown[] = [];
  const stop = item.watch((value, old) => log.push(['heard', value, old]));
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const look = async (what: string) => {
    await settle();
    log.push([what, await item.getValue(), await fakeBrowser.storage.local.get(null)]);
  };
  await look('nothing stored');
  await item.setValue({ theme: 'dark', list: [1, 2] });
  await look('written');
  await item.setValue({ theme: 'dark', list: [1, 2] });
  await look('the same written again');
  await fakeBrowser.storage.local.set({ k: 'garbage' });
  await look('damaged on disk');
  await fakeBrowser.storage.local.set({ other: 1 });
  await look('another key changed');
  await item.setValue(null);
  await look('null written');
  await item.setValue(0);
  await look('zero written');
  stop();
  await item.setValue({ theme: 'light', list: [] });
  await look('written after the unwatch');
  return log;
}

describe('the plain storage item reads, writes and watches as WXT’s item did', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the same steps give the same reads, the same disk and the same changes heard', async () => {
    const wxt = await steps(storage.defineItem<Value>('local:k', { fallback: FALLBACK, version: 1 }));
    fakeBrowser.reset();
    const plain = await steps(stored<Value>('local:k', FALLBACK));
    expect(plain).toEqual(wxt);
    // What the steps cover: the fallback, a change heard once, none after the unwatch, the key without its area.
    expect(plain).toContainEqual(['nothing stored', FALLBACK, {}]);
    expect(plain.filter((e) => (e as unknown[])[0] === 'heard')).toHaveLength(4);
    expect(plain.at(-1)).toEqual(['written after the unwatch', { theme: 'light', list: [] }, { k: { theme: 'light', list: [] }, other: 1 }]);
  });

  it('a value the older version wrote through WXT’s item reads the same, and the other way round', async () => {
    const wxt = storage.defineItem<Value>('local:k', { fallback: FALLBACK, version: 1 });
    const plain = stored<Value>('local:k', FALLBACK);
    await wxt.setValue({ theme: 'dark', list: [3] });
    expect(await plain.getValue()).toEqual({ theme: 'dark', list: [3] });
    await plain.setValue({ theme: 'light', list: [] });
    expect(await wxt.getValue()).toEqual({ theme: 'light', list: [] });
  });

  it('settings keep their defaults, their damaged fields read as defaults, and a watch ends with its unwatch', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', paletteHotkey: 5 } });
    await expect.poll(() => seen).toEqual(['dark']);
    stop();
    await fakeBrowser.storage.local.set({ settings: { theme: 'light' } });
    expect(seen).toEqual(['dark']);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });
});
