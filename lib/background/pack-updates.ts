import { browser } from 'wxt/browser';
import { diffPacks } from '@/knowledge/pack/diff';
import { compareSemver } from '@/knowledge/pack/semver';
import { publicKeyProblem } from '@/knowledge/pack/signing';
import type { CompiledPack } from '@/knowledge/types';
import {
  findInstalled,
  getPackIndex,
  loadPackVersion,
  loadPendingPack,
  removePackVersions,
  removePendingPack,
  replaceInstalled,
  savePendingPack,
  summarize,
  updatePackIndex,
  type FetchState,
  type InstalledLayer,
  type InstalledPack,
  type PackIndex,
  type PendingUpdate,
  type SignatureStatus,
} from '../store/packs';
import { notifyPacksChanged } from './active-packs';
import { fetchPackText, PackFetchError, packUrlProblem, type FetchOutcome } from './pack-fetch';
import { takeInPack } from './pack-intake';
import { FailureError, failureOf, type PackRefusal } from '../failure';
import { clearAutoCheck, keepAutoChecksOf, noteAutoCheckFailed } from '../store/pack-auto-checks';
import { defaultDeps, installVersion, pinnedKeysFor, type PackDeps } from './pack-library';
import type { Policy } from './policy';
import { errorText } from '@/knowledge/error-text';

/**
 * Packs that come from a URL (the agent's subscriptions and the policy's packUrls): the first download,
 * scheduled and manual checks, accept/reject of a fetched update, and the policy's list kept in force.
 * A refused download changes nothing but the pack's error and backoff: the version in use stays in use.
 */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
export const BACKOFF_BASE_MS = 15 * 60 * 1000;
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;
const ALARM = 'odigos-pack-updates';
/** The alarm wakes often enough to honour short backoffs; each pack is fetched only when it is due. */
const ALARM_PERIOD_MINUTES = 15;

export interface UpdateDeps extends PackDeps {
  fetch?: typeof fetch;
  allowLoopbackHttp: boolean;
}

export const defaultUpdateDeps: UpdateDeps = { ...defaultDeps, allowLoopbackHttp: import.meta.env.MODE === 'e2e' };

/** Wait before the next try after `failures` failures in a row: 15 min, 30 min, 1 h … at most a day. */
export function backoffMs(failures: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);
}

function failed<T extends FetchState>(state: T, message: string, now: Date, failure?: PackRefusal): T {
  const failures = state.failures + 1;
  const { lastFailure: _f, ...rest } = state;
  const retryAfter = new Date(now.getTime() + backoffMs(failures)).toISOString();
  return { ...rest, lastChecked: now.toISOString(), failures, lastError: message, ...(failure ? { lastFailure: failure } : {}), retryAfter } as T;
}

function succeeded<T extends FetchState>(state: T, now: Date): T {
  const { lastError: _e, lastFailure: _f, retryAfter: _r, ...rest } = state;
  return { ...rest, lastChecked: now.toISOString(), failures: 0 } as T;
}

/** Due for a scheduled check: past its backoff if it failed, else not checked for CHECK_INTERVAL_MS. */
export function isDue(state: FetchState, now: Date): boolean {
  if (state.retryAfter) return now.getTime() >= Date.parse(state.retryAfter);
  return !state.lastChecked || now.getTime() - Date.parse(state.lastChecked) >= CHECK_INTERVAL_MS - 60_000;
}

type Download =
  | { ok: true; pack: CompiledPack; signature: SignatureStatus; etag?: string }
  | { ok: true; notModified: true }
  | { ok: false; message: string; failure?: PackRefusal };

async function download(url: string, pinnedKeys: string[], etag: string | undefined, deps: UpdateDeps): Promise<Download> {
  let outcome: FetchOutcome;
  try {
    outcome = await fetchPackText(url, { etag, fetch: deps.fetch, allowLoopbackHttp: deps.allowLoopbackHttp });
  } catch (e) {
    if (e instanceof PackFetchError) return { ok: false, message: e.message, failure: e.failure };
    return { ok: false, message: `could not download ${url}: ${(e as Error).message}` };
  }
  if (outcome.kind === 'not-modified') return { ok: true, notModified: true };
  const intake = await takeInPack(outcome.text, { from: url, pinnedKeys, now: deps.now() });
  if (!intake.ok) return intake;
  return { ...intake, ...(outcome.etag ? { etag: outcome.etag } : {}) };
}

export interface SubscribeRequest {
  url: string;
  layer: InstalledLayer;
  /** A public key every version must be signed by. */
  pinnedKey?: string;
}

