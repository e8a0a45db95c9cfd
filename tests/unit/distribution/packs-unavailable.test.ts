// The pack database refused (a disk full before it was ever made, a database that will not open): the background
// failed before it loaded even the bundled packs, so the panel had no suggestions at all and the shortcuts none of
// their templates. The bundled packs ship inside the extension: they are served read-only, the reply says which packs
// are missing and why, and once the storage opens again the installed packs are back, nothing lost.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../../knowledge/node/compile';
import { getActivePacks, notifyPacksChanged, onPacksChanged, packsUnavailable, retryPackStorage, STORAGE_RETRY_MS } from '../../../lib/background/active-packs';
import { createKnowledgeService } from '../../../lib/background/knowledge-service';
import { createPackEngine } from '../../../lib/background/pack-engine';
import { importPackFile, packsOverview } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { findInstalled, getPackIndex, usePackDb } from '../../../lib/store/packs';
import { fileData, NOW, V1 } from './helpers';

const bundled = vi.hoisted(() => ({ packs: [] as unknown[] }));
vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => bundled.packs }));
const deps = { now: () => NOW, policy: async () => NO_POLICY };
const elCore = compilePack(join(process.cwd(), 'knowledge/packs/el-core'), { now: NOW });

/** An IDBFactory whose every open fails with `error`, as the browser's does on a full disk; `opens` counts the tries. */
function refusing(error: DOMException): IDBFactory & { opens: number } {
  const factory = {
    opens: 0,
    open() {
      factory.opens++;
      const req = { error } as unknown as IDBOpenDBRequest;
      setTimeout(() => req.onerror?.(new Event('error')), 0);
      return req;
    },
  };
  return factory as unknown as IDBFactory & { opens: number };
}

const diskFull = () => refusing(new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError'));

/** The knowledge service as the worker wires it (knowledge-service.ts serveKnowledge), over the active packs. */
function knowledge() {
  const engine = createPackEngine(getActivePacks);
  onPacksChanged(engine.invalidate);
  const storage = { retry: () => retryPackStorage(Date.now() + STORAGE_RETRY_MS), unavailable: packsUnavailable };
  return createKnowledgeService(engine, undefined, undefined, storage);
}

const ids = async () => (await getActivePacks()).map((p) => p.pack.meta.id);

describe('the pack database refused: the bundled packs still serve', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    bundled.packs = [elCore];
  });

  it('on a full disk the bundled pack suggests, and the reply says the installed packs are missing because the disk is full', async () => {
    usePackDb(diskFull());
    notifyPacksChanged();
    expect(await ids()).toEqual(['el-core']);
    expect(packsUnavailable()?.failure).toEqual({ code: 'pack.diskFull' });

    const reply = await knowledge().suggest({ text: 'Με χρεώσατε δύο φορές στην κάρτα για την ίδια παραγγελία.' });
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.every((s) => s.packId === 'el-core')).toBe(true);
    expect(reply.packsUnavailable?.failure).toEqual({ code: 'pack.diskFull' });
    expect(reply.packsUnavailable?.message).toMatch(/^the disk is full, so the browser cannot open the pack storage/);
  });

  it('a database that will not open for another reason (pack.storageFailed): the bundled pack too, said as such', async () => {
    usePackDb(refusing(new DOMException('The requested version (1) is less than the existing version (2).', 'VersionError')));
    notifyPacksChanged();
    expect(await ids()).toEqual(['el-core']);
    expect(packsUnavailable()?.failure).toEqual({ code: 'pack.storageFailed' });
  });

  it('once the storage opens again the installed pack is back, nothing lost, and the notice is gone', async () => {
    const factory = new IDBFactory();
    usePackDb(factory);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'team' }, deps);
    const service = knowledge();

    usePackDb(diskFull()); // the next start of the worker, on a full disk
    notifyPacksChanged();
    const degraded = await service.search({ query: 'refund window' });
    expect(degraded.suggestions.map((s) => s.packId)).not.toContain(V1.meta.id);
    expect(degraded.packsUnavailable?.failure.code).toBe('pack.diskFull');

    usePackDb(factory); // room freed: the database opens again
    const back = await service.search({ query: 'refund window' });
    expect(back.packsUnavailable).toBeUndefined();
    expect(back.suggestions.map((s) => s.packId)).toContain(V1.meta.id);
    expect(await ids()).toEqual([V1.meta.id, 'el-core']);
    expect(findInstalled(await getPackIndex(), V1.meta.id)?.enabled).toBe(true);
  });

  it('Options\' list on a full disk: the bundled pack is listed (it was an empty list under the alert), with why', async () => {
    usePackDb(diskFull());
    notifyPacksChanged();
    const overview = await packsOverview(deps);
    expect(overview.packs.map((p) => [p.id, p.source, p.enabled])).toEqual([['el-core', 'bundled', true]]);
    expect(overview.packsUnavailable?.failure).toEqual({ code: 'pack.diskFull' });
    expect(overview.packsUnavailable?.message).toMatch(/^the disk is full, so the browser cannot open the pack storage/);
  });

  it('the list once the storage opens again: the installed pack is back and nothing is said', async () => {
    const factory = new IDBFactory();
    usePackDb(factory);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'team' }, deps);
    usePackDb(diskFull());
    notifyPacksChanged();
    expect((await packsOverview(deps)).packs.map((p) => p.id)).toEqual(['el-core']);
    usePackDb(factory);
    const back = await packsOverview(deps);
    expect(back.packsUnavailable).toBeUndefined();
    expect(back.packs.map((p) => p.id)).toEqual([V1.meta.id, 'el-core']);
    // The matcher has the installed pack back too (the list read the storage open and said so).
    expect(packsUnavailable()).toBeUndefined();
    expect(await ids()).toEqual([V1.meta.id, 'el-core']);
  });

  it('a refused storage is tried again at most every few seconds, not on every request', async () => {
    const refused = diskFull();
    usePackDb(refused);
    notifyPacksChanged();
    await getActivePacks();
    const tries = refused.opens;
    await retryPackStorage(Date.now() + 1_000);
    expect(refused.opens).toBe(tries);
    await retryPackStorage(Date.now() + STORAGE_RETRY_MS);
    expect(refused.opens).toBe(tries + 1);
    expect(packsUnavailable()?.failure.code).toBe('pack.diskFull');
  });

  it('with the storage open, nothing is said and nothing is tried again', async () => {
    usePackDb(new IDBFactory());
    notifyPacksChanged();
    expect(await ids()).toEqual(['el-core']);
    expect(packsUnavailable()).toBeUndefined();
    expect((await knowledge().suggest({ text: 'διπλή χρέωση' })).packsUnavailable).toBeUndefined();
  });
});
