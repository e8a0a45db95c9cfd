import { durationWords } from '@/knowledge/text/duration-words';
import type { UiLang } from '@/lib/i18n';

/** A target time for people: "15 λεπτά", "2 ημέρες", "1 ημέρα 12 ώρες" (the notes page says times alike). */
export function formatTarget(minutes: number, lang: UiLang): string {
  return durationWords(minutes, lang);
}

/**
 * A running timer as people read one: "4:05" under an hour, "1:02:09" under a day, then the words the target times
 * use («2 ημέρες 2 ώρες» / "2 days 2 hours"): a ticket two days old is not "50:09:17" on a clock.
 */
export function formatElapsed(ms: number, lang: UiLang): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  if (total >= 24 * 3600) return durationWords(Math.floor(total / 60), lang); // whole minutes: never rounded up a day
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Step text without the `[[template-id]]` links (they are shown as buttons). */
export const stepText = (text: string) => text.replace(/\[\[[^\]\n]*\]\]/g, '').replace(/[ \t]+$/gm, '').trim();