function newRecord(pack: CompiledPack, source: 'url' | 'policy', url: string, layer: InstalledLayer, pinnedKey?: string): InstalledPack {
  return {
    id: pack.meta.id,
    layer,
    source,
    url,
    enabled: true,
    autoAccept: source === 'policy',
    ...(pinnedKey ? { pinnedKey } : {}),
    current: pack.meta.version,
    versions: [],
    failures: 0,
  };
}

/**
 * The agent subscribes to a URL: downloaded and installed now, or refused with the reason. Answers the pack's id,
 * name and version, for Options to say it as its trainer named it.
 */
export async function subscribe(req: SubscribeRequest, deps: UpdateDeps = defaultUpdateDeps): Promise<{ id: string; name: string; version: string }> {
  const url = req.url.trim();
  const problem = packUrlProblem(url, deps.allowLoopbackHttp);
  if (problem) throw new FailureError(problem.failure, problem.message);
  const pinnedKey = req.pinnedKey?.replace(/\s+/g, '') || undefined;
  if (pinnedKey) {
    const keyProblem = await publicKeyProblem(pinnedKey);
    if (keyProblem) throw new FailureError({ code: 'pack.badKey', private: /PRIVATE ?KEY/i.test(pinnedKey) }, `the signing key ${keyProblem}`);
  }
  const before = await getPackIndex();
  const same = before.installed.find((p) => p.url === url);
  if (same) throw new FailureError({ code: 'pack.urlTaken', url, pack: same.id }, `${url} is already installed as "${same.id}"`);
  const policy = await deps.policy();
  const got = await download(url, pinnedKeysFor({ pinnedKey }, policy), undefined, deps);
  if (!got.ok) throw got.failure ? new FailureError(got.failure, got.message) : new Error(got.message);
  if ('notModified' in got) throw new FailureError({ code: 'pack.notModifiedFirst', url }, notModifiedFirst(url));
  const now = deps.now();
  const id = await updatePackIndex(async (index) => {
    const existing = findInstalled(index, got.pack.meta.id);
    if (existing) {
      const message = `${url} serves the pack "${got.pack.meta.id}", which is already installed${existing.url ? ` from ${existing.url}` : ' from a file'}; remove it first`;
      throw new FailureError({ code: 'pack.urlTaken', url, pack: got.pack.meta.id }, message);
    }
    const { record } = await installVersion(newRecord(got.pack, 'url', url, req.layer, pinnedKey), got.pack, got.signature, now);
    return { index: replaceInstalled(index, succeeded({ ...record, ...(got.etag ? { etag: got.etag } : {}) }, now)), result: record.id };
  });
  notifyPacksChanged();
  return { id, name: got.pack.meta.name, version: got.pack.meta.version };
}

export interface CheckOptions {
  /** "Check now": ignores the backoff and offers a version rejected before. */
  manual?: boolean;
  /** Offer a lower version than the one in use (the agent asked for it). */
  allowDowngrade?: boolean;
}

