import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMatcher } from '../../../knowledge/engine/index';
import { needsReview } from '../../../knowledge/pack/review';
import { getActivePacks, notifyPacksChanged } from '../../../lib/background/active-packs';
import { importPackFile, packsOverview, removePack, updatePackSettings } from '../../../lib/background/pack-library';
import { applyPolicyPacks, subscribe } from '../../../lib/background/pack-updates';
import { getPolicy, NO_POLICY, parsePolicy, type Policy } from '../../../lib/background/policy';
import { findInstalled, getPackIndex, loadPackVersion, setStoredPackCheck, usePackDb } from '../../../lib/store/packs';
import { checkStoredPack } from '../../../lib/background/pack-intake';
import { failureOf } from '../../../lib/failure';
import { deps, fakeServer, fileData, keyPair, NOW, signed, text, V1, V2 } from './helpers';

const bundled = vi.hoisted(() => ({ packs: [] as unknown[] }));
vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => bundled.packs }));

const POLICY_URL = 'https://intranet.example.com/packs/acme-returns.json';
const libDeps = (policy: Partial<Policy> = {}) => ({ now: () => NOW, policy: async () => ({ ...NO_POLICY, ...policy }) });

let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  fakeBrowser.reset();
  usePackDb(new IDBFactory());
  server = fakeServer();
  bundled.packs = [];
});

describe('policy values', () => {
  it('reads every key and names the values it ignores', () => {
    const p = parsePolicy({
      packUrls: ['https://a.example/p.json', 'ftp://x/p.json', 42],
      packKeys: ['MCowBQYDK2VwAyEAmWaCsYj6O98twevLTD5nWdlj1b+S+QOzNv3brW9p3Tk=', 'nope'],
      allowedSites: ['https://desk.example.com/*', 'desk.example.com'],
      allowPersonalSnippets: 'no',
      notesRetentionDays: 30,
    });
    expect(p.packUrls).toEqual(['https://a.example/p.json']);
    expect(p.packKeys).toHaveLength(1);
    expect(p.allowedSites).toEqual(['https://desk.example.com/*']);
    expect(p.allowPersonalSnippets).toBe(true);
    expect(p.notesRetentionDays).toBe(30);
    expect(p.managedKeys).toEqual(['packUrls', 'packKeys', 'allowedSites', 'allowPersonalSnippets', 'notesRetentionDays']);
    expect(p.problems.map((x) => x.text)).toEqual([
      '"packUrls": "ftp://x/p.json" is not an http(s) URL: ignored',
      '"packUrls": 42 must be text, not number: ignored',
      '"packKeys": "nope" is not a public key from odigos keygen: ignored',
      '"allowedSites": "desk.example.com" is not a match pattern like https://support.example.com/*: ignored',
      '"allowPersonalSnippets" must be true or false, not "no": ignored',
    ]);
    // Which setting and value as data, for the options page to word in the agent's language.
    expect(p.problems.map(({ setting, value }) => [setting, value])).toEqual([
      ['packUrls', '"ftp://x/p.json"'],
      ['packUrls', '42'],
      ['packKeys', '"nope"'],
      ['allowedSites', '"desk.example.com"'],
      ['allowPersonalSnippets', '"no"'],
    ]);
  });

  it('no policy (or no managed storage) leaves the agent in charge', async () => {
    expect(await getPolicy()).toEqual(NO_POLICY);
    await fakeBrowser.storage.managed.set({ allowPersonalSnippets: false, notesRetentionDays: 0 });
    const p = await getPolicy();
    expect(p.allowPersonalSnippets).toBe(false);
    expect(p.notesRetentionDays).toBeUndefined();
    expect(p.problems).toEqual([{ setting: 'notesRetentionDays', value: '0', text: '"notesRetentionDays" must be a whole number of days ≥ 1, not 0: ignored' }]);
  });
});

