import { compareSemver } from '@/knowledge/pack/semver';
import { isoDay } from '@/knowledge/pack/rules';
import { countNeedingReview } from '@/knowledge/pack/review';
import type { CompiledPack } from '@/knowledge/types';
import {
  EMPTY_INDEX,
  findInstalled,
  getBundledChoices,
  getInstalledSummary,
  getPackIndex,
  getPacksToRestore,
  canResetPackStorage,
  loadPackVersion,
  removePackVersions,
  removePendingPack,
  replaceInstalled,
  savePackVersion,
  setBundledChoice,
  summarize,
  updatePackIndex,
  withVersionInUse,
  type BundledChoices,
  type InstalledLayer,
  type InstalledSummary,
  type InstalledPack,
  type PackIndex,
  type PackLayer,
  type PackSource,
  type PendingUpdate,
  type SignatureStatus,
} from '../store/packs';
import type { PackFailure } from '@/knowledge/engine/isolated';
import { getActivePacksWithLayers, notifyPacksChanged, packsUnavailable, storageRefusal, type PackStorageRefusal } from './active-packs';
import { getBundledPacks } from './pack-bundled';
import { findConflicts, type PackConflict } from './pack-conflicts';
import { decodePackFile, takeInPack } from './pack-intake';
import { FailureError, type PackRefusal } from '../failure';
import { packAutoChecksItem, type AutoCheckFailure } from '../store/pack-auto-checks';
import { getPolicy, type Policy } from './policy';

/**
 * The agent's pack library: what is installed and the local actions on it (import a file, enable,
 * layer, auto-accept, roll back, remove), plus the overview the options page shows. Downloads and
 * updates are in pack-updates.ts; both go through the same install step and the same pinned keys.
 */
export interface PackDeps {
  now(): Date;
  policy(): Promise<Policy>;
}

export const defaultDeps: PackDeps = { now: () => new Date(), policy: getPolicy };

/**
 * What a version must be signed by: a key pinned at subscribe time, and the policy's keys for every pack, the
 * agent's personal files too (an unsigned personal file could otherwise carry any content past the organisation).
 */
export function pinnedKeysFor(pack: { pinnedKey?: string }, policy: Policy): string[] {
  return [...(pack.pinnedKey ? [pack.pinnedKey] : []), ...policy.packKeys];
}

/** Stores `pack` and makes it the version in use of `record`; returns the record and versions to delete afterwards. */
export async function installVersion(
  record: InstalledPack,
  pack: CompiledPack,
  signature: SignatureStatus,
  now: Date,
): Promise<{ record: InstalledPack; dropped: string[] }> {
  await savePackVersion(pack);
  const { record: next, dropped } = withVersionInUse(record, summarize(pack, signature), now);
  const { pending: _pending, ...rest } = next;
  return { record: rest, dropped: dropped.filter((v) => v !== pack.meta.version) };
}

/** Refusals of a local action on `id` (not installed, or the organisation manages it). */
export function assertNotManaged(id: string, record: InstalledPack | undefined, what: string): InstalledPack {
  if (!record) throw new FailureError({ code: 'pack.notInstalled', pack: id }, `${what}: no such pack is installed`);
  if (record.source === 'policy') throw new FailureError({ code: 'pack.managed', pack: id }, `${what}: the pack "${record.id}" is managed by your organisation`);
  return record;
}

export interface PackView {
  id: string;
  name: string;
  version: string;
  entryCount: number;
  needsReview: number;
  source: PackSource;
  layer: PackLayer;
  url?: string;
  enabled: boolean;
  managed: boolean;
  autoAccept: boolean;
  signature: SignatureStatus;
  signedBy?: string;
  pinnedKey?: string;
  lastUpdated?: string;
  lastChecked?: string;
  lastError?: string;
  /** The last failure as data, when the check said why: the page words it in the UI language. */
  lastFailure?: PackRefusal;
  failures: number;
  retryAfter?: string;
  /** The last automatic update check, when it failed (lib/store/pack-auto-checks.ts): Options says when and why. */
  autoCheckFailed?: AutoCheckFailure;
  /** Kept versions other than the one in use (rollback targets), newest install first. */
  rollbackTo: string[];
  pending?: Omit<PendingUpdate, 'reviewDates'>;
  /** A bundled pack replaced by an installed pack with the same id. */
  replaced?: boolean;
}

