import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Whether a browser restart was already tried against a storage that will not open. The words of a damaged storage
 * said «close and reopen the browser; if this is shown after that, …» at every sighting: after the restart that did
 * not help, the agent was asked for another one. So the first sighting is kept in storage.local (its own LevelDB, not
 * IndexedDB's: it is written while IndexedDB refuses), with the browser session it was seen in; the session is a
 * marker in storage.session, which the browser empties when it closes. A sighting from another session than this one
 * means the storage was opened anew since and still refused: the words go straight to the remedy.
 *
 * storage.session is emptied by an update or reload of Odigos too: that opens the storage anew as well, and counts.
 */
export type TroubledStore = 'packs' | 'notes';

export interface Sighting {
  /** When the storage was first seen refusing (ms since the epoch). */
  firstSeen: number;
  /** The browser session it was first seen in (sessionMarker). */
  session: string;
}

export type Sightings = Partial<Record<TroubledStore, Sighting>>;

/** What the words need: whether a restart was tried since the first sighting, and when that was. */
export interface StorageTrouble {
  restartTried: boolean;
  firstSeen: number;
}

/** A refusal seen now: the first sighting is kept as it was (it dates the trouble), else this one is the first. */
export function sightingNow(earlier: Sighting | undefined, session: string, now: number): Sighting {
  return earlier ?? { firstSeen: now, session };
}

/** The trouble as the words need it: a restart was tried once the refusal comes back in another session. */
export function troubleOf(seen: Sighting, session: string): StorageTrouble {
  return { restartTried: seen.session !== session, firstSeen: seen.firstSeen };
}

const sightingsItem = storage.defineItem<Sightings>('local:storage-trouble', { fallback: {} });
const sessionItem = storage.defineItem<string>('session:browser-session');

/** This browser session's marker, made on first ask (storage.session is shared by the worker and the extension's pages). */
async function sessionMarker(): Promise<string> {
  // Without storage.session (old Firefox) every sighting is of this session: the words keep offering a restart.
  if (!browser.storage?.session) return 'no-session-storage';
  const known = await sessionItem.getValue();
  if (known) return known;
  const made = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await sessionItem.setValue(made);
  return made;
}

/**
 * `store` refused to open: its first sighting is kept, and whether a restart was already tried is said. A storage.local
 * that refuses too answers «not tried» (the words then keep the restart, as before).
 */
export async function storageRefused(store: TroubledStore, now = Date.now()): Promise<StorageTrouble> {
  try {
    const session = await sessionMarker();
    const all = await sightingsItem.getValue();
    const seen = sightingNow(all[store], session, now);
    if (all[store] !== seen) await sightingsItem.setValue({ ...all, [store]: seen });
    return troubleOf(seen, session);
  } catch {
    return { restartTried: false, firstSeen: now };
  }
}

/** `store` opened (or was made anew): a later refusal is new trouble, to be tried with a restart first. */
export async function storageOpened(store: TroubledStore): Promise<void> {
  const all = await sightingsItem.getValue().catch((): Sightings => ({}));
  if (!all[store]) return;
  const { [store]: _gone, ...rest } = all;
  await sightingsItem.setValue(rest).catch(() => undefined);
}