describe('packs named by policy', () => {
  it('are installed with no click, managed, and cannot be switched off or removed by the agent', async () => {
    server.servePack(POLICY_URL, V1);
    await applyPolicyPacks({ ...NO_POLICY, packUrls: [POLICY_URL] }, deps(server));
    const rec = findInstalled(await getPackIndex(), 'acme-returns');
    expect(rec).toMatchObject({ source: 'policy', layer: 'company', enabled: true, autoAccept: true, current: '1.0.0' });
    await expect(updatePackSettings('acme-returns', { enabled: false })).rejects.toThrow(/managed by your organisation/);
    await expect(removePack('acme-returns')).rejects.toThrow(/managed by your organisation/);
    // With a code, for the options page to say it in the agent's language.
    const managed = { code: 'pack.managed', pack: 'acme-returns' };
    expect(await updatePackSettings('acme-returns', { layer: 'team' }).catch(failureOf)).toEqual(managed);
    expect(await removePack('acme-returns').catch(failureOf)).toEqual(managed);
    expect(await removePack('gone-pack').catch(failureOf)).toEqual({ code: 'pack.notInstalled', pack: 'gone-pack' });
    const view = (await packsOverview(libDeps({ packUrls: [POLICY_URL] }))).packs[0];
    expect(view).toMatchObject({ managed: true, source: 'policy', version: '1.0.0' });
  });

  it('take over the agent\'s own subscription to the same URL', async () => {
    server.servePack(POLICY_URL, V1);
    await subscribe({ url: POLICY_URL, layer: 'personal' }, deps(server));
    await applyPolicyPacks({ ...NO_POLICY, packUrls: [POLICY_URL] }, deps(server));
    expect(findInstalled(await getPackIndex(), 'acme-returns')).toMatchObject({ source: 'policy', layer: 'company' });
  });

  it('must be signed by a policy key; a failed first download is shown and retried later', async () => {
    const key = keyPair();
    server.servePack(POLICY_URL, V1);
    const policy = { ...NO_POLICY, packUrls: [POLICY_URL], packKeys: [key.publicKey] };
    await applyPolicyPacks(policy, deps(server));
    expect((await getPackIndex()).installed).toEqual([]);
    const overview = await packsOverview(libDeps(policy));
    expect(overview.policyPending).toEqual([
      expect.objectContaining({ url: POLICY_URL, lastError: expect.stringMatching(/not signed, but a signing key is pinned/) }),
    ]);
    server.servePack(POLICY_URL, signed(V1, key));
    await applyPolicyPacks(policy, deps(server), { retryNow: true });
    expect(findInstalled(await getPackIndex(), 'acme-returns')?.versions[0].signature).toBe('pinned-valid');
    expect((await getPackIndex()).policyPending).toEqual({});
  });

  it('a first download answered 304, and a pack another policy URL provides, are kept with a code for the options page', async () => {
    const OTHER = 'https://intranet.example.com/packs/copy.json';
    server.servePack(POLICY_URL, V1);
    server.servePack(OTHER, V1);
    const policy = { ...NO_POLICY, packUrls: [POLICY_URL, OTHER] };
    await applyPolicyPacks(policy, deps(server));
    expect((await getPackIndex()).policyPending[OTHER]?.lastFailure).toEqual({ code: 'pack.policyTwice', url: OTHER, pack: 'acme-returns', other: POLICY_URL });
    const third = 'https://intranet.example.com/packs/third.json';
    const notModified = { ...deps(server), fetch: (async () => new Response(null, { status: 304 })) as typeof fetch };
    await applyPolicyPacks({ ...policy, packUrls: [...policy.packUrls, third] }, notModified);
    expect((await getPackIndex()).policyPending[third]?.lastFailure).toEqual({ code: 'pack.notModifiedFirst', url: third });
    expect(findInstalled(await getPackIndex(), 'acme-returns')?.url).toBe(POLICY_URL);
  });

  it('are removed when the policy no longer names them, but not when it merely reads empty at start-up', async () => {
    server.servePack(POLICY_URL, V1);
    await applyPolicyPacks({ ...NO_POLICY, packUrls: [POLICY_URL], managedKeys: ['packUrls'] }, deps(server));
    await applyPolicyPacks(NO_POLICY, deps(server));
    expect((await getPackIndex()).installed).toHaveLength(1);
    await applyPolicyPacks({ ...NO_POLICY, allowPersonalSnippets: false, managedKeys: ['allowPersonalSnippets'] }, deps(server));
    expect((await getPackIndex()).installed).toEqual([]);
    server.servePack(POLICY_URL, V1);
    await applyPolicyPacks({ ...NO_POLICY, packUrls: [POLICY_URL], managedKeys: ['packUrls'] }, deps(server));
    await applyPolicyPacks(NO_POLICY, deps(server), { retire: true });
    expect((await getPackIndex()).installed).toEqual([]);
    expect(await getActivePacks()).toEqual([]);
  });
});

