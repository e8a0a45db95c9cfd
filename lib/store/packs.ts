import type { PackRefusal } from '../failure';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { estimateStorage, openPackDb, writeRefusal, type PackDb } from './pack-db';
import { bucketOrOriginDb, storageBuckets, type StorageBuckets } from './storage-buckets';
import type { PackDiff } from '@/knowledge/pack/diff';
import { reviewDateOf } from '@/knowledge/pack/review';
import type { SignatureStatus } from '@/knowledge/pack/signing';
import type { CompiledPack } from '@/knowledge/types';

/**
 * Installed knowledge packs, in the extension's own IndexedDB (pack-db.ts), never in the page's origin. A small
 * index (what is installed, from where, which version is in use, update state) plus one record per kept pack
 * version: listing packs never loads megabytes, and a pack's JSON is written before the index points at it, so
 * an interrupted write leaves the previous state in use.
 */
export type PackLayer = 'personal' | 'team' | 'company' | 'bundled';
export type InstalledLayer = Exclude<PackLayer, 'bundled'>;
export type PackSource = 'bundled' | 'file' | 'url' | 'policy';
export type { SignatureStatus };

/** Versions kept per pack, for rollback (the one in use included). */
export const KEPT_VERSIONS = 3;

/** What the options page needs of a version without loading it. */
export interface VersionSummary {
  version: string;
  name: string;
  entryCount: number;
  /** The review date of every entry that has one (its own or the pack's default), to count stale entries. */
  reviewDates: string[];
  signature: SignatureStatus;
  /** Key that signed it (base64 SPKI), if signed. */
  signedBy?: string;
}

export interface KeptVersion extends VersionSummary {
  installedAt: string;
}

/** A fetched newer version waiting for the agent to accept or reject it. */
export interface PendingUpdate extends VersionSummary {
  fetchedAt: string;
  diff: PackDiff;
  /** Lower than the version in use: only offered because the agent asked for it. */
  downgrade: boolean;
}

/** Failures in a row and when to try again (exponential backoff). */
export interface FetchState {
  lastChecked?: string;
  failures: number;
  /** ISO time before which the scheduled check skips this pack. */
  retryAfter?: string;
  /** The last failure, as shown to the agent. */
  lastError?: string;
  /** The same failure as data when the pack's check said why (lib/failure.ts): the options page words it in the UI language. */
  lastFailure?: PackRefusal;
}

export interface InstalledPack extends FetchState {
  id: string;
  layer: InstalledLayer;
  source: Exclude<PackSource, 'bundled'>;
  /** Where updates come from (url and policy packs). */
  url?: string;
  enabled: boolean;
  /** Install newer versions without asking (policy packs always do). */
  autoAccept: boolean;
  /** Key pinned when the agent subscribed: every version must be signed by it. */
  pinnedKey?: string;
  /** The version in use. */
  current: string;
  /** Newest install first, at most KEPT_VERSIONS. */
  versions: KeptVersion[];
  lastUpdated?: string;
  etag?: string;
  /** A version the agent rejected or rolled back from: not offered again (a newer one is). */
  skipVersion?: string;
  pending?: PendingUpdate;
}

export interface PackIndex {
  installed: InstalledPack[];
  /** Policy URLs whose first download has not succeeded yet, with why. */
  policyPending: Record<string, FetchState>;
}

export const EMPTY_INDEX: PackIndex = { installed: [], policyPending: {} };

/**
 * The one thing about packs in storage.local: a change counter the options page watches. Content scripts receive
 * every storage.local change whole; a number costs them nothing, a pack cost every open tab half a second.
 */
export const packsChangedItem = storage.defineItem<number>('local:packs-changed', { fallback: 0 });

/**
 * Pack versions this context wrote or read, while something else (the matcher) still holds them. A stored version
 * never changes (installing the same version again is refused; removing it forgets it here too), so the pack just
 * imported, and every pack the matcher already has, is not read back from the database and deserialised again
 * when the packs change: at 5,000 entries that read was most of the time from an import to its first suggestions.
 * Weak: a pack nothing uses any more is left to the garbage collector, and then read from the database.
 */
const held = new Map<string, WeakRef<CompiledPack>>();

