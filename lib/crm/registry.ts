/**
 * How a page gets its adapter: a site profile the agent or a pack made for it, else the first helpdesk adapter
 * (made from the declarations in lib/crm/adapters/, see adapter-specs.ts) that matches, else the generic reader.
 * The adapters are made by the reader that comes with the extras (generic.ts); until it is here every page is
 * the generic reader's, which waits for it.
 */
import { AdapterError, type ConversationSnapshot, type CrmAdapter } from './types';
import { adapterSpecs, readsPages } from './adapter-specs';
import { genericAdapter, readerNow, type GenericReader } from './generic';
import { profileMatches, type SiteProfile } from '../../knowledge/site-profile';
import './adapter-list';

let made: { by: GenericReader; adapters: CrmAdapter[] } | undefined;

/** The adapters of every helpdesk declared with reading selectors (the others are read generically). */
export function registeredAdapters(): readonly CrmAdapter[] {
  const reader = readerNow();
  if (!reader) return [];
  // The extras come again after an extension update: adapters are made by the reader of this version.
  if (made?.by !== reader) made = { by: reader, adapters: adapterSpecs().filter(readsPages).map((s) => reader.adapterFor(s)) };
  return made.adapters;
}

export function pickAdapter(location: Location, document: Document, profiles: readonly SiteProfile[] = []): CrmAdapter {
  // A profile is the agent's (or trainer's) explicit choice for this site, so it wins over detection.
  const profile = profiles.find((p) => profileMatches(p, location.href));
  const reader = readerNow();
  if (profile && reader) return reader.profileAdapter(profile);
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
