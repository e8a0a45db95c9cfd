/**
 * Where installed packs live: an IndexedDB database of the extension's own origin, used by the service worker.
 * Not storage.local: every content script that watches any stored setting receives each storage.local change
 * whole, so installing a 6 MB pack there froze every open CRM tab for half a second. Records are keyed by name
 * (`index`, `pack:<id>@<version>`, `pending:<id>`); values are stored by structured clone.
 */
import { FailureError } from '../failure';
import { isStorageFull } from '../storage-full';
import { errorText } from '@/knowledge/error-text';

export const PACK_DB_NAME = 'odigos-packs';
const PACK_DB_VERSION = 1;
const STORE = 'records';

export interface PackDb {
  get<T>(key: string): Promise<T | undefined>;
  /** Writes every record in one transaction: all of them or none. */
  put(records: Record<string, unknown>): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
}

/** Storage full and other failures, as codes every surface words (components/failure-words.tsx), the browser's reason kept. */
function wrap(err: unknown): Error {
  // A full disk as Chromium says it (FILE_ERROR_NO_SPACE inside an UnknownError) is a full disk too, not a storage "failure".
  const quota = isStorageFull(err) || /quota/i.test(String(err));
  if (quota) return new FailureError({ code: 'pack.storageFull' }, 'the browser has no more room for packs: remove a pack you do not use');
  return new FailureError({ code: 'pack.storageFailed' }, `pack storage failed: ${errorText(err)}`);
}

/** What the browser reports of the origin's storage (`navigator.storage.estimate()`), when it can say. */
export interface StorageEstimateLike {
  quota?: number;
  usage?: number;
}

/**
 * Less free room than this is none: Chromium reports the quota as the usage plus the disk's free space (on a disk
 * filled to the last byte the two were equal), and no database opens in a few hundred kilobytes.
 */
export const NO_ROOM_BYTES = 1024 * 1024;

/** Less room left than NO_ROOM_BYTES, or than `needed` (what a refused write tried to store). */
const noRoomIn = (e: StorageEstimateLike | undefined, needed = 0) =>
  e?.quota !== undefined && e.usage !== undefined && e.quota - e.usage < Math.max(NO_ROOM_BYTES, needed);

/** A refusal that names no cause (a version or a blocked upgrade names its own, whatever the room left). */
const unexplained = (e: { name?: string; message?: string } | null) => e?.name === 'UnknownError' || /internal error|backing store/i.test(e?.message ?? '');

/** How the browser names the disk itself being full (Chromium: «Encountered full disk», LevelDB FILE_ERROR_NO_SPACE). */
const NAMES_FULL_DISK = /full disk|disk (?:is )?full|no[ _]?space|FILE_ERROR_NO_SPACE|ENOSPC/i;

/**
 * A file the browser could not write, no cause named: Chromium keeps a large value (a pack of some megabytes) in a file
 * of its own, and on a disk with less room than that says DataError «Failed to write blobs (IOError)», measured in
 * Chromium 156 (tests/e2e/pack-save-full-disk.e2e.ts).
 */
const IO_FAILED = /\bIO ?error\b/i;

/**
 * Whether the computer's disk is full, for opens and writes alike: the browser's words name a full disk, or a
 * refusal for room comes with an estimate that shows no room left, or one for no stated cause (or a file not
 * written) with less room left than the write needed (`needed`, 0 on open).
 */
function diskIsFull(err: unknown, estimate: StorageEstimateLike | undefined, needed = 0): boolean {
  const e = err as { name?: string; message?: string } | null;
  if (NAMES_FULL_DISK.test(String(e?.message ?? err))) return true;
  // The quota refused with room left on the disk is the quota used up: «remove a pack» is then right.
  if (e?.name === 'QuotaExceededError') return noRoomIn(estimate);
  return (unexplained(e) || IO_FAILED.test(e?.message ?? '')) && noRoomIn(estimate, needed);
}

const reasonOf = (err: unknown) => {
  const e = err as { name?: string; message?: string } | null;
  return e?.name && e.message ? `${e.name}: ${e.message}` : String(err);
};

/** The estimate where the context has one (service worker, pages); undefined where it does not or it fails. */
export async function estimateStorage(): Promise<StorageEstimateLike | undefined> {
  try {
    return await (globalThis.navigator as Navigator | undefined)?.storage?.estimate?.();
  } catch {
    return undefined;
  }
}

/**
 * Why the browser would not open the pack database at all. A full disk refuses it too (Chromium 156 says
 * QuotaExceededError «Encountered full disk while opening backing store»; others an UnknownError «Internal error
 * opening backing store» with no word of the disk): said as «unreadable, restart the browser», the agent restarted
 * for nothing. So an unexplained refusal asks the storage estimate whether any room is left before calling the
 * database unreadable. Nothing was read or written: what is stored is as it was.
 */