describe('importing a pack file', () => {
  it('installs a valid file in the chosen layer', async () => {
    const view = await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps());
    expect(view).toMatchObject({ id: 'acme-returns', version: '1.0.0', source: 'file', layer: 'personal', enabled: true });
  });

  it('refuses a broken file with what is wrong, and keeps what was installed', async () => {
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps());
    await expect(importPackFile({ data: fileData('{"schema": "odigos-pack", '), fileName: 'broken.json', layer: 'personal' }, libDeps())).rejects.toThrow(
      /broken\.json.*invalid JSON/,
    );
    await expect(importPackFile({ data: fileData('<html></html>'), fileName: 'page.html', layer: 'personal' }, libDeps())).rejects.toThrow(/page\.html is a web page, not a pack/);
    await expect(importPackFile({ data: fileData({ ...V1, meta: { ...V1.meta, version: '0.1.0' } }), fileName: 'old.json', layer: 'personal' }, libDeps())).rejects.toThrow(
      /0\.1\.0 is older than the version in use \(1\.0\.0\)/,
    );
    expect((await getActivePacks()).map((p) => p.pack.meta.version)).toEqual(['1.0.0']);
    await importPackFile({ data: fileData(V2), fileName: 'acme-1.1.json', layer: 'personal' }, libDeps());
    expect((await getActivePacks()).map((p) => p.pack.meta.version)).toEqual(['1.1.0']);
  });

  it('where the organisation pins signing keys, every pack file must be signed by one, personal ones too', async () => {
    const key = keyPair();
    const policy = libDeps({ packKeys: [key.publicKey] });
    for (const layer of ['team', 'personal'] as const) {
      await expect(importPackFile({ data: fileData(V1), fileName: 'acme.json', layer }, policy)).rejects.toThrow(/not signed/);
      await expect(importPackFile({ data: fileData(signed(V1, keyPair())), fileName: 'acme.json', layer }, policy)).rejects.toThrow(/not a pinned key/);
    }
    expect(findInstalled(await getPackIndex(), 'acme-returns')).toBeUndefined();
    await importPackFile({ data: fileData(signed(V1, key)), fileName: 'acme.json', layer: 'personal' }, policy);
    expect(findInstalled(await getPackIndex(), 'acme-returns')?.versions[0].signature).toBe('pinned-valid');
    await removePack('acme-returns');
    await importPackFile({ data: fileData(V1), fileName: 'acme.json', layer: 'personal' }, libDeps());
    expect(findInstalled(await getPackIndex(), 'acme-returns')?.versions[0].signature).toBe('unsigned');
  });

  it('refuses bytes that are not UTF-8 and files larger than a download may be, as the CLI does', async () => {
    const bytes = Buffer.from(text(V1));
    const latin1 = Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xe9]), bytes.subarray(40)]);
    await expect(importPackFile({ data: fileData(latin1), fileName: 'latin1.json', layer: 'personal' }, libDeps())).rejects.toThrow(
      /^latin1\.json: not UTF-8 text: line 3 has the byte \\xe9 after ".*schemaVe" \(save the file as UTF-8\)$/,
    );
    const huge = Buffer.alloc(21 * 1024 * 1024, 0x20);
    await expect(importPackFile({ data: fileData(huge), fileName: 'huge.json', layer: 'personal' }, libDeps())).rejects.toThrow(
      /huge\.json is 21\.0 MB, more than the 20\.0 MB a pack may be/,
    );
    expect(findInstalled(await getPackIndex(), 'acme-returns')).toBeUndefined();
  });
});

