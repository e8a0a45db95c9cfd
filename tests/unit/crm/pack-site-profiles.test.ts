import { describe, expect, it, vi } from 'vitest';
import { PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, type CompiledPack } from '@/knowledge/types';

const pack = (id: string, sites: CompiledPack['sites']): CompiledPack => ({
  schema: PACK_SCHEMA_ID, schemaVersion: PACK_SCHEMA_VERSION, builtAt: '', index: null, entries: [], sites,
  meta: { id, name: id, version: '1.0.0', lang: 'en' },
});

vi.mock('@/lib/background/active-packs', () => ({
  getActivePacks: async () => [
    { pack: pack('bundled', [{ match: '*.acme.example', message: '.old', reply: '#old' }]), priority: 0 },
    { pack: pack('company', [{ match: 'https://desk.acme.example', message: '.thread', reply: '#composer', name: 'Acme' }]), priority: 10 },
    { pack: pack('other', [{ match: 'https://help.other.example', message: '.m', reply: '#r' }]), priority: 20 },
  ],
}));
const { packSiteProfilesFor } = await import('@/lib/background/pack-site-profiles');

describe('site profiles from packs, for one page', () => {
  it('gives the profiles covering the page, the higher-priority pack first', async () => {
    const found = await packSiteProfilesFor('https://desk.acme.example/case/42');
    expect(found.map((p) => p.message)).toEqual(['.thread', '.old']);
  });

  it('gives none for a page no pack knows', async () => {
    expect(await packSiteProfilesFor('https://unknown.example/')).toEqual([]);
  });
});
