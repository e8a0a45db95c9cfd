import type { Note } from '../notes/model';
import type { NotesRepo } from './notes-db';
import { withSearchKey } from '../notes/search';

/** The notes repository in memory: unit tests, and a stand-in where IndexedDB is missing. */
export function memoryNotesRepo(initial: Note[] = []): NotesRepo & { failNextWrite?: Error } {
  const map = new Map(initial.map((n) => [n.interactionId, withSearchKey(structuredClone(n))]));
  let reconciled = false;
  const repo: NotesRepo & { failNextWrite?: Error } = {
    get: async (id) => structuredClone(map.get(id)),
    update: async (id, change) => {
      const next = change(structuredClone(map.get(id)));
      if (!next) return structuredClone(map.get(id));
      if (repo.failNextWrite) {
        const err = repo.failNextWrite;
        repo.failNextWrite = undefined;
        throw err;
      }
      map.set(id, withSearchKey(structuredClone(next)));
      return structuredClone(next);
    },
    all: async () => [...map.values()].map((n) => structuredClone(n)),
    recent: async (limit) =>
      [...map.values()]
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, limit)
        .map((n) => structuredClone(n)),
    putMany: async (notes) => {
      for (const n of notes) map.set(n.interactionId, withSearchKey(structuredClone(n)));
    },
    putNewer: async (notes) => {
      const newer = notes.filter((n) => (map.get(n.interactionId)?.version ?? -1) < n.version);
      for (const n of newer) map.set(n.interactionId, withSearchKey(structuredClone(n)));
      return newer.length;
    },
    reconciled: async () => reconciled,
    markReconciled: async () => void (reconciled = true),
    delete: async (ids) => {
      for (const id of ids) map.delete(id);
    },
    clear: async () => map.clear(),
  };
  return repo;
}
