import type { Entry } from '../types';

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
  /** Prefix for messages when the file holds many entries (`entry "double-card-charge": `). */
  label?: string;
  fieldLine?(key: string): number | undefined;
  /** File line of the body's first line. */
  bodyFirstLine?: number;
  /** File lines of each step and branch (parallel to entry.steps). */
  stepLines?: Array<{ line: number; branchLines: number[] }>;
}
