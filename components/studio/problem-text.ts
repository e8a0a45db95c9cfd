/**
 * The validator's problems in the trainer's language. The validator (knowledge/pack) writes English for the CLI;
 * the messages a form can cause are said again here in Greek, each with its fix. A message this table does not
 * know (a check added later) is shown as the validator wrote it, never hidden.
 */
import { uiLang, type UiLang } from '@/lib/i18n';

type Say = (m: RegExpExecArray) => string;

const FIELD_NAMES: Record<string, string> = {
  title: 'τίτλος', id: 'αναγνωριστικό', department: 'τμήμα', purpose: 'σκοπός', tone: 'τόνος', name: 'όνομα', version: 'έκδοση',
  lang: 'γλώσσα', body: 'κείμενο', channel: 'κανάλια', formality: 'ύφος', description: 'περιγραφή', 'escalation.when': 'κλιμάκωση: πότε', 'escalation.to': 'κλιμάκωση: σε ποιον', shortcut: 'συντόμευση', reviewBy: 'αναθεώρηση',
};
/** A field as the validator's path names it: `steps[1].text`, `terms["Δέμα"]`, `steps[0].branches[1].condition`. */
function fieldName(key: string): string {
  const step = /^steps\[(\d+)\]\.(?:text|branches\[(\d+)\]\.condition)$/.exec(key);
  if (step) return step[2] === undefined ? `βήμα ${Number(step[1]) + 1}` : `συνθήκη (βήμα ${Number(step[1]) + 1}, διακλάδωση ${Number(step[2]) + 1})`;
  const term = /^terms\["(.*)"\]$/.exec(key);
  if (term) return `σημασία του όρου «${term[1]}»`;
  return FIELD_NAMES[key] ?? key;
}
/** 20,000 as Greek writes it: 20.000. */
const greekNumber = (n: string) => n.replaceAll(',', '.');

/** What the word before a fill-in field asks of each option (knowledge/pack/agreement.ts), said in Greek. */
const NEEDS: Array<[RegExp, string]> = [
  [/^no second article$/, 'δεν μπαίνει δεύτερο άρθρο'],
  [/^a verb$/, 'χρειάζεται ρήμα'],
  [/^a neuter singular word$/, 'χρειάζεται λέξη ουδέτερου γένους στον ενικό'],
  [/^a neuter plural word$/, 'χρειάζεται λέξη ουδέτερου γένους στον πληθυντικό'],
  [/^a masculine plural word$/, 'χρειάζεται λέξη αρσενικού γένους στον πληθυντικό'],
  [/^a feminine plural word$/, 'χρειάζεται λέξη θηλυκού γένους στον πληθυντικό'],
  [/^a masculine word$/, 'χρειάζεται λέξη αρσενικού γένους'],
  [/^a feminine word$/, 'χρειάζεται λέξη θηλυκού γένους'],
  [/^a plural word$/, 'χρειάζεται λέξη στον πληθυντικό'],
  [/^a word that takes "(an?)"$/, 'χρειάζεται λέξη που παίρνει «$1»'],
  [/^a past participle \((.*)\)$/, 'χρειάζεται μετοχή (past participle: $1)'],
  [/^a verb \((.*)\)$/, 'χρειάζεται ρήμα ($1)'],
  [/^a verb or a noun, not a participle$/, 'χρειάζεται ρήμα ή ουσιαστικό, όχι μετοχή'],
];

/** «το {{field:κουπόνι / την ετικέτα}}» with the option that does not fit, and how to write the options. */
function agreement(m: RegExpExecArray): string {
  const [, before, field, reads, option, word, needs] = m;
  const rule = NEEDS.find(([pattern]) => pattern.test(needs));
  const need = rule ? needs.replace(rule[0], rule[1]) : needs;
  const greek = /[\u0370-\u03ff\u1f00-\u1fff]/.test(word);
  const fix = greek
    ? 'Βάλτε το άρθρο ή το ρήμα μέσα σε κάθε επιλογή ({{field:το τιμολόγιο / την απόδειξη}})'
    : `Γράψτε κάθε επιλογή ώστε να διαβάζεται σωστά μετά το «${word}» ή μεταφέρετε το «${word}» μέσα στις επιλογές`;
  return `Με την επιλογή «${option}» το «${before} ${field}» διαβάζεται «${reads}»: μετά το «${word}» ${need}. ${fix}.`;
}

