/**
 * Where adapters register (one file per helpdesk under lib/crm/adapters/, each ending in one `registerAdapter`)
 * and how a page gets its adapter: a site profile the agent or a pack made for it, else the first helpdesk
 * adapter that matches, else the generic reader.
 */
import { AdapterError, type ConversationSnapshot, type CrmAdapter } from './types';
import { selectorAdapter, type AdapterSpec } from './selector-adapter';
import { genericAdapter } from './generic';
import { profileAdapter, profileMatches } from './profile-adapter';
import type { SiteProfile } from '../../knowledge/site-profile';

const adapters: CrmAdapter[] = [];

/** Add a helpdesk adapter, declared as data (AdapterSpec) or as code (CrmAdapter). */
export function registerAdapter(adapter: AdapterSpec | CrmAdapter): CrmAdapter {
  const made = 'read' in adapter ? adapter : selectorAdapter(adapter);
  if (adapters.some((a) => a.id === made.id)) throw new Error(`CRM adapter "${made.id}" is registered twice`);
  adapters.push(made);
  return made;
}

export function registeredAdapters(): readonly CrmAdapter[] {
  return adapters;
}

export function pickAdapter(location: Location, document: Document, profiles: readonly SiteProfile[] = []): CrmAdapter {
  // A profile is the agent's (or trainer's) explicit choice for this site, so it wins over detection.
  const profile = profiles.find((p) => profileMatches(p, location.href));
  if (profile) return profileAdapter(profile);
  return adapters.find((a) => a.matches(location, document)) ?? genericAdapter;
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
