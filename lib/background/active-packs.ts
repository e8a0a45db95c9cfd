import type { PackInput } from '@/knowledge/engine/api';
import { buildIndex } from '@/knowledge/engine/build-index';
import { isIndexData } from '@/knowledge/engine/index-data';
import type { PackFailure } from '@/knowledge/engine/isolated';
import type { CompiledPack } from '@/knowledge/types';
import { EMPTY_INDEX, getBundledChoices, getPackIndex, loadPackVersion, savePackVersion, type BundledChoices, type PackIndex, type PackLayer } from '../store/packs';
import { failureOf, type PackRefusal } from '../failure';
import { getBundledPacks } from './pack-bundled';
import { NO_POLICY, POLICY_WAIT_MS, policyWithin, type Policy } from './policy';
import { lastKnownPolicyItem } from '../store/policy';
import { errorText } from '@/knowledge/error-text';
import { storageOpened, storageRefused } from '../store/storage-trouble';

async function policyNow(): Promise<Policy> {
  return (await lastKnownPolicyItem.getValue()) ?? (await policyWithin(POLICY_WAIT_MS)) ?? { ...NO_POLICY };
}

/**
 * The packs the matcher searches, highest priority first: the agent's enabled packs from the pack store
 * by layer (personal > team > company > bundled). An installed pack with the id of a bundled pack
 * replaces it (a newer edition of the same pack).
 */
export const PRIORITY = { bundled: 0, company: 10, team: 20, personal: 30 } as const satisfies Record<PackLayer, number>;

export interface ActivePack extends PackInput {
  layer: PackLayer;
}

let cache: Promise<ActivePack[]> | undefined;

/** The pack storage refusals the bundled packs are served through: the browser would not open or read the database. */
export type PackStorageRefusal = Extract<PackRefusal, { code: 'pack.diskFull' | 'pack.storageFailed' }>;
const UNAVAILABLE = new Set<string>(['pack.diskFull', 'pack.storageFailed']);

/**
 * `e` as a refusal of the pack storage (with its English reason), or undefined when it is another failure. A storage
 * that will not open is said with whether a browser restart was already tried since it was first seen
 * (lib/store/storage-trouble.ts): after one that did not help, the words go to the reset, not to another restart.
 */
export async function storageRefusal(e: unknown): Promise<{ failure: PackStorageRefusal; message: string } | undefined> {
  const failure = failureOf(e);
  if (!failure || !UNAVAILABLE.has(failure.code)) return undefined;
  const tried = failure.code === 'pack.storageFailed' && (await storageRefused('packs')).restartTried;
  return { failure: (tried ? { code: 'pack.storageFailed', restartTried: true } : failure) as PackStorageRefusal, message: errorText(e) };
}

/** The pack storage opened: a refusal seen before is over (once per worker, and again after each refusal). */
let openedSaid = false;
function opened(): void {
  if (openedSaid) return;
  openedSaid = true;
  void storageOpened('packs');
}

/** Why the installed packs are left out of the set now, and when the storage was last tried. */
let unavailable: { failure: PackStorageRefusal; message: string; triedAt: number } | undefined;

/** How long a refused pack storage is left alone before a request tries it again (an open that fails is quick). */
export const STORAGE_RETRY_MS = 5_000;

async function loadActive(): Promise<ActivePack[]> {
  // Not getPolicy(): Chromium can hold managed storage for seconds after start-up, and suggestions must not wait.
  // The last policy delivered serves (lastKnownPolicyItem's watcher rebuilds when the delivered one differs).
  const policy = await policyNow();
  let index: PackIndex = EMPTY_INDEX;
  let active: ActivePack[] = [];
  try {
    index = await getPackIndex();
    opened();
    active = await loadInstalled(index, policy);
    unavailable = undefined;
  } catch (e: unknown) {
    // The pack database refused (a disk full before it was ever made, a database that will not open): the bundled
    // packs ship inside the extension and need none of it, so they still suggest, read-only. Nothing is written
    // meanwhile, so what is installed is there as it was once the storage opens again (retryPackStorage).
    const refusal = await storageRefusal(e);
    if (!refusal) throw e;
    openedSaid = false;
    unavailable = { ...refusal, triedAt: Date.now() };
  }
  const installedIds = new Set(active.map((a) => a.pack.meta.id));
  // The agent's on/off choice is kept outside the database (lib/store/packs.ts), so a refused one keeps it too.
  const choices = await bundledChoicesOrNone();
  for (const pack of getBundledPacks()) {
    if (installedIds.has(pack.meta.id) || choices[pack.meta.id]?.enabled === false) continue;
    active.push({ pack, priority: PRIORITY.bundled, layer: 'bundled' });
  }
  return active.sort((a, b) => b.priority - a.priority);
}

/** Unreadable choices (storage.local refusing a read) cost no suggestion: every bundled pack is then on, as before any choice. */
const bundledChoicesOrNone = (): Promise<BundledChoices> => getBundledChoices().catch(() => ({}));

