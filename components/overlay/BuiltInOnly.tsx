import { defineStrings } from '@/lib/i18n';
import { describeCommonFailure } from '../failure-words';

/**
 * The panel's notice while the pack storage is refused and the suggestions beneath come from the built-in packs only
 * (lib/background/active-packs.ts): a full disk says which packs are missing, why, what to do and that nothing was
 * lost; a storage that will not open is said as every surface says it. pack.diskFull reaches the panel only so (no
 * request fails with it any more), so it is not among the common failures. Only a refused storage shows it, so in
 * the page it comes with the extras bundle (app/extras), out of the content script every CRM page loads.
 */
const say = defineStrings({
  diskFull: {
    el: 'Ο δίσκος γέμισε: μέχρι να ελευθερώσετε χώρο και να ανανεώσετε τη σελίδα, οι προτάσεις έρχονται μόνο από τα ενσωματωμένα πακέτα, όχι από όσα εγκαταστήσατε. Δεν χάθηκε τίποτα.',
    en: 'The disk is full: until you free some space and reload the page, suggestions come from the built-in packs only, not from those you installed. Nothing was lost.',
  },
  /** pack.storageFailed seen again after a browser restart (lib/store/storage-trouble.ts): no second restart asked for. */
  damaged: {
    el: 'Η αποθήκευση των πακέτων γνώσης έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Στις Ρυθμίσεις του Οδηγού, ενότητα «Γνώση», θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The knowledge pack storage is damaged: the browser does not open it even after a restart, and restarting again will not help. Odigos’ settings, under “Knowledge”, say what you can do.',
  },
});

/**
 * A pack storage that will not open, in words that know whether a restart was already tried; the first time, as every
 * surface says it (components/failure-words.tsx: the content script carries those, and these stay out of it).
 */
export function describePackStorageFailed(f: { code: 'pack.storageFailed'; restartTried?: true }): string {
  return f.restartTried ? say('damaged') : describeCommonFailure(f)!;
}

export interface BuiltInOnlyProps {
  failure: { code: 'pack.diskFull' } | { code: 'pack.storageFailed'; restartTried?: true };
}

/** Above the suggestions: why they come from the built-in packs only, and what to do. */
export function BuiltInOnlyNotice({ failure }: BuiltInOnlyProps) {
  return (
    <p class="odigos-notice odigos-warn" role="status">
      {failure.code === 'pack.diskFull' ? say('diskFull') : describePackStorageFailed(failure)}
    </p>
  );
}
