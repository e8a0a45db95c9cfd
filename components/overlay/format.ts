import type { UiLang } from '@/lib/i18n';

const LOCALE: Record<UiLang, string> = { el: 'el-GR', en: 'en-GB' };

/** A target time for people: "15 λεπτά", "2 ημέρες", "1 hour" (whole hours and days when they are). */
export function formatTarget(minutes: number, lang: UiLang): string {
  const [value, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A running timer: "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Step text without the `[[template-id]]` links (they are shown as buttons). */
export const stepText = (text: string) => text.replace(/\[\[[^\]\n]*\]\]/g, '').replace(/[ \t]+$/gm, '').trim();
