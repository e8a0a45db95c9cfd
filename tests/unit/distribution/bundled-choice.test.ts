// A bundled pack the agent switched off came back on while the browser refused the pack database (a full disk, a
// database that will not open): the choice was kept only in that database, and the bundled packs served meanwhile
// read none. An agent who had switched off the English pack got English suggestions. The choice now lives in
// storage.local (lib/store/packs.ts, bundledChoicesItem), read with the database open or refused; choices an older
// version kept in the database are moved there on the first read after the update, nothing lost.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../../knowledge/node/compile';
import { getActivePacks, notifyPacksChanged, packsUnavailable } from '../../../lib/background/active-packs';
import { packsOverview, updatePackSettings } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { getBundledChoices, usePackDb } from '../../../lib/store/packs';
import { NOW } from './helpers';
import { failingFactory } from '../../support/failing-idb';

const bundled = vi.hoisted(() => ({ packs: [] as unknown[] }));
vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => bundled.packs }));
const deps = { now: () => NOW, policy: async () => NO_POLICY };
const elCore = compilePack(join(process.cwd(), 'knowledge/packs/el-core'), { now: NOW });
const enCore = compilePack(join(process.cwd(), 'knowledge/packs/en-core'), { now: NOW });

/** An IDBFactory whose every open fails as Chromium's does on a disk full before the database was made. */
const diskFull = () =>
  failingFactory(new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError'));

/** The next start of the service worker over `factory`: nothing held in memory. */
function restart(factory: IDBFactory) {
  usePackDb(factory);
  notifyPacksChanged();
}

const served = async () => (await getActivePacks()).map((p) => p.pack.meta.id);
const listed = async () => (await packsOverview(deps)).packs.map((p) => [p.id, p.enabled]);

describe('the agent\'s on/off choice of a bundled pack', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    bundled.packs = [elCore, enCore];
  });

  it('holds while the pack database is refused: the pack switched off is neither served nor listed as on', async () => {
    restart(new IDBFactory());
    await updatePackSettings('en-core', { enabled: false });
    expect(await served()).toEqual(['el-core']);

    restart(diskFull());
    expect(await served()).toEqual(['el-core']);
    expect(packsUnavailable()?.failure.code).toBe('pack.diskFull');
    // Options lists the bundled packs read-only then: as the agent left them.
    expect(await listed()).toEqual([['el-core', true], ['en-core', false]]);
  });

  it('switched back on, it is served again, the database open or not', async () => {
    restart(new IDBFactory());
    await updatePackSettings('en-core', { enabled: false });
    await updatePackSettings('en-core', { enabled: true });
    restart(diskFull());
    expect(await served()).toEqual(['el-core', 'en-core']);
  });

  it('a choice an older version kept in the database is moved on the first run after the update, and holds on a refused database', async () => {
    const factory = new IDBFactory();
    await usePackDb(factory).put({ index: { installed: [], bundled: { 'en-core': { enabled: false } }, policyPending: {} } });
    restart(factory);
    expect(await served()).toEqual(['el-core']);
    expect(await fakeBrowser.storage.local.get('bundled-packs')).toEqual({ 'bundled-packs': { 'en-core': { enabled: false } } });

    restart(diskFull());
    expect(await served()).toEqual(['el-core']);
  });

  it('on a first run after the update with the database refused, nothing is written, and the choice is moved once it opens', async () => {
    const factory = new IDBFactory();
    await usePackDb(factory).put({ index: { installed: [], bundled: { 'en-core': { enabled: false } }, policyPending: {} } });
    restart(diskFull());
    // Not known yet: every bundled pack on, as before any choice; no empty record that would hide the stored one.
    expect(await served()).toEqual(['el-core', 'en-core']);
    expect(await fakeBrowser.storage.local.get('bundled-packs')).toEqual({});

    restart(factory);
    expect(await served()).toEqual(['el-core']);
  });

  it('switching one pack off while another\'s choice is still in the database loses neither', async () => {
    const factory = new IDBFactory();
    await usePackDb(factory).put({ index: { installed: [], bundled: { 'en-core': { enabled: false } }, policyPending: {} } });
    restart(factory);
    await Promise.all([updatePackSettings('el-core', { enabled: false }), getActivePacks()]);
    expect(await getBundledChoices()).toEqual({ 'en-core': { enabled: false }, 'el-core': { enabled: false } });
    restart(diskFull());
    expect(await served()).toEqual([]);
  });

  it('a damaged stored choice (a hand edit) leaves its pack on and the others as chosen', async () => {
    await fakeBrowser.storage.local.set({ 'bundled-packs': { 'en-core': { enabled: false }, 'el-core': 'off' } });
    restart(diskFull());
    expect(await served()).toEqual(['el-core']);
  });
});
