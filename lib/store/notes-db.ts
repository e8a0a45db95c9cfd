import type { Note } from '../notes/model';
import { withSearchKey } from '../notes/search';
import type { NotesStorageFailure } from '../failure';
import { isStorageFull } from '../storage-full';
import { errorText } from '@/knowledge/error-text';

/**
 * Notes live in an IndexedDB database of the extension's own origin (never the page's): one record per
 * interaction. The schema is versioned; `upgrade` runs each step from the stored version up, so a profile
 * with any older schema migrates in place and keeps its notes.
 */
export const NOTES_DB_NAME = 'odigos-notes';
export const NOTES_DB_VERSION = 3;
const STORE = 'notes';
/** Small records about the database itself (version 3): whether it was checked against the journal. */
const META = 'meta';
const RECONCILED = 'reconciled';

/** Storage for notes; the IndexedDB one in the extension, an in-memory one in unit tests. */
export interface NotesRepo {
  get(interactionId: string): Promise<Note | undefined>;
  /**
   * Read, change and write one note atomically (one read-write transaction, so two writers never interleave).
   * `change` returns the new note, or undefined to leave it as it is.
   */
  update(interactionId: string, change: (current: Note | undefined) => Note | undefined): Promise<Note | undefined>;
  all(): Promise<Note[]>;
  /** The most recently changed notes, newest first (the notes page paints these before reading the rest). */
  recent(limit: number): Promise<Note[]>;
  putMany(notes: Note[]): Promise<void>;
  /** Store each note unless the stored one is as new or newer (by version); resolves to how many were stored. */
  putNewer(notes: Note[]): Promise<number>;
  delete(interactionIds: string[]): Promise<void>;
  clear(): Promise<void>;
  /**
   * Whether this database was compared with the journal since it was created. A database the browser deleted
   * and made again (after a full disk) is new and unmarked, so it is filled from the journal before use.
   */
  reconciled(): Promise<boolean>;
  markReconciled(): Promise<void>;
}

/**
 * Storage full (or failing): the agent is told, their text stays in the editor and in the crash-safe draft. A database
 * the browser will not open at all for another reason than room (a damaged file of the origin's IndexedDB store,
 * which Chromium refuses after every restart: tests/e2e/notes-storage-failed.e2e.ts) carries the failure
 * notes.storageFailed, so every surface words it and the notes page offers its remedy.
 */
export class NotesStorageError extends Error {
  override name = 'NotesStorageError';
  readonly failure?: NotesStorageFailure;
  constructor(
    readonly quota: boolean,
    cause: unknown,
    unopened = false,
  ) {
    super(
      quota
        ? 'QuotaExceededError: the browser has no more room for notes. Nothing typed is lost; it is saved once space is freed.'
        : `${unopened ? 'Notes storage cannot be opened' : 'Notes storage failed'}: ${errorText(cause)}`,
    );
    if (unopened && !quota) this.failure = { code: 'notes.storageFailed' };
  }
}

export const wrapStorageError = (err: unknown) =>
  err instanceof NotesStorageError ? err : new NotesStorageError(isStorageFull(err), err);
const wrap = wrapStorageError;

/** Whether `err` is the notes database refused on open (not a full disk): the damaged storage notes.storageFailed names. */
export const notesUnopened = (err: unknown) => err instanceof NotesStorageError && err.failure?.code === 'notes.storageFailed';

function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    const notes = db.createObjectStore(STORE, { keyPath: 'interactionId' });
    notes.createIndex('updatedAt', 'updatedAt');
    notes.createIndex('site', 'site');
  }
  if (oldVersion === 1) {
    // Version 2 stores each note's search key (the notes page searches 10,000 notes without folding them).
    const cursor = tx.objectStore(STORE).openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      c.update(withSearchKey(c.value as Note));
      c.continue();
    };
  }
  if (oldVersion < 3) db.createObjectStore(META);
  // Later versions: add `if (oldVersion < 4) { … }` steps here; each runs once, in order.
}

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(wrap(req.error));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((ok, fail) => {
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(wrap(tx.error));
    tx.onabort = () => fail(wrap(tx.error ?? new Error('transaction aborted')));
  });
}

/** A connection the browser closed (disk error, storage cleared) throws this on every later transaction. */
const isClosing = (err: unknown) => (err as DOMException | null)?.name === 'InvalidStateError';

/**
 * Where the notes database is: an IDBFactory, or how to find it (the storage bucket a reset moved the notes to,
 * lib/store/notes-store.ts), asked at every open so a reset made in another context is followed.
 */
export type NotesFactory = IDBFactory | (() => Promise<IDBFactory>);

