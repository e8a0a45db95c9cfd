// The scheduled update check kept a pack's failure only on the pack's record, and swallowed a check that threw (the
// pack storage refusing the write): no page said the last automatic check had failed. Its outcome is now kept per pack
// in storage.local (lib/store/pack-auto-checks.ts), given to Options with the pack, and cleared by a check that works.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packsOverview } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { CHECK_INTERVAL_MS, checkDuePacks, checkPack, subscribe } from '../../../lib/background/pack-updates';
import { FailureError } from '../../../lib/failure';
import { packAutoChecksItem } from '../../../lib/store/pack-auto-checks';
import { usePackDb } from '../../../lib/store/packs';
import { removePack } from '../../../lib/background/pack-library';
import { deps, fakeServer, NOW, V1 } from './helpers';

vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => [] }));

const URL1 = 'https://packs.example.com/acme-returns.json';
/** Due for the schedule: a check interval after the subscription. */
const LATER = new Date(NOW.getTime() + CHECK_INTERVAL_MS);
const EVEN_LATER = new Date(LATER.getTime() + 24 * 60 * 60 * 1000);

let server: ReturnType<typeof fakeServer>;
beforeEach(async () => {
  fakeBrowser.reset();
  usePackDb(new IDBFactory());
  server = fakeServer();
  server.servePack(URL1, V1);
  await subscribe({ url: URL1, layer: 'team' }, deps(server));
});

const autoChecks = () => packAutoChecksItem.getValue();
const view = async (now = LATER) => (await packsOverview({ now: () => now, policy: async () => NO_POLICY })).packs.find((p) => p.id === 'acme-returns');

describe('the last automatic check, kept per pack', () => {
  it('a scheduled check answered 500: kept with when and the failure as data, and given to Options with the pack', async () => {
    server.reply(URL1, { status: 500 });
    await checkDuePacks(deps(server, {}, () => LATER));
    const kept = (await autoChecks())['acme-returns'];
    expect(kept).toMatchObject({ at: LATER.toISOString(), failure: { code: 'pack.http', url: URL1, status: 500 } });
    expect(kept?.message).toMatch(/HTTP 500/);
    expect((await view())?.autoCheckFailed).toEqual(kept);
  });

  it('a scheduled check that threw (the pack storage refusing the write): kept with its code, no longer swallowed', async () => {
    const db = usePackDb();
    const full = new FailureError({ code: 'pack.storageFull' }, 'the browser has no more room for packs: remove a pack you do not use');
    const put = vi.spyOn(db, 'put').mockRejectedValue(full);
    await checkDuePacks(deps(server, {}, () => LATER));
    put.mockRestore();
    expect((await autoChecks())['acme-returns']).toEqual({ at: LATER.toISOString(), message: full.message, failure: { code: 'pack.storageFull' } });
    expect((await view())?.autoCheckFailed?.failure).toEqual({ code: 'pack.storageFull' });
  });

  it('a scheduled check that works clears it', async () => {
    server.reply(URL1, { status: 500 });
    await checkDuePacks(deps(server, {}, () => LATER));
    expect((await autoChecks())['acme-returns']).toBeDefined();
    server.servePack(URL1, V1);
    await checkDuePacks(deps(server, {}, () => EVEN_LATER));
    expect(await autoChecks()).toEqual({});
    expect((await view(EVEN_LATER))?.autoCheckFailed).toBeUndefined();
  });

  it('«Check now» that works clears it; one that fails is said at once and leaves the automatic one as it was', async () => {
    server.reply(URL1, { status: 500 });
    await checkDuePacks(deps(server, {}, () => LATER));
    const kept = (await autoChecks())['acme-returns'];
    server.reply(URL1, { status: 503 });
    await checkPack('acme-returns', { manual: true }, deps(server, {}, () => EVEN_LATER));
    expect((await autoChecks())['acme-returns']).toEqual(kept);
    server.servePack(URL1, V1);
    await checkPack('acme-returns', { manual: true }, deps(server, {}, () => EVEN_LATER));
    expect(await autoChecks()).toEqual({});
  });

  it('a pack removed since is forgotten by the next scheduled check', async () => {
    server.reply(URL1, { status: 500 });
    await checkDuePacks(deps(server, {}, () => LATER));
    await removePack('acme-returns');
    await checkDuePacks(deps(server, {}, () => EVEN_LATER));
    expect(await autoChecks()).toEqual({});
  });
});
