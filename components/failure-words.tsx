import { defineStrings, fill } from '@/lib/i18n';
import type { Failure, ShownFailure } from '@/lib/failure';

/**
 * What every surface says of a failure: the few kinds the in-page panel meets, worded here (the content script
 * carries this file, so the options page's pack words stay in components/options/pack-errors.ts), and the
 * background's English reason beneath, marked as technical detail in English.
 */
const say = defineStrings({
  technical: { el: 'Τεχνικές λεπτομέρειες', en: 'Technical details' },
  'pack.storageFull': {
    el: 'Ο browser δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε στις Ρυθμίσεις ένα πακέτο που δεν χρησιμοποιείτε.',
    en: 'The browser has no more room for knowledge packs; remove a pack you do not use in Options.',
  },
  'pack.storageFailed': {
    el: 'Τα πακέτα γνώσης που είναι αποθηκευμένα σε αυτόν τον υπολογιστή δεν διαβάζονται. Κλείστε και ανοίξτε ξανά τον browser· αν συνεχιστεί, ενημερώστε την τεχνική υποστήριξη.',
    en: 'The knowledge packs stored on this computer cannot be read. Close and reopen the browser; if it goes on, tell your IT support.',
  },
  'ext.noAnswer': {
    el: 'Ο Οδηγός δεν απάντησε. Ανανεώστε τη σελίδα· αν συνεχιστεί, κλείστε και ανοίξτε ξανά τον browser.',
    en: 'Odigos did not answer. Reload the page; if it goes on, close and reopen the browser.',
  },
  'template.gone': {
    el: 'Το πρότυπο «{entry}» δεν υπάρχει πια στο πακέτο {pack}· ίσως αφαιρέθηκε με μια ενημέρωση. Γυρίστε στη λίστα και επιλέξτε το ξανά.',
    en: 'The template “{entry}” is no longer in the pack {pack}; an update may have removed it. Go back to the list and choose it again.',
  },
});

type Common = Extract<Failure, { code: 'pack.storageFull' | 'pack.storageFailed' | 'ext.noAnswer' | 'template.gone' }>;
const COMMON = new Set<string>(['pack.storageFull', 'pack.storageFailed', 'ext.noAnswer', 'template.gone']);

/** The failure in the agent's language when it is one every surface meets; undefined for the others. */
export function describeCommonFailure(f: Failure | undefined): string | undefined {
  if (!f || !COMMON.has(f.code)) return undefined;
  const common = f as Common;
  return common.code === 'template.gone' ? fill(say(common.code), common) : say(common.code);
}

/** «Τεχνικές λεπτομέρειες: …», the English reason marked as English (a screen reader reads it as English). */
export function TechnicalDetail({ detail }: { detail: string }) {
  return (
    <>
      {say('technical')}: <span lang="en">{detail}</span>
    </>
  );
}

/**
 * A failure in a panel: what did not happen (`headline`, in the agent's language), why when the kind is known, and
 * the English reason beneath as technical detail.
 */
export function FailureText({ headline, failed }: { headline: string; failed: ShownFailure }) {
  const why = describeCommonFailure(failed.failure);
  return (
    <>
      {why ? `${headline} ${why}` : headline}
      <br />
      <small class="odigos-technical">
        <TechnicalDetail detail={failed.message} />
      </small>
    </>
  );
}
