import { defineStrings, definePlurals, fill } from '@/lib/i18n';
import type { PackRefusal, ProblemSpot } from '@/lib/failure';

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
  details: { el: 'Τεχνικές λεπτομέρειες', en: 'Technical details' },
});

/** The background's refusals as data (lib/failure.ts), worded here with what they name: file, pack, entry, field, line. */
const sayFailure = defineStrings({
  'pack.webPage': {
    el: 'Το {file} είναι ιστοσελίδα, όχι πακέτο γνώσης. Επιλέξτε το αρχείο JSON που γράφει το odigos build.',
    en: '{file} is a web page, not a knowledge pack. Choose the JSON file odigos build writes.',
  },
  'pack.notJson': { el: 'Το {file} δεν διαβάζεται: είναι κατεστραμμένο ή δεν ολοκληρώθηκε.', en: '{file} cannot be read: it is corrupt or incomplete.' },
  'pack.notJsonAt': {
    el: 'Το {file} δεν διαβάζεται: είναι κατεστραμμένο ή δεν ολοκληρώθηκε (το πρόβλημα είναι στη γραμμή {line}).',
    en: '{file} cannot be read: it is corrupt or incomplete (the problem is on line {line}).',
  },
  'pack.notText': { el: 'Το {file} δεν είναι κείμενο UTF-8· ένα πακέτο είναι αρχείο JSON σε UTF-8.', en: '{file} is not UTF-8 text; a pack is a JSON file in UTF-8.' },
  'pack.tooLarge': {
    el: 'Το {file} είναι {size}, περισσότερα από τα {max} που επιτρέπονται για ένα πακέτο.',
    en: '{file} is {size}, more than the {max} a pack may be.',
  },
  'pack.notPack': {
    el: 'Το {file} δεν είναι πακέτο γνώσης του Οδηγού. Επιλέξτε το pack.json που γράφει το odigos build.',
    en: '{file} is not an Odigos knowledge pack. Choose the pack.json odigos build writes.',
  },
  'pack.unusable': { el: 'Το πακέτο {pack} ({file}) έχει λάθη και δεν μπορεί να χρησιμοποιηθεί.', en: 'The pack {pack} ({file}) has errors and cannot be used.' },
  'pack.unusableFile': { el: 'Το {file} έχει λάθη και δεν μπορεί να χρησιμοποιηθεί.', en: '{file} has errors and cannot be used.' },
  'pack.entry': { el: 'καταχώριση «{v}»', en: 'entry “{v}”' },
  'pack.field': { el: 'πεδίο «{v}»', en: 'field “{v}”' },
  'pack.line': { el: 'γραμμή {v}', en: 'line {v}' },
  'pack.askFixed': { el: 'Ζητήστε διορθωμένη έκδοση από όποιον έφτιαξε το πακέτο.', en: 'Ask whoever made the pack for a corrected version.' },
  'pack.signature': {
    el: 'Η υπογραφή του {file} δεν έγινε δεκτή, γι’ αυτό το πακέτο δεν χρησιμοποιείται.',
    en: 'The signature of {file} was not accepted, so the pack is not used.',
  },
  'pack.fromUrl': {
    el: 'Το πακέτο {pack} είναι ήδη εγκατεστημένο από τη διεύθυνση {url}· αφαιρέστε πρώτα εκείνη τη συνδρομή.',
    en: 'The pack {pack} is already installed from {url}; remove that subscription first.',
  },
  'pack.urlTaken': {
    el: 'Το πακέτο {pack}, που δίνει η διεύθυνση {url}, είναι ήδη εγκατεστημένο· αν θέλετε να ενημερώνεται από αυτή τη διεύθυνση, αφαιρέστε πρώτα το εγκατεστημένο.',
    en: 'The pack {pack} that {url} serves is already installed; to have it updated from this address, remove the installed one first.',
  },
  'pack.sameVersion': { el: 'Η έκδοση {version} του πακέτου {pack} είναι ήδη εγκατεστημένη.', en: 'Version {version} of the pack {pack} is already installed.' },
  'pack.older': {
    el: 'Η έκδοση {version} του πακέτου {pack} είναι παλαιότερη από την {current} που χρησιμοποιείται· δεν εγκαταστάθηκε.',
    en: 'Version {version} of the pack {pack} is older than {current}, the one in use; it was not installed.',
  },
});

const countFailure = definePlurals({
  where: { el: { one: 'Το λάθος: {where}.', other: '{n} λάθη· το πρώτο: {where}.' }, en: { one: 'The error: {where}.', other: '{n} errors; the first: {where}.' } },
});

/** Where the first problem is (entry, field, line), in the UI language; empty when the validator located none. */
function placeOf(p: ProblemSpot | undefined): string {
  if (!p) return '';
  const parts = [
    p.entry && fill(sayFailure('pack.entry'), { v: p.entry }),
    p.field && fill(sayFailure('pack.field'), { v: p.field }),
    p.line && fill(sayFailure('pack.line'), { v: p.line }),
  ];
  return parts.filter(Boolean).join(', ');
}

function unusableSentence(f: Extract<PackRefusal, { code: 'pack.unusable' }>): string {
  const head = f.pack
    ? fill(sayFailure('pack.unusable'), { pack: f.version ? `${f.pack} ${f.version}` : f.pack, file: f.file })
    : fill(sayFailure('pack.unusableFile'), { file: f.file });
  const where = placeOf(f.problems[0]);
  return [head, where && fill(countFailure('where', f.errors), { where }), sayFailure('pack.askFixed')].filter(Boolean).join(' ');
}

/** A refusal the background sent as data, in the agent's language, naming what it names. */
export function describeFailure(f: PackRefusal): string {
  switch (f.code) {
    case 'pack.unusable':
      return unusableSentence(f);
    case 'pack.notJson':
      return fill(sayFailure(f.line ? 'pack.notJsonAt' : 'pack.notJson'), { file: f.file, line: f.line ?? '' });
    default:
      return fill(sayFailure(f.code), f);
  }
}

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

/**
 * A pack error for the options page: a sentence in the agent's language, the technical reason kept beneath it. A
 * refusal that came as data is worded from it; a stored reason (an update's, a pack switched off) by what it says.
 */
export function describePackError(message: string, failure?: PackRefusal): PackErrorText {
  const kind = KINDS.find(([pattern]) => pattern.test(message))?.[1] ?? 'other';
  return { headline: failure ? describeFailure(failure) : say(kind), detail: message, detailLabel: say('details') };
}
