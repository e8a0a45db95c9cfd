/**
 * Chromium's storage buckets, where Odigos makes a damaged store anew (packs: ./packs.ts; notes: ./notes-store.ts).
 * Chromium keeps every IndexedDB database of the origin in one store: one damaged file and it refuses them all, after
 * every restart, and refuses to delete them too; a bucket is a store of its own and opens. Firefox has none.
 */
export interface StorageBuckets {
  open(name: string): Promise<{ indexedDB: IDBFactory }>;
  delete(name: string): Promise<void>;
}

/** The browser's storage buckets, or undefined where it has none. */
export const storageBuckets = (): StorageBuckets | undefined =>
  (globalThis.navigator as unknown as { storageBuckets?: StorageBuckets } | undefined)?.storageBuckets;

/** The IndexedDB of the bucket a reset named (`bucket`), else the origin's own. */
export async function bucketOrOriginDb(bucket: string | null | undefined): Promise<IDBFactory> {
  const api = storageBuckets();
  return bucket && api ? (await api.open(bucket)).indexedDB : indexedDB;
}