export function openRefusal(err: unknown, estimate: StorageEstimateLike | undefined): Error {
  // Opening asks for no room of the quota: a refusal for room on open is the disk.
  if (isStorageFull(err) || diskIsFull(err, estimate)) {
    const message = `the disk is full, so the browser cannot open the pack storage (${reasonOf(err)}): free disk space, then reload the page; nothing stored was lost`;
    return new FailureError({ code: 'pack.diskFull' }, message);
  }
  return wrap(err);
}

/**
 * Why a write (install, update, import) was refused. The browser says QuotaExceededError both when the extension's
 * quota is used up and when the disk itself is full; «remove a pack» is the remedy only for the first (on a full disk
 * it frees almost nothing), so a full disk, told as on open, says so. A large pack is refused otherwise, as a file not
 * written, with room left but less than the pack: that is the disk too (it was «cannot be read, restart the browser»).
 * `needed`: about how many bytes the write tried to store. The transaction wrote nothing: what was installed is as it was.
 */
export function writeRefusal(err: unknown, estimate: StorageEstimateLike | undefined, needed = 0): Error {
  if (diskIsFull(err, estimate, needed)) {
    const message = `the disk is full, so the pack was not saved (${reasonOf(err)}): free disk space, then try again; nothing installed was lost`;
    return new FailureError({ code: 'pack.storageFull', disk: true }, message);
  }
  return wrap(err);
}

/**
 * About how many bytes `records` take once stored, counted only when a write was refused: their JSON's length (a
 * Greek letter counted once, so rather fewer than stored: a disk is not called full for a doubtful few bytes).
 */
function sizeOf(records: Record<string, unknown>): number {
  try {
    return JSON.stringify(records).length;
  } catch {
    return 0;
  }
}

/** `refuse`: how a failure of this transaction is said (a write asks the estimate whether the disk is full). */
function done(tx: IDBTransaction, refuse: (err: unknown) => Promise<Error>): Promise<void> {
  return new Promise((ok, fail) => {
    let failed = false;
    const failWith = (err: unknown) => {
      if (failed) return;
      failed = true;
      void refuse(err).then(fail);
    };
    tx.oncomplete = () => ok();
    tx.onerror = () => failWith(tx.error);
    tx.onabort = () => failWith(tx.error ?? new Error('transaction aborted'));
  });
}

/** `estimate`: the room left (tests pass their own; the browser's by default). */
/**
 * `factory`: the IndexedDB to open it in, or how to find it (the storage bucket a reset moved the packs to,
 * lib/store/packs.ts resetPackStorage); asked on every open, so a reset is followed by the next open.
 */
export function openPackDb(
  factory: IDBFactory | (() => Promise<IDBFactory>),
  estimate: () => Promise<StorageEstimateLike | undefined> = estimateStorage,
): PackDb {
  let opening: Promise<IDBDatabase> | undefined;
  const factoryNow = async () => (typeof factory === 'function' ? factory() : factory);
  const db = () =>
    (opening ??= factoryNow().then(
      (f) => openIn(f),
      (e: unknown) => {
        opening = undefined;
        throw wrap(e);
      },
    ));
  const openIn = (f: IDBFactory) =>
    new Promise<IDBDatabase>((ok, fail) => {
      const req = f.open(PACK_DB_NAME, PACK_DB_VERSION);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => {
        const d = req.result;
        // A connection the browser closed (storage cleared, disk trouble) or another context upgrading: open anew
        // on next use instead of failing every call with "the database connection is closing".
        const forget = () => {
          if (opening) opening = undefined;
        };
        d.onclose = forget;
        d.onversionchange = () => {
          d.close();
          forget();
        };
        ok(d);
      };
      req.onerror = () => {
        opening = undefined;
        const err = req.error;
        void estimate().then((room) => fail(openRefusal(err, room)));
      };
    });

  /** A put refused: the estimate tells a full disk from the quota used up (reads and removals keep the plain words). */
  const refusePut = (records: Record<string, unknown>) => async (err: unknown) => writeRefusal(err, await estimate().catch(() => undefined), sizeOf(records));
  const refuseOther = async (err: unknown) => wrap(err);

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void, refuse = refuseOther): Promise<T | undefined> {
    const tx = (await db()).transaction(STORE, mode);
    const finished = done(tx, refuse);
    const req = work(tx.objectStore(STORE));
    await finished;
    return req ? req.result : undefined;
  }

  return {
    get: <T>(key: string) => run('readonly', (s) => s.get(key) as IDBRequest<T | undefined>) as Promise<T | undefined>,
    put: async (records) => {
      await run(
        'readwrite',
        (s) => {
          for (const [key, value] of Object.entries(records)) s.put(value, key);
        },
        refusePut(records),
      );
    },
    delete: async (keys) => {
      if (!keys.length) return;
      await run('readwrite', (s) => {
        for (const key of keys) s.delete(key);
      });
    },
  };
}
