import { defineStrings } from '@/lib/i18n';
import type { ShownFailure } from '@/lib/failure';
import { SaidWithDetail } from '../failure-words';

/**
 * What the panel says when forgetting the layout the agent pointed at was refused by the storage. Only a failed
 * forget shows it, so in the page it comes with the extras bundle (app/extras), not with the content script every
 * CRM page loads (its budget: tests/run-all.mjs); the bar under the context line holds its place (SiteLayoutBar).
 */
const say = defineStrings({
  notForgotten: {
    el: 'Η διάταξη δεν ξεχάστηκε, γιατί το πρόγραμμα περιήγησης δεν αποθήκευσε την αλλαγή· ο Οδηγός διαβάζει ακόμη ό,τι δείξατε. Δοκιμάστε ξανά· αν δεν γίνει, κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης.',
    en: 'The layout was not forgotten because the browser did not store the change; Odigos still reads what you pointed at. Try again; if it does not work, close and reopen the browser.',
  },
  notForgottenFull: {
    el: 'Η διάταξη δεν ξεχάστηκε, γιατί ο δίσκος του υπολογιστή γέμισε· ο Οδηγός διαβάζει ακόμη ό,τι δείξατε. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και δοκιμάστε ξανά.',
    en: 'The layout was not forgotten because the computer’s disk is full; Odigos still reads what you pointed at. Free some space (delete files or downloads you do not need) and try again.',
  },
});

export interface ForgetFailedProps {
  failed: ShownFailure;
}

/** The refused forget: why (a full disk, or the browser's storage), what to do, and the English reason beneath. */
export function ForgetFailed({ failed }: ForgetFailedProps) {
  const full = failed.failure?.code === 'siteProfile.notForgotten' && failed.failure.diskFull;
  return (
    <p class="odigos-layout odigos-notice odigos-warn" role="alert">
      <SaidWithDetail text={say(full ? 'notForgottenFull' : 'notForgotten')} detail={failed.message} detailClass="odigos-muted" />
    </p>
  );
}