export interface PacksOverview {
  packs: PackView[];
  conflicts: PackConflict[];
  /** Policy URLs not installed yet, and why. */
  policyPending: Array<{ url: string; lastError?: string; lastFailure?: PackRefusal; retryAfter?: string }>;
  policy: Pick<Policy, 'packUrls' | 'managedKeys' | 'problems'> & { hasPackKeys: boolean };
  /**
   * The pack storage refused (a full disk, a database that will not open): only the bundled packs are listed, as the
   * matcher serves them meanwhile, read-only; the page says why (the storage's English reason) and what to do.
   */
  packsUnavailable?: { failure: PackStorageRefusal; message: string };
  /** While the storage refuses: the installed packs that are missing, as last known (name, where they came from). */
  missing?: InstalledSummary[];
  /** After a reset of the pack storage: the packs still to install again (from a file, or whose download failed). */
  toRestore?: InstalledSummary[];
  /** Whether the pack storage can be made anew here (Chromium's storage buckets). */
  canReset?: boolean;
}

/** Unreadable (storage refusing) is no reason to list no pack at all: then no automatic check is said to have failed. */
const autoCheckFailures = () => packAutoChecksItem.getValue().catch(() => ({}) as Record<string, AutoCheckFailure>);
/** Nor are unreadable on/off choices: the bundled packs are then listed as the matcher serves them, on. */
const bundledChoices = () => getBundledChoices().catch(() => ({}) as BundledChoices);

function installedView(rec: InstalledPack, today: string, autoCheckFailed?: AutoCheckFailure): PackView {
  const cur = rec.versions.find((v) => v.version === rec.current) ?? rec.versions[0];
  const { reviewDates: _r, ...pending } = rec.pending ?? ({} as PendingUpdate);
  return {
    id: rec.id,
    name: cur?.name ?? rec.id,
    version: rec.current,
    entryCount: cur?.entryCount ?? 0,
    needsReview: (cur?.reviewDates ?? []).filter((d) => d < today).length,
    source: rec.source,
    layer: rec.layer,
    ...(rec.url ? { url: rec.url } : {}),
    enabled: rec.enabled,
    managed: rec.source === 'policy',
    autoAccept: rec.autoAccept,
    signature: cur?.signature ?? 'unsigned',
    ...(cur?.signedBy ? { signedBy: cur.signedBy } : {}),
    ...(rec.pinnedKey ? { pinnedKey: rec.pinnedKey } : {}),
    ...(rec.lastUpdated ? { lastUpdated: rec.lastUpdated } : {}),
    ...(rec.lastChecked ? { lastChecked: rec.lastChecked } : {}),
    ...(rec.lastError ? { lastError: rec.lastError } : {}),
    ...(rec.lastError && rec.lastFailure ? { lastFailure: rec.lastFailure } : {}),
    failures: rec.failures,
    ...(rec.retryAfter ? { retryAfter: rec.retryAfter } : {}),
    ...(autoCheckFailed && rec.url ? { autoCheckFailed } : {}),
    rollbackTo: rec.versions.map((v) => v.version).filter((v) => v !== rec.current),
    ...(rec.pending ? { pending } : {}),
  };
}

function bundledView(pack: CompiledPack, index: PackIndex, choices: BundledChoices, today: string): PackView {
  return {
    id: pack.meta.id,
    name: pack.meta.name,
    version: pack.meta.version,
    entryCount: pack.entries.length,
    needsReview: countNeedingReview(pack, today),
    source: 'bundled',
    layer: 'bundled',
    enabled: choices[pack.meta.id]?.enabled !== false,
    managed: false,
    autoAccept: false,
    signature: 'unsigned',
    failures: 0,
    rollbackTo: [],
    ...(findInstalled(index, pack.meta.id)?.enabled ? { replaced: true } : {}),
  };
}

/**
 * The pack index, or, while the pack storage refuses, none with the refusal: the bundled packs are then still listed
 * (they ship inside the extension), where a failed list showed the reason over no pack at all.
 */
