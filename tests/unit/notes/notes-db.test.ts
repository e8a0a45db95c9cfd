import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newNote, type Note } from '@/lib/notes/model';
import { NOTES_DB_NAME, openNotesDb } from '@/lib/store/notes-db';

const fields = { text: 'Διπλή χρέωση', customer: 'Γιώργος', followUpAt: null, status: 'open' as const };
const note = (id: string, updatedAt: number): Note => ({
  ...newNote({ interactionId: id, url: `https://desk.example/t/${id}`, label: `#${id}` }, fields, updatedAt),
  updatedAt,
});

describe('notes database (extension-origin IndexedDB)', () => {
  it('gives the newest notes first, as many as asked, ties in a stable order', async () => {
    const repo = openNotesDb(new IDBFactory());
    // Stored out of order, two notes changed at the same moment.
    await repo.putMany([note('a', 30), note('b', 10), note('c', 50), note('d', 20), note('e', 30), note('f', 40)]);
    expect((await repo.recent(3)).map((n) => n.interactionId)).toEqual(['c', 'f', 'e']);
    expect((await repo.recent(4)).map((n) => n.interactionId)).toEqual(['c', 'f', 'e', 'a']);
    expect((await repo.recent(1)).map((n) => n.interactionId)).toEqual(['c']);
    // More asked for than stored: all of them, newest first.
    expect((await repo.recent(50)).map((n) => n.interactionId)).toEqual(['c', 'f', 'e', 'a', 'd', 'b']);
    expect(await openNotesDb(new IDBFactory()).recent(50)).toEqual([]);
  });

  it('moves a version 1 database to version 2 with every note kept and given its search key', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((ok, fail) => {
      const req = factory.open(NOTES_DB_NAME, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('notes', { keyPath: 'interactionId' });
        store.createIndex('updatedAt', 'updatedAt');
        store.createIndex('site', 'site');
        store.put(note('old-1', 5));
        store.put(note('old-2', 6));
      };
      req.onsuccess = () => (req.result.close(), ok());
      req.onerror = () => fail(req.error);
    });
    const notes = await openNotesDb(factory).all();
    expect(notes.map((n) => n.interactionId)).toEqual(['old-1', 'old-2']);
    for (const n of notes) expect(n).toHaveProperty('searchKey', expect.stringContaining('διπλη'));
  });
});