/** The agent's enabled installed packs, as stored; a damaged version is switched off with the reason. */
async function loadInstalled(index: PackIndex, policy: Policy): Promise<ActivePack[]> {
  // Where the organisation pins signing keys, its packs' entries cannot be replaced by a personal or team entry.
  const locked = policy.packKeys.length > 0;
  const active: ActivePack[] = [];
  for (const rec of index.installed) {
    if (!rec.enabled) continue;
    const stored = await loadPackVersion(rec.id, rec.current);
    // A missing version (storage cleared by hand) is skipped rather than breaking every suggestion.
    if (!stored) continue;
    // A damaged one too, and switched off with the reason: read as a pack, it failed the whole set (bundled included).
    const damage = storedDamage(stored, rec.id, rec.current);
    if (damage) {
      reportPackFailure({ packId: rec.id, message: damage, kind: 'damaged', version: rec.current });
      continue;
    }
    const pack = await withCurrentIndex(stored);
    active.push({ pack, priority: PRIORITY[rec.layer], layer: rec.layer, ...(locked && rec.layer === 'company' ? { locked } : {}) });
  }
  return active;
}

/**
 * Why the installed packs are missing from the set the matcher searches (only the bundled ones are there), with the
 * storage's English reason; undefined while they are all there.
 */
export function packsUnavailable(): { failure: PackStorageRefusal; message: string } | undefined {
  return unavailable && { failure: unavailable.failure, message: unavailable.message };
}

/**
 * While the pack storage is refused, tries it again (at most every STORAGE_RETRY_MS): once the agent has freed room
 * and reloads the page, its next request finds the storage open and the installed packs back, with nothing lost.
 */
export async function retryPackStorage(now = Date.now()): Promise<void> {
  if (!unavailable || now - unavailable.triedAt < STORAGE_RETRY_MS) return;
  unavailable.triedAt = now;
  try {
    await getPackIndex();
  } catch {
    return;
  }
  unavailable = undefined;
  opened();
  notifyPacksChanged();
}

/**
 * What is wrong with the stored copy of a version, if it is not even the shape of a pack (a record damaged on disk or
 * written by hand): the few fields every reader of the set relies on. Not the whole validation, which every wake of
 * the worker would pay for megabytes that passed it on the way in; what lies deeper is the isolating matcher's to
 * catch (knowledge/engine/isolated.ts).
 */
export function storedDamage(stored: unknown, id: string, version: string): string | undefined {
  const damaged = (what: string) => `its stored copy of version ${version} is damaged: ${what}`;
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return damaged('not a pack');
  const { meta, entries } = stored as { meta?: unknown; entries?: unknown };
  if (!meta || typeof meta !== 'object') return damaged('it has no meta');
  const m = meta as { id?: unknown; version?: unknown };
  if (m.id !== id || m.version !== version) return damaged(`it names ${shown(m.id)} ${shown(m.version)}`);
  if (!Array.isArray(entries)) return damaged('it has no list of entries');
  const bad = entries.findIndex((e) => !e || typeof e !== 'object' || typeof (e as { id?: unknown }).id !== 'string');
  return bad < 0 ? undefined : damaged(`entry ${bad + 1} is not an entry`);
}

const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 60)) : String(v));

/**
 * A pack stored before an update changed the index format gets a current index once, and is stored with it: left
 * as it was, every wake of the service worker rebuilt its index in memory before the first suggestion.
 */
async function withCurrentIndex(pack: CompiledPack): Promise<CompiledPack> {
  const entries: unknown[] = Array.isArray(pack.entries) ? pack.entries : [];
  const ids = entries.map((e) => (e && typeof e === 'object' ? (e as { id?: unknown }).id : undefined));
  if (isIndexData(pack.index, ids as string[])) return pack;
  let upgraded: CompiledPack;
  try {
    upgraded = { ...pack, index: buildIndex(pack.entries) };
  } catch {
    return pack; // the matcher leaves a pack it cannot index out, and the library says why
  }
  // A full disk keeps the stored pack as it was (nothing lost); its index is then rebuilt in memory at the next wake.
  await savePackVersion(upgraded).catch(() => undefined);
  return upgraded;
}

/** Enabled packs with their layer, highest priority first (cached until the packs change). */
export function getActivePacksWithLayers(): Promise<ActivePack[]> {
  return (cache ??= loadActive().catch((e: unknown) => {
    cache = undefined;
    throw e;
  }));
}

export async function getActivePacks(): Promise<PackInput[]> {
  return (await getActivePacksWithLayers()).map(({ pack, priority, locked }) => ({ pack, priority, ...(locked ? { locked } : {}) }));
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called by whatever changes the installed packs; the matcher service rebuilds on it. */
export function notifyPacksChanged(): void {
  cache = undefined;
  for (const l of listeners) l();
}

export function onPacksChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type FailureListener = (failure: PackFailure) => void;
const failureListeners = new Set<FailureListener>();

/** A matcher left a pack out because searching it failed: the library switches it off and says why. */
export function reportPackFailure(failure: PackFailure): void {
  for (const l of failureListeners) l(failure);
}

export function onPackFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}
