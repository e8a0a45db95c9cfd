/**
 * After an import the matcher is rebuilt from the active packs: the pack just imported, and the packs the old matcher
 * already holds, come from memory, not from a new read and deserialisation of the database (which took most of the
 * time from an import to its first suggestions); a removed version is never served from memory.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActivePacks } from '../../../lib/background/active-packs';
import { importPackFile, removePack } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { loadPackVersion, usePackDb } from '../../../lib/store/packs';
import { fileData, NOW, V1 } from './helpers';

vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => [] }));

const libDeps = { now: () => NOW, policy: async () => ({ ...NO_POLICY }) };

beforeEach(() => {
  fakeBrowser.reset();
  usePackDb(new IDBFactory());
});

describe('pack versions held in memory', () => {
  it('serves the pack just imported to the active packs without reading it back', async () => {
    const db = usePackDb();
    const get = vi.spyOn(db, 'get');
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    const reads = () => get.mock.calls.filter(([key]) => String(key).startsWith('pack:')).length;
    const [active] = await getActivePacks();
    expect(active!.pack.meta.id).toBe(V1.meta.id);
    expect(reads()).toBe(0);
    // The same object every time while it is in use: nothing deserialised again.
    expect(await loadPackVersion(V1.meta.id, V1.meta.version)).toBe(active!.pack);
    expect(reads()).toBe(0);
  });

  it('forgets a removed version: the same id and version imported again with other content is that content', async () => {
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    const first = await loadPackVersion(V1.meta.id, V1.meta.version);
    await removePack(V1.meta.id);
    expect(await loadPackVersion(V1.meta.id, V1.meta.version)).toBeNull();
    const edited = { ...V1, meta: { ...V1.meta, name: 'Edited by hand' } };
    await importPackFile({ data: fileData(edited), fileName: 'acme.json', layer: 'personal' }, libDeps);
    const again = await loadPackVersion(V1.meta.id, V1.meta.version);
    expect(again).not.toBe(first);
    expect(again!.meta.name).toBe('Edited by hand');
  });
});