/** Checks one URL pack; returns what happened, in words for the UI (errors are also kept on the pack). */
export async function checkPack(id: string, options: CheckOptions = {}, deps: UpdateDeps = defaultUpdateDeps): Promise<string> {
  const rec = findInstalled(await getPackIndex(), id);
  if (!rec) throw new FailureError({ code: 'pack.notInstalled', pack: id }, `"${id}" is not installed`);
  if (!rec.url) throw new FailureError({ code: 'pack.notFromUrl', pack: id }, `"${id}" is not installed from a URL: nothing to check`);
  const policy = await deps.policy();
  const got = await download(rec.url, pinnedKeysFor(rec, policy), options.allowDowngrade ? undefined : rec.etag, deps);
  const now = deps.now();
  const { pack, signature } = got.ok && !('notModified' in got) ? got : ({} as { pack: CompiledPack; signature: SignatureStatus });
  let changed = false;
  let dropped: string[] = [];
  let saved = undefined as InstalledPack | undefined;
  const outcome = await updatePackIndex(async (index) => {
    const cur = findInstalled(index, id);
    if (!cur) return { index, result: 'removed meanwhile' };
    const save = (r: InstalledPack, result: string) => ((saved = r), { index: replaceInstalled(index, r), result });
    const install = async (from: InstalledPack, result: string) => {
      const done = await installVersion(from, pack, signature, now);
      await removePendingPack(id);
      dropped = done.dropped;
      changed = true;
      return save(done.record, result);
    };
    if (!got.ok) return save(failed(cur, got.message, now, got.failure), got.message);
    if ('notModified' in got) return save(succeeded(cur, now), 'no new version');
    const withEtag = succeeded({ ...cur, ...(got.etag ? { etag: got.etag } : {}) }, now);
    if (pack.meta.id !== cur.id) {
      const msg = `${cur.url} now serves the pack "${pack.meta.id}", not "${cur.id}": refused`;
      return save(failed(cur, msg, now, { code: 'pack.otherPack', url: cur.url ?? '', pack: cur.id, served: pack.meta.id }), msg);
    }
    const cmp = compareSemver(pack.meta.version, cur.current);
    if (cmp === 0) return save(withEtag, 'no new version');
    if (cmp < 0 && !options.allowDowngrade) {
      const msg = `${cur.url} offers version ${pack.meta.version}, older than ${cur.current} in use: downgrade refused (check again with "allow older version" to take it)`;
      const older = { code: 'pack.older', file: cur.url ?? '', pack: cur.id, version: pack.meta.version, current: cur.current } as const;
      return save({ ...failed(cur, msg, now, older), failures: cur.failures }, msg);
    }
    if (cur.skipVersion === pack.meta.version && !options.manual) return save(withEtag, `version ${pack.meta.version} was rejected before`);
    if (cur.autoAccept && cmp > 0) return install(withEtag, `updated to ${pack.meta.version}`);
    const inUse = await loadPackVersion(id, cur.current);
    // Without the version in use there is nothing to compare with: the download replaces it.
    if (!inUse) return install(withEtag, `installed ${pack.meta.version}`);
    await savePendingPack(pack);
    const pending = { ...summarize(pack, signature), fetchedAt: now.toISOString(), diff: diffPacks(inUse, pack), downgrade: cmp < 0 };
    return save({ ...withEtag, pending }, `version ${pack.meta.version} is ready to review`);
  });
  if (dropped.length) await removePackVersions(id, dropped);
  if (changed) notifyPacksChanged();
  if (saved) await noteOutcome(saved, now, options);
  return outcome;
}

/**
 * What Options says of the automatic checks (lib/store/pack-auto-checks.ts): a scheduled check that failed, when and
 * why; a check that worked, scheduled or manual, clears it. A manual failure is said at once and kept on the card.
 */
async function noteOutcome(rec: InstalledPack, now: Date, options: CheckOptions): Promise<void> {
  const failedNow = rec.lastError !== undefined && rec.lastChecked === now.toISOString();
  if (!failedNow) return clearAutoCheck(rec.id);
  if (options.manual) return;
  await noteAutoCheckFailed(rec.id, { at: now.toISOString(), message: rec.lastError!, ...(rec.lastFailure ? { failure: rec.lastFailure } : {}) });
}

/**
 * A scheduled check that threw (the pack storage full or failing, most often): it was swallowed, and no page said the
 * pack had not been checked. Kept with its reason for Options; a pack removed meanwhile is no failure of its check.
 */
async function noteThrown(id: string, error: unknown, now: Date): Promise<void> {
  const failure = failureOf(error);
  if (failure?.code === 'pack.notInstalled') return;
  const message = errorText(error);
  await noteAutoCheckFailed(id, { at: now.toISOString(), message, ...(failure?.code.startsWith('pack.') ? { failure: failure as PackRefusal } : {}) });
}

const notModifiedFirst = (url: string) => `${url} answered "304 Not Modified" to a first download, though Odigos keeps no copy from it and asked for none`;

/**
 * The update waiting for `id`, the one the agent reviewed (`seen`, its version, when the page says which). Refused
 * with a code when there is none (accepted or rejected already, from another tab) or a newer one arrived since the
 * page showed it: accepting a version whose changes the agent never saw would install unseen changes.
 */
function waitingUpdate(index: PackIndex, id: string, seen?: string): InstalledPack & { pending: PendingUpdate } {
  const rec = findInstalled(index, id);
  if (!rec) throw new FailureError({ code: 'pack.notInstalled', pack: id }, `"${id}" is not installed`);
  const { pending } = rec;
  if (!pending) throw new FailureError({ code: 'pack.noUpdate', pack: id, current: rec.current }, `"${id}" has no update waiting (version ${rec.current} is in use)`);
  if (seen && pending.version !== seen) {
    const message = `the update of "${id}" waiting is now version ${pending.version}, not ${seen} as reviewed: review it again`;
    throw new FailureError({ code: 'pack.updateChanged', pack: id, seen, version: pending.version }, message);
  }
  return { ...rec, pending };
}