async function readIndex(): Promise<{ index: PackIndex; unavailable?: PacksOverview['packsUnavailable'] }> {
  try {
    const index = await getPackIndex();
    // Open again (room freed) while the matcher still serves the bundled packs alone: it reloads the installed ones,
    // so the conflicts below are of the packs listed.
    if (packsUnavailable()) notifyPacksChanged();
    return { index };
  } catch (e: unknown) {
    const unavailable = await storageRefusal(e);
    if (!unavailable) throw e;
    return { index: EMPTY_INDEX, unavailable };
  }
}

export async function packsOverview(deps: PackDeps = defaultDeps): Promise<PacksOverview> {
  const { index, unavailable } = await readIndex();
  const [policy, active, autoChecks, choices] = await Promise.all([deps.policy(), getActivePacksWithLayers(), autoCheckFailures(), bundledChoices()]);
  const today = isoDay(deps.now());
  const installed = index.installed.map((r) => installedView(r, today, autoChecks[r.id]));
  return {
    packs: [...installed, ...getBundledPacks().map((p) => bundledView(p, index, choices, today))],
    conflicts: findConflicts(active),
    policyPending: Object.entries(index.policyPending).map(([url, s]) => ({
      url,
      ...(s.lastError ? { lastError: s.lastError } : {}),
      ...(s.lastError && s.lastFailure ? { lastFailure: s.lastFailure } : {}),
      ...(s.retryAfter ? { retryAfter: s.retryAfter } : {}),
    })),
    policy: { packUrls: policy.packUrls, managedKeys: policy.managedKeys, problems: policy.problems, hasPackKeys: policy.packKeys.length > 0 },
    ...(unavailable ? { packsUnavailable: unavailable, missing: await getInstalledSummary(), canReset: canResetPackStorage() } : {}),
    ...(await restoreList(index, unavailable !== undefined)),
  };
}

/** The packs a reset left to install again, less those installed since; none while the storage refuses. */
async function restoreList(index: PackIndex, refused: boolean): Promise<Pick<PacksOverview, 'toRestore'>> {
  if (refused) return {};
  const installed = new Set(index.installed.map((p) => p.id));
  const toRestore = (await getPacksToRestore()).filter((p) => !installed.has(p.id));
  return toRestore.length ? { toRestore } : {};
}

export interface ImportRequest {
  /** The file's bytes, base64: decoded here as strictly as the CLI decodes (UTF-8 only, size capped). */
  data: string;
  fileName: string;
  layer: Exclude<InstalledLayer, 'company'> | 'company';
  /** Install even if it is older than the version in use (the agent confirmed). */
  allowDowngrade?: boolean;
}

/** A pack file chosen in the options page: validated, then installed (or installed as a new version of the same file pack). */
export async function importPackFile(req: ImportRequest, deps: PackDeps = defaultDeps): Promise<PackView> {
  const policy = await deps.policy();
  const now = deps.now();
  const decoded = decodePackFile(req.data, req.fileName);
  if (!decoded.ok) throw new FailureError(decoded.failure, decoded.message);
  const intake = await takeInPack(decoded.text, { from: req.fileName, pinnedKeys: pinnedKeysFor({}, policy), now });
  if (!intake.ok) throw new FailureError(intake.failure, intake.message);
  const { pack, signature } = intake;
  const id = pack.meta.id;
  const view = await updatePackIndex(async (index) => {
    const existing = findInstalled(index, id);
    if (existing && existing.source !== 'file') {
      const failure = { code: 'pack.fromUrl', file: req.fileName, pack: id, url: existing.url ?? '' } as const;
      throw new FailureError(failure, `${req.fileName}: the pack "${id}" is already installed from ${existing.url}; remove that subscription first`);
    }
    if (existing) {
      const cmp = compareSemver(pack.meta.version, existing.current);
      const named = { file: req.fileName, pack: id, version: pack.meta.version };
      if (cmp === 0) throw new FailureError({ code: 'pack.sameVersion', ...named }, `${req.fileName}: version ${pack.meta.version} of "${id}" is already installed`);
      if (cmp < 0 && !req.allowDowngrade) {
        const message = `${req.fileName}: version ${pack.meta.version} is older than the version in use (${existing.current}); older versions are installed only when you ask for it`;
        throw new FailureError({ code: 'pack.older', ...named, current: existing.current }, message);
      }
    }
    const base: InstalledPack = existing ?? { id, layer: req.layer, source: 'file', enabled: true, autoAccept: false, current: pack.meta.version, versions: [], failures: 0 };
    const { record, dropped } = await installVersion({ ...base, layer: req.layer }, pack, signature, now);
    if (existing?.pending) await removePendingPack(id);
    await removePackVersions(id, dropped);
    return { index: replaceInstalled(index, record), result: installedView(record, isoDay(now)) };
  });
  notifyPacksChanged();
  return view;
}