/** Why a trigger can never match (knowledge/pack/trigger-checks.ts). */
function unmatchable(why: string): string {
  if (why.startsWith('it has no words')) return 'δεν έχει λέξεις (μόνο σημεία στίξης, σύμβολα ή μεγάλους αριθμούς)';
  const many = /more than (\d+) of them/.exec(why);
  if (many) return `έχει μόνο λέξεις χωρίς δικό τους νόημα (άρθρα, προθέσεις, «και»), περισσότερες από ${many[1]}`;
  return why;
}

const GREEK: Array<[RegExp, Say]> = [
  [/^missing required field "(.+)"$/, (m) => `Υποχρεωτικό πεδίο (${fieldName(m[1])}): συμπληρώστε το.`],
  [/^"(.+)" is empty$/, (m) => `Το πεδίο «${fieldName(m[1])}» είναι κενό: συμπληρώστε το.`],
  [/^id "(.*)" is not a valid (?:pack )?id/, (m) => `Το αναγνωριστικό «${m[1]}» δεν είναι έγκυρο: μόνο λατινικά πεζά, ψηφία και «-» (π.χ. double-card-charge).`],
  [/^duplicate id "(.*)" \(also used by (.+?)(?::\d+)?\)$/, (m) => `Το αναγνωριστικό «${m[1]}» το έχει ήδη το ${m[2]}: δώστε άλλο.`],
  [/^step (\d+) branches to step (\d+), which does not exist \(steps: 1–(\d+)\)$/, (m) => `Το βήμα ${m[1]} οδηγεί στο βήμα ${m[2]}, που δεν υπάρχει (βήματα 1–${m[3]}): διαλέξτε υπαρκτό βήμα ή κλιμάκωση.`],
  [
    /^step (\d+) says where to go only when its condition holds \(step ([^)]+)\); otherwise it falls into step (\d+), which step (\d+) leads to/,
    (m) =>
      `Το βήμα ${m[1]} λέει πού συνεχίζει μόνο όταν ισχύει η συνθήκη του (βήμα ${m[2].replaceAll('step', 'βήμα')})· αλλιώς περνά στο βήμα ${m[3]}, ` +
      `όπου οδηγεί το βήμα ${m[4]} για άλλη περίπτωση: προσθέστε «Αλλιώς» με το βήμα που ταιριάζει (ή κλιμάκωση) για την άλλη έκβαση.`,
  ],
  [
    /^step (\d+) says to escalate in its text but has no branch to the escalation/,
    (m) => `Το κείμενο του βήματος ${m[1]} λέει να κλιμακώσετε, αλλά το βήμα δεν έχει διακλάδωση προς την κλιμάκωση: γράψτε τη ως διακλάδωση («Αν: … → κλιμάκωση»), για να την προσφέρει το πάνελ.`,
  ],
  [/^link \[\[(.*)\]\] points to no template in this pack$/, (m) => `Το [[${m[1]}]] δεν είναι πρότυπο αυτού του πακέτου: συνδέστε υπαρκτό πρότυπο.`],
  [/^link \[\[(.*)\]\] points to an SOP; link templates only$/, (m) => `Το [[${m[1]}]] είναι διαδικασία· σε βήμα συνδέονται μόνο πρότυπα.`],
  [/^link "\[\[" is not closed/, () => 'Ο σύνδεσμος «[[» δεν κλείνει: γράψτε [[id-προτύπου]].'],
  [/^template has no triggers/, () => 'Χωρίς φράσεις πελάτη το πρότυπο βρίσκεται μόνο από τον τίτλο ή τη συντόμευση: προσθέστε πώς το γράφουν οι πελάτες.'],
  [/^shortcut "(.*)" \((formal|informal)\) is also used by "(.*?)"/, (m) => `Η συντόμευση «${m[1]}» (${m[2] === 'formal' ? 'επίσημο' : 'φιλικό'}) υπάρχει ήδη στο «${m[3]}»: δύο πρότυπα μοιράζονται συντόμευση μόνο αν διαφέρει το ύφος.`],
  [/^shortcut "(.*)" may only contain/, (m) => `Η συντόμευση «${m[1]}» επιτρέπει μόνο γράμματα, ψηφία και «-» (χωρίς κενά ή σύμβολα).`],
  [/^placeholder "(.*)" is not closed/, (m) => `Το σύμβολο «${m[1]}» δεν κλείνει: γράψτε {{όνομα}} σε μία γραμμή.`],
  [/^unknown placeholder (\{\{.*?\}\})/, (m) => `Άγνωστο σύμβολο ${m[1]}: χρησιμοποιήστε ένα από τα γνωστά ({{customer.firstName}}, {{customer.salutation}}, {{ticket.id}}, {{agent.name}}, {{date.today}}, {{field:Ετικέτα}}, {{cursor}}).`],
  [/^review date (\S+) has passed/, (m) => `Η ημερομηνία αναθεώρησης ${m[1]} πέρασε: ελέγξτε την καταχώριση και ορίστε νέα.`],
  [/^default review date (\S+) has passed/, (m) => `Η προεπιλεγμένη ημερομηνία αναθεώρησης ${m[1]} πέρασε: ορίστε νέα.`],
  [/^"metrics\.\w+" "(.*)" is not a duration/, (m) => `Το «${m[1]}» δεν είναι χρόνος: γράψτε αριθμό και m, h ή d (15m, 2h, 1d).`],
  [/^(\w+) "(.*)" is not a date/, (m) => `Το «${m[2]}» δεν είναι ημερομηνία: γράψτε εεεε-μμ-ηη (π.χ. 2027-06-30).`],
  [/^version "(.*)" is not a semver version/, (m) => `Η έκδοση «${m[1]}» δεν είναι της μορφής 1.0.0.`],
  [/^(\S+) "(.*)" has spaces around it/, (m) => `Κενά πριν ή μετά το «${m[2].trim()}»: σβήστε τα.`],
  [/^branch "(.*)" has no target/, () => 'Η διακλάδωση δεν λέει πού συνεχίζει: διαλέξτε βήμα ή κλιμάκωση.'],
  [/^branch "(.*)" has no condition$/, () => 'Η διακλάδωση δεν έχει συνθήκη: γράψτε πότε ισχύει.'],
  [/^branch target "(.*)" is not/, (m) => `Το «${m[1]}» δεν είναι βήμα ή κλιμάκωση: διαλέξτε από τη λίστα.`],
  [/^branch before the first numbered step$/, () => 'Διακλάδωση πριν από το πρώτο βήμα: μεταφέρετέ τη σε βήμα.'],
  [/^step (\d+) should be numbered (\d+)/, (m) => `Το βήμα ${m[1]} έπρεπε να είναι το ${m[2]}: τα βήματα αριθμούνται 1, 2, 3 …`],
  [/^an SOP needs numbered steps/, () => 'Μια διαδικασία χρειάζεται τουλάχιστον ένα βήμα.'],
  [/^template has no text/, () => 'Το πρότυπο δεν έχει κείμενο: γράψτε την απάντηση.'],
  [/^unknown field "(.*)" \(ignored\)$/, (m) => `Άγνωστο πεδίο «${m[1]}» στο αρχείο (αγνοείται) — ίσως ορθογραφικό λάθος.`],
  [/^unknown (\w+) "(.*)" \(expected one (?:or more )?of: (.*)\)$/, (m) => `Άγνωστη τιμή «${m[2]}» (${fieldName(m[1])}): επιτρέπονται ${m[3]}.`],
  [
    /^"(.+)" is ([\d,]+) characters long, more than the ([\d,]+) it may hold/,
    (m) => `Το πεδίο «${fieldName(m[1])}» έχει ${greekNumber(m[2])} χαρακτήρες, περισσότερους από τους ${greekNumber(m[3])} που επιτρέπονται: συντομέψτε το ή μοιράστε το σε δύο καταχωρίσεις.`,
  ],
  [
    /^glossary terms "(.*)" and "(.*)" both read "(.*)" once/,
    (m) => `Οι όροι «${m[1]}» και «${m[2]}» γράφονται και οι δύο «${m[3]}» μόλις συμπληρωθούν οι μεταβλητές του πακέτου, οπότε θα έμενε μόνο ο ένας: μετονομάστε ή ενώστε τους.`,
  ],
  [/^"(.+?) (\{\{field:.*?\}\})" reads "(.*)" with the option "(.*?)": "(.+?)" needs (.+?) after it; /, (m) => agreement(m)],
  [
    /^(?:"[^"]*": )?trigger "(.*)" can never match: (.+?); write the words a customer would use$/,
    (m) => `Η φράση «${m[1]}» δεν θα ταιριάξει ποτέ: ${unmatchable(m[2])}. Γράψτε τις λέξεις που θα χρησιμοποιούσε ένας πελάτης.`,
  ],
  [
    /^variable (\{\{.+?\}\}) is not defined: add it under "variables" in pack\.yaml(?: \(defined: (.*)\))?$/,
    (m) => `Η μεταβλητή ${m[1]} δεν έχει οριστεί: προσθέστε τη στο pack.yaml, κάτω από το «variables»${m[2] ? ` (ορισμένες: ${m[2]})` : ''}.`,
  ],
  [
    /^variable "(.+)" is defined but no entry uses it/,
    (m) => `Η μεταβλητή «${m[1]}» ορίζεται στο pack.yaml αλλά δεν τη χρησιμοποιεί καμία καταχώριση: γράψτε τη ως {{${m[1]}}} ή αφαιρέστε τη.`,
  ],
  [
    /^"(.+)" is written as a number, but the pack has (.+) = (.+) for it: write the variable/,
    (m) =>
      `Το «${m[1]}» γράφει την τιμή ${m[3]} απευθείας, ενώ το πακέτο την έχει στη μεταβλητή ${m[2].replaceAll(' or ', ' ή ')}: ` +
      'γράψτε τη μεταβλητή, ώστε μια αλλαγή στο pack.yaml να φτάνει και σε αυτό το κείμενο.',
  ],
  [/^the pack has no entries/, () => 'Το πακέτο δεν έχει ακόμα καταχωρίσεις.'],
  [/^missing: every pack needs a pack\.yaml/, () => 'Λείπει το pack.yaml: ορίστε όνομα, αναγνωριστικό, έκδοση και γλώσσα στις ρυθμίσεις πακέτου.'],
];

