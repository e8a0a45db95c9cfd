// A pack version damaged in the extension's storage (a disk fault, a hand edit in devtools): the service worker reads
// it back at its next wake. It must cost that pack only, say so on the pack's card, and leave every other pack
// (bundled ones included) suggesting. Read as a pack, a record without meta failed the whole set with a TypeError.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createIsolatingMatcher } from '../../../knowledge/engine/isolated';
import { compilePack } from '../../../knowledge/node/compile';
import { getActivePacks, notifyPacksChanged, onPackFailure } from '../../../lib/background/active-packs';
import { importPackFile, packsOverview, switchOffFailedPack } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { findInstalled, getPackIndex, usePackDb } from '../../../lib/store/packs';
import { fileData, NOW, V1 } from './helpers';

const bundled = vi.hoisted(() => ({ packs: [] as unknown[] }));
vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => bundled.packs }));
const deps = { now: () => NOW, policy: async () => NO_POLICY };
const elCore = compilePack(join(process.cwd(), 'knowledge/packs/el-core'), { now: NOW });
// As the service worker wires it (pack-service.ts): a pack left out is switched off with the reason.
const switchedOff: Array<Promise<void>> = [];
onPackFailure((f) => void switchedOff.push(switchOffFailedPack(f)));

const DAMAGED: Array<[string, unknown]> = [
  ['text', 'garbage'],
  ['a number', 42],
  ['an empty map', {}],
  ['meta null', { ...JSON.parse(JSON.stringify(V1)), meta: null }],
  ['another pack\'s meta', { ...JSON.parse(JSON.stringify(V1)), meta: { ...V1.meta, id: 'other' } }],
  ['entries as text', { ...JSON.parse(JSON.stringify(V1)), entries: 'x' }],
  ['an entry that is null', { ...JSON.parse(JSON.stringify(V1)), entries: [null, ...V1.entries] }],
];

describe('a stored pack version damaged in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    bundled.packs = [elCore];
    switchedOff.length = 0;
  });

  it.each(DAMAGED)('as %s: the other packs still suggest, and the pack is switched off saying its copy is damaged', async (_, bad) => {
    const factory = new IDBFactory();
    const db = usePackDb(factory);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'team' }, deps);
    await db.put({ [`pack:${V1.meta.id}@${V1.meta.version}`]: bad });
    usePackDb(factory); // the next wake of the worker: nothing held in memory, read from the database
    notifyPacksChanged();

    const packs = await getActivePacks();
    expect(packs.map((p) => p.pack.meta.id)).toEqual(['el-core']);
    const matcher = createIsolatingMatcher(packs);
    expect(matcher.search('διπλή χρέωση στην κάρτα', { limit: 5 }).suggestions.length).toBeGreaterThan(0);
    await Promise.all(switchedOff);
    const rec = findInstalled(await getPackIndex(), V1.meta.id);
    expect(rec?.enabled).toBe(false);
    expect(rec?.lastError).toMatch(/^switched off: its stored copy of version 1\.0\.0 is damaged: \S.*; import the pack again$/);
    // The card words it from the code the failure carried, not from the English message.
    expect(rec?.lastFailure).toEqual({ code: 'pack.damaged', pack: V1.meta.id, version: '1.0.0' });
    const card = (await packsOverview(deps)).packs.find((p) => p.id === V1.meta.id);
    expect(card?.lastFailure).toEqual({ code: 'pack.damaged', pack: V1.meta.id, version: '1.0.0' });
  });

  it('the kind decides, not the words: a damaged copy whose reason is worded otherwise is still "import it again"; a failed search is not', async () => {
    usePackDb(new IDBFactory());
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'team' }, deps);
    await switchOffFailedPack({ packId: V1.meta.id, message: 'the record could not be read back', kind: 'damaged', version: '1.0.0' });
    let rec = findInstalled(await getPackIndex(), V1.meta.id);
    expect(rec?.lastFailure).toEqual({ code: 'pack.damaged', pack: V1.meta.id, version: '1.0.0' });
    expect(rec?.lastError).toBe('switched off: the record could not be read back; import the pack again');

    usePackDb(new IDBFactory());
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'team' }, deps);
    await switchOffFailedPack({ packId: V1.meta.id, message: 'its stored copy of version 9 is damaged, says the entry', kind: 'search' });
    rec = findInstalled(await getPackIndex(), V1.meta.id);
    expect(rec?.lastFailure).toEqual({ code: 'pack.searchFailed', pack: V1.meta.id });
    expect(rec?.lastError).toMatch(/^switched off: searching it failed/);
  });
});

describe('the pack index damaged in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    bundled.packs = [elCore];
  });

  /** The damaged index from the good one (one team pack installed): what the next wake of the worker reads. */
  const INDEXES: Array<[string, (good: { installed: unknown[] }) => unknown]> = [
    ['text', () => 'garbage'],
    ['a list of installed packs that is a number', (good) => ({ ...good, installed: 5 })],
    ['a null record beside the good one', (good) => ({ ...good, installed: [null, ...good.installed] })],
    ['a record without its versions beside the good one', (good) => ({ ...good, installed: [{ id: 'lost', current: '1.0.0' }, ...good.installed] })],
    ['the bundled choices null', (good) => ({ ...good, bundled: null })],
  ];

  it.each(INDEXES)('as %s: every usable pack still suggests, and the options page still lists the packs', async (name, damage) => {
    const factory = new IDBFactory();
    const db = usePackDb(factory);
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'team' }, deps);
    const good = (await db.get<{ installed: unknown[] }>('index'))!;
    await db.put({ index: damage(good) });
    usePackDb(factory);
    notifyPacksChanged();

    const ids = (await getActivePacks()).map((p) => p.pack.meta.id);
    expect(ids).toContain('el-core');
    // The good record survives the damage beside it.
    if (name.includes('beside') || name.includes('bundled')) expect(ids).toContain(V1.meta.id);
    const overview = await packsOverview(deps);
    expect(overview.packs.map((p) => p.id)).toContain('el-core');
  });
});
