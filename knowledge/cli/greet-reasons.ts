/**
 * How `odigos greet` says in Greek why it read a name as it did. The name module (knowledge/names/understand.ts,
 * email-name.ts) gives its reasons as English sentences for the studio's and the CLI's JSON; this table says each
 * in Greek, the named parts ($1, $2) carried over. A reason the table does not know stays as written, and
 * tests/unit/cli/greet-reasons.test.ts fails for every reason in those files that no line here says.
 */
const GREEK: ReadonlyArray<readonly [RegExp, string]> = [
  [/^the first name «(.+)» of the address may be spelt several ways in Greek \(left out\)$/, 'το όνομα «$1» της διεύθυνσης γράφεται με περισσότερους από έναν τρόπους στα ελληνικά (παραλείφθηκε)'],
  [/^the surname «(.+)» of the address may be spelt several ways in Greek \(left out\)$/, 'το επώνυμο «$1» της διεύθυνσης γράφεται με περισσότερους από έναν τρόπους στα ελληνικά (παραλείφθηκε)'],
  [/^read from the address (.+)@…: (.+)$/, 'από τη διεύθυνση $1@…: $2'],
  [/^the e-mail address (.+)@… shows which word is the first name$/, 'η διεύθυνση e-mail $1@… δείχνει ποια λέξη είναι το όνομα'],
  [/^the e-mail address (.+)@… is made from the surname$/, 'η διεύθυνση e-mail $1@… σχηματίζεται από το επώνυμο'],
  [/^the name field holds an e-mail address, not a name$/, 'το πεδίο του ονόματος έχει διεύθυνση e-mail, όχι όνομα'],
  [/^the person's part of «(.+)»$/, 'το πρόσωπο μέσα στο «$1»'],
  [/^a company's name, not a person's \(addressed neutrally\)$/, 'όνομα εταιρείας, όχι προσώπου (ουδέτερη προσφώνηση)'],
  [/^no name given \(the field holds a placeholder\)$/, 'δεν δόθηκε όνομα (το πεδίο έχει μόνο ενδεικτικό κείμενο)'],
  [/^its surname is not of the first name's gender \(left out\)$/, 'το επώνυμο δεν ταιριάζει στο φύλο του ονόματος (παραλείφθηκε)'],
  [/^the page labels first name and surname$/, 'η σελίδα δίνει χωριστά όνομα και επώνυμο'],
  [/^the page labels it a company's name \(addressed neutrally\)$/, 'η σελίδα το δίνει ως όνομα εταιρείας (ουδέτερη προσφώνηση)'],
  [/^the company's name is a person's \(a sole trader\)$/, 'το όνομα της εταιρείας είναι όνομα προσώπου (ατομική επιχείρηση)'],
  [/^first name and surname were swapped$/, 'το όνομα και το επώνυμο ήταν αντεστραμμένα'],
  [/^one word, a surname by its ending or the name list$/, 'μία λέξη: επώνυμο, από την κατάληξή της ή τη λίστα ονομάτων'],
  [/^one word, taken as the first name$/, 'μία λέξη: θεωρήθηκε όνομα'],
  [/^a comma after the surname$/, 'κόμμα μετά το επώνυμο'],
  [/^surname first, as Greek registries and many CRMs write names$/, 'πρώτα το επώνυμο, όπως γράφουν τα ονόματα τα ελληνικά μητρώα και πολλά CRM'],
  [/^first name first$/, 'πρώτα το όνομα'],
  [/^first name first \(nothing says otherwise\)$/, 'πρώτα το όνομα (τίποτα δεν δείχνει το αντίθετο)'],
  [/^gender from the title the page gives$/, 'φύλο από τον τίτλο που δίνει η σελίδα'],
  [/^gender from the first name (.+)$/, 'φύλο από το όνομα $1'],
  [/^gender from the surname's ending$/, 'φύλο από την κατάληξη του επωνύμου'],
  [/^gender from the first name's ending$/, 'φύλο από την κατάληξη του ονόματος'],
  [/^gender unknown$/, 'άγνωστο φύλο'],
  [/^stress of (.+) from the page \(«(.+)»\)$/, 'ο τόνος του $1 από τη σελίδα («$2»)'],
  [/^goes by (.+) \(beside (.+), in brackets or quotes after it\)$/, 'χρησιμοποιεί το $1 (δίπλα στο $2, σε παρένθεση ή εισαγωγικά μετά από αυτό)'],
  [/^goes by (.+) \(beside (.+), one of the two in brackets\)$/, 'χρησιμοποιεί το $1 (δίπλα στο $2, το ένα από τα δύο σε παρένθεση)'],
];

/** A reason of the name module in `lang` (English: as written). */
export function reasonWords(reason: string, lang: 'el' | 'en'): string {
  if (lang === 'en') return reason;
  const line = GREEK.find(([pattern]) => pattern.test(reason));
  return line ? reason.replace(line[0], line[1]) : reason;
}
