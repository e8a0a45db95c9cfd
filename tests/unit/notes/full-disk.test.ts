import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService, type NotesService } from '@/lib/background/notes-service';
import { alarmReminders } from '@/lib/background/reminders';
import { createNoteSession, type NoteSession } from '@/lib/note-editor/session';
import { emptyFields } from '@/lib/notes/template';
import type { SaveRequest } from '@/lib/notes/save';
import { NOTES_DB_NAME, openNotesDb } from '@/lib/store/notes-db';
import { DRAFT_VERSION, readDrafts, writeDraft } from '@/lib/store/notes-drafts';
import { cacheJournal, JOURNAL_CACHE } from '@/lib/store/notes-journal';
import { journaledRepo } from '@/lib/store/notes-store';
import { fakeCaches, type FakeCaches } from './fake-caches';
import { transportFor } from './fixtures';

const ref = { interactionId: 'generic:http://127.0.0.1/desk/el/tickets/48213', url: 'http://127.0.0.1/desk/el/tickets/48213', label: '#48213' };
const base = emptyFields('el');
const req = (over: Partial<SaveRequest>): SaveRequest => ({ ...ref, editorId: 'A', seq: 1, baseVersion: 0, base, fields: base, ...over });

/** IndexedDB in memory, with a handle on every connection the repository opens (to close them as Chromium does). */
function trackedFactory() {
  const factory = new IDBFactory();
  const connections: IDBDatabase[] = [];
  const tracked = {
    open: (name: string, version?: number) => {
      const r = factory.open(name, version);
      r.addEventListener('success', () => connections.push(r.result));
      return r;
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    databases: () => factory.databases(),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
  } as IDBFactory;
  return { factory: tracked, connections };
}

/** The next put in any transaction aborts it with `name` (null: aborted with no error, as a browser that gave up). */
function failNextPut(name: 'QuotaExceededError' | 'UnknownError' | null) {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (this: IDBObjectStore) {
    (this.transaction as unknown as { _abort(name: string | null): void })._abort(name);
    return {} as IDBRequest<IDBValidKey>;
  });
}

