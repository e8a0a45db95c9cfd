let shortDateTime: Intl.DateTimeFormat | undefined;

/**
 * "23/11/2026, 14:05" in the browser's locale. One formatter serves every call: `toLocaleString` with options
 * builds a new one each time, which cost more than the rest of a notes-list row.
 */
export function shortWhen(ms: number): string {
  return (shortDateTime ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' })).format(ms);
}
