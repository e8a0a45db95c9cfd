import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActivePacks, onPacksChanged } from '../../../lib/background/active-packs';
import { fetchPackText, MAX_PACK_BYTES } from '../../../lib/background/pack-fetch';
import { packsOverview } from '../../../lib/background/pack-library';
import { FailureError, failureOf } from '../../../lib/failure';
import { rollbackPack } from '../../../lib/background/pack-library';
import {
  acceptUpdate,
  BACKOFF_BASE_MS,
  checkAllNow,
  checkDuePacks,
  checkPack,
  rejectUpdate,
  subscribe,
} from '../../../lib/background/pack-updates';
import { findInstalled, getPackIndex, loadPackVersion, usePackDb } from '../../../lib/store/packs';
import { brokenStream, deps, fakeServer, keyPair, NOW, signed, text, V1, V2, V3 } from './helpers';

vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => [] }));

const URL1 = 'https://packs.example.com/acme-returns.json';

async function inUse() {
  const rec = findInstalled(await getPackIndex(), 'acme-returns');
  return { version: rec?.current, rec, active: (await getActivePacks()).map((p) => `${p.pack.meta.id}@${p.pack.meta.version}`) };
}

let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  fakeBrowser.reset();
  usePackDb(new IDBFactory());
  server = fakeServer();
});

async function subscribed(pack = V1, policy = {}) {
  server.servePack(URL1, pack);
  return subscribe({ url: URL1, layer: 'team' }, deps(server, policy));
}

describe('subscribing to a URL', () => {
  it('downloads and installs the pack, which the matcher then searches', async () => {
    // Answered with the name and version, for Options to say the pack as its trainer named it (it had the id only).
    expect(await subscribed()).toEqual({ id: 'acme-returns', name: 'Acme returns', version: '1.0.0' });
    const { version, rec, active } = await inUse();
    expect(version).toBe('1.0.0');
    expect(rec).toMatchObject({ source: 'url', layer: 'team', url: URL1, enabled: true, etag: '"1.0.0"', failures: 0 });
    expect(active).toEqual(['acme-returns@1.0.0']);
    const view = (await packsOverview({ now: () => NOW, policy: async () => (await import('../../../lib/background/policy')).NO_POLICY })).packs[0];
    expect(view).toMatchObject({ name: 'Acme returns', version: '1.0.0', entryCount: 2, signature: 'unsigned', managed: false, needsReview: 0 });
  });

  it('refuses plain http and says why', async () => {
    await expect(subscribe({ url: 'http://packs.example.com/p.json', layer: 'team' }, deps(server))).rejects.toThrow(/does not use HTTPS/);
    expect(await subscribe({ url: 'http://packs.example.com/p.json', layer: 'team' }, deps(server)).catch(failureOf)).toEqual({
      code: 'pack.notHttps',
      url: 'http://packs.example.com/p.json',
    });
    expect(await subscribe({ url: 'packs example', layer: 'team' }, deps(server)).catch(failureOf)).toEqual({ code: 'pack.badUrl', url: 'packs example' });
    expect((await getPackIndex()).installed).toEqual([]);
  });

  it('refuses a key that is not a public key with a code the options page words; a private key is never quoted', async () => {
    server.servePack(URL1, V1);
    await expect(subscribe({ url: URL1, layer: 'team', pinnedKey: 'hello' }, deps(server))).rejects.toThrow(/not an Ed25519 public key/);
    expect(await subscribe({ url: URL1, layer: 'team', pinnedKey: 'hello' }, deps(server)).catch(failureOf)).toEqual({ code: 'pack.badKey', private: false });
    const secret = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----';
    const refused = await subscribe({ url: URL1, layer: 'team', pinnedKey: secret }, deps(server)).catch((e: Error) => e);
    expect(failureOf(refused)).toEqual({ code: 'pack.badKey', private: true });
    expect((refused as Error).message).not.toContain('MC4CAQAw');
    expect(server.requests).toEqual([]); // refused before anything is downloaded
    expect((await getPackIndex()).installed).toEqual([]);
  });

  it('a first download answered 304 Not Modified installs nothing and says so with a code', async () => {
    const notModified = { ...deps(server), fetch: (async () => new Response(null, { status: 304 })) as typeof fetch };
    const refused = await subscribe({ url: URL1, layer: 'team' }, notModified).catch((e: Error) => e);
    expect(failureOf(refused)).toEqual({ code: 'pack.notModifiedFirst', url: URL1 });
    expect((refused as Error).message).toMatch(/304 Not Modified/);
    expect((await getPackIndex()).installed).toEqual([]);
  });

  it('with a key pinned at subscribe time, an unsigned pack is refused', async () => {
    const key = keyPair();
    server.servePack(URL1, V1);
    await expect(subscribe({ url: URL1, layer: 'team', pinnedKey: key.publicKey }, deps(server))).rejects.toThrow(/not signed, but a signing key is pinned/);
    server.servePack(URL1, signed(V1, key));
    await subscribe({ url: URL1, layer: 'team', pinnedKey: key.publicKey }, deps(server));
    expect((await inUse()).rec?.versions[0].signature).toBe('pinned-valid');
  });
});

