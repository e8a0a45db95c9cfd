/** A list the background keeps between its wake-ups: read whole, written whole (lib/store/session-list.ts). */
export interface ListArea<T> {
  get(): Promise<T[]>;
  set(list: T[]): Promise<void>;
}

/** The list in memory: tests, and browsers without storage.session. */
export function memoryList<T>(): ListArea<T> {
  let kept: T[] = [];
  return { get: async () => kept, set: async (next) => void (kept = next) };
}
