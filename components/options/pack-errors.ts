import { defineStrings } from '@/lib/i18n';

const say = defineStrings({
  webPage: {
    el: 'Αυτό είναι ιστοσελίδα, όχι πακέτο γνώσης (πακέτο είναι το αρχείο JSON που γράφει το odigos build).',
    en: 'This is a web page, not a knowledge pack (a pack is the JSON file odigos build writes).',
  },
  notJson: { el: 'Το αρχείο δεν διαβάζεται: είναι κατεστραμμένο ή δεν ολοκληρώθηκε.', en: 'The file cannot be read: it is corrupt or incomplete.' },
  notText: {
    el: 'Το αρχείο δεν είναι κείμενο UTF-8 (ένα πακέτο είναι αρχείο JSON σε UTF-8).',
    en: 'The file is not UTF-8 text (a pack is a JSON file in UTF-8).',
  },
  tooLarge: { el: 'Το αρχείο είναι μεγαλύτερο από όσο επιτρέπεται για ένα πακέτο.', en: 'The file is larger than a pack may be.' },
  notPack: { el: 'Το αρχείο δεν είναι πακέτο γνώσης του Οδηγού.', en: 'The file is not an Odigos knowledge pack.' },
  unusable: { el: 'Το πακέτο έχει λάθη και δεν μπορεί να χρησιμοποιηθεί.', en: 'The pack has errors and cannot be used.' },
  signature: { el: 'Η υπογραφή του πακέτου δεν έγινε δεκτή.', en: 'The pack’s signature was not accepted.' },
  sameVersion: { el: 'Αυτή η έκδοση του πακέτου είναι ήδη εγκατεστημένη.', en: 'This version of the pack is already installed.' },
  older: {
    el: 'Η έκδοση είναι παλαιότερη από αυτή που χρησιμοποιείται· δεν εγκαταστάθηκε.',
    en: 'This version is older than the one in use; it was not installed.',
  },
  fromUrl: {
    el: 'Το πακέτο είναι ήδη εγκατεστημένο από διεύθυνση· αφαιρέστε πρώτα εκείνη τη συνδρομή.',
    en: 'The pack is already installed from a URL; remove that subscription first.',
  },
  managed: { el: 'Αυτό το πακέτο το διαχειρίζεται ο οργανισμός σας.', en: 'Your organisation manages this pack.' },
  download: { el: 'Το πακέτο δεν κατέβηκε.', en: 'The pack could not be downloaded.' },
  badUrl: {
    el: 'Η διεύθυνση δεν γίνεται δεκτή: τα πακέτα κατεβαίνουν μόνο από διευθύνσεις https://.',
    en: 'The address is not accepted: packs are only downloaded from https:// addresses.',
  },
  damaged: {
    el: 'Το αντίγραφο του πακέτου σε αυτόν τον υπολογιστή έχει καταστραφεί, γι’ αυτό το πακέτο απενεργοποιήθηκε. Εισαγάγετέ το ξανά.',
    en: 'The copy of this pack on this computer is damaged, so the pack was switched off. Import it again.',
  },
  failsChecks: {
    el: 'Η αποθηκευμένη έκδοση του πακέτου δεν περνά τους σημερινούς ελέγχους, γι’ αυτό το πακέτο απενεργοποιήθηκε. Εγκαταστήστε διορθωμένη έκδοση.',
    en: 'The stored version of this pack fails today’s checks, so the pack was switched off. Install a corrected version.',
  },
  switchedOff: {
    el: 'Το πακέτο απενεργοποιήθηκε, γιατί η αναζήτηση σε αυτό απέτυχε. Τα άλλα πακέτα λειτουργούν κανονικά.',
    en: 'The pack was switched off because searching it failed. The other packs still work.',
  },
  other: { el: 'Η ενέργεια στο πακέτο δεν ολοκληρώθηκε.', en: 'The action on the pack did not complete.' },
  details: { el: 'Λεπτομέρειες', en: 'Details' },
});

/** The background's reasons (written for trainers, in English, as the CLI says them) by what they mean to an agent. */
const KINDS: Array<[RegExp, Parameters<typeof say>[0]]> = [
  // Said of a pack in use (lib/background/active-packs.ts, pack-library.ts switchOffFailedPack), before the rest:
  // their details may quote any reason.
  [/^switched off: .*stored copy of version .* is damaged/, 'damaged'],
  [/^switched off: searching it failed/, 'switchedOff'],
  [/^switched off: the stored version .* fails the pack checks/, 'failsChecks'],
  [/is a web page, not a pack/, 'webPage'],
  [/corrupt or incomplete|could not be read/, 'notJson'],
  [/UTF-8|binary file/, 'notText'],
  [/a pack may be/, 'tooLarge'],
  [/is not an Odigos pack/, 'notPack'],
  [/is not a usable pack/, 'unusable'],
  [/signature|signed|public key/i, 'signature'],
  [/is already installed from/, 'fromUrl'],
  [/already installed/, 'sameVersion'],
  [/older than the version in use/, 'older'],
  [/managed by your organisation/, 'managed'],
  [/is not a web address|does not use HTTPS/, 'badUrl'],
  [/could not download|HTTP \d{3}/, 'download'],
];

export interface PackErrorText {
  /** What happened, in the UI language. */
  headline: string;
  /** The exact reason (file, line, field), as the validator says it; shown under the headline. */
  detail: string;
  detailLabel: string;
}

/** A pack in use that Odigos switched off (not an update that failed): its card says so without "the last update failed". */
export const isSwitchedOff = (message: string): boolean => message.startsWith('switched off:');

/** A pack error for the options page: a sentence in the agent's language, the technical reason kept beneath it. */
export function describePackError(message: string): PackErrorText {
  const kind = KINDS.find(([pattern]) => pattern.test(message))?.[1] ?? 'other';
  return { headline: say(kind), detail: message, detailLabel: say('details') };
}