function hold(key: string, pack: CompiledPack): CompiledPack {
  // A record damaged into text or a number cannot be held weakly (WeakRef throws): it is returned, for the reader to refuse.
  if (typeof pack === 'object' && pack !== null) held.set(key, new WeakRef(pack));
  return pack;
}

let db: PackDb | undefined;
/** Once per worker: profiles installed before the summary (installedSummaryItem) existed get theirs on the first read. */
let summaryChecked = false;
/** The pack database (IndexedDB of the extension's origin); tests pass a fresh factory to start empty. */
export function usePackDb(factory?: IDBFactory): PackDb {
  if (factory) {
    db = openPackDb(factory);
    migration = undefined;
    choicesMoved = undefined;
    summaryChecked = false;
    held.clear();
  }
  return (db ??= openPackDb(packDbFactory));
}

/**
 * The storage bucket the pack database lives in since the agent reset the pack storage; none (the origin's default
 * IndexedDB) before. Chromium keeps every IndexedDB database of the origin in one store: one damaged file of it and
 * the browser refuses them all, after every restart, and refuses to delete them too (measured in Chromium 156,
 * tests/e2e/pack-storage-failed.e2e.ts). A storage bucket is a store of its own, opened even then.
 */
export const packDbBucketItem = storage.defineItem<string>('local:pack-db-bucket');

/** Whether this browser can make the pack storage anew (Chromium's storage buckets; Firefox has none). */
export const canResetPackStorage = () => storageBuckets() !== undefined;

const packDbFactory = async (): Promise<IDBFactory> => bucketOrOriginDb(await packDbBucketItem.getValue());

/**
 * Makes the pack storage anew: an empty pack database in a new storage bucket, used from now on. The damaged store is
 * left as the browser keeps it (the notes' database is in it too: nothing of it is deleted); a bucket an earlier
 * reset made is deleted, packs only. Every installed pack is then gone from Odigos (the caller installs again what
 * can be downloaded); the summary of what was installed (installedSummaryItem) is left for the caller to read.
 * `api`: tests pass their own.
 */
export async function resetPackStorage(api: StorageBuckets | undefined = storageBuckets()): Promise<void> {
  if (!api) throw new Error('this browser has no storage buckets: the pack storage cannot be made anew');
  const before = await packDbBucketItem.getValue();
  const name = `packs-${Date.now()}`;
  const fresh = openPackDb((await api.open(name)).indexedDB);
  // Written before it is used: a bucket that does not open either is never switched to.
  await fresh.put({ [INDEX_KEY]: EMPTY_INDEX });
  await packDbBucketItem.setValue(name);
  db = openPackDb(packDbFactory);
  migration = undefined;
  choicesMoved = undefined;
  held.clear();
  // The summary still names what was installed until the caller has read it.
  summaryChecked = true;
  if (before && before !== name) await api.delete(before).catch(() => undefined);
}

const INDEX_KEY = 'index';
const versionKey = (id: string, version: string) => `pack:${id}@${version}`;
const pendingKey = (id: string) => `pending:${id}`;

