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
