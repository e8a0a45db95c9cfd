import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { serve } from '../messages';
import { FailureError } from '../failure';
import { isKnownCrm, matchesPattern, originPattern } from '../sites';
import { siteChoicesItem } from '../store/sites';

/** The content script file WXT emits for entrypoints/content.ts; registered again for agent-enabled sites. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
const REGISTRATION_PREFIX = 'odigos-site:';

export interface SiteStatus {
  /** The origin pattern the switch applies to, or undefined for pages Odigos can never run on. */
  pattern?: string;
  known: boolean;
  enabled: boolean;
  /** Managed by enterprise policy: the agent cannot switch it off. */
  managed: boolean;
  /**
   * Policy turns the site on but the browser has not given Odigos access to it yet (a policy cannot grant
   * host permissions): the pattern to ask for, from the agent's click in the popup.
   */
  grantPattern?: string;
}


/** Extra patterns the manifest matches statically (the e2e build adds loopback). */
function staticMatches(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [];
}

/**
 * Patterns allowed by enterprise policy, filled in by the policy module; undefined while the browser
 * has not delivered the policy yet (which can take seconds after start-up), never "no policy".
 */
let policySites: () => Promise<string[] | undefined> = async () => [];
export function setPolicySitesSource(source: () => Promise<string[] | undefined>): void {
  policySites = source;
}

export async function siteStatus(url: string): Promise<SiteStatus> {
  const pattern = originPattern(url);
  if (!pattern) return { known: false, enabled: false, managed: false };
  const origin = new URL(url).origin;
  const choices = await siteChoicesItem.getValue();
  const policyPattern = ((await policySites()) ?? []).find((p) => matchesPattern(p, url));
  const known = isKnownCrm(url, staticMatches());
  const permitted = known || (await browser.permissions.contains({ origins: [pattern] }));
  if (policyPattern) {
    return permitted
      ? { pattern, known, enabled: true, managed: true }
      : { pattern, known, enabled: false, managed: true, grantPattern: policyPattern };
  }
  const enabled = !choices.disabled.includes(origin) && (known || (choices.enabled.includes(pattern) && permitted));
  return { pattern, known, enabled, managed: false };
}

let syncing: Promise<string[]> = Promise.resolve([]);

/**
 * Keep the dynamically registered content scripts equal to the enabled, permitted, non-static sites.
 * Calls run one after another: two at once would both register a missing script and one would fail.
 * Resolves to the patterns it newly registered.
 */
export function syncRegistrations(): Promise<string[]> {
  const next = syncing.then(syncOnce, syncOnce);
  syncing = next.catch(() => []);
  return next;
}

