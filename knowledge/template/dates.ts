import type { Lang } from '../types';

const LOCALES: Record<Lang, string> = { el: 'el-GR', en: 'en-GB' };

/** A long date in the language's locale: «22 Νοεμβρίου 2026» (month in the genitive), "22 November 2026". */
export function formatLongDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
