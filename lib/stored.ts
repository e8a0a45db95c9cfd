import { browser } from 'wxt/browser';

/**
 * A value kept in `browser.storage.local` under one key, read as `fallback` when nothing (or null) is stored.
 * It replaces WXT's storage item (`storage.defineItem`) for the keys every helpdesk page's content script reads
 * and watches: that wrapper brought about 1 KB gzip of versioning, migration, metadata and locking code to a script
 * held to 42 KB. It does what WXT's item did for these keys, which never had a version above 1 nor a migration (so
 * WXT wrote no metadata for them): the same key on disk, the same fallback, null removes, and a watcher hears a
 * change only when the value differs. A key whose shape must change is read defensively (readSettings) or
 * rewritten by the background when the extension updates; give it a new name rather than a version here.
 */
export interface Stored<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `cb` with the new and the old value (`fallback` for none) on every change; returns the unwatch. */
  watch(cb: (value: T, old: T) => void): () => void;
}

export function stored<T>(key: `local:${string}`, fallback: T): Stored<T> {
  const name = key.slice(6);
  // Looked up at each call, as WXT did: the script may outlive its extension (reloaded under the page).
  const area = () => browser.storage.local;
  return {
    getValue: async () => ((await area().get(name))[name] ?? fallback) as T,
    setValue: (value) => (value == null ? area().remove(name) : area().set({ [name]: value })),
    watch(cb) {
      const heard = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[name];
        // Firefox (and WXT's fake browser) also tell of a write of the same value.
        if (change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue)) {
          cb((change.newValue ?? fallback) as T, (change.oldValue ?? fallback) as T);
        }
      };
      area().onChanged.addListener(heard);
      return () => area().onChanged.removeListener(heard);
    },
  };
}
