import { profileMatches, type SiteProfile } from '@/knowledge/site-profile';
import { serve } from '../messages';
import { getActivePacks } from './active-packs';

// 'packs.siteProfiles' (lib/messages.ts): the page's reading (lib/crm/site-profiles.ts) asks, the background answers.

export async function packSiteProfilesFor(url: string): Promise<SiteProfile[]> {
  const packs = [...(await getActivePacks())].sort((a, b) => b.priority - a.priority);
  return packs.flatMap(({ pack }) => (pack.sites ?? []).filter((p) => profileMatches(p, url)));
}

export function servePackSiteProfiles(): () => void {
  return serve({
    'packs.siteProfiles': ({ url }) => {
      if (typeof url !== 'string') throw new Error('packs.siteProfiles needs "url" as a string');
      return packSiteProfilesFor(url);
    },
  });
}