/** The database connection, opened on first use and again after the browser closed it or another context upgraded. */
function reopeningConnection(factory: NotesFactory) {
  let opening: Promise<IDBDatabase> | undefined;
  const forget = (p: Promise<IDBDatabase> | undefined) => {
    if (opening === p) opening = undefined;
  };
  const db = () => {
    if (opening) return opening;
    const p: Promise<IDBDatabase> = (typeof factory === 'function' ? factory() : Promise.resolve(factory)).then(
      (f) => openIn(f, p),
      (err: unknown) => {
        forget(p);
        throw new NotesStorageError(false, err, true);
      },
    );
    return (opening = p);
  };
  const openIn = (f: IDBFactory, p: Promise<IDBDatabase>) =>
    new Promise<IDBDatabase>((ok, fail) => {
      const req = f.open(NOTES_DB_NAME, NOTES_DB_VERSION);
      req.onupgradeneeded = (e) => upgrade(req.result, req.transaction!, e.oldVersion);
      req.onsuccess = () => {
        const d = req.result;
        // The browser closed it (disk full, data cleared): the next use opens a new connection.
        d.onclose = () => forget(p);
        // Another context upgrading the schema: step aside and reopen on next use.
        d.onversionchange = () => {
          d.close();
          forget(p);
        };
        ok(d);
      };
      req.onerror = () => {
        forget(p);
        fail(new NotesStorageError(isStorageFull(req.error), req.error, true));
      };
    });
  return { db, forget };
}

/**
 * The `limit` most recently changed notes, newest first. Two requests whatever the limit, not one cursor step per
 * note (each step is a round trip, ~1–3 ms in Chromium): find the limit-th newest change time, then read every
 * note from that time on at once.
 */
async function newestIn(s: IDBObjectStore, limit: number): Promise<Note[]> {
  const index = s.index('updatedAt');
  const boundary = await new Promise<IDBValidKey | undefined>((ok, fail) => {
    const req = index.openKeyCursor(null, 'prev');
    let skipped = limit <= 1;
    req.onsuccess = () => {
      const c = req.result;
      if (!c) return ok(undefined);
      if (skipped) return ok(c.key);
      skipped = true;
      c.advance(limit - 1);
    };
    req.onerror = () => fail(wrap(req.error));
  });
  const newest = await promised(index.getAll(boundary === undefined ? undefined : IDBKeyRange.lowerBound(boundary)) as IDBRequest<Note[]>);
  return newest.reverse().slice(0, limit);
}

/**
 * The notes repository on IndexedDB. The connection is opened on first use and opened again whenever the browser
 * closes it: after a disk error Chromium closes every connection ("The database connection is closing"), and a
 * connection kept from before would fail every later save even once space is freed. Saves commit with strict
 * durability (flushed to disk before they count as saved), so a draft is removed only after that.
 */
export function openNotesDb(factory: NotesFactory = indexedDB): NotesRepo {
  const { db, forget } = reopeningConnection(factory);

  /** A transaction on a live connection: one that turns out to be closing is dropped and opened again, once. */
  async function begin(stores: string | string[], mode: IDBTransactionMode): Promise<{ tx: IDBTransaction; conn: Promise<IDBDatabase> }> {
    const options: IDBTransactionOptions = { durability: mode === 'readwrite' ? 'strict' : 'default' };
    for (let attempt = 0; ; attempt++) {
      const conn = db();
      try {
        return { tx: (await conn).transaction(stores, mode, options), conn };
      } catch (err) {
        forget(conn);
        if (attempt > 0 || !isClosing(err)) throw wrap(err);
      }
    }
  }

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T> | T, store = STORE): Promise<T> {
    const { tx, conn } = await begin(store, mode);
    try {
      const finished = done(tx);
      const value = await work(tx.objectStore(store));
      await finished;
      return value;
    } catch (err) {
      // A failed write may leave the connection half-closed by the browser: start the next one afresh.
      forget(conn);
      void conn.then((d) => d.close(), () => undefined);
      throw wrap(err);
    }
  }

  return {
    get: (id) => run('readonly', (s) => promised(s.get(id) as IDBRequest<Note | undefined>)),
    update: async (id, change) => {
      let result: Note | undefined;
      await run('readwrite', (s) => {
        const req = s.get(id) as IDBRequest<Note | undefined>;
        req.onsuccess = () => {
          result = change(req.result);
          if (result) s.put(withSearchKey(result));
          else result = req.result;
        };
      });
      return result;
    },
    all: () => run('readonly', (s) => promised(s.getAll() as IDBRequest<Note[]>)),
    // Two requests whatever the limit, not one cursor step per note (each step is a round trip, ~1–3 ms in
    // Chromium): find the limit-th newest change time, then read every note from that time on at once.
    recent: (limit) => run('readonly', (s) => newestIn(s, limit)),
    putMany: (notes) =>
      run('readwrite', (s) => {
        for (const n of notes) s.put(withSearchKey(n));
      }),
    putNewer: async (notes) => {
      let stored = 0;
      await run('readwrite', (s) => {
        for (const n of notes) {
          const req = s.get(n.interactionId) as IDBRequest<Note | undefined>;
          req.onsuccess = () => {
            if ((req.result?.version ?? -1) >= n.version) return;
            s.put(withSearchKey(n));
            stored++;
          };
        }
      });
      return stored;
    },
    delete: (ids) =>
      run('readwrite', (s) => {
        for (const id of ids) s.delete(id);
      }),
    clear: () =>
      run('readwrite', (s) => {
        s.clear();
      }),
    reconciled: () => run('readonly', (s) => promised(s.get(RECONCILED)).then((v) => v !== undefined), META),
    markReconciled: () =>
      run(
        'readwrite',
        (s) => {
          s.put(Date.now(), RECONCILED);
        },
        META,
      ),
  };
}
