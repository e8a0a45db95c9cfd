/**
 * Site profiles the agent made with the element picker, kept in extension storage keyed by origin.
 * Profiles shipped in packs are not stored here: callers pass them to pickAdapter alongside these.
 */
import { storage } from 'wxt/utils/storage';
import { profileMatches, validateSiteProfile, type SiteProfile } from './site-profile-schema';

export const siteProfilesItem = storage.defineItem<Record<string, SiteProfile>>('local:siteProfiles', {
  fallback: {},
  version: 1,
});

export async function getSiteProfiles(): Promise<SiteProfile[]> {
  return Object.values(await siteProfilesItem.getValue());
}

/** The agent's profile for a page, if one covers its URL. */
export async function siteProfileFor(url: string): Promise<SiteProfile | undefined> {
  return (await getSiteProfiles()).find((p) => profileMatches(p, url));
}

/** Save (or replace) the profile for an origin. Returns the problems instead of saving when it is not valid. */
export async function saveSiteProfile(origin: string, profile: SiteProfile): Promise<string[]> {
  const problems = validateSiteProfile(profile);
  if (problems.length) return problems;
  const all = await siteProfilesItem.getValue();
  await siteProfilesItem.setValue({ ...all, [origin]: profile });
  return [];
}

export async function removeSiteProfile(origin: string): Promise<void> {
  const { [origin]: _removed, ...rest } = await siteProfilesItem.getValue();
  await siteProfilesItem.setValue(rest);
}
