import { defineStrings } from '@/lib/i18n';
import type { Failure, ShownFailure } from '@/lib/failure';

/**
 * What every surface says of a failure: the kinds the in-page panel meets on any page, worded here, and the
 * background's English reason beneath, marked as technical detail in English. The content script carries only the
 * words for a part of Odigos not reached (`say`: when the extras bundle itself did not load, these must still be
 * said); a refused pack storage (`sayStorage`) is said on the extension pages and, in the page, by the extras bundle
 * (its budget is 42 KB gzip). The template view's words are in overlay/detail-strings.ts, the options page's in
 * options/pack-errors.ts.
 */
const say = defineStrings({
  technical: { el: 'Τεχνικές λεπτομέρειες', en: 'Technical details' },
  'ext.noAnswer': { el: 'Ο Οδηγός δεν απάντησε. Ανανεώστε τη σελίδα.', en: 'Odigos did not answer. Reload the page.' },
  'ext.extrasFailed': {
    el: 'Μέρος του Οδηγού δεν ξεκίνησε σε αυτή τη σελίδα. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.',
    en: 'Part of Odigos did not start on this page. Reload the page and try again.',
  },
  'ext.noTab': {
    el: 'Ο Οδηγός λειτουργεί μόνο σε καρτέλες του προγράμματος περιήγησης. Ανοίξτε το αίτημα σε κανονική καρτέλα.',
    en: 'Odigos works only in browser tabs. Open the ticket in a normal tab.',
  },
});

const sayStorage = defineStrings({
  'pack.storageFailed': {
    el: 'Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης. Κλείστε το και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: στις Ρυθμίσεις του Οδηγού, ενότητα «Γνώση», θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The browser could not open the knowledge pack storage. Close and reopen it; if this message is still shown after that, the storage is damaged and restarting again will not help: Odigos’ settings, under “Knowledge”, say what you can do.',
  },
});

const REACH = new Set<Failure['code']>(['ext.noAnswer', 'ext.extrasFailed', 'ext.noTab']);

/** A part of Odigos not reached (the background, the extras bundle, a frame in no tab), in the agent's language. */
export function describeReachFailure(f: Failure | undefined): string | undefined {
  return f && REACH.has(f.code) ? say(f.code as 'ext.noAnswer' | 'ext.extrasFailed' | 'ext.noTab') : undefined;
}

/** The failure in the agent's language when it is one the panel meets on every page; undefined for the others. */
export function describeCommonFailure(f: Failure | undefined): string | undefined {
  return f?.code === 'pack.storageFailed' ? sayStorage('pack.storageFailed') : describeReachFailure(f);
}

/** «Τεχνικές λεπτομέρειες: …», the English reason marked as English (a screen reader reads it as English). */
export function TechnicalDetail({ detail }: { detail: string }) {
  return (
    <>
      {say('technical')}: <span lang="en">{detail}</span>
    </>
  );
}

/** A sentence in the agent's language with the English reason beneath as technical detail (nothing beneath without one). */
export function SaidWithDetail({ text, detail, detailClass }: { text: string; detail?: string; detailClass?: string }) {
  return (
    <>
      {text}
      {detail && (
        <>
          <br />
          <small class={detailClass}>
            <TechnicalDetail detail={detail} />
          </small>
        </>
      )}
    </>
  );
}

/** An extension page's alert: the sentence, and the English reason beneath (muted) when there is one. */
export function SaidAlert({ text, detail }: { text: string; detail?: string }) {
  return (
    <p role="alert">
      <SaidWithDetail text={text} detail={detail} detailClass="muted" />
    </p>
  );
}

/**
 * A failure in a panel: what did not happen (`headline`, in the agent's language), why when the kind is known (`why`
 * from the view that words it, else a part of Odigos not reached), and the English reason beneath as technical detail.
 */
export function FailureText({ headline, failed, why = describeReachFailure(failed.failure) }: { headline: string; failed: ShownFailure; why?: string }) {
  return <SaidWithDetail text={why ? `${headline} ${why}` : headline} detail={failed.message} />;
}