/**
 * The agent accepts the fetched update shown in the preview (`seen`: its version). When its downloaded copy is gone,
 * the offer is dropped with the ETag, so that the next check downloads it again rather than hear "not modified".
 */
export async function acceptUpdate(id: string, deps: PackDeps = defaultDeps, seen?: string): Promise<void> {
  const done = await updatePackIndex<{ dropped: string[]; missing?: string }>(async (index) => {
    // Accepted already (a double click, another tab): what the agent asked for is in use, nothing to say.
    const already = findInstalled(index, id);
    if (seen && already && !already.pending && already.current === seen) return { index, result: { dropped: [] } };
    const rec = waitingUpdate(index, id, seen);
    const pack = await loadPendingPack(id);
    if (!pack || pack.meta.version !== rec.pending.version) {
      const { pending, etag: _etag, ...rest } = rec;
      return { index: replaceInstalled(index, rest), result: { dropped: [], missing: pending.version } };
    }
    const { record, dropped } = await installVersion(rec, pack, rec.pending.signature, deps.now());
    return { index: replaceInstalled(index, record), result: { dropped } };
  });
  await removePendingPack(id);
  if (done.missing) {
    const message = `the downloaded update ${done.missing} of "${id}" is missing from the pack storage: check again to download it`;
    throw new FailureError({ code: 'pack.updateMissing', pack: id, version: done.missing }, message);
  }
  await removePackVersions(id, done.dropped);
  notifyPacksChanged();
}

/** The agent rejects the update shown (`seen`: its version): that version is not offered again by the schedule. */
export async function rejectUpdate(id: string, seen?: string): Promise<void> {
  await updatePackIndex(async (index) => {
    const { pending, ...rest } = waitingUpdate(index, id, seen);
    return { index: replaceInstalled(index, { ...rest, skipVersion: pending.version }), result: undefined };
  });
  await removePendingPack(id);
}

let policyRun: Promise<void> = Promise.resolve();

export interface ApplyPolicyOptions {
  /** Retry policy URLs whose download failed, whatever their backoff ("check now"). */
  retryNow?: boolean;
  /**
   * Remove policy packs the policy no longer names. By default only when a policy is present: at start-up
   * managed storage can read empty for a moment before the policy arrives, and that must not wipe the
   * company's packs. A change event (the administrator removed the policy) passes true.
   */
  retire?: boolean;
}

/** Puts the policy's packUrls in force: installs new ones now, retires those it no longer names. */
export function applyPolicyPacks(policy: Policy, deps: UpdateDeps = defaultUpdateDeps, options: ApplyPolicyOptions = {}): Promise<void> {
  // One run at a time: start-up and a policy change arriving together must not download twice.
  const run = policyRun.then(() => applyPolicyPacksNow(policy, deps, options));
  policyRun = run.catch(() => undefined);
  return run;
}

async function applyPolicyPacksNow(policy: Policy, deps: UpdateDeps, options: ApplyPolicyOptions): Promise<void> {
  const wanted = new Set(policy.packUrls);
  const retire = options.retire ?? policy.managedKeys.length > 0;
  const retired = await updatePackIndex(async (index) => {
    const gone = retire ? index.installed.filter((p) => p.source === 'policy' && !wanted.has(p.url!)) : [];
    // An agent's own subscription to a URL the policy now names becomes managed.
    const installed = index.installed
      .filter((p) => !gone.includes(p))
      .map((p) => (p.url && wanted.has(p.url) && p.source !== 'policy' ? { ...p, source: 'policy' as const, layer: 'company' as const, enabled: true, autoAccept: true } : p));
    const policyPending = Object.fromEntries(Object.entries(index.policyPending).filter(([url]) => wanted.has(url)));
    return { index: { ...index, installed, policyPending }, result: gone };
  });
  for (const r of retired) {
    await removePackVersions(r.id, r.versions.map((v) => v.version));
    await removePendingPack(r.id);
  }
  const index = await getPackIndex();
  const now = deps.now();
  for (const url of policy.packUrls) {
    if (index.installed.some((p) => p.url === url)) continue;
    const state = index.policyPending[url];
    if (state && !options.retryNow && !isDue(state, now)) continue;
    await installPolicyPack(url, policy, deps);
  }
  if (retired.length || index.installed.some((p) => p.source === 'policy')) notifyPacksChanged();
}