describe('accepting or rejecting an update that is not the one waiting', () => {
  it('accepted twice is done; rejected after it was accepted (another tab) is refused with the version in use', async () => {
    await subscribed();
    server.servePack(URL1, V2);
    await checkPack('acme-returns', {}, deps(server));
    await acceptUpdate('acme-returns', deps(server), '1.1.0');
    await acceptUpdate('acme-returns', deps(server), '1.1.0');
    expect(await acceptUpdate('acme-returns', deps(server), '1.0.5').catch(failureOf)).toEqual({ code: 'pack.noUpdate', pack: 'acme-returns', current: '1.1.0' });
    expect(await acceptUpdate('acme-returns', deps(server)).catch(failureOf)).toEqual({ code: 'pack.noUpdate', pack: 'acme-returns', current: '1.1.0' });
    expect(await rejectUpdate('acme-returns', '1.1.0').catch(failureOf)).toEqual({ code: 'pack.noUpdate', pack: 'acme-returns', current: '1.1.0' });
    expect((await inUse()).active).toEqual(['acme-returns@1.1.0']);
    expect((await inUse()).rec?.skipVersion).toBeUndefined();
    expect(await acceptUpdate('gone-pack', deps(server)).catch(failureOf)).toEqual({ code: 'pack.notInstalled', pack: 'gone-pack' });
    expect(await checkPack('gone-pack', {}, deps(server)).catch(failureOf)).toEqual({ code: 'pack.notInstalled', pack: 'gone-pack' });
  });

  it('a newer update arrived since the page showed one: neither accepted unseen nor rejected, the newer one still waits', async () => {
    await subscribed();
    server.servePack(URL1, V2);
    await checkPack('acme-returns', {}, deps(server));
    server.servePack(URL1, V3);
    await checkPack('acme-returns', { manual: true }, deps(server));
    const changed = { code: 'pack.updateChanged', pack: 'acme-returns', seen: '1.1.0', version: '1.2.0' };
    expect(await acceptUpdate('acme-returns', deps(server), '1.1.0').catch(failureOf)).toEqual(changed);
    expect(await rejectUpdate('acme-returns', '1.1.0').catch(failureOf)).toEqual(changed);
    const { rec, active } = await inUse();
    expect(active).toEqual(['acme-returns@1.0.0']);
    expect(rec?.pending?.version).toBe('1.2.0');
    expect(rec?.skipVersion).toBeUndefined();
    await acceptUpdate('acme-returns', deps(server), '1.2.0');
    expect((await inUse()).active).toEqual(['acme-returns@1.2.0']);
  });

  it('an update whose downloaded copy is gone: said with a code, the version in use kept, and the next check downloads it again', async () => {
    await subscribed();
    server.servePack(URL1, V2);
    await checkPack('acme-returns', {}, deps(server));
    const { removePendingPack } = await import('../../../lib/store/packs');
    await removePendingPack('acme-returns');
    expect(await acceptUpdate('acme-returns', deps(server), '1.1.0').catch(failureOf)).toEqual({ code: 'pack.updateMissing', pack: 'acme-returns', version: '1.1.0' });
    const { rec, active } = await inUse();
    expect(active).toEqual(['acme-returns@1.0.0']);
    expect(rec?.pending).toBeUndefined();
    // Without the ETag dropped, the server would answer "not modified" and the update would never come back.
    expect(await checkPack('acme-returns', { manual: true }, deps(server))).toMatch(/1\.1\.0 is ready to review/);
    await acceptUpdate('acme-returns', deps(server), '1.1.0');
    expect((await inUse()).active).toEqual(['acme-returns@1.1.0']);
  });
});

