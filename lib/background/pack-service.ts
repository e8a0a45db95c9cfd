import { serve } from '../messages';
import { previewPackFile } from './pack-import-preview';
import { syncRegistrationsAndOpenTabs, setPolicySitesSource } from './site-access';
import { defaultDeps, importPackFile, packsOverview, removePack, rollbackPack, switchOffFailedPack, updatePackSettings } from './pack-library';
import {
  acceptUpdate,
  applyPolicyPacks,
  checkAllNow,
  checkDuePacks,
  checkPack,
  rejectUpdate,
  scheduleUpdates,
  subscribe,
} from './pack-updates';
import { forgetPacksToRestore, resetAndRestorePacks } from './pack-reset';
import { getPolicy, POLICY_WAIT_MS, policyForView, policyWithin, servePolicy, watchPolicy } from './policy';
import { lastKnownPolicyItem } from '../store/policy';
import { notifyPacksChanged, onPackFailure } from './active-packs';
import { checkStoredPack } from './pack-intake';
import { setStoredPackCheck } from '../store/packs';


export function servePacks(): () => void {
  return serve({
    // Chromium holds storage.managed back for seconds after a fresh start (up to ~15 s): the list must not wait for
    // it, or options opened then showed no packs at all. The page refreshes when the delivered policy is stored.
    'packs.list': () => packsOverview({ ...defaultDeps, policy: () => policyForView() }),
    'packs.previewImport': (req) => previewPackFile(req),
    'packs.import': async (req) => {
      const v = await importPackFile(req);
      return { id: v.id, name: v.name, version: v.version };
    },
    'packs.subscribe': (req) => subscribe(req),
    'packs.check': async ({ id, ...options }) => (id ? { [id]: await checkPack(id, { manual: true, ...options }) } : checkAllNow()),
    'packs.accept': async ({ id, version }) => (await acceptUpdate(id, undefined, version), null),
    'packs.reject': async ({ id, version }) => (await rejectUpdate(id, version), null),
    'packs.rollback': async ({ id, version }) => (await rollbackPack(id, version), null),
    'packs.update': async ({ id, ...patch }) => (await updatePackSettings(id, patch), null),
    'packs.remove': async ({ id }) => (await removePack(id), null),
    'packs.resetStorage': () => resetAndRestorePacks(),
    'packs.forgetToRestore': async () => (await forgetPacksToRestore(), null),
  });
}

/**
 * Knowledge distribution in the service worker: pack messages, the policy (sites, packs) in force at
 * start-up and whenever the administrator changes it, and the update schedule.
 */
export function startPackDistribution(): () => void {
  // Packs stored by an older version are checked by today's rules when they move out of storage.local.
  setStoredPackCheck((value) => checkStoredPack(value));
  setPolicySitesSource(async () => (await policyWithin(POLICY_WAIT_MS))?.allowedSites);
  const stops = [
    servePacks(),
    servePolicy(),
    scheduleUpdates(),
    onPackFailure((f) => void switchOffFailedPack(f).catch(() => undefined)),
    // The policy delivered after start-up may pin keys the last known one did not: the layering follows it.
    lastKnownPolicyItem.watch(() => notifyPacksChanged()),
  ];
  // However late the browser delivers the policy, its sites are registered (and open tabs served) then.
  void getPolicy().then(syncRegistrationsAndOpenTabs).catch(() => undefined);
  // Packs named by policy are fetched at start-up, with no click; then on the schedule.
  void checkDuePacks().catch(() => undefined);
  stops.push(
    watchPolicy((policy) => {
      // Pinned keys decide whether the company's entries can be replaced by personal ones.
      notifyPacksChanged();
      void syncRegistrationsAndOpenTabs().catch(() => undefined);
      void applyPolicyPacks(policy, undefined, { retire: true }).catch(() => undefined);
    }),
  );
  return () => stops.forEach((s) => s());
}
