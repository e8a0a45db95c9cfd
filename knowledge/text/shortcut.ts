import { fold } from './fold';
import { greekLayoutToLatin, latinLayoutToGreek } from './layout';

/**
 * How shortcuts compare everywhere (validator, matcher, expander): folded (no accents, lower case, σ for ς)
 * without separators, so `Diplh` = `diplh` and `ευχ-1` = `ευχ1`.
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
