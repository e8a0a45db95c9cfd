import { servedReply } from '../../support/served';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Which origins the browser lets Odigos read, as the agent (or the e2e build) granted them.
const granted = new Set<string>();
// The content scripts registered at run time, by id (the fake browser has no scripting API).
const registered = new Map<string, { id: string; matches: string[] }>();
// The tabs given the content script at once, in order.
const injected: number[] = [];
// What listens for permissions the agent grants (the fake browser has no permissions API).
const addedListeners = new Set<(p: { origins?: string[] }) => void>();
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const browser = Object.assign(fakeBrowser, {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
      onAdded: {
        addListener: (fn: (p: { origins?: string[] }) => void) => addedListeners.add(fn),
        removeListener: (fn: (p: { origins?: string[] }) => void) => addedListeners.delete(fn),
      },
    },
    scripting: {
      executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId),
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[] }>) => scripts.forEach((s) => registered.set(s.id, s)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
  });
  fakeBrowser.runtime.getManifest = () => ({ content_scripts: [{ matches: ['https://*.zendesk.com/*'] }] }) as never;
  return { browser };
});
const { EXPECTED_GRANT_TTL_MS, serveSiteAccess, setPolicySitesSource, siteStatus, syncRegistrations } = await import('@/lib/background/site-access');
const { describeSiteRefusal } = await import('@/components/Popup');
const { uiLang } = await import('@/lib/i18n');
const { siteChoicesItem } = await import('@/lib/store/sites');

describe('site status: what the popup shows for a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    granted.clear();
    registered.clear();
    setPolicySitesSource(async () => []);
  });

  it('a known helpdesk is on until the agent turns it off', async () => {
    expect(await siteStatus('https://acme.zendesk.com/agent/tickets/1')).toMatchObject({ known: true, enabled: true, managed: false });
    await siteChoicesItem.setValue({ enabled: [], disabled: ['https://acme.zendesk.com'] });
    expect((await siteStatus('https://acme.zendesk.com/agent/tickets/1')).enabled).toBe(false);
  });

  it('an unknown site is off until enabled and permitted', async () => {
    const url = 'https://desk.acme.example/case/7';
    expect(await siteStatus(url)).toMatchObject({ pattern: 'https://desk.acme.example/*', known: false, enabled: false });
    await siteChoicesItem.setValue({ enabled: ['https://desk.acme.example/*'], disabled: [] });
    expect((await siteStatus(url)).enabled).toBe(false);
    granted.add('https://desk.acme.example/*');
    expect((await siteStatus(url)).enabled).toBe(true);
  });

  it('a site allowed by policy, wildcards included, is managed; without access it names the pattern to ask for', async () => {
    setPolicySitesSource(async () => ['https://*.acme.example/*']);
    const url = 'https://desk.acme.example/case/7';
    expect(await siteStatus(url)).toEqual({
      pattern: 'https://desk.acme.example/*', known: false, enabled: false, managed: true, grantPattern: 'https://*.acme.example/*',
    });
    granted.add('https://desk.acme.example/*');
    expect(await siteStatus(url)).toEqual({ pattern: 'https://desk.acme.example/*', known: false, enabled: true, managed: true });
    // The agent's own "off" does not override the organisation.
    await siteChoicesItem.setValue({ enabled: [], disabled: ['https://desk.acme.example'] });
    expect((await siteStatus(url)).enabled).toBe(true);
  });

  it('pages Odigos can never run on say so', async () => {
    expect(await siteStatus('chrome://extensions/')).toEqual({ known: false, enabled: false, managed: false });
  });

  it('registers policy and agent sites it has access to, and keeps a policy site while the policy is still loading', async () => {
    granted.add('https://desk.acme.example/*').add('https://crm.other.example/*');
    await siteChoicesItem.setValue({ enabled: ['https://crm.other.example/*'], disabled: [] });
    setPolicySitesSource(async () => ['https://desk.acme.example/*', 'https://nogrant.example/*']);
    expect(await syncRegistrations()).toEqual(['https://crm.other.example/*', 'https://desk.acme.example/*']);
    // The next start-up, before the browser has delivered the policy: nothing of the organisation's is dropped.
    setPolicySitesSource(async () => undefined);
    expect(await syncRegistrations()).toEqual([]);
    expect([...registered.keys()].sort()).toEqual(['odigos-site:https://crm.other.example/*', 'odigos-site:https://desk.acme.example/*']);
    // Once it is known and no longer names the site, the site goes.
    setPolicySitesSource(async () => []);
    await syncRegistrations();
    expect([...registered.keys()]).toEqual(['odigos-site:https://crm.other.example/*']);
  });
});

