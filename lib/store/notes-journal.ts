import type { Note } from '../notes/model';
import { wrapStorageError } from './notes-db';

/**
 * A second copy of every stored note, kept apart from IndexedDB. Chromium keeps IndexedDB (and storage.local) in
 * LevelDB: when the disk fills, a write that fails half-way leaves a torn record in the log, whatever is written
 * after it (even once space is back, and reported as saved) is dropped at the next start, and IndexedDB, which
 * checks strictly, then deletes the whole database, notes from long before included. CacheStorage keeps each
 * entry in a file of its own with its own checksum, so a torn write loses that one entry and nothing else
 * (measured on a full tmpfs profile: tests/e2e/notes-full-disk.e2e.ts).
 *
 * Each version of a note is a new entry, and the older one is dropped only once the newer is stored: in Chromium
 * a failed overwrite takes the entry it was replacing with it.
 */
export interface NotesJournal {
  /** Keep this version; resolves once it is stored (older versions are dropped after). */
  put(note: Note): Promise<void>;
  has(interactionId: string, version: number): Promise<boolean>;
  /** The newest version held of each note. Older leftovers (a drop that failed) are removed on the way. */
  versions(): Promise<Map<string, number>>;
  read(interactionId: string, version: number): Promise<Note | undefined>;
  remove(interactionIds: string[]): Promise<void>;
  clear(): Promise<void>;
}

export const JOURNAL_CACHE = 'odigos-notes-journal';
const BASE = 'https://journal.odigos.invalid/note/';

const keyOf = (id: string, version: number) => `${BASE}${encodeURIComponent(id)}?v=${version}`;

function parseKey(url: string): { id: string; version: number } | undefined {
  if (!url.startsWith(BASE)) return undefined;
  const u = new URL(url);
  const version = Number(u.searchParams.get('v'));
  if (!Number.isInteger(version)) return undefined;
  return { id: decodeURIComponent(u.pathname.slice(new URL(BASE).pathname.length)), version };
}

/** The journal in the extension origin's CacheStorage (service worker and top-level extension pages). */
export function cacheJournal(storage: CacheStorage = caches, name = JOURNAL_CACHE): NotesJournal {
  const open = () => storage.open(name);
  /** The version this context last stored of each note: dropped when a newer one is stored. */
  const stored = new Map<string, number>();
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      throw wrapStorageError(err);
    }
  };

  return {
    put: (note) =>
      guard(async () => {
        const id = note.interactionId;
        const cache = await open();
        const body = JSON.stringify(note);
        await cache.put(keyOf(id, note.version), new Response(body, { headers: { 'content-type': 'application/json' } }));
        const older = new Set([note.version - 1, stored.get(id)].filter((v): v is number => v !== undefined && v < note.version));
        stored.set(id, note.version);
        // Best effort: a leftover is harmless (the newest version wins) and goes at the next reconciliation.
        for (const v of older) await cache.delete(keyOf(id, v)).catch(() => false);
      }),
    has: (id, version) => guard(async () => (await (await open()).match(keyOf(id, version))) !== undefined),
    versions: () =>
      guard(async () => {
        const cache = await open();
        const newest = new Map<string, number>();
        const all: Array<{ id: string; version: number; url: string }> = [];
        for (const req of await cache.keys()) {
          const k = parseKey(req.url);
          if (!k) continue;
          all.push({ ...k, url: req.url });
          if ((newest.get(k.id) ?? -1) < k.version) newest.set(k.id, k.version);
        }
        for (const k of all) if (k.version < newest.get(k.id)!) await cache.delete(k.url).catch(() => false);
        return newest;
      }),
    read: (id, version) =>
      guard(async () => {
        const res = await (await open()).match(keyOf(id, version));
        if (!res) return undefined;
        try {
          const note = (await res.json()) as Note;
          return note?.interactionId === id && note.version === version ? note : undefined;
        } catch {
          return undefined; // a torn entry: the other copy (IndexedDB) stands
        }
      }),
    remove: (ids) =>
      guard(async () => {
        if (!ids.length) return;
        const gone = new Set(ids);
        const cache = await open();
        for (const req of await cache.keys()) {
          const k = parseKey(req.url);
          if (k && gone.has(k.id)) await cache.delete(req.url);
        }
        for (const id of ids) stored.delete(id);
      }),
    clear: () =>
      guard(async () => {
        await storage.delete(name);
        stored.clear();
      }),
  };
}

/** CacheStorage where this context has it (not in unit tests under happy-dom, nor in content scripts). */
export function defaultJournal(): NotesJournal | undefined {
  return typeof caches === 'undefined' ? undefined : cacheJournal();
}