export async function getPackIndex(): Promise<PackIndex> {
  await migrated();
  const index = readIndex(await usePackDb().get<unknown>(INDEX_KEY));
  if (!summaryChecked) {
    summaryChecked = true;
    if ((await installedSummaryItem.getValue().catch(() => null)) === null) await keepSummary(index);
  }
  return index;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * A record every reader can use: what they read without asking (the options page, the loader, updates). Only that:
 * a field an older version did not write must not cost the agent an installed pack.
 */
function usableRecord(r: unknown): r is InstalledPack {
  if (!isMap(r) || typeof r.id !== 'string' || typeof r.current !== 'string' || !Array.isArray(r.versions)) return false;
  return r.versions.every((v) => isMap(v) && typeof v.version === 'string');
}

/**
 * The stored index as the readers expect it. A damaged one (a disk fault, a hand edit) broke every reader at once:
 * the loader threw before the bundled packs, so no suggestion came, and the options page could not list the packs
 * to remove the broken one. What is unusable is left out (a record without its versions cannot be shown or used);
 * the stored pack versions themselves are untouched.
 */
function readIndex(stored: unknown): PackIndex {
  if (!isMap(stored)) return { ...EMPTY_INDEX };
  const installed = Array.isArray(stored.installed) ? stored.installed.filter(usableRecord) : [];
  const policyPending = isMap(stored.policyPending) ? (stored.policyPending as PackIndex['policyPending']) : {};
  // A `bundled` field older versions wrote is kept as it was (see bundledChoicesItem), not read.
  return { ...EMPTY_INDEX, ...stored, installed, policyPending };
}

/* ---------------------------------------------------------------- what is installed, kept outside the database */

/** What the agent needs to know of an installed pack to get it back: its name, and the address it came from, if any. */
export interface InstalledSummary {
  id: string;
  name: string;
  version: string;
  source: InstalledPack['source'];
  layer: InstalledLayer;
  /** Where it was downloaded from (url and policy packs); a file pack has none and must be imported again. */
  url?: string;
  /** The signing key pinned at subscribe time: a pack downloaded again is held to it as before. */
  pinnedKey?: string;
}

/**
 * A small list of the installed packs in storage.local, written with every change of the database's index. When the
 * browser refuses the database (a damaged file: Chromium refuses it again after every restart), this is what still
 * names the packs that are missing, where they came from, and which can be downloaded again. A few hundred bytes: the
 * content scripts, which receive every storage.local change, pay nothing for it.
 */
export const installedSummaryItem = storage.defineItem<InstalledSummary[]>('local:installed-packs');

/** The summary of an index: one line per installed pack, the name of the version in use. */
export function summarizeInstalled(index: PackIndex): InstalledSummary[] {
  return index.installed.map((rec) => {
    const inUse = rec.versions.find((v) => v.version === rec.current) ?? rec.versions[0];
    return { id: rec.id, name: inUse?.name ?? rec.id, version: rec.current, source: rec.source, layer: rec.layer, ...(rec.url ? { url: rec.url } : {}), ...(rec.pinnedKey ? { pinnedKey: rec.pinnedKey } : {}) };
  });
}

/** The stored summary a reader can use: a damaged line (a hand edit) is left out. */
function usableSummary(stored: unknown): InstalledSummary[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (s): s is InstalledSummary => isMap(s) && typeof s.id === 'string' && typeof s.name === 'string' && typeof s.version === 'string' && typeof s.source === 'string',
  );
}

/**
 * The packs a reset of the pack storage left out that the agent still has to install again (those imported from a
 * file, and those whose download failed): named in Options until they are installed again or the agent dismisses them.
 */
export const packsToRestoreItem = storage.defineItem<InstalledSummary[]>('local:packs-to-restore');

export async function getPacksToRestore(): Promise<InstalledSummary[]> {
  return usableSummary(await packsToRestoreItem.getValue().catch(() => null));
}

/** The packs installed when the database was last read or written; [] when none is known (or storage.local refuses). */
export async function getInstalledSummary(): Promise<InstalledSummary[]> {
  return usableSummary(await installedSummaryItem.getValue().catch(() => null));
}

