import { fill } from '@/lib/i18n';
import type { Refusal } from '@/studio/model/refusal';
import { sayStudio, STUDIO_STRINGS, type StudioStringKey } from './strings';

/** A refusal of the studio's server in the trainer's language: what is wrong and what to do, with the path or version it named. */
export function refusalText(r: Refusal): string {
  const key = `refusal.${r.code}`;
  // A server newer than the page may send a code the page has no words for: said as unexpected, with its data.
  if (!(key in STUDIO_STRINGS)) return fill(sayStudio('refusal.unexpected'), { detail: `${r.code} ${JSON.stringify(r.params ?? {})}` });
  return fill(sayStudio(key as StudioStringKey), r.params ?? {});
}
