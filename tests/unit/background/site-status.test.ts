import { servedReply } from '../../support/served';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Which origins the browser lets Odigos read, as the agent (or the e2e build) granted them.
const granted = new Set<string>();
// The content scripts registered at run time, by id (the fake browser has no scripting API).
const registered = new Map<string, { id: string; matches: string[] }>();
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const browser = Object.assign(fakeBrowser, {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[] }>) => scripts.forEach((s) => registered.set(s.id, s)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
  });
  fakeBrowser.runtime.getManifest = () => ({ content_scripts: [{ matches: ['https://*.zendesk.com/*'] }] }) as never;
  return { browser };
});
const { serveSiteAccess, setPolicySitesSource, siteStatus, syncRegistrations } = await import('@/lib/background/site-access');
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
      expect(describeSiteRefusal(noPermission.failure!)).toBe('Ο Οδηγός δεν έχει ακόμη άδεια για https://desk.acme.example/*· επιτρέψτε την όταν τη ζητήσει ο browser.');
      expect(describeSiteRefusal(managed.failure!)).toBe('Ο οργανισμός σας κρατά τον Οδηγό ενεργό στο desk.acme.example.');
      uiLang.value = 'en';
      expect(describeSiteRefusal(managed.failure!)).toBe('Your organisation keeps Odigos on for desk.acme.example.');
      for (const f of [notWeb, noPermission, managed]) expect(describeSiteRefusal(f.failure!)).not.toMatch(/[Α-Ωα-ωά-ώ]/);
    } finally {
      uiLang.value = 'el';
    }
  });
});
