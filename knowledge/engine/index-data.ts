/** The serialisable matcher data stored in CompiledPack.index (plain JSON); the version changes with the terms (stemming). */
export const INDEX_VERSION = 4;

export interface IndexData {
  v: typeof INDEX_VERSION;
  /** Entry ids in the order of the entries the index was built from. */
  ids: string[];
  /**
   * Term → postings: base-36 numbers, comma-separated, in pairs (doc − previous doc, packed), docs ascending;
   * packed = round(weighted tf × 10) × 32 + field mask.
   */
  t: Record<string, string>;
  /** Terms of the short fields (title, triggers, tags, shortcut): the vocabulary for typo correction. */
  s: string[];
  /** Per entry, its title and trigger phrases: words separated by ' ', a word's alternative terms by '|'. */
  tr: string[][];
}

export function isIndexData(x: unknown, ids: string[]): x is IndexData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<IndexData>;
  return (
    d.v === INDEX_VERSION && Array.isArray(d.ids) && d.ids.length === ids.length &&
    d.ids.every((id, i) => id === ids[i]) && !!d.t && typeof d.t === 'object' && Array.isArray(d.s) &&
    Array.isArray(d.tr)
  );
}