async function installPolicyPack(url: string, policy: Policy, deps: UpdateDeps): Promise<void> {
  const got = await download(url, policy.packKeys, undefined, deps);
  const now = deps.now();
  await updatePackIndex(async (index) => {
    const pendingState = index.policyPending[url] ?? { failures: 0 };
    const fail = (message: string, failure?: PackRefusal) => ({ index: { ...index, policyPending: { ...index.policyPending, [url]: failed(pendingState, message, now, failure) } }, result: undefined });
    // Installed meanwhile (by a run that started first): nothing left to do.
    if (index.installed.some((p) => p.url === url && p.source === 'policy')) return { index, result: undefined };
    if (!got.ok) return fail(got.message, got.failure);
    if ('notModified' in got) return fail(notModifiedFirst(url), { code: 'pack.notModifiedFirst', url });
    const existing = findInstalled(index, got.pack.meta.id);
    if (existing && existing.source === 'policy') {
      const twice = { code: 'pack.policyTwice', url, pack: got.pack.meta.id, other: existing.url ?? '' } as const;
      return fail(`${url} serves "${got.pack.meta.id}", which another policy URL (${existing.url}) already provides`, twice);
    }
    // Policy wins: an agent's own copy of the same pack is replaced by the organisation's.
    if (existing) await removePackVersions(existing.id, existing.versions.map((v) => v.version));
    const { record } = await installVersion(newRecord(got.pack, 'policy', url, 'company'), got.pack, got.signature, now);
    const { [url]: _done, ...policyPending } = index.policyPending;
    const withoutOld = { ...index, installed: index.installed.filter((p) => p.id !== record.id), policyPending };
    return { index: replaceInstalled(withoutOld, succeeded({ ...record, ...(got.etag ? { etag: got.etag } : {}) }, now)), result: undefined };
  });
  notifyPacksChanged();
}

/** The scheduled check: policy packs first, then every URL pack that is due. */
export async function checkDuePacks(deps: UpdateDeps = defaultUpdateDeps): Promise<void> {
  // Refused here (the pack storage full or failing), the packs' own checks below meet it again, and it is kept for
  // Options by each: stopping here said nothing anywhere.
  await applyPolicyPacks(await deps.policy(), deps).catch(() => undefined);
  const now = deps.now();
  const { installed } = await getPackIndex();
  for (const rec of installed) {
    if (rec.url && isDue(rec, now)) await checkPack(rec.id, {}, deps).catch((e: unknown) => noteThrown(rec.id, e, deps.now()));
  }
  await keepAutoChecksOf(installed.map((r) => r.id));
}

/**
 * Manual "check now" for every URL pack (and the policy's). A pack whose check threw (its storage full or failing,
 * removed meanwhile) is not one "checked": once the others are done, the check is refused naming it and why; a
 * failed download is no such case, it is kept on the pack's card.
 */
export async function checkAllNow(deps: UpdateDeps = defaultUpdateDeps): Promise<Record<string, string>> {
  // A manual check retries policy URLs that failed, whatever their backoff.
  await applyPolicyPacks(await deps.policy(), deps, { retryNow: true });
  const results: Record<string, string> = {};
  const thrown: Array<{ pack: string; error: unknown }> = [];
  for (const rec of (await getPackIndex()).installed) {
    if (!rec.url) continue;
    results[rec.id] = await checkPack(rec.id, { manual: true }, deps).catch((error: unknown) => {
      thrown.push({ pack: rec.id, error });
      return errorText(error);
    });
  }
  if (thrown.length) throw checkFailed(thrown);
  return results;
}

function checkFailed(thrown: Array<{ pack: string; error: unknown }>): FailureError {
  const cause = failureOf(thrown[0]!.error);
  const packs = thrown.map((t) => t.pack);
  const why = thrown.map((t) => `${t.pack}: ${errorText(t.error)}`).join('; ');
  const failure = { code: 'pack.checkFailed', packs, ...(cause?.code.startsWith('pack.') ? { cause: cause as PackRefusal } : {}) } as const;
  return new FailureError(failure, `could not check ${packs.join(', ')} for updates (${why})`);
}

/** Schedules the periodic check and runs it when the alarm fires. */
export function scheduleUpdates(deps: UpdateDeps = defaultUpdateDeps): () => void {
  void browser.alarms.get(ALARM).then((a) => {
    if (!a) void browser.alarms.create(ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: 1 });
  });
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === ALARM) void checkDuePacks(deps);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  return () => browser.alarms.onAlarm.removeListener(onAlarm);
}
