import { storage } from 'wxt/utils/storage';
import type { Note } from '../notes/model';
import { openNotesDb, type NotesFactory, type NotesRepo } from './notes-db';
import { defaultJournal, type NotesJournal } from './notes-journal';
import { bucketOrOriginDb, storageBuckets, type StorageBuckets } from './storage-buckets';

export interface Reconciliation {
  /** Notes (or newer versions) brought back from the journal into IndexedDB. */
  restored: number;
  /** Notes copied into the journal (written before it existed, or its copy had failed). */
  copied: number;
}

export type JournaledRepo = NotesRepo & {
  /** Compare IndexedDB with the journal both ways; run at browser start and whenever the database is new. */
  reconcile(): Promise<Reconciliation>;
  /** The journal's copy of a note (its last stored version), read without IndexedDB. */
  kept(interactionId: string): Promise<Note | undefined>;
};

/** Every note the journal holds, its newest version each: what can still be read while IndexedDB refuses. */
export async function journalNotes(journal: NotesJournal): Promise<Note[]> {
  const notes: Note[] = [];
  for (const [id, version] of await journal.versions()) {
    const note = await journal.read(id, version);
    if (note) notes.push(note);
  }
  return notes;
}

/**
 * Bring back from the journal what IndexedDB lacks or holds older; the notes that need copying the other way.
 * `inJournal` learns the version of each note the journal holds.
 */
async function restoreFromJournal(base: NotesRepo, journal: NotesJournal, inJournal: Map<string, number>): Promise<{ restored: number; uncopied: Note[] }> {
  const [mine, copies] = await Promise.all([base.all(), journal.versions()]);
  const have = new Map(mine.map((n) => [n.interactionId, n.version]));
  const back: Note[] = [];
  for (const [id, version] of copies) {
    inJournal.set(id, version);
    if ((have.get(id) ?? -1) >= version) continue;
    const note = await journal.read(id, version);
    if (note) back.push(note);
  }
  const restored = back.length ? await base.putNewer(back) : 0;
  await base.markReconciled();
  return { restored, uncopied: mine.filter((n) => (copies.get(n.interactionId) ?? -1) < n.version) };
}

/**
 * IndexedDB with the journal beside it: a note counts as stored only once both hold its version, so a save the
 * editor is told about (and whose draft it then drops) survives the browser deleting its IndexedDB after a full
 * disk. Deletion goes the other way round, journal first, so a failed delete can never bring a note back later.
 * A database that was never compared with the journal (new, or made again by the browser) is filled from it
 * before any write.
 */
export function journaledRepo(base: NotesRepo, journal: NotesJournal): JournaledRepo {
  /** The version of each note known to be in the journal (saves that change nothing need no new copy). */
  const inJournal = new Map<string, number>();

  /** Make sure the journal holds this version; `fresh` when it was just written (no copy of it can exist yet). */
  async function keep(note: Note, fresh = false): Promise<void> {
    const id = note.interactionId;
    if (inJournal.get(id) === note.version) return;
    // An existing copy is never written over: a failed overwrite would take it with it.
    if (fresh || !(await journal.has(id, note.version))) await journal.put(note);
    inJournal.set(id, note.version);
  }

  const restore = () => restoreFromJournal(base, journal, inJournal);

  async function copy(notes: Note[]): Promise<number> {
    for (const n of notes) await keep(n);
    return notes.length;
  }

  async function reconcile(): Promise<Reconciliation> {
    const { restored, uncopied } = await restore();
    return { restored, copied: await copy(uncopied) };
  }

  // Each context checks once whether the database is new and restores it before any write (reads go ahead if
  // that fails); copying notes the journal lacks (written before it existed) follows without holding anyone up.
  let ready: Promise<void> | undefined;
  const whenReady = () =>
    (ready ??= base
      .reconciled()
      .then(async (done) => {
        if (done) return;
        const { uncopied } = await restore();
        void copy(uncopied).catch(() => undefined);
      })
      .catch((err: unknown) => {
        ready = undefined;
        throw err;
      }));
  const beforeRead = () => whenReady().catch(() => undefined);

  return {
    get: async (id) => (await beforeRead(), base.get(id)),
    all: async () => (await beforeRead(), base.all()),
    recent: async (limit) => (await beforeRead(), base.recent(limit)),
    update: async (id, change) => {
      await whenReady();
      let before: number | undefined;
      const note = await base.update(id, (current) => ((before = current?.version), change(current)));
      if (note) await keep(note, note.version !== before);
      return note;
    },
    putMany: async (notes) => {
      await whenReady();
      await base.putMany(notes);
      for (const n of notes) await keep(n);
    },
    putNewer: async (notes) => {
      await whenReady();
      const stored = await base.putNewer(notes);
      for (const n of notes) await keep(n);
      return stored;
    },
    delete: async (ids) => {
      await journal.remove(ids);
      for (const id of ids) inJournal.delete(id);
      await base.delete(ids);
    },
    clear: async () => {
      await journal.clear();
      inJournal.clear();
      await base.clear();
    },
    reconciled: () => base.reconciled(),
    markReconciled: () => base.markReconciled(),
    kept: async (id) => {
      const version = (await journal.versions()).get(id);
      return version === undefined ? undefined : journal.read(id, version);
    },
    reconcile: async () => {
      const r = await reconcile();
      ready = Promise.resolve();
      return r;
    },
  };
}

/**
 * The storage bucket the notes database lives in since the agent made the notes storage anew; none (the origin's
 * default IndexedDB) before. Chromium keeps every IndexedDB database of the origin in one store: one damaged file and
 * it refuses them all, after every restart, and refuses to delete them (tests/e2e/notes-storage-failed.e2e.ts); a
 * storage bucket is a store of its own and opens. In storage.local, which is not in that store.
 */
export const notesDbBucketItem = storage.defineItem<string>('local:notes-db-bucket');

/** Whether this browser can make the notes storage anew (Chromium's storage buckets; Firefox has none). */
export const canResetNotesStorage = () => storageBuckets() !== undefined;

/** The IndexedDB the notes are in now: the bucket of the last reset, else the origin's. */
const notesDbFactory = async (): Promise<IDBFactory> => bucketOrOriginDb(await notesDbBucketItem.getValue());

/** The notes store of the extension's own origin: IndexedDB (where the last reset put it), with the journal where CacheStorage exists. */
export function openNotesStore(factory: NotesFactory = notesDbFactory): NotesRepo & Partial<Pick<JournaledRepo, 'reconcile' | 'kept'>> {
  const db = openNotesDb(factory);
  const journal = defaultJournal();
  return journal ? journaledRepo(db, journal) : db;
}

/**
 * Makes the notes storage anew, in a new storage bucket, filled from the journal (every note stored since the journal
 * exists, its last version) before anything is switched to it; then every context opens it (notesDbBucketItem). Nothing
 * is deleted: the damaged store, and the bucket of an earlier reset, stay as they are. `api`, `journal`: tests pass theirs.
 */
export async function resetNotesStorage(api: Pick<StorageBuckets, 'open'> | undefined = storageBuckets(), journal = defaultJournal()): Promise<Reconciliation> {
  if (!api) throw new Error('this browser has no storage buckets: the notes storage cannot be made anew');
  if (!journal) throw new Error('no journal of the notes here: the notes storage is made anew by the background');
  const name = `notes-${Date.now()}`;
  const fresh = journaledRepo(openNotesDb((await api.open(name)).indexedDB), journal);
  const filled = await fresh.reconcile();
  await notesDbBucketItem.setValue(name);
  return filled;
}