export interface PackSettingsPatch {
  enabled?: boolean;
  layer?: InstalledLayer;
  autoAccept?: boolean;
}

export async function updatePackSettings(id: string, patch: PackSettingsPatch): Promise<void> {
  // A bundled pack no installed pack replaces: its on/off choice is kept outside the pack database (setBundledChoice).
  if (getBundledPacks().some((p) => p.meta.id === id) && !findInstalled(await getPackIndex(), id)) {
    if (patch.layer !== undefined || patch.autoAccept !== undefined) {
      throw new FailureError({ code: 'pack.builtIn', pack: id }, `the built-in pack "${id}" always has the lowest priority`);
    }
    await setBundledChoice(id, patch.enabled !== false);
    notifyPacksChanged();
    return;
  }
  await updatePackIndex(async (index) => {
    const rec = assertNotManaged(id, findInstalled(index, id), 'cannot change it');
    return { index: replaceInstalled(index, { ...rec, ...patch }), result: undefined };
  });
  notifyPacksChanged();
}

/** Go back to a kept version; the version left is not offered again as an update (a newer one is). */
export async function rollbackPack(id: string, version: string, deps: PackDeps = defaultDeps): Promise<void> {
  await updatePackIndex(async (index) => {
    const rec = assertNotManaged(id, findInstalled(index, id), 'cannot roll back');
    const kept = rec.versions.find((v) => v.version === version);
    const named = { pack: id, version };
    if (!kept) {
      throw new FailureError({ code: 'pack.rollbackGone', ...named }, `cannot roll back "${id}" to ${version}: only ${rec.versions.map((v) => v.version).join(', ')} are kept`);
    }
    if (!(await loadPackVersion(id, version))) throw new FailureError({ code: 'pack.rollbackMissing', ...named }, `cannot roll back "${id}" to ${version}: its stored copy is missing`);
    const { record } = withVersionInUse(rec, kept, deps.now());
    return { index: replaceInstalled(index, { ...record, skipVersion: rec.current }), result: undefined };
  });
  notifyPacksChanged();
}

export async function removePack(id: string): Promise<void> {
  const removed = await updatePackIndex(async (index) => {
    const rec = assertNotManaged(id, findInstalled(index, id), 'cannot remove it');
    return { index: { ...index, installed: index.installed.filter((p) => p.id !== id) }, result: rec };
  });
  await removePackVersions(id, removed.versions.map((v) => v.version));
  await removePendingPack(id);
  notifyPacksChanged();
}

/**
 * A pack whose search failed is switched off (installed packs) with the reason kept on it, so the options page
 * shows it; bundled packs are switched off for this worker's life only (they ship with the extension).
 */
export async function switchOffFailedPack(failure: PackFailure): Promise<void> {
  const off = await updatePackIndex(async (index) => {
    const rec = findInstalled(index, failure.packId);
    if (!rec || !rec.enabled) return { index, result: false };
    // A copy damaged in storage was never searched: the pack itself may be fine, imported again.
    const damaged = failure.kind === 'damaged';
    const lastError = damaged
      ? `switched off: ${failure.message}; import the pack again`
      : `switched off: searching it failed (${failure.message}); install a corrected version`;
    const lastFailure: PackRefusal = damaged
      ? { code: 'pack.damaged', pack: rec.id, version: failure.version ?? rec.current }
      : { code: 'pack.searchFailed', pack: rec.id };
    return { index: replaceInstalled(index, { ...rec, enabled: false, lastError, lastFailure }), result: true };
  });
  if (off) notifyPacksChanged();
}