/** The note a refused entry's first error carries (knowledge/pack/refused.ts): which SOPs link it. */
const LINKED = / — \[\[(.+?)\]\] is linked from (.+): (?:that link works|those links work) once this is fixed$/;

function linkedNote(m: RegExpExecArray): string {
  const names = m[2].replace(/"([^"]*)"/g, '«$1»').replace(/ and (\d+) more$/, ' και άλλες $1');
  const one = !names.includes(',') && !names.includes(' και ');
  return ` Το [[${m[1]}]] ${one ? 'το συνδέει η διαδικασία' : 'το συνδέουν οι διαδικασίες'} ${names}: ${one ? 'ο σύνδεσμος θα λειτουργήσει' : 'οι σύνδεσμοι θα λειτουργήσουν'} μόλις διορθωθεί αυτό.`;
}

/** The problem's message in `lang` (Greek where this table knows it; the validator's own words otherwise). */
export function problemText(message: string, lang: UiLang = uiLang.value): string {
  if (lang !== 'el') return message;
  const linked = LINKED.exec(message);
  const own = linked ? message.slice(0, linked.index) : message;
  for (const [pattern, say] of GREEK) {
    const m = pattern.exec(own);
    if (m) return say(m) + (linked ? linkedNote(linked) : '');
  }
  return message;
}
