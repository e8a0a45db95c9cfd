import { fieldWords, problemWords } from '@/knowledge/pack/problem-words';
import { defineStrings, definePlurals, fill, uiLang } from '@/lib/i18n';
import type { Failure, PackRefusal, ProblemSpot } from '@/lib/failure';
import { describeCommonFailure } from '../failure-words';

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
  'pack.sourceEntry': {
    el: 'Το {file} είναι μία καταχώριση της πηγής ενός πακέτου (Markdown), όχι το ίδιο το πακέτο. Εισαγάγετε το αρχείο JSON που γράφει το odigos build ή η «Δημοσίευση» του στούντιο.',
    en: '{file} is one entry of a pack’s source (Markdown), not the pack itself. Import the JSON file that odigos build or the studio’s Publish writes.',
  },
  'pack.sourceSettings': {
    el: 'Το {file} είναι οι ρυθμίσεις της πηγής ενός πακέτου (YAML), όχι το ίδιο το πακέτο. Εισαγάγετε το αρχείο JSON που γράφει το odigos build ή η «Δημοσίευση» του στούντιο.',
    en: '{file} holds the settings of a pack’s source (YAML), not the pack itself. Import the JSON file that odigos build or the studio’s Publish writes.',
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
  'pack.storageFull': {
    el: 'Το πρόγραμμα περιήγησης δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε.',
    en: 'The browser has no more room for knowledge packs; remove a pack you do not use.',
  },
  'pack.diskFullWrite': {
    el: 'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πακέτο δεν αποθηκεύτηκε. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και δοκιμάστε ξανά. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    en: 'The computer’s disk is full, so the pack was not saved. Free some space (delete files or downloads you do not need) and try again. The packs you installed are not lost.',
  },
  'pack.diskFull': {
    el: 'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει τα πακέτα γνώσης. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και ανανεώστε αυτή τη σελίδα. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    en: 'The computer’s disk is full, so the browser cannot open the knowledge packs. Free some space (delete files or downloads you do not need) and reload this page. The packs you installed are not lost.',
  },
  /**
   * A pack storage that will not open, as this page says it: it is shown in the Knowledge section, above the remedy
   * (the panel's words send the agent here, «ενότητα Γνώση», which read oddly inside that section).
   */
  'pack.storageFailed': {
    el: 'Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης. Κλείστε το και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: παρακάτω θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The browser could not open the knowledge pack storage. Close and reopen it; if this message is still shown after that, the storage is damaged and restarting again will not help: what you can do is below.',
  },
  /** The same after a restart that did not help (lib/store/storage-trouble.ts): no second restart asked for. */
  'pack.storageDamaged': {
    el: 'Η αποθήκευση των πακέτων γνώσης έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Παρακάτω θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The knowledge pack storage is damaged: the browser does not open it even after a restart, and restarting again will not help. What you can do is below.',
  },
  'pack.damaged': {
    el: 'Το αντίγραφο της έκδοσης {version} του πακέτου {pack} σε αυτόν τον υπολογιστή έχει καταστραφεί, γι’ αυτό το πακέτο απενεργοποιήθηκε. Εισαγάγετέ το ξανά.',
    en: 'The copy of version {version} of the pack {pack} on this computer is damaged, so the pack was switched off. Import it again.',
  },
  'pack.searchFailed': {
    el: 'Το πακέτο {pack} απενεργοποιήθηκε, γιατί η αναζήτηση σε αυτό απέτυχε. Τα άλλα πακέτα λειτουργούν κανονικά· εγκαταστήστε διορθωμένη έκδοση.',
    en: 'The pack {pack} was switched off because searching it failed. The other packs still work; install a corrected version.',
  },
  'pack.failsChecks': {
    el: 'Η αποθηκευμένη έκδοση {version} του πακέτου {pack} δεν περνά τους σημερινούς ελέγχους, γι’ αυτό το πακέτο απενεργοποιήθηκε. Εγκαταστήστε διορθωμένη έκδοση.',
    en: 'The stored version {version} of the pack {pack} fails today’s checks, so the pack was switched off. Install a corrected version.',
  },
  'pack.badUrl': { el: 'Το «{url}» δεν είναι διεύθυνση ιστού.', en: '“{url}” is not a web address.' },
  'pack.notHttps': {
    el: 'Η διεύθυνση {url} δεν χρησιμοποιεί HTTPS. Τα πακέτα κατεβαίνουν μόνο μέσω HTTPS, ώστε να μην μπορεί κανείς να τα αλλάξει στη διαδρομή.',
    en: '{url} does not use HTTPS. Packs are only downloaded over HTTPS, so nobody on the way can change them.',
  },
  'pack.httpNotFound': {
    el: 'Στη διεύθυνση {url} δεν βρέθηκε πακέτο (σφάλμα HTTP {status}). Ελέγξτε τη διεύθυνση με όποιον σας την έδωσε.',
    en: 'No pack was found at {url} (HTTP error {status}). Check the address with whoever gave it to you.',
  },
  'pack.httpDenied': {
    el: 'Ο διακομιστής δεν επιτρέπει τη λήψη από τη διεύθυνση {url} (σφάλμα HTTP {status}). Ρωτήστε όποιον σας έδωσε τη διεύθυνση.',
    en: 'The server does not allow downloading from {url} (HTTP error {status}). Ask whoever gave you the address.',
  },
  'pack.http': {
    el: 'Ο διακομιστής απάντησε με σφάλμα (HTTP {status}) για τη διεύθυνση {url}. Δοκιμάστε ξανά αργότερα.',
    en: 'The server answered with an error (HTTP {status}) for {url}. Try again later.',
  },
  'pack.unreachable': {
    el: 'Δεν έγινε σύνδεση με τη διεύθυνση {url}. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και τη διεύθυνση.',
    en: 'Could not connect to {url}. Check your internet connection and the address.',
  },
  'pack.timeout': { el: 'Η διεύθυνση {url} δεν απάντησε εγκαίρως. Δοκιμάστε ξανά αργότερα.', en: '{url} did not answer in time. Try again later.' },
  'pack.interrupted': { el: 'Η λήψη από τη διεύθυνση {url} διακόπηκε πριν ολοκληρωθεί. Δοκιμάστε ξανά.', en: 'The download from {url} was interrupted. Try again.' },
  'pack.downloadTooLarge': {
    el: 'Το πακέτο στη διεύθυνση {url} είναι μεγαλύτερο από τα {max} που επιτρέπονται· η λήψη σταμάτησε.',
    en: 'The pack at {url} is larger than the {max} a pack may be; the download was stopped.',
  },
  'pack.otherPack': {
    el: 'Η διεύθυνση {url} δίνει πλέον το πακέτο {served} αντί για το {pack}, γι’ αυτό η ενημέρωση δεν έγινε δεκτή. Ρωτήστε όποιον σας έδωσε τη διεύθυνση.',
    en: '{url} now serves the pack {served} instead of {pack}, so the update was refused. Ask whoever gave you the address.',
  },
  'pack.notModifiedFirst': {
    el: 'Ο διακομιστής της διεύθυνσης {url} απάντησε ότι το πακέτο δεν άλλαξε, ενώ ο Οδηγός δεν έχει ακόμη κανένα αντίγραφό του· τίποτα δεν εγκαταστάθηκε. Δοκιμάστε ξανά αργότερα και, αν επαναληφθεί, ενημερώστε όποιον διαχειρίζεται τη διεύθυνση.',
    en: 'The server at {url} answered that the pack has not changed, though Odigos has no copy of it yet; nothing was installed. Try again later and, if it happens again, tell whoever runs the address.',
  },
  'pack.policyTwice': {
    el: 'Η διεύθυνση {url} δίνει το πακέτο {pack}, που το δίνει ήδη άλλη διεύθυνση του οργανισμού σας ({other}), γι’ αυτό δεν εγκαταστάθηκε δεύτερη φορά. Ενημερώστε την τεχνική υποστήριξη.',
    en: '{url} serves the pack {pack}, which another of your organisation’s addresses ({other}) already provides, so it was not installed twice. Tell your IT support.',
  },
  'pack.badKey': {
    el: 'Το κλειδί υπογραφής που γράψατε δεν είναι δημόσιο κλειδί· η συνδρομή δεν έγινε. Επικολλήστε τη μία γραμμή του αρχείου .pub που σας έδωσε όποιος υπογράφει το πακέτο ή αφήστε το πεδίο κενό.',
    en: 'The signing key you entered is not a public key; you were not subscribed. Paste the one line of the .pub file whoever signs the pack gave you, or leave the field empty.',
  },
  'pack.privateKey': {
    el: 'Γράψατε ιδιωτικό κλειδί, όχι δημόσιο· η συνδρομή δεν έγινε και το κλειδί δεν αποθηκεύτηκε. Το ιδιωτικό κλειδί πρέπει να μείνει μυστικό: σβήστε το από το πεδίο και επικολλήστε το δημόσιο (το αρχείο .pub).',
    en: 'You entered a private key, not a public one; you were not subscribed and the key was not stored. A private key must stay secret: clear it from the field and paste the public one (the .pub file).',
  },
  'pack.notFromUrl': {
    el: 'Το πακέτο {pack} δεν εγκαταστάθηκε από διεύθυνση, οπότε δεν έχει ενημερώσεις για έλεγχο.',
    en: 'The pack {pack} was not installed from an address, so there are no updates to check.',
  },
  'pack.checkFailed': {
    el: 'Το πακέτο {packs} δεν ελέγχθηκε για ενημερώσεις.',
    en: 'The pack {packs} could not be checked for updates.',
  },
  'pack.checkFailedMany': {
    el: 'Τα πακέτα {packs} δεν ελέγχθηκαν για ενημερώσεις.',
    en: 'The packs {packs} could not be checked for updates.',
  },
  'pack.checkAgain': {
    el: 'Πατήστε ξανά «Έλεγχος για ενημερώσεις»· αν επαναληφθεί, ενημερώστε την τεχνική υποστήριξη.',
    en: 'Click “Check for updates” again; if it happens again, tell your IT support.',
  },
  'pack.noUpdate': {
    el: 'Το πακέτο {pack} δεν έχει πια ενημέρωση σε αναμονή (ίσως την αποδεχτήκατε ή την απορρίψατε σε άλλη καρτέλα)· χρησιμοποιείται η έκδοση {current}.',
    en: 'The pack {pack} no longer has an update waiting (you may have accepted or rejected it in another tab); version {current} is in use.',
  },
  'pack.updateChanged': {
    el: 'Η ενημέρωση του πακέτου {pack} που περιμένει είναι πλέον η έκδοση {version}, όχι η {seen} που είδατε· τίποτα δεν άλλαξε. Δείτε τις αλλαγές της παρακάτω και αποφασίστε ξανά.',
    en: 'The update of the pack {pack} now waiting is version {version}, not {seen} that you saw; nothing changed. Look at its changes below and decide again.',
  },
  'pack.updateMissing': {
    el: 'Το αντίγραφο της ενημέρωσης {version} του πακέτου {pack} χάθηκε από αυτόν τον υπολογιστή, οπότε δεν εγκαταστάθηκε· η έκδοση σε χρήση δεν άλλαξε. Πατήστε «Έλεγχος τώρα» για να κατέβει ξανά.',
    en: 'The copy of update {version} of the pack {pack} is gone from this computer, so it was not installed; the version in use is unchanged. Click “Check now” to download it again.',
  },
  'pack.managed': {
    el: 'Το πακέτο {pack} το διαχειρίζεται ο οργανισμός σας· δεν αλλάζει, δεν επαναφέρεται και δεν αφαιρείται από εδώ.',
    en: 'Your organisation manages the pack {pack}; it cannot be changed, rolled back or removed here.',
  },
  'pack.notInstalled': { el: 'Το πακέτο {pack} δεν είναι πια εγκατεστημένο.', en: 'The pack {pack} is no longer installed.' },
  'pack.builtIn': {
    el: 'Το ενσωματωμένο πακέτο {pack} έχει πάντα τη χαμηλότερη προτεραιότητα· μπορείτε μόνο να το ενεργοποιήσετε ή να το απενεργοποιήσετε.',
    en: 'The built-in pack {pack} always has the lowest priority; you can only switch it on or off.',
  },
  'pack.rollbackGone': {
    el: 'Η έκδοση {version} του πακέτου {pack} δεν φυλάσσεται πια σε αυτόν τον υπολογιστή, οπότε η επαναφορά δεν έγινε.',
    en: 'Version {version} of the pack {pack} is no longer kept on this computer, so it was not rolled back.',
  },
  'pack.rollbackMissing': {
    el: 'Το αντίγραφο της έκδοσης {version} του πακέτου {pack} λείπει από αυτόν τον υπολογιστή, οπότε η επαναφορά δεν έγινε.',
    en: 'The copy of version {version} of the pack {pack} is missing from this computer, so it was not rolled back.',
  },
});

