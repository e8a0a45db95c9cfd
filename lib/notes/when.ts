import { uiLang, type UiLang } from '../i18n';

const LOCALE: Record<UiLang, string> = { el: 'el-GR', en: 'en-GB' };

/**
 * Hours run 0–23 in both languages: Greek desks, their CRMs and the tickets beside our notes write «14:05»; Intl's
 * el-GR default is the 12-hour «2:05 μ.μ.», which read out of place beside a CRM's «08:04».
 */
const CLOCK = { hourCycle: 'h23' } as const;
const LONG_DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

/**
 * One formatter per shape and language serves every call: `toLocaleString` with options builds a new one each time,
 * which cost more than the rest of a notes-list row. Dates are said in the UI language, not the browser's (an
 * English page showed Greek «π.μ.»).
 */
function formatIn(options: Intl.DateTimeFormatOptions): (ms: number, lang?: UiLang) => string {
  const formats = new Map<UiLang, Intl.DateTimeFormat>();
  return (ms, lang = uiLang.value) => {
    let f = formats.get(lang);
    if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], options)));
    return f.format(ms);
  };
}

/**
 * "23/11/2026, 14:05" in the UI language. Day, month and year in full in Greek too: el-GR's dateStyle 'short' is
 * «6/12/26», a two-digit year on notes kept up to ten years, beside English "06/12/2026" and the QC report's «07/12/2026».
 */
export const shortWhen = formatIn({ day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', ...CLOCK });

/** "14:05" in the UI language. */
export const shortTimeOfDay = formatIn({ hour: '2-digit', minute: '2-digit', ...CLOCK });

/**
 * "Πέμπτη 10 Δεκεμβρίου 2026 στις 14:05" / "Thursday, 10 December 2026 at 14:05" in the UI language: said beside a
 * native date field, which the browser draws in its own locale (a Greek agent in an English browser read
 * "12/10/2026, 02:05 PM", an English one in a Greek browser «10/12/2026, 2:05 μ.μ.») and no page can change.
 */
export const longWhen = formatIn({ ...LONG_DAY, hour: '2-digit', minute: '2-digit', ...CLOCK });

/** "Πέμπτη 10 Δεκεμβρίου 2026" / "Thursday, 10 December 2026" in the UI language (beside a native day field). */
export const longDay = formatIn(LONG_DAY);