describe('checking for updates', () => {
  it('sends the ETag and does nothing on 304 Not Modified', async () => {
    await subscribed();
    expect(await checkPack('acme-returns', {}, deps(server))).toBe('no new version');
    expect(server.requests.at(-1)).toEqual({ url: URL1, ifNoneMatch: '"1.0.0"' });
    expect((await inUse()).version).toBe('1.0.0');
  });

  it('a newer version waits with a diff preview; the old one stays in use until accepted', async () => {
    await subscribed();
    const changed = vi.fn();
    const stop = onPacksChanged(changed);
    server.servePack(URL1, V2);
    expect(await checkPack('acme-returns', {}, deps(server))).toMatch(/1\.1\.0 is ready to review/);
    const { rec, active } = await inUse();
    expect(active).toEqual(['acme-returns@1.0.0']);
    expect(rec?.pending?.version).toBe('1.1.0');
    expect(rec?.pending?.diff.added.map((e) => e.id)).toEqual(['acme-exchange-offer']);
    expect(rec?.pending?.diff.changed).toEqual([expect.objectContaining({ id: 'acme-refund-window', fields: ['body', 'title'] })]);
    expect(changed).not.toHaveBeenCalled();

    await acceptUpdate('acme-returns', deps(server));
    expect((await inUse()).active).toEqual(['acme-returns@1.1.0']);
    expect((await inUse()).rec?.pending).toBeUndefined();
    expect(changed).toHaveBeenCalled();
    stop();
  });

  it('"check for updates" where a pack\'s check throws (the disk full) is refused naming the pack and why, not "finished"', async () => {
    await subscribed();
    server.servePack(URL1, V2);
    const db = usePackDb();
    const put = db.put.bind(db);
    // The update's copy does not fit (refused as the pack storage refuses a full disk); the index (small) still does.
    const full = new FailureError({ code: 'pack.storageFull' }, 'the browser has no more room for packs: remove a pack you do not use');
    vi.spyOn(db, 'put').mockImplementation(async (records) => (Object.keys(records).some((k) => k !== 'index') ? Promise.reject(full) : put(records)));
    const refused = await checkAllNow(deps(server)).catch((e: Error) => e);
    vi.restoreAllMocks();
    expect(failureOf(refused)).toEqual({ code: 'pack.checkFailed', packs: ['acme-returns'], cause: { code: 'pack.storageFull' } });
    expect((refused as Error).message).toMatch(/could not check acme-returns for updates \(acme-returns: the browser has no more room/);
    expect((await inUse()).active).toEqual(['acme-returns@1.0.0']);
  });

  it('auto-accept installs a newer version straight away', async () => {
    await subscribed();
    const idx = await getPackIndex();
    const { updatePackSettings } = await import('../../../lib/background/pack-library');
    await updatePackSettings('acme-returns', { autoAccept: true });
    expect(findInstalled(idx, 'acme-returns')?.autoAccept).toBe(false);
    server.servePack(URL1, V2);
    expect(await checkPack('acme-returns', {}, deps(server))).toBe('updated to 1.1.0');
    expect((await inUse()).version).toBe('1.1.0');
  });

  it('a rejected version is not offered again by the schedule; a newer one is', async () => {
    await subscribed();
    server.servePack(URL1, V2, { etag: '"a"' });
    await checkPack('acme-returns', {}, deps(server));
    await rejectUpdate('acme-returns');
    server.servePack(URL1, V2, { etag: '"b"' }); // the server changed its ETag: a fresh download
    expect(await checkPack('acme-returns', {}, deps(server))).toMatch(/rejected before/);
    expect((await inUse()).rec?.pending).toBeUndefined();
    server.servePack(URL1, V3);
    expect(await checkPack('acme-returns', {}, deps(server))).toMatch(/1\.2\.0 is ready/);
  });

  it('keeps the last 3 versions, rolls back in one step, and does not re-offer the version left', async () => {
    await subscribed();
    const { updatePackSettings } = await import('../../../lib/background/pack-library');
    await updatePackSettings('acme-returns', { autoAccept: true });
    for (const p of [V2, V3, { ...V3, meta: { ...V3.meta, version: '1.3.0' } }]) {
      server.servePack(URL1, p);
      await checkPack('acme-returns', {}, deps(server));
    }
    const { rec } = await inUse();
    expect(rec?.versions.map((v) => v.version)).toEqual(['1.3.0', '1.2.0', '1.1.0']);
    expect(await loadPackVersion('acme-returns', '1.0.0')).toBeNull();

    await rollbackPack('acme-returns', '1.1.0', { now: () => NOW, policy: deps(server).policy });
    expect((await inUse()).active).toEqual(['acme-returns@1.1.0']);
    await expect(rollbackPack('acme-returns', '1.0.0', { now: () => NOW, policy: deps(server).policy })).rejects.toThrow(/only 1\.1\.0, 1\.3\.0, 1\.2\.0 are kept/);
    const gone = await rollbackPack('acme-returns', '1.0.0', { now: () => NOW, policy: deps(server).policy }).catch(failureOf);
    expect(gone).toEqual({ code: 'pack.rollbackGone', pack: 'acme-returns', version: '1.0.0' });
  });
});

describe('bad downloads are refused with a clear message and the pack in use stays', () => {
  const newer = text(V3);
  // Each with the code the options page words it from (lib/failure.ts), not by its English words.
  const cases: Array<[string, () => void, RegExp, string]> = [
    ['a web page (content-type)', () => server.reply(URL1, { body: '<!doctype html><p>Sign in', headers: { 'content-type': 'text/html; charset=utf-8' } }), /sent a web page \(text\/html\)/, 'pack.webPage'],
    ['a web page sent as JSON', () => server.reply(URL1, { body: '<html>login</html>' }), /sent a web page/, 'pack.webPage'],
    ['corrupt JSON', () => server.reply(URL1, { body: newer.slice(0, newer.length / 2) }), /invalid JSON.*corrupt or incomplete/, 'pack.notJson'],
    ['an unknown schema version', () => server.reply(URL1, { body: text({ ...V3, schemaVersion: 2 as 1 }) }), /is not a usable pack: "schemaVersion" is 2, newer than this tool understands \(1\): update Odigos/, 'pack.unusable'],
    ['not a pack at all', () => server.reply(URL1, { body: '{"hello": 1}' }), /acme-returns\.json is not an Odigos pack \(it has no "schema": "odigos-pack"\)/, 'pack.notPack'],
    ['an interrupted download', () => server.reply(URL1, { body: brokenStream(newer.slice(0, 100)) }), /download was interrupted after 100 bytes/, 'pack.interrupted'],
    ['fewer bytes than announced', () => server.reply(URL1, { body: newer.slice(0, 50), headers: { 'content-length': String(newer.length) } }), /interrupted: 50 of \d+ bytes arrived/, 'pack.interrupted'],
    ['more than 20 MB announced', () => server.reply(URL1, { body: '{}', headers: { 'content-length': String(MAX_PACK_BYTES + 1) } }), /more than the 20\.0 MB limit/, 'pack.tooLarge'],
    ['an HTTP error', () => server.reply(URL1, { status: 503, body: 'busy' }), /answered HTTP 503/, 'pack.http'],
    ['a pack no longer at its address (404)', () => server.reply(URL1, { status: 404, body: 'not found' }), /answered HTTP 404/, 'pack.http'],
    ['a network failure', () => server.reply(URL1, { networkError: 'Failed to fetch' }), /could not reach packs\.example\.com \(Failed to fetch\)/, 'pack.unreachable'],
    ['an older version', () => server.reply(URL1, { body: text({ ...V1, meta: { ...V1.meta, version: '0.9.0' } }) }), /offers version 0\.9\.0, older than 1\.0\.0 in use: downgrade refused/, 'pack.older'],
    ['another pack at the same URL', () => server.reply(URL1, { body: text({ ...V3, meta: { ...V3.meta, id: 'other-pack' } }) }), /now serves the pack "other-pack", not "acme-returns"/, 'pack.otherPack'],
  ];
  for (const [what, arrange, message, code] of cases) {
    it(what, async () => {
      await subscribed();
      arrange();
      expect(await checkPack('acme-returns', {}, deps(server))).toMatch(message);
      const { rec, active } = await inUse();
      expect(rec?.lastError).toMatch(message);
      expect(rec?.lastFailure?.code).toBe(code);
      expect(rec?.pending).toBeUndefined();
      expect(active).toEqual(['acme-returns@1.0.0']);
      expect((await loadPackVersion('acme-returns', '1.0.0'))?.entries).toHaveLength(2);
    });
  }

  it('refuses a second subscription to a pack already installed with a code the options page words', async () => {
    await subscribed();
    const failure = await subscribe({ url: URL1, layer: 'team' }, deps(server)).catch(failureOf);
    expect(failure).toEqual({ code: 'pack.urlTaken', url: URL1, pack: 'acme-returns' });
    const other = 'https://packs.example.com/mirror/acme-returns.json';
    server.servePack(other, V1);
    expect(await subscribe({ url: other, layer: 'team' }, deps(server)).catch(failureOf)).toEqual({ code: 'pack.urlTaken', url: other, pack: 'acme-returns' });
  });

  it('keeps why an update failed as data, for the options page to word (and forgets it once a check succeeds)', async () => {
    await subscribed();
    const broken = { ...V3, entries: V3.entries.map((e, i) => (i === 0 ? { ...e, title: '\u200b' } : e)) };
    server.reply(URL1, { body: text(broken) });
    expect(await checkPack('acme-returns', {}, deps(server))).toMatch(/is not a usable pack/);
    const failure = { code: 'pack.unusable', file: URL1, pack: 'acme-returns', version: V3.meta.version, problems: [{ entry: V3.entries[0]!.id, field: 'title' }] };
    expect((await inUse()).rec?.lastFailure).toMatchObject(failure);
    const overview = await packsOverview({ now: () => NOW, policy: async () => (await import('../../../lib/background/policy')).NO_POLICY });
    expect(overview.packs[0]).toMatchObject({ lastError: expect.stringMatching(/is not a usable pack/), lastFailure: failure });
    // A later failure keeps its own code, not the one before it.
    server.reply(URL1, { status: 503, body: 'busy' });
    await checkPack('acme-returns', { manual: true }, deps(server));
    expect((await inUse()).rec?.lastFailure).toEqual({ code: 'pack.http', url: URL1, status: 503 });
    server.servePack(URL1, V1);
    await checkPack('acme-returns', { manual: true }, deps(server));
    expect((await inUse()).rec).not.toHaveProperty('lastError');
  });

  it('a body bigger than 20 MB without a Content-Length is cut off', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => (sent++ < 25 ? c.enqueue(chunk) : c.close()) });
    await subscribed();
    server.reply(URL1, { body });
    expect(await checkPack('acme-returns', {}, deps(server))).toMatch(/more than the 20\.0 MB limit: download stopped/);
    expect((await inUse()).rec?.lastFailure).toEqual({ code: 'pack.downloadTooLarge', url: URL1, max: '20.0 MB' });
    expect(sent).toBeLessThan(25);
    expect((await inUse()).version).toBe('1.0.0');
  });

  it('a server that does not answer in time', async () => {
    const hanging = ((_u: string, init: RequestInit) =>
      new Promise((_ok, fail) => init.signal!.addEventListener('abort', () => fail(init.signal!.reason)))) as unknown as typeof fetch;
    await expect(fetchPackText(URL1, { fetch: hanging, timeoutMs: 5 })).rejects.toThrow(/did not answer within 0\.005 s/);
    expect(await fetchPackText(URL1, { fetch: hanging, timeoutMs: 5 }).catch(failureOf)).toEqual({ code: 'pack.timeout', url: URL1 });
  });

  it('a tampered signed pack, and a missing signature, when the policy pins a key', async () => {
    const key = keyPair();
    await subscribed(signed(V1, key), { packKeys: [key.publicKey] });
    const tampered = signed(V3, key);
    tampered.entries[0].body = 'Send it back at your own cost.';
    server.reply(URL1, { body: text(tampered) });
    expect(await checkPack('acme-returns', {}, deps(server, { packKeys: [key.publicKey] }))).toMatch(/signature does not match the pack's content/);
    server.reply(URL1, { body: text(V3) });
    expect(await checkPack('acme-returns', {}, deps(server, { packKeys: [key.publicKey] }))).toMatch(/not signed, but a signing key is pinned/);
    server.reply(URL1, { body: text(signed(V3, keyPair())) });
    expect(await checkPack('acme-returns', {}, deps(server, { packKeys: [key.publicKey] }))).toMatch(/not a pinned key/);
    expect((await inUse()).active).toEqual(['acme-returns@1.0.0']);
    server.reply(URL1, { body: text(signed(V3, key)) });
    expect(await checkPack('acme-returns', {}, deps(server, { packKeys: [key.publicKey] }))).toMatch(/1\.2\.0 is ready/);
  });

  it('an older version is offered only when the agent asks for it', async () => {
    await subscribed(V2);
    server.servePack(URL1, V1);
    expect(await checkPack('acme-returns', { manual: true, allowDowngrade: true }, deps(server))).toMatch(/1\.0\.0 is ready to review/);
    expect((await inUse()).rec?.pending).toMatchObject({ version: '1.0.0', downgrade: true });
    expect((await inUse()).version).toBe('1.1.0');
  });
});

