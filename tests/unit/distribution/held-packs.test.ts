/**
 * After an import the matcher is rebuilt from the active packs: the pack just imported, and the packs the old matcher
 * already holds, come from memory, not from a new read and deserialisation of the database (which took most of the
 * time from an import to its first suggestions); a removed version is never served from memory.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActivePacks, notifyPacksChanged } from '../../../lib/background/active-packs';
import { INDEX_VERSION } from '../../../knowledge/engine/index-data';
import { importPackFile, removePack } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { loadPackVersion, savePackVersion, usePackDb } from '../../../lib/store/packs';
import type { CompiledPack } from '../../../knowledge/types';
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

describe('a pack stored with the index of an older version', () => {
  it('gets a current index once, stored back, so the next wake of the worker does not rebuild it', async () => {
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    // As an update that changed the index format finds it: the entries as checked, the index of the old format.
    await savePackVersion({ ...V1, index: { v: INDEX_VERSION - 1 } } as unknown as CompiledPack);
    const stored = async () => (await usePackDb().get<CompiledPack>(`pack:${V1.meta.id}@${V1.meta.version}`))!;
    expect((await stored()).index).toEqual({ v: INDEX_VERSION - 1 });
    notifyPacksChanged();
    const [active] = await getActivePacks();
    expect((active!.pack.index as { v: number }).v).toBe(INDEX_VERSION);
    expect((await stored()).index).toEqual(active!.pack.index);
    expect((await stored()).entries).toEqual(V1.entries);
  });

  it('is still served when the disk is full: the index is rebuilt in memory and the stored pack kept as it was', async () => {
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    await savePackVersion({ ...V1, index: { v: INDEX_VERSION - 1 } } as unknown as CompiledPack);
    vi.spyOn(usePackDb(), 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    notifyPacksChanged();
    const [active] = await getActivePacks();
    expect((active!.pack.index as { v: number }).v).toBe(INDEX_VERSION);
    vi.restoreAllMocks();
    expect((await usePackDb().get<CompiledPack>(`pack:${V1.meta.id}@${V1.meta.version}`))!.index).toEqual({ v: INDEX_VERSION - 1 });
  });
});