describe('active packs by layer', () => {
  it('orders personal > team > company > bundled, reports shared entry ids, and skips disabled packs', async () => {
    const base = structuredClone(V1);
    bundled.packs = [{ ...base, meta: { ...base.meta, id: 'builtin' } }];
    await importPackFile({ data: fileData({ ...V1, meta: { ...V1.meta, id: 'team-pack' } }), fileName: 't.json', layer: 'team' }, libDeps());
    await importPackFile({ data: fileData({ ...V2, meta: { ...V2.meta, id: 'mine' } }), fileName: 'm.json', layer: 'personal' }, libDeps());
    expect((await getActivePacks()).map((p) => [p.pack.meta.id, p.priority])).toEqual([['mine', 30], ['team-pack', 20], ['builtin', 0]]);

    const { conflicts } = await packsOverview(libDeps());
    expect(conflicts.find((c) => c.entryId === 'acme-refund-window')?.packs).toEqual([
      { packId: 'mine', layer: 'personal' },
      { packId: 'team-pack', layer: 'team' },
      { packId: 'builtin', layer: 'bundled' },
    ]);
    expect(conflicts.some((c) => c.entryId === 'acme-exchange-offer')).toBe(false);

    await updatePackSettings('team-pack', { enabled: false });
    await updatePackSettings('builtin', { enabled: false });
    expect((await getActivePacks()).map((p) => p.pack.meta.id)).toEqual(['mine']);
    await updatePackSettings('mine', { layer: 'company' });
    expect((await getActivePacks())[0].priority).toBe(10);
  });
});

describe('where the organisation pins signing keys', () => {
  it('a personal entry adds to the company\'s packs but never replaces a company entry, and the panel says so', async () => {
    const key = keyPair();
    const policy = { ...NO_POLICY, packUrls: [POLICY_URL], packKeys: [key.publicKey], managedKeys: ['packUrls', 'packKeys'] } satisfies Policy;
    await fakeBrowser.storage.managed.set({ packUrls: [POLICY_URL], packKeys: [key.publicKey] });
    server.servePack(POLICY_URL, signed(V1, key));
    await applyPolicyPacks(policy, deps(server, policy));
    const mine = { ...structuredClone(V2), meta: { ...V2.meta, id: 'mine' } };
    const shared = mine.entries.find((e) => V1.entries.some((c) => c.id === e.id && c.lang === e.lang))!;
    shared.title = 'My own refund window wording';
    await importPackFile({ data: fileData(signed(mine, key)), fileName: 'mine.json', layer: 'personal' }, libDeps(policy));

    const matcher = createMatcher(await getActivePacks());
    expect(matcher.search('refund window', { limit: 20 }).suggestions.filter((x) => x.entryId === shared.id).map((x) => x.packId)).toEqual(['acme-returns']);
    const onlyMine = mine.entries.find((e) => !V1.entries.some((c) => c.id === e.id));
    if (onlyMine) expect(matcher.entry('mine', onlyMine.id)).toBeDefined();
    const conflict = (await packsOverview(libDeps(policy))).conflicts.find((c) => c.entryId === shared.id);
    expect(conflict).toMatchObject({ packs: [{ packId: 'acme-returns', layer: 'company' }, { packId: 'mine', layer: 'personal' }], protectedByPolicy: true });
  });

  it('without pinned keys the personal entry wins, as before', async () => {
    server.servePack(POLICY_URL, V1);
    const policy = { ...NO_POLICY, packUrls: [POLICY_URL], managedKeys: ['packUrls'] } satisfies Policy;
    await applyPolicyPacks(policy, deps(server, policy));
    const mine = { ...structuredClone(V2), meta: { ...V2.meta, id: 'mine' } };
    await importPackFile({ data: fileData(mine), fileName: 'mine.json', layer: 'personal' }, libDeps(policy));
    const conflicts = (await packsOverview(libDeps(policy))).conflicts;
    expect(conflicts[0]?.packs[0]).toEqual({ packId: 'mine', layer: 'personal' });
    expect(conflicts.some((c) => c.protectedByPolicy)).toBe(false);
  });
});