/** The popup's switch, refused: the reason crosses as data and the popup says it in the agent's language. */
describe('the site switch refused', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    granted.clear();
    registered.clear();
    setPolicySitesSource(async () => []);
  });
  const ask = async (odigos: string, url: string) =>
    (await servedReply({ odigos, payload: { url } })) as {
      ok: boolean;
      error?: string;
      failure?: Parameters<typeof describeSiteRefusal>[0];
    };

  it('sends a code with each refusal; the popup words it in Greek, or in English for an English UI', async () => {
    const stop = serveSiteAccess();
    const notWeb = await ask('site.enable', 'chrome://extensions/');
    expect(notWeb.failure).toEqual({ code: 'site.notWeb', url: 'chrome://extensions/' });
    const noPermission = await ask('site.enable', 'https://desk.acme.example/case/7');
    expect(noPermission).toMatchObject({ ok: false, error: expect.stringMatching(/^Odigos has no permission/), failure: { code: 'site.noPermission', pattern: 'https://desk.acme.example/*' } });
    setPolicySitesSource(async () => ['https://desk.acme.example/*']);
    const managed = await ask('site.disable', 'https://desk.acme.example/case/7');
    expect(managed.failure).toEqual({ code: 'site.managed', host: 'desk.acme.example' });
    stop();
    try {
      uiLang.value = 'el';
      expect(describeSiteRefusal(notWeb.failure!)).toBe('Ο Οδηγός λειτουργεί μόνο σε σελίδες http και https· σε αυτή τη σελίδα δεν μπορεί να ενεργοποιηθεί.');
      expect(describeSiteRefusal(noPermission.failure!)).toBe('Ο Οδηγός δεν έχει ακόμη άδεια για https://desk.acme.example/*· επιτρέψτε την όταν τη ζητήσει το πρόγραμμα περιήγησης.');
      expect(describeSiteRefusal(managed.failure!)).toBe('Ο οργανισμός σας κρατά τον Οδηγό ενεργό στο desk.acme.example.');
      uiLang.value = 'en';
      expect(describeSiteRefusal(managed.failure!)).toBe('Your organisation keeps Odigos on for desk.acme.example.');
      for (const f of [notWeb, noPermission, managed]) expect(describeSiteRefusal(f.failure!)).not.toMatch(/[Α-Ωα-ωά-ώ]/);
    } finally {
      uiLang.value = 'el';
    }
  });
});

/**
 * Firefox closes the popup as its permission prompt shows, so the popup may never send `site.enable`: it announces
 * the switch-on first (`site.expectGrant`), and the permission's arrival finishes it in the background.
 */
describe('a switch-on finished by the background when the permission arrives', () => {
  const url = 'https://desk.acme.example/case/7';
  const pattern = 'https://desk.acme.example/*';
  let stop: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    granted.clear();
    registered.clear();
    injected.length = 0;
    addedListeners.clear();
    // No Odigos answers in the page yet (Chromium rejects a message no content script receives).
    fakeBrowser.tabs.sendMessage = (async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never;
    setPolicySitesSource(async () => []);
    stop = serveSiteAccess();
    return () => {
      stop();
      vi.useRealTimers();
    };
  });
  /** The agent answers the browser's prompt with «Allow»: the browser holds the permission, then tells Odigos. */
  const grant = async (origin: string) => {
    granted.add(origin);
    await Promise.all([...addedListeners].map((fn) => fn({ origins: [origin] })));
  };
  const expectGrant = (tabId = 12) => servedReply({ odigos: 'site.expectGrant', payload: { url, tabId, pattern } });

  it('the expected grant arrives with the popup gone: the site is on, registered and injected into its tab once', async () => {
    await expectGrant();
    expect((await siteStatus(url)).enabled).toBe(false);
    await grant(pattern);
    await vi.waitFor(async () => expect((await siteStatus(url)).enabled).toBe(true));
    expect([...registered.keys()]).toEqual(['odigos-site:https://desk.acme.example/*']);
    expect(injected).toEqual([12]);
    // The popup survived after all and sends its own switch-on: the same result, no second copy in the tab.
    expect(await servedReply({ odigos: 'site.enable', payload: { url, tabId: 12 } })).toMatchObject({ ok: true, value: { enabled: true } });
    expect(injected).toEqual([12]);
  });

  it('a permission arriving with no switch-on expected turns nothing on', async () => {
    await grant(pattern);
    await new Promise((r) => setTimeout(r, 20));
    expect((await siteStatus(url)).enabled).toBe(false);
    expect(registered.size).toBe(0);
    expect(injected).toEqual([]);
  });

  it('a permission for another origin leaves the expected site off, and its own grant still turns it on', async () => {
    await expectGrant();
    await grant('https://other.example/*');
    await new Promise((r) => setTimeout(r, 20));
    expect((await siteStatus(url)).enabled).toBe(false);
    expect(injected).toEqual([]);
    await grant(pattern);
    await vi.waitFor(async () => expect((await siteStatus(url)).enabled).toBe(true));
  });

  it('a grant later than a few minutes after the click, or after the agent refused, turns nothing on', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await expectGrant();
    vi.setSystemTime(Date.now() + EXPECTED_GRANT_TTL_MS + 1000);
    await grant(pattern);
    await new Promise((r) => setTimeout(r, 20));
    expect((await siteStatus(url)).enabled).toBe(false);

    granted.clear();
    await expectGrant();
    await servedReply({ odigos: 'site.grantRefused', payload: { url, tabId: 12 } });
    await grant(pattern);
    await new Promise((r) => setTimeout(r, 20));
    expect((await siteStatus(url)).enabled).toBe(false);
    expect(injected).toEqual([]);
  });

  it('a permission the browser gave before the announcement arrived (no prompt) still turns the site on', async () => {
    granted.add(pattern);
    await expectGrant(5);
    expect((await siteStatus(url)).enabled).toBe(true);
    expect(injected).toEqual([5]);
  });
});
