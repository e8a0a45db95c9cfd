import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter, pickAdapter, readConversation, registeredAdapters } from '@/lib/crm';
import { adapterSpecs, readsPages } from '@/lib/crm/adapter-specs';
import { AdapterError } from '@/lib/crm/types';
import { KNOWN_CRM_MATCHES } from '@/lib/sites';
import { FIXTURES, loadFixture } from './load-fixture';

const CRM = join(import.meta.dirname, '..', '..', '..', 'lib', 'crm');
const adapterFiles = readdirSync(join(CRM, 'adapters')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

describe('adapter registry (one file per helpdesk, each registered, each with a fixture page)', () => {
  it('has adapter files', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(adapterFiles)('%s is imported by lib/crm/adapter-list.ts', (id) => {
    expect(readFileSync(join(CRM, 'adapter-list.ts'), 'utf8')).toContain(`import './adapters/${id}';`);
  });

  it.each(adapterFiles)('%s ends in exactly one registerAdapter declaration with its own id', (id) => {
    const source = readFileSync(join(CRM, 'adapters', `${id}.ts`), 'utf8');
    expect(source.match(/registerAdapter\(/g)).toHaveLength(1);
    expect(source).toContain(`id: '${id}'`);
    expect(source.trimEnd()).toMatch(/\}\);$/);
  });

  it.each(adapterFiles)('%s has a fixture page when it reads pages, else declares the sites read generically', (id) => {
    const spec = adapterSpecs().find((s) => s.id === id)!;
    if (readsPages(spec)) expect(existsSync(join(FIXTURES, `${id}.html`))).toBe(true);
    else expect(spec.sites.length).toBeGreaterThan(0);
  });

  it('registers exactly the adapter files; those with reading selectors become adapters', () => {
    expect(adapterSpecs().map((a) => a.id).sort()).toEqual([...adapterFiles].sort());
    expect(registeredAdapters().map((a) => a.id).sort()).toEqual(adapterSpecs().filter(readsPages).map((s) => s.id).sort());
  });

  it("makes the extension's list of known sites from the declarations, each helpdesk's addresses written once", () => {
    expect([...KNOWN_CRM_MATCHES].sort()).toEqual([...new Set(adapterSpecs().flatMap((s) => s.sites))].sort());
    expect(KNOWN_CRM_MATCHES).toContain('https://*.zendesk.com/*');
    expect(KNOWN_CRM_MATCHES).toContain('https://desk.zoho.eu/*');
    const sources = adapterFiles.map((id) => readFileSync(join(CRM, 'adapters', `${id}.ts`), 'utf8')).join('\n');
    const siteList = readFileSync(join(CRM, '..', 'sites.ts'), 'utf8');
    for (const site of KNOWN_CRM_MATCHES) {
      expect(siteList).not.toContain(site);
      expect(sources.split(`'${site}'`).length - 1).toBe(1);
    }
  });

  it('has fixtures for the generic reader too', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.startsWith('generic-') && f.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('pickAdapter', () => {
  it('falls back to the generic reader on an unknown page', async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    expect(pickAdapter(doc.location, doc)).toBe(genericAdapter);
  });

  it('recognises a helpdesk by its markup on another domain (self-hosted Zammad, fixtures on loopback)', async () => {
    const doc = await loadFixture('zammad', 'http://127.0.0.1:5173/tests/fixtures/crm/zammad.html');
    expect(pickAdapter(doc.location, doc).id).toBe('zammad');
  });

  it('lets a site profile for the page win over detection', async () => {
    const doc = await loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/48213');
    const profile = { match: 'acme.zendesk.com', message: '[data-test-id="omni-log-container"]', reply: '[contenteditable="true"]' };
    expect(pickAdapter(doc.location, doc, [profile]).id).toBe('profile');
    expect(pickAdapter(doc.location, doc, [{ ...profile, match: 'other.zendesk.com' }]).id).toBe('zendesk');
  });
});

describe('readConversation', () => {
  it('reports an adapter whose markup is gone and reads the page generically instead', async () => {
    const doc = await loadFixture('zendesk', 'https://acme.zendesk.com/agent/tickets/48213');
    for (const el of doc.querySelectorAll('[data-test-id="omni-log-comment-item"]')) el.setAttribute('data-test-id', 'renamed');
    const adapter = pickAdapter(doc.location, doc);
    expect(() => adapter.read(doc)).toThrow(AdapterError);
    expect(() => adapter.read(doc)).toThrow(/zendesk: no messages found \(article\[data-test-id="omni-log-comment-item"\]\)/);
    const { snapshot, problem } = readConversation(adapter, doc);
    expect(problem?.adapter).toBe('zendesk');
    expect(snapshot.adapter).toBe('generic');
    expect(snapshot.interactionId).toBe('generic:acme.zendesk.com:48213');
  });
});