/** The HTTP statuses an agent can act on: the address is wrong (not found, gone), or not theirs to download. */
const httpKey = (status: number) => (status === 404 || status === 410 ? 'pack.httpNotFound' : status === 401 || status === 403 ? 'pack.httpDenied' : 'pack.http');

const countFailure = definePlurals({
  where: { el: { one: 'Το λάθος: {where}.', other: '{n} λάθη· το πρώτο: {where}.' }, en: { one: 'The error: {where}.', other: '{n} errors; the first: {where}.' } },
});

/** Where the first problem is (entry, field, line), in the UI language; empty when the validator located none. */
function placeOf(p: ProblemSpot | undefined): string {
  if (!p) return '';
  const parts = [
    p.entry && fill(sayFailure('pack.entry'), { v: p.entry }),
    p.field && fill(sayFailure('pack.field'), { v: fieldWords(p.field, uiLang.value) }),
    p.line && fill(sayFailure('pack.line'), { v: p.line }),
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * What is wrong with the first problem, in the UI language, from the validator's code (the English words were
 * only in the technical detail): a sentence, whichever way the table words it (the English are clauses).
 */
function problemSentence(p: ProblemSpot | undefined): string {
  if (!p?.said) return '';
  const lang = uiLang.value;
  const words = problemWords(p.said, lang).trim();
  if (!words) return '';
  const first = words.charAt(0).toLocaleUpperCase(lang === 'el' ? 'el-GR' : 'en-US');
  return `${first}${words.slice(1)}${/[.!?…]$/.test(words) ? '' : '.'}`;
}

function unusableSentence(f: Extract<PackRefusal, { code: 'pack.unusable' }>): string {
  const head = f.pack
    ? fill(sayFailure('pack.unusable'), { pack: f.version ? `${f.pack} ${f.version}` : f.pack, file: f.file })
    : fill(sayFailure('pack.unusableFile'), { file: f.file });
  const where = placeOf(f.problems[0]);
  const count = where && fill(countFailure('where', f.errors), { where });
  return [head, count, problemSentence(f.problems[0]), sayFailure('pack.askFixed')].filter(Boolean).join(' ');
}

/** Which packs were not checked, and why (the first one's reason) or, without one, what to do. */
function checkFailedSentence(f: Extract<PackRefusal, { code: 'pack.checkFailed' }>): string {
  const head = fill(sayFailure(f.packs.length > 1 ? 'pack.checkFailedMany' : 'pack.checkFailed'), { packs: f.packs.join(', ') });
  return `${head} ${f.cause ? describeFailure(f.cause) : sayFailure('pack.checkAgain')}`;
}

/** A size in megabytes as the agent's language writes it: «2,5» in Greek, "2.5" in English (one decimal at most). */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString(uiLang.value === 'el' ? 'el-GR' : 'en-GB', { maximumFractionDigits: 1 });
}

