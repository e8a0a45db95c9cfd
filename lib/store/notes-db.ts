import type { Note } from '../notes/model';
import { withSearchKey } from '../notes/search';

/**
 * Notes live in an IndexedDB database of the extension's own origin (never the page's): one record per
 * interaction. The schema is versioned; `upgrade` runs each step from the stored version up, so a profile
 * with any older schema migrates in place and keeps its notes.
 */
export const NOTES_DB_NAME = 'odigos-notes';
export const NOTES_DB_VERSION = 2;
const STORE = 'notes';

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
  delete(interactionIds: string[]): Promise<void>;
  clear(): Promise<void>;
}

/** Storage full: the agent is told, their text stays in the editor and in the crash-safe draft. */
export class NotesStorageError extends Error {
  override name = 'NotesStorageError';
  constructor(
    readonly quota: boolean,
    cause: unknown,
  ) {
    super(
      quota
        ? 'QuotaExceededError: the browser has no more room for notes. Your text is kept; export and delete old notes to free space.'
        : `Notes storage failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

const wrap = (err: unknown) =>
  err instanceof NotesStorageError
    ? err
    : new NotesStorageError((err as DOMException | null)?.name === 'QuotaExceededError' || /quota/i.test(String(err)), err);

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
  // Later versions: add `if (oldVersion < 3) { … }` steps here; each runs once, in order.
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

export function openNotesDb(factory: IDBFactory = indexedDB): NotesRepo {
  let opening: Promise<IDBDatabase> | undefined;
  const db = () =>
    (opening ??= new Promise<IDBDatabase>((ok, fail) => {
      const req = factory.open(NOTES_DB_NAME, NOTES_DB_VERSION);
      req.onupgradeneeded = (e) => upgrade(req.result, req.transaction!, e.oldVersion);
      req.onsuccess = () => {
        const d = req.result;
        // Another context upgrading the schema: step aside and reopen on next use.
        d.onversionchange = () => {
          d.close();
          opening = undefined;
        };
        ok(d);
      };
      req.onerror = () => {
        opening = undefined;
        fail(wrap(req.error));
      };
    }));

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T> | T): Promise<T> {
    const tx = (await db()).transaction(STORE, mode);
    const finished = done(tx);
    const value = await work(tx.objectStore(STORE));
    await finished;
    return value;
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
    recent: (limit) =>
      run('readonly', async (s) => {
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
      }),
    putMany: (notes) =>
      run('readwrite', (s) => {
        for (const n of notes) s.put(withSearchKey(n));
      }),
    delete: (ids) =>
      run('readwrite', (s) => {
        for (const id of ids) s.delete(id);
      }),
    clear: () =>
      run('readwrite', (s) => {
        s.clear();
      }),
  };
}
