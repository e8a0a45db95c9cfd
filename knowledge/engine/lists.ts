/**
 * An empty list that already has the elements kind a list of strings or objects ends in. A `[]` literal starts as a
 * list of small integers and changes hidden class on its first push; a list that a search keeps (a cache) or reads
 * later may then stay empty in the first class while its siblings have the second, and code optimised on one of
 * them de-optimises when it meets the other (a death in the text, a typo, found after warm-up).
 */
export function emptyList<T extends object | string>(): T[] {
  const list = [''];
  list.pop();
  return list as unknown as T[];
}