/**
 * The background sends sizes as its English reason writes them ("12.5 MB", stored with the refusal): a Greek
 * sentence wrote «12.5 MB», a decimal point where Greek writes a comma.
 */
const sizeWords = (size: string) => size.replace(/^\d+(?:\.\d+)?/, (n) => megabytes(Number(n) * 1024 * 1024));

/** A refusal the background sent as data, in the agent's language, naming what it names. */
export function describeFailure(f: PackRefusal): string {
  switch (f.code) {
    case 'pack.tooLarge':
      return fill(sayFailure(f.code), { file: f.file, size: sizeWords(f.size), max: sizeWords(f.max) });
    case 'pack.downloadTooLarge':
      return fill(sayFailure(f.code), { url: f.url, max: sizeWords(f.max) });
    case 'pack.unusable':
      return unusableSentence(f);
    case 'pack.notJson':
      return fill(sayFailure(f.line ? 'pack.notJsonAt' : 'pack.notJson'), { file: f.file, line: f.line ?? '' });
    case 'pack.source':
      return fill(sayFailure(f.kind === 'entry' ? 'pack.sourceEntry' : 'pack.sourceSettings'), f);
    case 'pack.http':
      return fill(sayFailure(httpKey(f.status)), f);
    case 'pack.badKey':
      return sayFailure(f.private ? 'pack.privateKey' : 'pack.badKey');
    case 'pack.storageFailed':
      return sayFailure(f.restartTried ? 'pack.storageDamaged' : 'pack.storageFailed');
    case 'pack.storageFull':
      // Removing a pack frees the extension's quota, not a full disk.
      return sayFailure(f.disk ? 'pack.diskFullWrite' : 'pack.storageFull');
    case 'pack.checkFailed':
      return checkFailedSentence(f);
    default:
      return fill(sayFailure(f.code), f);
  }
}

