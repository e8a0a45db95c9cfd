/**
 * Site profiles the agent made with the element picker, kept in extension storage keyed by origin.
 * Profiles shipped in packs are not stored here: callers pass them to pickAdapter alongside these.
 */
import { stored } from '../stored';
import { request } from '../messages';
import { FailureError } from '../failure';
import { isStorageFull } from '../storage-full';
import { profileMatches, validateSiteProfile, type SiteProfile } from '../../knowledge/site-profile';
import type { Said } from '../../knowledge/pack/problem-words';
import { errorText } from '@/knowledge/error-text';


export const siteProfilesItem = stored<Record<string, SiteProfile>>('local:siteProfiles', {});

export async function getSiteProfiles(): Promise<SiteProfile[]> {
  return Object.values(await siteProfilesItem.getValue());
}

/**
 * Every profile that may read this page: the agent's own first (they know their desk best), then those
 * trainers ship in the active packs. A background that cannot answer costs only the pack profiles.
 */
export async function siteProfilesFor(url: string): Promise<SiteProfile[]> {
  const own = (await getSiteProfiles()).filter((p) => profileMatches(p, url));
  const shipped = await request('packs.siteProfiles', { url }).catch(() => [] as SiteProfile[]);
  return [...own, ...shipped];
}

/** The agent's profile for a page, if one covers its URL. */
export async function siteProfileFor(url: string): Promise<SiteProfile | undefined> {
  return (await getSiteProfiles()).find((p) => profileMatches(p, url));
}

/** Save (or replace) the profile for an origin. Returns the problems (codes, said by the picker) instead of saving when it is not valid. */
export async function saveSiteProfile(origin: string, profile: SiteProfile): Promise<Said[]> {
  const problems = validateSiteProfile(profile);
  if (problems.length) return problems;
  const all = await siteProfilesItem.getValue();
  await siteProfilesItem.setValue({ ...all, [origin]: profile });
  return [];
}

/** Forget the profile for an origin; a write the storage refuses is thrown with its code (the panel says it). */
export async function removeSiteProfile(origin: string): Promise<void> {
  const { [origin]: _removed, ...rest } = await siteProfilesItem.getValue();
  await siteProfilesItem.setValue(rest).catch((err: unknown) => {
    const message = `the layout for ${origin} was not forgotten: ${errorText(err)}`;
    throw new FailureError({ code: 'siteProfile.notForgotten', diskFull: isStorageFull(err) }, message);
  });
}
