import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Which origins the browser lets Odigos read, as the agent (or the e2e build) granted them.
const granted = new Set<string>();
// The content scripts registered at run time, by id (the fake browser has no scripting API).
const registered = new Map<string, { id: string; matches: string[] }>();
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const browser = Object.assign(fakeBrowser, {
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[] }>) => scripts.forEach((s) => registered.set(s.id, s)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
  });
  fakeBrowser.runtime.getManifest = () => ({ content_scripts: [{ matches: ['https://*.zendesk.com/*'] }] }) as never;
  return { browser };
});
const { setPolicySitesSource, siteStatus, syncRegistrations } = await import('@/lib/background/site-access');
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
