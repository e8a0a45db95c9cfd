import { QC_PARTS, type QcPart } from '@/knowledge/qc/schema';
import { browser } from 'wxt/browser';
import { serve } from '../messages';
import { lastKnownPolicyItem, type Policy, type PolicyProblem } from '../store/policy';

/**
 * Enterprise policy, read from `storage.managed` (Chrome: policies/managed JSON or GPO, schema in
 * public/managed_schema.json; Firefox: policies.json "3rdparty.Extensions"; see docs/policies.md).
 * Policy wins over the agent's own settings. No policy at all is the normal case: every value has a
 * default that leaves the agent in charge.
 */
export type { Policy };

export const NO_POLICY: Policy = {
  packUrls: [],
  packKeys: [],
  allowedSites: [],
  allowPersonalSnippets: true,
  qcExportOmit: [],
  managedKeys: [],
  problems: [],
};

const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::\d+)?\/.*$/;

/** A value as the policy gave it, short enough to show. */
const shown = (v: unknown) => (JSON.stringify(v) ?? String(v)).slice(0, 120);

/** Names an ignored setting: its key and value as data, `why` in English (the administrator's detail). */
const ignored = (setting: string, value: unknown, why: string): PolicyProblem => ({ setting, value: shown(value), text: `${why}: ignored` });

function stringList(raw: unknown, key: string, problems: PolicyProblem[], valid: (s: string) => string | undefined): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(ignored(key, raw, `"${key}" must be a list, not ${typeof raw}`));
    return [];
  }
  const out: string[] = [];
  for (const item of raw) {
    const problem = typeof item === 'string' ? valid(item.trim()) : `must be text, not ${typeof item}`;
    if (problem) problems.push(ignored(key, item, `"${key}": ${JSON.stringify(item)} ${problem}`));
    else if (!out.includes((item as string).trim())) out.push((item as string).trim());
  }
  return out;
}

/** Turns whatever storage.managed holds into a Policy; bad values are named and ignored, never fatal. */
export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null) return { ...NO_POLICY };
  const r = raw as Record<string, unknown>;
  const problems: PolicyProblem[] = [];
  const managedKeys = (['packUrls', 'packKeys', 'allowedSites', 'allowPersonalSnippets', 'notesRetentionDays', 'qcTeam', 'qcExportOmit'] as const).filter(
    (k) => r[k] !== undefined,
  );
  const packUrls = stringList(r.packUrls, 'packUrls', problems, (s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:' ? undefined : 'is not an http(s) URL';
    } catch {
      return 'is not a URL';
    }
  });
  const packKeys = stringList(r.packKeys, 'packKeys', problems, (s) =>
    /^[A-Za-z0-9+/=\s]{40,}$/.test(s) ? undefined : 'is not a public key from odigos keygen',
  ).map((k) => k.replace(/\s+/g, ''));
  const allowedSites = stringList(r.allowedSites, 'allowedSites', problems, (s) =>
    MATCH_PATTERN.test(s) ? undefined : 'is not a match pattern like https://support.example.com/*',
  );
  let allowPersonalSnippets = true;
  if (r.allowPersonalSnippets !== undefined) {
    if (typeof r.allowPersonalSnippets === 'boolean') allowPersonalSnippets = r.allowPersonalSnippets;
    else problems.push(ignored('allowPersonalSnippets', r.allowPersonalSnippets, `"allowPersonalSnippets" must be true or false, not ${JSON.stringify(r.allowPersonalSnippets)}`));
  }
  let notesRetentionDays: number | undefined;
  if (r.notesRetentionDays !== undefined) {
    const n = r.notesRetentionDays;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1) notesRetentionDays = n;
    else problems.push(ignored('notesRetentionDays', n, `"notesRetentionDays" must be a whole number of days ≥ 1, not ${JSON.stringify(n)}`));
  }
  let qcTeam: string | undefined;
  if (r.qcTeam !== undefined) {
    if (typeof r.qcTeam === 'string' && r.qcTeam.trim()) qcTeam = r.qcTeam.trim();
    else problems.push(ignored('qcTeam', r.qcTeam, `"qcTeam" must be a team name, not ${JSON.stringify(r.qcTeam)}`));
  }
  const qcExportOmit = stringList(r.qcExportOmit, 'qcExportOmit', problems, (s) =>
    (QC_PARTS as readonly string[]).includes(s) ? undefined : `is not one of ${QC_PARTS.join(', ')}`,
  ) as QcPart[];
  return {
    packUrls,
    packKeys,
    allowedSites,
    allowPersonalSnippets,
    ...(notesRetentionDays !== undefined ? { notesRetentionDays } : {}),
    ...(qcTeam ? { qcTeam } : {}),
    qcExportOmit,
    managedKeys,
    problems,
  };
}

