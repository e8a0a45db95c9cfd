// A pack database Chromium refuses after every restart (a damaged file of the origin's IndexedDB store): the agent was
// told to restart the browser, for ever, and the installed packs never came back. Odigos now keeps a summary of what
// is installed outside the database (storage.local), and the agent can reset the pack storage: a new, empty database in
// a storage bucket of its own; the packs from an address are downloaded again, the others are named to import again.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActivePacks, notifyPacksChanged } from '../../../lib/background/active-packs';
import { importPackFile, packsOverview, removePack } from '../../../lib/background/pack-library';
import { resetAndRestorePacks } from '../../../lib/background/pack-reset';
import { subscribe } from '../../../lib/background/pack-updates';
import { NO_POLICY } from '../../../lib/background/policy';
import { getInstalledSummary, getPackIndex, packDbBucketItem, usePackDb } from '../../../lib/store/packs';
import { deps, fakeServer, fileData, NOW, V1 } from './helpers';
import { failingFactory } from '../../support/failing-idb';

vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => [] }));
const libDeps = { now: () => NOW, policy: async () => NO_POLICY };
const URL_A = 'https://packs.example.com/served.json';
const served = { ...structuredClone(V1), meta: { ...V1.meta, id: 'acme-served', name: 'Acme served' } };

/** Chromium's refusal of a damaged store: every open fails, whatever the database. */
const damaged = () => failingFactory(new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'));

/** navigator.storageBuckets as Chromium has it: a store of its own per name, opened even while the default one is refused. */
function fakeBuckets() {
  const stores = new Map<string, IDBFactory>();
  return {
    stores,
    open: async (name: string) => ({ indexedDB: stores.get(name) ?? stores.set(name, new IDBFactory()).get(name)! }),
    delete: async (name: string) => void stores.delete(name),
  };
}

describe('the summary of installed packs, kept outside the pack database', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    usePackDb(new IDBFactory());
  });

  it('follows every install and removal: name, version, source and address', async () => {
    const server = fakeServer();
    server.servePack(URL_A, served);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    await subscribe({ url: URL_A, layer: 'team' }, deps(server));
    expect(await getInstalledSummary()).toEqual([
      { id: 'acme-returns', name: 'Acme returns', version: '1.0.0', source: 'file', layer: 'personal' },
      { id: 'acme-served', name: 'Acme served', version: '1.0.0', source: 'url', layer: 'team', url: URL_A },
    ]);
    await removePack('acme-returns');
    expect((await getInstalledSummary()).map((p) => p.id)).toEqual(['acme-served']);
  });

  it('a profile installed before the summary existed gets it on the first read of the index', async () => {
    const factory = new IDBFactory();
    usePackDb(factory);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    await fakeBrowser.storage.local.remove('installed-packs');
    // The same database, read by a fresh worker.
    usePackDb(factory);
    expect(await getInstalledSummary()).toEqual([]);
    await getPackIndex();
    expect((await getInstalledSummary()).map((p) => p.id)).toEqual(['acme-returns']);
  });
});

describe('resetting a pack storage the browser refuses', () => {
  let buckets: ReturnType<typeof fakeBuckets>;
  beforeEach(() => {
    fakeBrowser.reset();
    buckets = fakeBuckets();
    vi.stubGlobal('navigator', { ...globalThis.navigator, storageBuckets: buckets });
    usePackDb(new IDBFactory());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('the refused storage names the missing packs and offers the reset; after it the pack from an address is back, the file pack named', async () => {
    const server = fakeServer();
    server.servePack(URL_A, served);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    await subscribe({ url: URL_A, layer: 'team' }, deps(server));

    usePackDb(damaged());
    notifyPacksChanged();
    const refused = await packsOverview(libDeps);
    expect(refused.packsUnavailable?.failure).toEqual({ code: 'pack.storageFailed' });
    expect(refused.canReset).toBe(true);
    expect(refused.missing?.map((p) => `${p.name} ${p.url ?? 'file'}`)).toEqual(['Acme returns file', `Acme served ${URL_A}`]);

    const outcome = await resetAndRestorePacks(deps(server));
    expect(outcome.restored.map((p) => p.id)).toEqual(['acme-served']);
    expect(outcome.toRestore.map((p) => p.id)).toEqual(['acme-returns']);
    const bucket = await packDbBucketItem.getValue();
    expect(bucket).toMatch(/^packs-/);
    expect((await buckets.open(bucket!)).indexedDB).toBeDefined();

    const after = await packsOverview(libDeps);
    expect(after.packsUnavailable).toBeUndefined();
    expect(after.packs.map((p) => `${p.id} ${p.layer} ${p.url}`)).toEqual([`acme-served team ${URL_A}`]);
    expect(after.toRestore?.map((p) => p.name)).toEqual(['Acme returns']);
    expect((await getActivePacks()).map((p) => p.pack.meta.id)).toEqual(['acme-served']);

    // Imported again from its file: no longer named.
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    expect((await packsOverview(libDeps)).toRestore).toBeUndefined();
  });

  it('a download that fails is named with the file packs, to subscribe again', async () => {
    const server = fakeServer();
    server.servePack(URL_A, served);
    await subscribe({ url: URL_A, layer: 'company' }, deps(server));
    usePackDb(damaged());
    server.reply(URL_A, { status: 503 });
    const outcome = await resetAndRestorePacks(deps(server));
    expect(outcome.restored).toEqual([]);
    expect(outcome.toRestore).toMatchObject([{ id: 'acme-served', url: URL_A, failure: { code: 'pack.http' } }]);
    expect((await packsOverview(libDeps)).toRestore?.map((p) => p.url)).toEqual([URL_A]);
  });

  it('a reset stopped half-way (the worker ended before any download) still names every pack', async () => {
    const server = fakeServer();
    server.servePack(URL_A, served);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps);
    await subscribe({ url: URL_A, layer: 'team' }, deps(server));
    usePackDb(damaged());
    const stopped = new Error('worker stopped');
    await expect(
      resetAndRestorePacks(deps(server), async () => {
        throw stopped;
      }),
    ).rejects.toBe(stopped);
    usePackDb(new IDBFactory());
    expect((await packsOverview(libDeps)).toRestore?.map((p) => p.id)).toEqual(['acme-returns', 'acme-served']);
  });

  it('a second reset deletes the bucket the first one made (packs only) and still knows what to restore', async () => {
    const server = fakeServer();
    server.servePack(URL_A, served);
    await subscribe({ url: URL_A, layer: 'team' }, deps(server));
    usePackDb(damaged());
    await resetAndRestorePacks(deps(server));
    const first = await packDbBucketItem.getValue();
    await new Promise((ok) => setTimeout(ok, 2));
    await resetAndRestorePacks(deps(server));
    const second = await packDbBucketItem.getValue();
    expect(second).not.toBe(first);
    expect([...buckets.stores.keys()]).toEqual([second]);
    expect((await getPackIndex()).installed.map((p) => p.id)).toEqual(['acme-served']);
  });
});
