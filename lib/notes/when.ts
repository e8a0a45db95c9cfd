import { uiLang, type UiLang } from '../i18n';

const LOCALE: Record<UiLang, string> = { el: 'el-GR', en: 'en-GB' };
const shortDateTime = new Map<UiLang, Intl.DateTimeFormat>();
const shortTime = new Map<UiLang, Intl.DateTimeFormat>();

/**
 * Hours run 0–23 in both languages: Greek desks, their CRMs and the tickets beside our notes write «14:05»; Intl's
 * el-GR default is the 12-hour «2:05 μ.μ.», which read out of place beside a CRM's «08:04».
 */
const CLOCK = { hourCycle: 'h23' } as const;

/**
 * "23/11/2026, 14:05" in the UI language (not the browser's: an English page showed Greek «π.μ.»). One formatter
 * per language serves every call: `toLocaleString` with options builds a new one each time, which cost more than
 * the rest of a notes-list row.
 */
export function shortWhen(ms: number, lang: UiLang = uiLang.value): string {
  let f = shortDateTime.get(lang);
  if (!f) shortDateTime.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'short', timeStyle: 'short', ...CLOCK })));
  return f.format(ms);
}

/** "14:05" in the UI language. */
export function shortTimeOfDay(ms: number, lang: UiLang = uiLang.value): string {
  let f = shortTime.get(lang);
  if (!f) shortTime.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', ...CLOCK })));
  return f.format(ms);
}

const longDateTime = new Map<UiLang, Intl.DateTimeFormat>();
const longDate = new Map<UiLang, Intl.DateTimeFormat>();
const LONG_DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

/**
 * "Πέμπτη 10 Δεκεμβρίου 2026 στις 14:05" / "Thursday, 10 December 2026 at 14:05" in the UI language: said beside a
 * native date field, which the browser draws in its own locale (a Greek agent in an English browser read
 * "12/10/2026, 02:05 PM", an English one in a Greek browser «10/12/2026, 2:05 μ.μ.») and no page can change.
 */
export function longWhen(ms: number, lang: UiLang = uiLang.value): string {
  let f = longDateTime.get(lang);
  if (!f) longDateTime.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], { ...LONG_DAY, hour: '2-digit', minute: '2-digit', ...CLOCK })));
  return f.format(ms);
}

/** "Πέμπτη 10 Δεκεμβρίου 2026" / "Thursday, 10 December 2026" in the UI language (beside a native day field). */
export function longDay(ms: number, lang: UiLang = uiLang.value): string {
  let f = longDate.get(lang);
  if (!f) longDate.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], LONG_DAY)));
  return f.format(ms);
}
