import type { Entry } from '../types';
import type { Said } from './problem-words';

/**
 * An entry with where it was read from, so whole-pack checks can point at lines. Sources know the
 * line of every field, step and branch; compiled packs know at most the line of the entry.
 */
export interface LocatedEntry {
  entry: Entry;
  /** The file as the user named it (source .md file, or the pack.json). */
  file: string;
  /** Line where the entry starts. */
  line?: number;
  /** The problem said with the entry it is about, when the file holds many entries (`entry "double-card-charge": …`). */
  within?(problem: Said): Said;
  fieldLine?(key: string): number | undefined;
  /** File line of the body's first line. */
  bodyFirstLine?: number;
  /** File lines of each step and branch (parallel to entry.steps). */
  stepLines?: Array<{ line: number; branchLines: number[] }>;
}

/** A problem of `e`, with the entry named where its file holds many (a pack.json). */
export const inEntry = (e: LocatedEntry, problem: Said): Said => (e.within ? e.within(problem) : problem);