/** The policy in force; any context of the extension may call it. Without a policy (or managed storage) it is NO_POLICY. */
export async function getPolicy(): Promise<Policy> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    // Firefox without policies.json and browsers without managed storage throw: that means "no policy".
    return { ...NO_POLICY };
  }
}

/** How long the agent's path (popup switch, site registration, shortcuts) waits for a policy the browser is still loading. */
export const POLICY_WAIT_MS = 1000;

/**
 * The policy, or undefined when the browser has not delivered it within `ms`. Chromium can hold
 * storage.managed.get() for many seconds after start-up (measured here: ~15 s after an install), and a
 * caller on the agent's path (the popup's switch, registering sites) must not wait that long.
 * Undefined means "not known yet", never "no policy".
 */
export function policyWithin(ms: number): Promise<Policy | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void getPolicy().then((policy) => {
      clearTimeout(timer);
      resolve(policy);
    });
  });
}

/**
 * The policy for a view that must not wait (the options page's pack list): the browser's when it answers within
 * `ms`, else the last one it delivered, else none. The view refreshes when the real one arrives (trackPolicy stores it).
 */
export async function policyForView(ms = 250): Promise<Policy> {
  return (await policyWithin(ms)) ?? (await lastKnownPolicyItem.getValue()) ?? { ...NO_POLICY };
}


export interface PolicyTracker {
  /** The browser's policy once delivered, until then the last one it delivered, else no policy. */
  current(): Promise<Policy>;
  stop(): void;
}

/**
 * The policy for a service-worker module that must answer at once (shortcuts), kept in step with the browser: at
 * start-up, however late the policy arrives, and on every change. It also keeps lastKnownPolicyItem up to date.
 * `onChange` runs before the new value is stored, so a cache it clears is gone by the time watchers of the item
 * ask again. Callers wait for the policy once per worker start, at most `waitMs`: a browser that answers quickly
 * (a restarted worker) then spares a moment on an old policy, and a slow one (start-up) holds nobody up for long.
 */
export function trackPolicy(onChange: (policy: Policy) => void, waitMs = POLICY_WAIT_MS): PolicyTracker {
  let delivered: Policy | undefined;
  const remember = async (policy: Policy) => {
    delivered = policy;
    if (JSON.stringify(await lastKnownPolicyItem.getValue()) === JSON.stringify(policy)) return;
    onChange(policy);
    await lastKnownPolicyItem.setValue(policy);
  };
  // A failed write of the last known policy must not fail every later current().
  const arrived = getPolicy()
    .then(remember)
    .catch(() => undefined);
  const firstWait = Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, waitMs))]);
  const stop = watchPolicy((policy) => void remember(policy));
  return {
    async current() {
      await firstWait;
      return delivered ?? (await lastKnownPolicyItem.getValue()) ?? { ...NO_POLICY };
    },
    stop,
  };
}

/** Calls `listener` with the new policy whenever the administrator changes it. */
export function watchPolicy(listener: (policy: Policy) => void): () => void {
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void getPolicy().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export function servePolicy(): () => void {
  return serve({ 'policy.get': () => getPolicy() });
}
