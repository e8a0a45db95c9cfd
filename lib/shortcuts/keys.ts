import { slips } from '../../knowledge/text/edit-distance';
import { shortcutReadings } from '../../knowledge/text/shortcut';

export { shortcutKey, shortcutReadings } from '../../knowledge/text/shortcut';

/** Does the keyword name one of `keys` (a set of shortcutKey values) in any reading? */
export function isKnownShortcut(keyword: string, keys: ReadonlySet<string>): boolean {
  return shortcutReadings(keyword).some((r) => keys.has(r));
}

/** A keyword shorter than this is no shortcut's start: «/a», «/πχ» are an agent's words. */
const MIN_START = 3;
/** A keyword from this length on may be a known one with one slip («/sorr», «/soryy»). */
const MIN_SLIP = 4;

/**
 * Does the keyword look like one of `keys` half-remembered or mistyped: the start of one («/allagh» of
 * «/allagh-logariasmou»), or one slip from one («/soryy»)? Tab after it opens the palette on it; after a word like no
 * shortcut («see /nomatch», a path) Tab keeps its own job.
 */
export function isNearShortcut(keyword: string, keys: ReadonlySet<string>): boolean {
  const readings = shortcutReadings(keyword).filter((r) => r.length >= MIN_START);
  for (const key of keys) {
    for (const r of readings) {
      if (key.startsWith(r)) return true;
      if (r.length >= MIN_SLIP && Math.abs(r.length - key.length) <= 1 && slips(r, key) <= 1) return true;
    }
  }
  return false;
}