describe('backoff after failures', () => {
  it('waits 15 min, then 30 min, before the schedule tries again; a success resets it', async () => {
    await subscribed();
    let now = NOW;
    const d = () => deps(server, {}, () => now);
    server.reply(URL1, { status: 500 });
    await checkPack('acme-returns', {}, d());
    expect((await inUse()).rec).toMatchObject({ failures: 1, retryAfter: new Date(NOW.getTime() + BACKOFF_BASE_MS).toISOString() });

    const before = server.requests.length;
    now = new Date(NOW.getTime() + BACKOFF_BASE_MS - 1000);
    await checkDuePacks(d());
    expect(server.requests.length).toBe(before); // still backing off

    now = new Date(NOW.getTime() + BACKOFF_BASE_MS);
    await checkDuePacks(d());
    expect(server.requests.length).toBe(before + 1);
    expect((await inUse()).rec).toMatchObject({ failures: 2, retryAfter: new Date(now.getTime() + 2 * BACKOFF_BASE_MS).toISOString() });

    server.servePack(URL1, V1);
    now = new Date(now.getTime() + 2 * BACKOFF_BASE_MS);
    await checkDuePacks(d());
    const { rec } = await inUse();
    expect(rec?.failures).toBe(0);
    expect(rec?.lastError).toBeUndefined();
    expect(rec?.retryAfter).toBeUndefined();
  });

  it('"check now" ignores the backoff', async () => {
    await subscribed();
    server.reply(URL1, { status: 500 });
    await checkPack('acme-returns', {}, deps(server));
    server.servePack(URL1, V2);
    expect(await checkPack('acme-returns', { manual: true }, deps(server))).toMatch(/ready to review/);
  });
});
