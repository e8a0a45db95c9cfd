import { shortcutReadings } from '../../knowledge/text/shortcut';

export { shortcutKey, shortcutReadings } from '../../knowledge/text/shortcut';

/** Does the keyword name one of `keys` (a set of shortcutKey values) in any reading? */
export function isKnownShortcut(keyword: string, keys: ReadonlySet<string>): boolean {
  return shortcutReadings(keyword).some((r) => keys.has(r));
}