async function syncOnce(): Promise<string[]> {
  const choices = await siteChoicesItem.getValue();
  const policy = await policySites();
  const wanted = new Set<string>();
  for (const pattern of [...choices.enabled, ...(policy ?? [])]) {
    if (isKnownCrm(pattern.replace('/*', '/'), staticMatches())) continue;
    if (await browser.permissions.contains({ origins: [pattern] })) wanted.add(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((r) => r.id.startsWith(REGISTRATION_PREFIX)).map((r) => r.id.slice(REGISTRATION_PREFIX.length));
  // While the policy is not known yet, what an earlier run registered for it stays.
  const stale = ours.filter((p) => !wanted.has(p) && (policy !== undefined || choices.enabled.includes(p)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((p) => REGISTRATION_PREFIX + p) });
  const missing = [...wanted].filter((p) => !ours.includes(p));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((pattern) => ({
        id: REGISTRATION_PREFIX + pattern,
        matches: [pattern],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return missing;
}

/**
 * Sync, then give the tabs already open on registered sites their content script where none answers: a policy
 * that arrives after start-up must reach the pages the agent already has open, with no reload. Every registered
 * site is looked at, not only those this call registered: another sync (the worker's start-up) may have
 * registered the policy's sites a moment earlier, and the page opened before either still has no Odigos.
 */
export async function syncRegistrationsAndOpenTabs(): Promise<void> {
  await syncRegistrations();
  await injectWhereSilent(await registeredPatterns());
}

/**
 * Give the CRM tabs already open the content script of this (new) version: Chrome injects declared content scripts
 * only into pages loaded after an install or update, and the panel the old version left on a page hands its notes
 * over to the new one (lib/overlay/orphan.ts).
 */
export async function injectIntoOpenTabs(): Promise<void> {
  await injectWhereSilent([...new Set([...staticMatches(), ...(await registeredPatterns())])]);
}

async function registeredPatterns(): Promise<string[]> {
  return (await browser.scripting.getRegisteredContentScripts())
    .filter((r) => r.id.startsWith(REGISTRATION_PREFIX))
    .flatMap((r) => r.matches ?? []);
}

/** Injects into the open tabs on `patterns` whose page has no Odigos answering. */
async function injectWhereSilent(patterns: string[]): Promise<void> {
  if (!patterns.length) return;
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined || tab.discarded) continue;
    // A tab that loaded after the update (or the registration) already runs this version (it answers); a second
    // copy would replace it.
    const answers = await browser.tabs.sendMessage(tab.id, { odigos: 'overlay.snapshot', payload: {} }).then(Boolean, () => false);
    if (!answers) await injectNow(tab.id);
  }
}

async function injectNow(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    // The page may forbid scripts (store pages, PDF viewer); it gets Odigos on its next load instead.
  }
}

/**
 * When each tab was last given the content script by a switch-on: the popup's own `site.enable` and the grant it
 * announced (`site.expectGrant`) both finish the same switch-on, moments apart, and a second copy of the content
 * script would put a second panel on the page (it answers only once it has read the page, so asking it is not enough).
 */
const injectedAt = new Map<number, number>();
const INJECT_AGAIN_AFTER_MS = 30_000;

async function injectOnce(tabId: number): Promise<void> {
  const last = injectedAt.get(tabId);
  if (last !== undefined && Date.now() - last < INJECT_AGAIN_AFTER_MS) return;
  injectedAt.set(tabId, Date.now());
  const answers = await browser.tabs.sendMessage(tabId, { odigos: 'overlay.snapshot', payload: {} }).then(Boolean, () => false);
  if (!answers) await injectNow(tabId);
}

async function enableSite(url: string, tabId?: number): Promise<SiteStatus> {
  const pattern = originPattern(url);
  if (!pattern) throw new FailureError({ code: 'site.notWeb', url }, `Odigos cannot run on ${url}: only http and https pages can be enabled.`);
  const status = await siteStatus(url);
  if (!status.known && !(await browser.permissions.contains({ origins: [status.grantPattern ?? pattern] }))) {
    const wanted = status.grantPattern ?? pattern;
    throw new FailureError({ code: 'site.noPermission', pattern: wanted }, `Odigos has no permission for ${wanted} yet: allow it when the browser asks.`);
  }
  if (status.managed) {
    // Policy already wants it on; with access granted, registering is all that is left.
    await syncRegistrations();
    if (tabId !== undefined) await injectOnce(tabId);
    return siteStatus(url);
  }
  const origin = new URL(url).origin;
  const choices = await siteChoicesItem.getValue();
  await siteChoicesItem.setValue({
    enabled: [...new Set([...choices.enabled, pattern])],
    disabled: choices.disabled.filter((o) => o !== origin),
  });
  await syncRegistrations();
  if (tabId !== undefined) await injectOnce(tabId);
  return siteStatus(url);
}

async function disableSite(url: string, tabId?: number): Promise<SiteStatus> {
  const pattern = originPattern(url);
  if (!pattern) throw new FailureError({ code: 'site.notWeb', url }, `Odigos does not run on ${url}.`);
  const { host } = new URL(url);
  if ((await siteStatus(url)).managed) throw new FailureError({ code: 'site.managed', host }, `Your organisation keeps Odigos on for ${host}.`);
  const origin = new URL(url).origin;
  const choices = await siteChoicesItem.getValue();
  await siteChoicesItem.setValue({
    enabled: choices.enabled.filter((p) => p !== pattern),
    disabled: [...new Set([...choices.disabled, origin])],
  });
  await syncRegistrations();
  if (tabId !== undefined) {
    injectedAt.delete(tabId);
    await browser.tabs.sendMessage(tabId, { odigos: 'overlay.remove', payload: {} }).catch(() => undefined);
  }
  return siteStatus(url);
}

/**
 * A switch-on the popup announced before asking the browser for the site's permission. Firefox closes the popup as
 * its permission prompt shows (Chrome when the agent clicks elsewhere), so the popup may never hear the answer nor
 * send `site.enable`: the background finishes the switch-on itself when the permission arrives.
 */
export interface ExpectedGrant {
  url: string;
  tabId?: number;
  /** The origin pattern the popup asks for (the policy's wider pattern for a managed site). */
  pattern: string;
  /** When the popup asked (ms since the epoch). */
  at: number;
}

/** Long enough for the agent to read the browser's prompt; an answer later than this is not the click's any more. */
export const EXPECTED_GRANT_TTL_MS = 5 * 60_000;

// storage.session: the service worker may stop while the prompt is open, and the click must not be forgotten with it.
const expectedGrantsItem = storage.defineItem<ExpectedGrant[]>('session:expectedGrants', { fallback: [] });

const fresh = (grants: ExpectedGrant[]) => grants.filter((g) => Date.now() - g.at < EXPECTED_GRANT_TTL_MS && g.at <= Date.now());

/** Changes to the expected grants, one after another: an expectation and its grant can arrive together. */
let grantsQueue: Promise<unknown> = Promise.resolve();
function editExpectedGrants<T>(edit: (grants: ExpectedGrant[]) => Promise<{ keep: ExpectedGrant[]; result: T }>): Promise<T> {
  const next = grantsQueue.then(async () => {
    const { keep, result } = await edit(fresh(await expectedGrantsItem.getValue()));
    await expectedGrantsItem.setValue(keep);
    return result;
  });
  grantsQueue = next.catch(() => undefined);
  return next;
}

/** Switches on the expected sites that are permitted now; each expectation is used once. */
async function finishExpected(isGranted: (g: ExpectedGrant) => boolean | Promise<boolean>): Promise<void> {
  const due = await editExpectedGrants(async (grants) => {
    const ready: ExpectedGrant[] = [];
    for (const g of grants) if (await isGranted(g)) ready.push(g);
    return { keep: grants.filter((g) => !ready.includes(g)), result: ready };
  });
  for (const g of due) await enableSite(g.url, g.tabId).catch(() => undefined);
}

const sameClick = (a: { url: string; tabId?: number }, b: { url: string; tabId?: number }) => a.url === b.url && a.tabId === b.tabId;

async function expectGrant(req: Omit<ExpectedGrant, 'at'>): Promise<void> {
  await editExpectedGrants(async (grants) => ({ keep: [...grants.filter((g) => !sameClick(g, req)), { ...req, at: Date.now() }], result: undefined }));
  // The grant may have landed before this message (a browser that grants without asking), or been given already.
  await finishExpected(async (g) => sameClick(g, req) && (await browser.permissions.contains({ origins: [g.pattern] })));
}

/** The popup heard a refusal: the click is answered, and a later grant elsewhere must not switch the site on. */
async function dropExpectedGrant(url: string, tabId?: number): Promise<void> {
  await editExpectedGrants(async (grants) => ({ keep: grants.filter((g) => !sameClick(g, { url, tabId })), result: undefined }));
}

/** A permission arrived: the switch-ons waiting for exactly it (or for an origin it covers) are finished. */
export function onPermissionsAdded(added: Browser.permissions.Permissions): Promise<void> {
  const origins = added.origins ?? [];
  if (!origins.length) return Promise.resolve();
  return finishExpected((g) => origins.some((o) => o === g.pattern || matchesPattern(o, g.url)));
}

export function serveSiteAccess(): () => void {
  const stop = serve({
    'site.status': ({ url }) => siteStatus(url),
    'site.enable': ({ url, tabId }) => enableSite(url, tabId),
    'site.disable': ({ url, tabId }) => disableSite(url, tabId),
    'site.expectGrant': (req) => expectGrant(req),
    'site.grantRefused': ({ url, tabId }) => dropExpectedGrant(url, tabId),
  });
  // A permission revoked in the browser's own UI must stop the injection too.
  const onRemoved = () => void syncRegistrations();
  const onAdded = (added: Browser.permissions.Permissions) => void onPermissionsAdded(added);
  browser.permissions.onRemoved.addListener(onRemoved);
  browser.permissions.onAdded.addListener(onAdded);
  return () => {
    stop();
    browser.permissions.onRemoved.removeListener(onRemoved);
    browser.permissions.onAdded.removeListener(onAdded);
  };
}
