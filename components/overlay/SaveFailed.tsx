import { defineStrings, fill } from '@/lib/i18n';
import type { SaveFailed } from '@/lib/overlay/save-failed';

/**
 * What the panel says when a tick, an untick or the resolved mark could not be saved (the tick is taken back): what
 * was not saved, why (the background's refusal by its code, lib/failure.ts; no answer; the extension updated under the page) and
 * what to do. In the page these words come with the extras bundle (app/extras), like the SOP view, not in the content
 * script: the list's stage bar shows them through an extras slot.
 */
const say = defineStrings({
  'step.done': { el: 'Το βήμα {n}{of} δεν αποθηκεύτηκε ως ολοκληρωμένο.', en: 'Step {n}{of} was not saved as done.' },
  'step.undone': { el: 'Η αφαίρεση του σημαδιού από το βήμα {n}{of} δεν αποθηκεύτηκε.', en: 'Unticking step {n}{of} was not saved.' },
  of: { el: ' της διαδικασίας «{title}»', en: ' of “{title}”' },
  resolved: { el: 'Η σήμανση «Επιλύθηκε» δεν αποθηκεύτηκε.', en: 'The “Resolved” mark was not saved.' },
  unresolved: { el: 'Η αναίρεση της σήμανσης «Επιλύθηκε» δεν αποθηκεύτηκε.', en: 'Taking back the “Resolved” mark was not saved.' },
  'progress.otherSite': {
    el: 'Ο Οδηγός δεν δέχτηκε την αλλαγή, γιατί το αίτημα δεν ανήκει στον ιστότοπο αυτής της σελίδας. Ανανεώστε τη σελίδα· αν συμβεί ξανά, ενημερώστε όποιον διαχειρίζεται τον Οδηγό.',
    en: 'Odigos refused the change: the ticket is not of this page’s site. Reload the page; if it happens again, tell whoever manages Odigos.',
  },
  'progress.notStored': {
    el: 'Ο Οδηγός δεν μπόρεσε να αποθηκεύσει την αλλαγή σε αυτόν τον υπολογιστή (ίσως γέμισε ο δίσκος). Ελευθερώστε χώρο και δοκιμάστε ξανά· αν αποτύχει πάλι, κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης.',
    en: 'Odigos could not save the change on this computer (the disk may be full). Free some space and try again; if it fails again, close and reopen the browser.',
  },
  refused: { el: 'Ο Οδηγός δεν δέχτηκε την αλλαγή. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.', en: 'Odigos did not accept the change. Reload the page and try again.' },
  noAnswer: { el: 'Ο Οδηγός δεν απάντησε. Δοκιμάστε ξανά· αν αποτύχει πάλι, ανανεώστε τη σελίδα.', en: 'Odigos did not answer. Try again; if it fails again, reload the page.' },
  gone: {
    el: 'Ο Οδηγός ενημερώθηκε ή επανεκκινήθηκε. Ανανεώστε τη σελίδα και κάντε ξανά την αλλαγή.',
    en: 'Odigos was updated or restarted. Reload the page and make the change again.',
  },
  retry: { el: 'Δοκιμάστε ξανά', en: 'Try again' },
  close: { el: 'Κλείσιμο', en: 'Close' },
});

/** What was not saved, in the agent's language; `named`: the SOP is not in view, so its title is said. */
function whatFailed({ change }: SaveFailed, named: boolean): string {
  if (change.kind === 'resolved') return say(change.resolved ? 'resolved' : 'unresolved');
  return fill(say(change.done ? 'step.done' : 'step.undone'), { n: change.step, of: named ? fill(say('of'), { title: change.entry.title }) : '' });
}

/** Why, and what to do: the background's code when it gave one. */
function why({ why: w }: SaveFailed): string {
  const code = w.kind === 'refused' ? w.failure?.code : undefined;
  if (w.kind === 'refused') return say(code === 'progress.otherSite' || code === 'progress.notStored' ? code : 'refused');
  return say(w.kind);
}

export interface SaveFailedNoticeProps {
  failed: SaveFailed;
  /** The SOP of a failed step is not the one in view: its title is said. */
  named?: boolean;
  onRetry(): void;
  onDismiss(): void;
}

/**
 * An alert where the agent acted (under the step, under the stage bar), in the panel's flow so it covers nothing;
 * it stays until the agent tries again or closes it, or a later change is saved.
 */
export function SaveFailedNotice({ failed, named = false, onRetry, onDismiss }: SaveFailedNoticeProps) {
  // Trying again helps only when it may go otherwise: an answer may come, the disk may have room again; not a
  // ticket refused, nor from a page whose extension is gone.
  const retry = failed.why.kind === 'noAnswer' || (failed.why.kind === 'refused' && failed.why.failure?.code === 'progress.notStored');
  return (
    <div class="odigos-notice odigos-warn odigos-save-failed" role="alert" data-failed={failed.why.kind}>
      {whatFailed(failed, named)} {why(failed)}
      <span class="odigos-save-failed-actions">
        {retry && (
          <button type="button" class="odigos-text-btn" onClick={onRetry}>
            {say('retry')}
          </button>
        )}
        <button type="button" class="odigos-text-btn" onClick={onDismiss}>
          {say('close')}
        </button>
      </span>
    </div>
  );
}