/** Written after the index it summarises; a refusal costs nothing else (the database holds the truth while it opens). */
async function keepSummary(index: PackIndex): Promise<void> {
  await installedSummaryItem.setValue(summarizeInstalled(index)).catch(() => undefined);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the index, one at a time: an update check and a click in the options page
 * never overwrite each other's changes. `change` may also write pack versions before it returns.
 */
export function updatePackIndex<T>(change: (index: PackIndex) => Promise<{ index: PackIndex; result: T }>): Promise<T> {
  const run = queue.then(async () => {
    const { index, result } = await change(await getPackIndex());
    await usePackDb().put({ [INDEX_KEY]: index });
    await keepSummary(index);
    await packsChangedItem.setValue(Date.now());
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/* ---------------------------------------------------------------- the bundled packs' on/off choice */

/** The agent's on/off choice of each bundled pack, by id; a pack not named is on. */
export type BundledChoices = Record<string, { enabled: boolean }>;

/**
 * The one place the agent's on/off choice of the bundled packs is kept: storage.local, not the pack database. The
 * bundled packs are what is served while the browser refuses that database (a full disk, a database that will not
 * open); with the choice kept only in it, a bundled pack the agent had switched off came back on, suggesting, until
 * the database opened again. Rule: this item is the source of truth, written on every change (setBundledChoice) and
 * read by everything that serves or lists bundled packs, the database open or not. The `bundled` field of the
 * database's index, where older versions kept the choice, is read once to fill this item (the first run after the
 * update, moveBundledChoices) and never written or read again. A few bytes: the content scripts, which receive every
 * storage.local change, pay nothing for it.
 */
const bundledChoicesItem = storage.defineItem<BundledChoices>('local:bundled-packs');

/** The stored choices a reader can use: a damaged one (a hand edit) is left out, its pack on, as before any choice. */
function usableChoices(stored: unknown): BundledChoices {
  if (!isMap(stored)) return {};
  const out: BundledChoices = {};
  for (const [id, choice] of Object.entries(stored)) if (isMap(choice) && typeof choice.enabled === 'boolean') out[id] = { enabled: choice.enabled };
  return out;
}

let choicesMoved: Promise<BundledChoices> | undefined;

/**
 * The choices an older version kept in the pack database's index, copied into bundledChoicesItem once. Throws while
 * the database is refused (nothing is copied; tried again on the next read): the item written empty then would hide
 * the choices the database still holds for good.
 */
function moveBundledChoices(): Promise<BundledChoices> {
  return (choicesMoved ??= (async () => {
    await migrated();
    const stored = await usePackDb().get<unknown>(INDEX_KEY);
    const choices = usableChoices(isMap(stored) ? stored.bundled : undefined);
    await bundledChoicesItem.setValue(choices);
    return choices;
  })().catch((e: unknown) => {
    choicesMoved = undefined;
    throw e;
  }));
}

/**
 * The agent's choices, database open or refused. Before they were moved out of a refused database none is known, and
 * every bundled pack is on (as before any choice) until it opens.
 */
export async function getBundledChoices(): Promise<BundledChoices> {
  const stored = await bundledChoicesItem.getValue();
  if (stored !== null) return usableChoices(stored);
  return moveBundledChoices().catch(() => ({}));
}

let choiceQueue: Promise<unknown> = Promise.resolve();

/**
 * Switches a bundled pack on or off, one change at a time (two quick clicks never undo each other). A full disk is
 * said as for the packs themselves (free disk space; nothing lost), the choice then unchanged.
 */
export function setBundledChoice(id: string, enabled: boolean): Promise<void> {
  const run = choiceQueue.then(async () => {
    const stored = await bundledChoicesItem.getValue();
    const choices = stored !== null ? usableChoices(stored) : await moveBundledChoices();
    try {
      await bundledChoicesItem.setValue({ ...choices, [id]: { enabled } });
    } catch (e: unknown) {
      throw writeRefusal(e, await estimateStorage());
    }
    await packsChangedItem.setValue(Date.now());
  });
  choiceQueue = run.catch(() => undefined);
  return run;
}

export function summarize(pack: CompiledPack, signature: SignatureStatus): VersionSummary {
  return {
    version: pack.meta.version,
    name: pack.meta.name,
    entryCount: pack.entries.length,
    reviewDates: pack.entries.map((e) => reviewDateOf(e, pack)).filter((d): d is string => d !== undefined),
    signature,
    ...(pack.signature ? { signedBy: pack.signature.publicKey } : {}),
  };
}

export async function savePackVersion(pack: CompiledPack): Promise<void> {
  const key = versionKey(pack.meta.id, pack.meta.version);
  held.delete(key);
  await usePackDb().put({ [key]: pack });
  hold(key, pack);
}

export async function loadPackVersion(id: string, version: string): Promise<CompiledPack | null> {
  await migrated();
  const key = versionKey(id, version);
  const kept = held.get(key)?.deref();
  if (kept) return kept;
  const pack = await usePackDb().get<CompiledPack>(key);
  return pack ? hold(key, pack) : null;
}

export async function removePackVersions(id: string, versions: string[]): Promise<void> {
  for (const v of versions) held.delete(versionKey(id, v));
  await usePackDb().delete(versions.map((v) => versionKey(id, v)));
}

export async function savePendingPack(pack: CompiledPack): Promise<void> {
  await usePackDb().put({ [pendingKey(pack.meta.id)]: pack });
}

export async function loadPendingPack(id: string): Promise<CompiledPack | null> {
  return (await usePackDb().get<CompiledPack>(pendingKey(id))) ?? null;
}

export async function removePendingPack(id: string): Promise<void> {
  await usePackDb().delete([pendingKey(id)]);
}

/* ---------------------------------------------------------------- moving packs out of storage.local */

/** Where packs were kept before: the index and one key per version and pending update, in storage.local. */
const LEGACY_INDEX = 'packs';
const legacyVersionKey = (id: string, version: string) => `pack:${id}@${version}`;
const legacyPendingKey = (id: string) => `pack-pending:${id}`;

/** Checks a pack kept by an older version against today's rules: the pack as checked, or the problem. */
export type StoredPackCheck = (pack: unknown) => { pack: CompiledPack } | { problem: string };

let checkStored: StoredPackCheck = (pack) => ({ pack: pack as CompiledPack });
/** The background sets the pack checks (knowledge/pack) here, so this store does not bundle them into every page. */
export function setStoredPackCheck(check: StoredPackCheck): void {
  checkStored = check;
}

let migration: Promise<void> | undefined;
function migrated(): Promise<void> {
  return (migration ??= moveLegacyPacks().catch((e: unknown) => {
    migration = undefined;
    throw e;
  }));
}

/**
 * Moves packs an older version kept in storage.local into the pack database, losing nothing: every kept version
 * and pending update is copied in one transaction before anything is removed from storage.local, and a copy
 * already made is not made again. A version that fails today's checks is kept but switched off, with the reason.
 */
async function moveLegacyPacks(): Promise<void> {
  const legacy = (await browser.storage.local.get(LEGACY_INDEX))[LEGACY_INDEX] as PackIndex | undefined;
  if (!legacy || typeof legacy !== 'object') return;
  const keys = legacyKeys(legacy);
  const store = usePackDb();
  if (!(await store.get(INDEX_KEY))) {
    const stored = await browser.storage.local.get(keys.map((k) => k.from));
    const records: Record<string, unknown> = {};
    for (const k of keys) if (stored[k.from] !== undefined) records[k.to] = stored[k.from];
    const failed = new Map<string, string>();
    for (const [key, value] of Object.entries(records)) {
      // What passes is stored as checked; what fails is kept as it was (nothing lost) and never searched.
      const checked = checkStored(value);
      if ('pack' in checked) records[key] = checked.pack;
      else failed.set(key, checked.problem);
    }
    const installed = (legacy.installed ?? []).map((rec) => {
      const problem = failed.get(versionKey(rec.id, rec.current));
      if (!problem || !rec.enabled) return rec;
      const lastError = `switched off: the stored version ${rec.current} fails the pack checks (${problem}); install a corrected version`;
      return { ...rec, enabled: false, lastError, lastFailure: { code: 'pack.failsChecks', pack: rec.id, version: rec.current } as const };
    });
    await store.put({ ...records, [INDEX_KEY]: { ...EMPTY_INDEX, ...legacy, installed } });
  }
  await browser.storage.local.remove([LEGACY_INDEX, ...keys.map((k) => k.from)]);
}

function legacyKeys(legacy: PackIndex): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (const rec of legacy.installed ?? []) {
    for (const v of rec.versions ?? []) out.push({ from: legacyVersionKey(rec.id, v.version), to: versionKey(rec.id, v.version) });
    if (rec.pending) out.push({ from: legacyPendingKey(rec.id), to: pendingKey(rec.id) });
  }
  return out;
}

/**
 * The record after installing `summary` as the version in use: it goes first in the kept list (a
 * re-install of a kept version moves it), older ones beyond KEPT_VERSIONS drop off. Returns the
 * versions that dropped off, whose stored JSON the caller removes after saving the index.
 */
export function withVersionInUse(record: InstalledPack, summary: VersionSummary, now: Date): { record: InstalledPack; dropped: string[] } {
  const others = record.versions.filter((v) => v.version !== summary.version);
  const versions = [{ ...summary, installedAt: now.toISOString() }, ...others];
  return {
    record: { ...record, current: summary.version, versions: versions.slice(0, KEPT_VERSIONS), lastUpdated: now.toISOString() },
    dropped: versions.slice(KEPT_VERSIONS).map((v) => v.version),
  };
}

export function findInstalled(index: PackIndex, id: string): InstalledPack | undefined {
  return index.installed.find((p) => p.id === id);
}

export function replaceInstalled(index: PackIndex, record: InstalledPack): PackIndex {
  const exists = index.installed.some((p) => p.id === record.id);
  return {
    ...index,
    installed: exists ? index.installed.map((p) => (p.id === record.id ? record : p)) : [...index.installed, record],
  };
}
