import type { Entry, EntryType } from '@/knowledge/types';
import { sayCommon } from '@/lib/i18n';

/** Διαδικασία / SOP or Πρότυπο / Template, with the long name for assistive tech and on hover. */
export function TypeTag(props: { type: EntryType }) {
  const long = sayCommon(props.type === 'sop' ? 'type.sop.long' : 'type.template.long');
  return (
    <span class="odigos-type" data-type={props.type} title={long}>
      <span aria-hidden="true">{sayCommon(props.type === 'sop' ? 'type.sop' : 'type.template')}</span>
      <span class="odigos-sr">{long}</span>
    </span>
  );
}

export const needsReview = (entry: Entry, today: string) => Boolean(entry.reviewBy && entry.reviewBy < today);

/** Shown when the trainer's review date has passed: the content may be out of date. */
export function ReviewBadge(props: { entry: Entry; today: string }) {
  if (!needsReview(props.entry, props.today)) return null;
  return (
    <span class="odigos-review" title={props.entry.reviewBy}>
      {sayCommon('review.needed')}
    </span>
  );
}

