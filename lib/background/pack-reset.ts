import {
  getInstalledSummary,
  getPacksToRestore,
  packsToRestoreItem,
  resetPackStorage,
  type InstalledSummary,
} from '../store/packs';
import { errorText } from '@/knowledge/error-text';
import { storageOpened } from '../store/storage-trouble';
import { failureOf, type PackRefusal } from '../failure';
import { notifyPacksChanged } from './active-packs';
import { applyPolicyPacks, defaultUpdateDeps, subscribe, type UpdateDeps } from './pack-updates';

/** What a reset of the pack storage did: the packs downloaded again, and those the agent has to install again. */
export interface ResetOutcome {
  restored: InstalledSummary[];
  /** Imported from a file (nothing to download), or whose download failed (with why). */
  toRestore: Array<InstalledSummary & { message?: string; failure?: PackRefusal }>;
}

/**
 * The agent's remedy for a pack storage the browser refuses after every restart (a damaged file): the pack database is
 * made anew (resetPackStorage), then every pack that came from an address is downloaded again, with the layer and
 * pinned key it had; the packs imported from a file are named for the agent to import again (packsToRestoreItem), as
 * are those whose download failed. Policy packs come back with the policy's own check. Notes and settings are stored
 * elsewhere and are not touched; the bundled packs ship inside the extension.
 */
export async function resetAndRestorePacks(deps: UpdateDeps = defaultUpdateDeps, reset = () => resetPackStorage()): Promise<ResetOutcome> {
  // Read before the reset: what the agent had installed, and what an earlier reset still left to install again.
  const installed = await getInstalledSummary();
  const earlier = await getPacksToRestore();
  const known = [...installed, ...earlier.filter((e) => !installed.some((i) => i.id === e.id))];
  // Kept before the reset: should the worker stop half-way, every pack not yet back is still named (those installed
  // again are left out of the list shown).
  await packsToRestoreItem.setValue(known);
  await reset();
  // The storage is new: a refusal from now on is new trouble, to be tried with a restart first.
  await storageOpened('packs');
  notifyPacksChanged();
  const restored: InstalledSummary[] = [];
  const toRestore: ResetOutcome['toRestore'] = [];
  for (const pack of known) {
    if (pack.source !== 'url' || !pack.url) {
      if (pack.source !== 'policy') toRestore.push(pack);
      continue;
    }
    try {
      await subscribe({ url: pack.url, layer: pack.layer, ...(pack.pinnedKey ? { pinnedKey: pack.pinnedKey } : {}) }, deps);
      restored.push(pack);
    } catch (e: unknown) {
      const failure = failureOf(e);
      toRestore.push({ ...pack, message: errorText(e), ...(failure ? { failure: failure as PackRefusal } : {}) });
    }
  }
  // The organisation's packs are downloaded as at start-up, by the policy's own rules.
  await applyPolicyPacks(await deps.policy(), deps).catch(() => undefined);
  await packsToRestoreItem.setValue(toRestore.map(({ message: _m, failure: _f, ...p }) => p));
  notifyPacksChanged();
  return { restored, toRestore };
}

/** The agent dismissed the list of packs to install again. */
export const forgetPacksToRestore = () => packsToRestoreItem.setValue([]);
