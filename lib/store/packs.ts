import { storage } from 'wxt/utils/storage';
import type { PackDiff } from '@/knowledge/pack/diff';
import { reviewDateOf } from '@/knowledge/pack/review';
import type { SignatureStatus } from '@/knowledge/pack/signing';
import type { CompiledPack } from '@/knowledge/types';

/**
 * Installed knowledge packs, in extension storage only. A small, versioned index (what is installed, from
 * where, which version is in use, update state) plus one storage key per kept pack version: listing packs
 * never loads megabytes, and a pack's JSON is written before the index points at it, so an interrupted
 * write leaves the previous state in use.
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
  /** Bundled packs ship with the extension; only the agent's on/off choice is stored. */
  bundled: Record<string, { enabled: boolean }>;
  /** Policy URLs whose first download has not succeeded yet, with why. */
  policyPending: Record<string, FetchState>;
}

export const EMPTY_INDEX: PackIndex = { installed: [], bundled: {}, policyPending: {} };

export const packIndexItem = storage.defineItem<PackIndex>('local:packs', { fallback: EMPTY_INDEX, version: 1 });

const versionKey = (id: string, version: string) => `local:pack:${id}@${version}` as const;
const pendingKey = (id: string) => `local:pack-pending:${id}` as const;

export async function getPackIndex(): Promise<PackIndex> {
  return { ...EMPTY_INDEX, ...(await packIndexItem.getValue()) };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the index, one at a time: an update check and a click in the options page
 * never overwrite each other's changes. `change` may also write pack versions before it returns.
 */
export function updatePackIndex<T>(change: (index: PackIndex) => Promise<{ index: PackIndex; result: T }>): Promise<T> {
  const run = queue.then(async () => {
    const { index, result } = await change(await getPackIndex());
    await packIndexItem.setValue(index);
    return result;
  });
  queue = run.catch(() => undefined);
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
  await storage.setItem(versionKey(pack.meta.id, pack.meta.version), pack);
}

export async function loadPackVersion(id: string, version: string): Promise<CompiledPack | null> {
  return storage.getItem<CompiledPack>(versionKey(id, version));
}

export async function removePackVersions(id: string, versions: string[]): Promise<void> {
  if (versions.length) await storage.removeItems(versions.map((v) => versionKey(id, v)));
}

export async function savePendingPack(pack: CompiledPack): Promise<void> {
  await storage.setItem(pendingKey(pack.meta.id), pack);
}

export async function loadPendingPack(id: string): Promise<CompiledPack | null> {
  return storage.getItem<CompiledPack>(pendingKey(id));
}

export async function removePendingPack(id: string): Promise<void> {
  await storage.removeItem(pendingKey(id));
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