describe('notes on a full disk: nothing typed or stored is lost', () => {
  let caches: FakeCaches;
  let idb: ReturnType<typeof trackedFactory>;
  let service: NotesService;
  const sessions: NoteSession[] = [];
  const store = () => journaledRepo(openNotesDb(idb.factory), cacheJournal(caches));
  const typeInto = async (text: string) => {
    const s = createNoteSession(ref, { lang: 'el', transport: transportFor(() => service) });
    sessions.push(s);
    await s.idle();
    s.edit({ text });
    return s;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    caches = fakeCaches();
    idb = trackedFactory();
    service = createNotesService(store(), alarmReminders);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const s of sessions.splice(0)) await s.dispose();
  });

  it('opens the database again after the browser closed the connection, so saves work once space is back', async () => {
    await service.save(req({ fields: { ...base, text: 'πριν' } }));
    // Chromium closes every connection after a disk error ("The database connection is closing").
    for (const c of idb.connections) forceCloseDatabase(c as never);
    const after = await service.save(req({ seq: 2, baseVersion: 1, base: { ...base, text: 'πριν' }, fields: { ...base, text: 'πριν και μετά' } }));
    expect(after.note.fields.text).toBe('πριν και μετά');
    // A connection that is closing without telling anyone: the transaction throws, and is tried once more afresh.
    for (const c of idb.connections) c.close();
    const again = await service.save(req({ seq: 3, baseVersion: 2, base: after.note.fields, fields: { ...base, text: 'τρίτη φορά' } }));
    expect(again.note.version).toBe(3);
  });

  it('a save refused for lack of room says the disk is full, keeps the draft, and is stored by the retry', async () => {
    const s = await typeInto('Ο πελάτης ζητά επιστροφή χρημάτων');
    failNextPut('QuotaExceededError');
    await s.save();
    expect(s.state.value).toBe('error');
    expect(s.problem.value?.kind).toBe('quota');
    expect(s.fields.value.text).toBe('Ο πελάτης ζητά επιστροφή χρημάτων');
    expect((await readDrafts()).map((d) => d.fields.text)).toEqual(['Ο πελάτης ζητά επιστροφή χρημάτων']);
    await s.save();
    expect(s.state.value).toBe('saved');
    expect(await readDrafts()).toEqual([]);
    expect(caches.urls(JOURNAL_CACHE)).toEqual([expect.stringMatching(/\?v=1$/)]);
  });

  it('Chromium’s own words for a full disk (an IO error inside UnknownError) count as a full disk too', async () => {
    const s = await typeInto('λέξεις');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (this: IDBObjectStore) {
      const tx = this.transaction as unknown as { _abort(name: string): void; error: DOMException };
      tx._abort('UnknownError');
      tx.error = new DOMException('Connection is closing because of: IO error: …/000003.log: FILE_ERROR_NO_SPACE', 'UnknownError');
      return {} as IDBRequest<IDBValidKey>;
    });
    await s.save();
    expect(s.problem.value?.kind).toBe('quota');
    // While the disk stays full the browser's other errors are the same trouble: the named cause stays.
    failNextPut('UnknownError');
    s.edit({ text: 'λέξεις και άλλες' });
    await s.save();
    expect(s.problem.value?.kind).toBe('quota');
    await s.save();
    expect(s.state.value).toBe('saved');
    expect(s.problem.value).toBeUndefined();
  });

  it('an aborted transaction keeps the draft and the next save stores every word', async () => {
    const s = await typeInto('Συμφωνήσαμε νέα αποστολή');
    failNextPut(null);
    await s.save();
    expect(s.state.value).toBe('error');
    expect(s.problem.value?.kind).toBe('other');
    expect(await readDrafts()).toHaveLength(1);
    await s.save();
    expect(s.state.value).toBe('saved');
    expect((await service.get(ref.interactionId))?.fields.text).toBe('Συμφωνήσαμε νέα αποστολή');
    expect(await readDrafts()).toEqual([]);
  });

  it('a save is confirmed only once the journal holds it too: a failed copy keeps the draft until the retry', async () => {
    caches.failPuts(1);
    const s = await typeInto('δεύτερο αντίγραφο');
    await s.save();
    expect(s.state.value).toBe('error');
    expect(await readDrafts()).toHaveLength(1);
    expect(caches.urls(JOURNAL_CACHE)).toEqual([]);
    await s.save();
    expect(s.state.value).toBe('saved');
    expect(await readDrafts()).toEqual([]);
    expect(caches.urls(JOURNAL_CACHE)).toHaveLength(1);
  });

  it('when the browser deletes IndexedDB after a full disk, every note comes back from the journal before the next write', async () => {
    const old = await service.save(req({ interactionId: 'old', fields: { ...base, text: 'σημείωση από τον προηγούμενο μήνα' } }));
    const first = await service.save(req({ fields: { ...base, text: 'πρώτη' } }));
    await service.save(req({ seq: 2, baseVersion: 1, base: first.note.fields, fields: { ...base, text: 'πρώτη και δεύτερη' } }));
    // Chromium's start-up after the torn write: the whole database is gone and made again, empty.
    for (const c of idb.connections) forceCloseDatabase(c as never);
    await new Promise<void>((ok) => (idb.factory.deleteDatabase(NOTES_DB_NAME).onsuccess = () => ok()));
    service = createNotesService(store(), alarmReminders);
    expect((await service.get('old'))?.fields.text).toBe(old.note.fields.text);
    const s = await typeInto('πρώτη και δεύτερη και τρίτη');
    await s.save();
    const note = await service.get(ref.interactionId);
    expect(note?.fields.text).toBe('πρώτη και δεύτερη και τρίτη');
    // The version goes on from the restored one, so the journal's newest copy is this save.
    expect(note?.version).toBe(3);
    expect(caches.urls(JOURNAL_CACHE).filter((u) => u.includes('48213'))).toEqual([expect.stringMatching(/\?v=3$/)]);
  });

  it('a journal write that fails never takes the last good copy with it', async () => {
    const journal = cacheJournal(caches);
    const note = (await service.save(req({ fields: { ...base, text: 'v1' } }))).note;
    caches.failPuts(1);
    await expect(journal.put({ ...note, version: 2, fields: { ...note.fields, text: 'v2' } })).rejects.toThrow();
    expect(await journal.versions()).toEqual(new Map([[ref.interactionId, 1]]));
    expect((await journal.read(ref.interactionId, 1))?.fields.text).toBe('v1');
  });

  it('deleting takes the journal copy first: a delete the journal refuses deletes nothing, nor comes back', async () => {
    const repo = store();
    service = createNotesService(repo, alarmReminders);
    await service.save(req({ fields: { ...base, text: 'να διαγραφεί' } }));
    caches.failDeletes(1);
    await expect(service.remove([ref.interactionId])).rejects.toThrow();
    expect(await repo.get(ref.interactionId)).toBeDefined();
    await service.remove([ref.interactionId]);
    expect(await repo.get(ref.interactionId)).toBeUndefined();
    expect(await repo.reconcile()).toEqual({ restored: 0, copied: 0 });
    expect(await repo.get(ref.interactionId)).toBeUndefined();
  });

  it('copies notes written before the journal existed into it, without holding up the first save', async () => {
    const plain = openNotesDb(idb.factory);
    await plain.putMany([{ ...(await service.save(req({ interactionId: 'x' }))).note, interactionId: 'before' }]);
    const repo = store();
    expect(await repo.reconcile()).toMatchObject({ copied: 1 });
    expect(caches.urls(JOURNAL_CACHE).some((u) => u.includes('/before?'))).toBe(true);
  });
});

describe('drafts while the disk refuses writes', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('go to memory (storage.session) and still report the failure; the background merges them once space is back', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: …/000003.log: FILE_ERROR_NO_SPACE'));
    const draft = { ...req({ seq: 4, fields: { ...base, text: 'γράφτηκε με γεμάτο δίσκο' } }), v: DRAFT_VERSION, at: 1 } as const;
    await expect(writeDraft(draft)).rejects.toThrow('FILE_ERROR_NO_SPACE');
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toHaveLength(1);
    const service = createNotesService(journaledRepo(openNotesDb(new IDBFactory()), cacheJournal(fakeCaches())), alarmReminders);
    expect((await service.get(ref.interactionId))?.fields.text).toBe('γράφτηκε με γεμάτο δίσκο');
    expect(await readDrafts()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('are read one by one when a torn record makes reading them together fail', async () => {
    await writeDraft({ ...req({ seq: 1, fields: { ...base, text: 'σωστό' } }), v: DRAFT_VERSION, at: 1 });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: unknown) =>
      Array.isArray(keys) ? Promise.reject(new Error('Invalid JSON')) : get(keys as never)) as typeof get);
    expect((await readDrafts()).map((d) => d.fields.text)).toEqual(['σωστό']);
  });
});
