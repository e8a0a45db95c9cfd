/**
 * Durations as people say them, in the UI's language with correct plurals: 2880 minutes is «2 ημέρες» /
 * "2 days", 303 minutes «5 ώρες 3 λεπτά» / "5 hours 3 minutes". Two units at most (the rest is noise for a
 * response time). Intl does the words and plurals in both the browser and Node.
 */
export type DurationLang = 'el' | 'en';

const UNITS = [
  { unit: 'day', minutes: 24 * 60 },
  { unit: 'hour', minutes: 60 },
  { unit: 'minute', minutes: 1 },
] as const;

const formatters = new Map<string, Intl.NumberFormat>();
function unitWords(lang: DurationLang, unit: string, n: number): string {
  const key = `${lang}:${unit}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' })));
  return f.format(n);
}

const LESS_THAN_A_MINUTE: Record<DurationLang, string> = { el: 'λιγότερο από 1 λεπτό', en: 'less than a minute' };

export function durationWords(minutes: number, lang: DurationLang): string {
  const total = Math.round(Math.abs(minutes));
  if (total < 1) return LESS_THAN_A_MINUTE[lang];
  const parts: string[] = [];
  let left = total;
  for (const { unit, minutes: size } of UNITS) {
    if (parts.length === 2) break;
    const n = Math.floor(left / size);
    if (n > 0) {
      parts.push(unitWords(lang, unit, n));
      left -= n * size;
    } else if (parts.length) {
      break; // "2 days 5 minutes" hides the hours between: stop at the first empty unit
    }
  }
  return new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(parts);
}