/** The background's reasons (written for trainers, in English, as the CLI says them) by what they mean to an agent. */
const KINDS: Array<[RegExp, Parameters<typeof say>[0]]> = [
  // Said of a pack in use, stored before the switch-off carried its code (pack-library.ts switchOffFailedPack now
  // stores a failure, worded by describeFailure), before the rest: their details may quote any reason.
  [/^switched off: .*stored copy of version .* is damaged/, 'damaged'],
  [/^switched off: searching it failed/, 'switchedOff'],
  [/^switched off: the stored version .* fails the pack checks/, 'failsChecks'],
  [/is a web page, not a pack/, 'webPage'],
  [/corrupt or incomplete|could not be read/, 'notJson'],
  [/UTF-8|binary file/, 'notText'],
  [/a pack may be/, 'tooLarge'],
  [/is not an Odigos pack|, not a pack: import/, 'notPack'],
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
  /** The exact reason (file, line, field), as the validator says it; shown under the headline as technical detail. */
  detail: string;
}

const SWITCHED_OFF = new Set<PackRefusal['code']>(['pack.damaged', 'pack.searchFailed', 'pack.failsChecks']);

/**
 * A pack in use that Odigos switched off (not an update that failed): its card says so without "the last update
 * failed". Told by its failure's code; a reason stored before failures had codes, by its words.
 */
export const isSwitchedOff = (message: string, failure?: PackRefusal): boolean =>
  failure ? SWITCHED_OFF.has(failure.code) : message.startsWith('switched off:');

/**
 * A pack error for the options page: a sentence in the agent's language, the technical reason kept beneath it. A
 * refusal that came as data is worded from it; a stored reason (an update's, a pack switched off) by what it says.
 */
export function describePackError(message: string, failure?: Failure): PackErrorText {
  const kind = KINDS.find(([pattern]) => pattern.test(message))?.[1] ?? 'other';
  // A pack's refusal by its code; the others this page meets (the background did not answer) as every surface says them.
  const said = failure && (failure.code.startsWith('pack.') ? describeFailure(failure as PackRefusal) : describeCommonFailure(failure));
  return { headline: said ?? say(kind), detail: message };
}
