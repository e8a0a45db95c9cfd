import { fold } from '../../knowledge/text/fold';
import { greekLayoutToLatin, latinLayoutToGreek } from '../../knowledge/text/layout';

/**
 * How shortcuts compare: folded (no accents, lower case, σ for ς) without separators, so `Diplh` = `diplh` and
 * `ευχ-1` = `ευχ1`; the same key the matcher's byShortcut uses.
 */
export function shortcutKey(shortcut: string): string {
  return fold(shortcut).replace(/[^\p{L}\p{N};]/gu, '');
}

/**
 * The keys a typed keyword may stand for: as typed, and as if typed with the other keyboard layout active
 * (`σορρυ` → `sorry`, `kalhsp;era` → `καλησπερα`).
 */
export function shortcutReadings(keyword: string): string[] {
  const key = shortcutKey(keyword);
  if (!key) return [];
  const readings = [key, latinLayoutToGreek(key), greekLayoutToLatin(key)].filter((r): r is string => !!r);
  return [...new Set(readings)];
}

/** Does the keyword name one of `keys` (a set of shortcutKey values) in any reading? */
export function isKnownShortcut(keyword: string, keys: ReadonlySet<string>): boolean {
  return shortcutReadings(keyword).some((r) => keys.has(r));
}
