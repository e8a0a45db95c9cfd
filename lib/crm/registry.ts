/**
 * How a page gets its adapter: a site profile the agent or a pack made for it, else the first helpdesk adapter
 * (made from the declarations in lib/crm/adapters/, see adapter-specs.ts) that matches, else the generic reader.
 */
import { AdapterError, type ConversationSnapshot, type CrmAdapter } from './types';
import { selectorAdapter } from './selector-adapter';
import { adapterSpecs, readsPages } from './adapter-specs';
import { genericAdapter } from './generic';
import { profileAdapter, profileMatches } from './profile-adapter';
import type { SiteProfile } from '../../knowledge/site-profile';
import './adapter-list';

let adapters: CrmAdapter[] | undefined;

/** The adapters of every helpdesk declared with reading selectors (the others are read generically). */
export function registeredAdapters(): readonly CrmAdapter[] {
  return (adapters ??= adapterSpecs().filter(readsPages).map(selectorAdapter));
}

export function pickAdapter(location: Location, document: Document, profiles: readonly SiteProfile[] = []): CrmAdapter {
  // A profile is the agent's (or trainer's) explicit choice for this site, so it wins over detection.
  const profile = profiles.find((p) => profileMatches(p, location.href));
  if (profile) return profileAdapter(profile);
  return registeredAdapters().find((a) => a.matches(location, document)) ?? genericAdapter;
}

export interface ConversationRead {
  snapshot: ConversationSnapshot;
  /** Set when the chosen adapter failed and the generic reader stood in. */
  problem?: AdapterError;
}

/** Read with the adapter; if the page changed shape, say so and read it generically instead (contained). */
export function readConversation(adapter: CrmAdapter, document: Document): ConversationRead {
  try {
    return { snapshot: adapter.read(document) };
  } catch (error) {
    const problem = error instanceof AdapterError ? error : new AdapterError(adapter.id, String(error));
    if (adapter === genericAdapter) throw problem;
    return { snapshot: genericAdapter.read(document), problem };
  }
}
