/** Stale content: an entry whose review date (its own, else the pack's default) has passed. Pure. */
import type { CompiledPack, Entry } from '../types';
import { isoDay } from './rules';

/** The review date that applies to an entry (yyyy-mm-dd), if any. */
export function reviewDateOf(entry: Pick<Entry, 'reviewBy'>, pack: Pick<CompiledPack, 'meta'>): string | undefined {
  return entry.reviewBy ?? pack.meta.reviewBy;
}

/** True when the entry's review date is before `today` (yyyy-mm-dd, or a Date: its local day, as odigos validate counts). */
export function needsReview(entry: Pick<Entry, 'reviewBy'>, pack: Pick<CompiledPack, 'meta'>, today: string | Date): boolean {
  const day = typeof today === 'string' ? today : isoDay(today);
  const date = reviewDateOf(entry, pack);
  return date !== undefined && date < day;
}

/** How many entries of the pack need review. */
export function countNeedingReview(pack: CompiledPack, today: string | Date): number {
  return pack.entries.filter((e) => needsReview(e, pack, today)).length;
}