describe('packs an older version kept in storage.local', () => {
  const record = (id: string, version: string) => ({
    id, layer: 'personal', source: 'file', enabled: true, autoAccept: false, current: version, failures: 0,
    versions: [{ version, name: id, entryCount: 1, reviewDates: [], signature: 'unsigned', installedAt: NOW.toISOString() }],
  });

  it('move to the pack database without loss; a version that fails today\'s checks is kept but switched off', async () => {
    setStoredPackCheck((value) => checkStoredPack(value, NOW));
    notifyPacksChanged();
    const bad = structuredClone(V1) as unknown as { meta: { id: string }; entries: Array<{ title: unknown }>; index: unknown };
    bad.meta.id = 'old-bad';
    bad.entries[1]!.title = 42;
    bad.index = null;
    await fakeBrowser.storage.local.set({
      packs: { installed: [record('acme-returns', '1.0.0'), record('old-bad', '1.0.0')], bundled: {}, policyPending: {} },
      'pack:acme-returns@1.0.0': V1,
      'pack:old-bad@1.0.0': bad,
      unrelated: 'kept',
    });
    expect((await getActivePacks()).map((p) => p.pack.meta.id)).toEqual(['acme-returns']);
    const index = await getPackIndex();
    expect(findInstalled(index, 'old-bad')).toMatchObject({ enabled: false, lastError: expect.stringMatching(/switched off: the stored version 1\.0\.0 fails the pack checks \(/) });
    expect(await loadPackVersion('old-bad', '1.0.0')).toEqual(bad);
    expect(await loadPackVersion('acme-returns', '1.0.0')).toEqual(JSON.parse(JSON.stringify(V1)));
    // What stays in storage.local: the unrelated key, the bundled packs' on/off choices, which live there now, and
    // the summary of what is installed (named even when the database is refused).
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      unrelated: 'kept',
      'bundled-packs': {},
      'installed-packs': [
        // The stored records of this older version name no pack: the id stands for the name.
        { id: 'acme-returns', name: 'acme-returns', version: '1.0.0', source: 'file', layer: 'personal' },
        { id: 'old-bad', name: 'old-bad', version: '1.0.0', source: 'file', layer: 'personal' },
      ],
    });
  });
});

describe('needsReview', () => {
  it('uses the entry\'s date, else the pack default', () => {
    const pack = { meta: { ...V1.meta, reviewBy: '2026-01-01' } };
    expect(needsReview({ reviewBy: '2026-06-01' }, pack, '2026-03-01')).toBe(false);
    expect(needsReview({}, pack, '2026-03-01')).toBe(true);
    expect(needsReview({}, pack, '2026-01-01')).toBe(false);
    expect(needsReview({}, { meta: { ...V1.meta, reviewBy: undefined } }, '2026-03-01')).toBe(false);
  });
});

describe('the policy for a view that must not wait', () => {
  it('is the last delivered one while the browser holds storage.managed back, and the browser\'s once it answers', async () => {
    const { policyForView } = await import('../../../lib/background/policy');
    const { lastKnownPolicyItem } = await import('../../../lib/store/policy');
    const held = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined));
    expect(await policyForView(20)).toEqual(NO_POLICY);
    await lastKnownPolicyItem.setValue({ ...NO_POLICY, allowPersonalSnippets: false });
    expect((await policyForView(20)).allowPersonalSnippets).toBe(false);
    held.mockRestore();
    await fakeBrowser.storage.managed.set({ notesRetentionDays: 30 });
    expect((await policyForView(20)).notesRetentionDays).toBe(30);
  });
});
