/**
 * Every problem the pack validator reports, by a stable code with its parameters, and its words in Greek and
 * English, declared once here. The validator says a problem as a code (`said`); whoever shows it renders it in its
 * reader's language: the studio in the trainer's, `odigos` in the terminal's (LANG, --lang). The English rendering
 * stays in `Problem.message`, so the JSON `odigos validate --json` prints keeps its words, with the code beside them.
 *
 * Words live in the pure layer beside the validator (as the cue labels do, knowledge/engine/cue-labels.ts): the CLI,
 * the studio and the extension all read the same table. `{name}` is a parameter; a parameter that is itself a
 * `Said` (a value's kind, what a word needs after it) is rendered in the same language.
 */
import type { Lang } from '../types';

export type ProblemParam = string | number | Said | ReadonlyArray<string | Said>;
export interface Said {
  code: ProblemCode;
  params?: Record<string, ProblemParam>;
}

/** Field names as the studio's forms name them; a path the table does not know is shown as written. */
const FIELD_WORDS: Record<string, string> = {
  title: 'τίτλος', id: 'αναγνωριστικό', type: 'είδος', department: 'τμήμα', purpose: 'σκοπός', tone: 'τόνος', name: 'όνομα',
  version: 'έκδοση', lang: 'γλώσσα', body: 'κείμενο', channel: 'κανάλια', channels: 'κανάλια', formality: 'ύφος',
  description: 'περιγραφή', 'escalation.when': 'κλιμάκωση: πότε', 'escalation.to': 'κλιμάκωση: σε ποιον', shortcut: 'συντόμευση',
  reviewBy: 'αναθεώρηση', triggers: 'φράσεις πελάτη', tags: 'ετικέτες', stage: 'στάδιο', terms: 'όροι', author: 'συντάκτης',
  escalation: 'κλιμάκωση', metrics: 'στόχοι χρόνου', variables: 'μεταβλητές',
};

/**
 * The values of a field with a fixed list, as the Greek studio's lists and check boxes name them: the file's codes
 * («de-escalation», «in-person») meant nothing to a trainer choosing among «Αποκλιμάκωση», «Πρόσωπο με πρόσωπο».
 * English keeps the codes, as they are written in the file.
 */
const CHANNEL_WORDS = { email: 'E-mail', chat: 'Συνομιλία', phone: 'Τηλέφωνο', 'in-person': 'Πρόσωπο με πρόσωπο' };
const VALUE_WORDS: Record<string, Record<string, string>> = {
  tone: {
    empathy: 'Ενσυναίσθηση', apology: 'Συγγνώμη', reassurance: 'Καθησυχασμός', 'de-escalation': 'Αποκλιμάκωση', 'follow-up': 'Συνέχεια',
    closing: 'Κλείσιμο', greeting: 'Χαιρετισμός', information: 'Πληροφόρηση',
  },
  channels: CHANNEL_WORDS,
  channel: CHANNEL_WORDS,
  formality: { formal: 'Επίσημο', informal: 'Φιλικό' },
  lang: { el: 'Ελληνικά', en: 'Αγγλικά' },
  type: { sop: 'Διαδικασία', template: 'Πρότυπο' },
};

export const PROBLEM_WORDS = {
  'severity.error': { el: 'σφάλμα', en: 'error' },
  'severity.warning': { el: 'προειδοποίηση', en: 'warning' },
  // What a value is, where a field wants another kind (describeValue's words).
  'value.empty': { el: 'κενό', en: 'empty' },
  'value.list': { el: 'λίστα', en: 'a list' },
  'value.map': { el: 'ομάδα πεδίων', en: 'a map' },
  'value.text': { el: 'κείμενο', en: 'text' },
  'value.number': { el: 'ο αριθμός {n}', en: 'the number {n}' },
  'value.other': { el: '{value}', en: '{value}' },
  'step.number': { el: 'βήμα {n}', en: 'step {n}' },
  'step.escalation': { el: 'κλιμάκωση', en: 'escalate' },
  'quoted': { el: '«{text}»', en: '"{text}"' },
  'formality.formal': { el: 'επίσημο', en: 'formal' },
  'formality.informal': { el: 'φιλικό', en: 'informal' },

  // Fields of the front matter and pack.yaml (fields.ts).
  'field.missing': { el: 'Λείπει το υποχρεωτικό πεδίο «{field}»: συμπληρώστε το.', en: 'missing required field "{field}"' },
  'field.empty': { el: 'Το πεδίο «{field}» είναι κενό: συμπληρώστε το.', en: '"{field}" is empty' },
  'field.notText': { el: 'Το πεδίο «{field}» πρέπει να είναι κείμενο, όχι {value}.', en: '"{field}" must be text, not {value}' },
  'field.spaces': { el: 'Κενά πριν ή μετά το «{trimmed}» ({field}): σβήστε τα.', en: '{field} "{value}" has spaces around it: write "{trimmed}"' },
  'field.unknownValue': { el: 'Άγνωστη τιμή «{value}» ({field}): επιτρέπονται {values}.', en: 'unknown {field} "{value}" (expected one of: {values})' },
  'field.unknownValues': { el: 'Άγνωστη τιμή «{value}» ({field}): επιτρέπονται μία ή περισσότερες από {values}.', en: 'unknown {field} "{value}" (expected one or more of: {values})' },
  'field.unknownKind': { el: 'Το πεδίο «{field}» δέχεται μία ή περισσότερες από {values}, όχι {value}.', en: 'unknown {field} {value} (expected one or more of: {values})' },
  'field.emptyList': { el: 'Η λίστα «{field}» είναι κενή: γράψτε μία ή περισσότερες από {values}.', en: '"{field}" is an empty list (expected one or more of: {values})' },
  'field.notDate': { el: 'Το «{value}» δεν είναι ημερομηνία: γράψτε εεεε-μμ-ηη (π.χ. 2027-06-30).', en: '{field} "{value}" is not a date (expected yyyy-mm-dd, e.g. 2027-06-30)' },
  'field.notList': { el: 'Το πεδίο «{field}» πρέπει να είναι λίστα (π.χ. [{example}]), όχι {value}.', en: '"{field}" must be a list (e.g. [{example}]), not {value}' },
  'field.itemNotText': { el: 'Το {n}ο στοιχείο του πεδίου «{field}» πρέπει να είναι κείμενο, όχι {value}.', en: '"{field}" item {n} must be text, not {value}' },
  'field.notGlossary': { el: 'Το πεδίο «{field}» πρέπει να έχει όρους με τη σημασία τους (όρος: σημασία), όχι {value}.', en: '"{field}" must be a map (term: meaning), not {value}' },
  'field.reservedKey': { el: 'Το πεδίο «{field}» δεν μπορεί να έχει το δεσμευμένο κλειδί «{key}»: μετονομάστε το.', en: '"{field}" may not use the reserved key "{key}": rename it' },
  'field.notFields': { el: 'Το πεδίο «{field}» πρέπει να έχει πεδία (κλειδί: τιμή), όχι {value}.', en: '"{field}" must be a map of fields, not {value}' },
  'field.unknown': { el: 'Άγνωστο πεδίο «{field}» στο αρχείο (αγνοείται) — ίσως ορθογραφικό λάθος.', en: 'unknown field "{field}" (ignored)' },
  'id.invalid': { el: 'Το αναγνωριστικό «{value}» δεν είναι έγκυρο: μόνο λατινικά πεζά, ψηφία και «-» (π.χ. double-card-charge).', en: '{field} "{value}" is not a valid id: use a-z, 0-9 and "-" (e.g. double-card-charge)' },
  'packId.invalid': { el: 'Το αναγνωριστικό πακέτου «{value}» δεν είναι έγκυρο: μόνο λατινικά πεζά, ψηφία και «-» (π.χ. el-core).', en: '{field} "{value}" is not a valid pack id: use a-z, 0-9 and "-" (e.g. el-core)' },
  'version.invalid': { el: 'Η έκδοση «{value}» δεν είναι της μορφής 1.0.0.', en: '{field} "{value}" is not a semver version (expected e.g. 1.0.0)' },
  'shortcut.invalid': { el: 'Η συντόμευση «{value}» επιτρέπει μόνο γράμματα, ψηφία και «-» (χωρίς κενά ή σύμβολα).', en: '{field} "{value}" may only contain letters, digits and "-" (no spaces or symbols)' },
  'metrics.notDuration': { el: 'Το «{value}» δεν είναι χρόνος: γράψτε αριθμό και m, h ή d (15m, 2h, 1d).', en: '"metrics.{key}" "{value}" is not a duration (expected a number and m, h or d: 15m, 2h, 1d)' },

  // Files and their syntax (source.ts, text-file.ts, yaml-map.ts, front-matter.ts).
  'file.unreadable': { el: 'Το αρχείο δεν διαβάζεται: {why}', en: 'cannot read: {why}' },
  'os.EACCES': { el: 'δεν υπάρχει δικαίωμα πρόσβασης', en: 'permission denied' },
  'os.EPERM': { el: 'δεν υπάρχει δικαίωμα πρόσβασης', en: 'permission denied' },
  'os.EISDIR': { el: 'είναι φάκελος', en: 'it is a folder' },
  'os.ENOTDIR': { el: 'ένα μέρος της διαδρομής είναι αρχείο, όχι φάκελος', en: 'a part of the path is a file, not a folder' },
  'os.EIO': { el: 'σφάλμα εισόδου/εξόδου', en: 'input/output error' },
  'os.ELOOP': { el: 'πάρα πολλοί συμβολικοί σύνδεσμοι', en: 'too many symbolic links' },
  'os.EMFILE': { el: 'πάρα πολλά ανοιχτά αρχεία', en: 'too many open files' },
  'os.ENOSPC': { el: 'δεν υπάρχει χώρος στον δίσκο', en: 'no space left on the disk' },
  'os.EDQUOT': { el: 'εξαντλήθηκε το όριο χώρου στον δίσκο', en: 'disk quota exceeded' },
  'os.EROFS': { el: 'το σύστημα αρχείων είναι μόνο για ανάγνωση', en: 'read-only file system' },
  'os.ENOENT': { el: 'δεν υπάρχει τέτοιο αρχείο ή φάκελος', en: 'no such file or folder' },
  'file.binary': { el: 'Δυαδικό αρχείο, όχι κείμενο (αρχίζει με {start}).', en: 'binary file, not text (it starts {start})' },
  'file.notUtf8': { el: 'Το αρχείο δεν είναι κείμενο UTF-8: η γραμμή {line} έχει το byte \\x{byte}. Αποθηκεύστε το ως UTF-8.', en: 'not UTF-8 text: line {line} has the byte \\x{byte} (save the file as UTF-8)' },
  'file.notUtf8After': { el: 'Το αρχείο δεν είναι κείμενο UTF-8: η γραμμή {line} έχει το byte \\x{byte} μετά το {after}. Αποθηκεύστε το ως UTF-8.', en: 'not UTF-8 text: line {line} has the byte \\x{byte} after {after} (save the file as UTF-8)' },
  'yaml.invalid': { el: 'Μη έγκυρο YAML: {detail}', en: 'invalid YAML: {detail}' },
  'yaml.colon': { el: 'Μη έγκυρο YAML: μια τιμή που περιέχει «: » μπαίνει σε εισαγωγικά: {fix}', en: 'invalid YAML: a value with ": " in it must be in quotes: {fix}' },
  'yaml.notMapMeta': { el: 'Το pack.yaml πρέπει να έχει πεδία (κλειδί: τιμή), ενώ βρέθηκε {found}.', en: 'pack.yaml must be a map of fields (key: value), found {found}' },
  'yaml.notMapEntry': { el: 'Τα πεδία στην αρχή της καταχώρισης πρέπει να είναι της μορφής «κλειδί: τιμή», ενώ βρέθηκε {found}.', en: 'the front matter must be a map of fields (key: value), found {found}' },
  'yaml.notMap': { el: 'Το {what} πρέπει να έχει πεδία (κλειδί: τιμή), ενώ βρέθηκε {found}.', en: '{what} must be a map of fields (key: value), found {found}' },
  'yaml.foundNothing': { el: 'τίποτα', en: 'nothing' },
  'yaml.foundValue': { el: 'μία μόνο τιμή', en: 'a single value' },
  'yaml.foundList': { el: 'λίστα', en: 'a list' },
  'frontMatter.none': {
    el: 'Η καταχώριση δεν αρχίζει με τα πεδία της: γράψτε μια γραμμή «---», τα πεδία (id, type, title …) και άλλη μια γραμμή «---».',
    en: "no front matter: an entry must start with a line '---', its fields (id, type, title …), and another '---'",
  },
  'frontMatter.unclosed': { el: 'Τα πεδία της καταχώρισης δεν κλείνουν: προσθέστε μια γραμμή «---» μετά από αυτά.', en: "front matter is not closed: add a line '---' after the fields" },
  // Input that is no pack at all (knowledge/node: load.ts, compile.ts).
  'load.missing': { el: 'Δεν υπάρχει τέτοιο αρχείο ή φάκελος (δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου).', en: 'no such file or folder (give the pack.json that odigos build writes, or a pack source folder)' },
  'load.noFolder': { el: 'Δεν υπάρχει τέτοιος φάκελος.', en: 'no such folder' },
  'load.noPackYaml': {
    el: 'Δεν είναι φάκελος πηγής πακέτου: δεν έχει pack.yaml (ο φάκελος ενός πακέτου έχει το pack.yaml με id, name, version και lang, και ένα αρχείο *.md για κάθε καταχώριση).',
    en: 'not a pack source folder: it has no pack.yaml (a pack folder holds pack.yaml with id, name, version and lang, and one *.md file per entry)',
  },
  'load.packsInside': { el: 'Δεν είναι φάκελος πηγής πακέτου (δεν έχει pack.yaml)· τα πακέτα που περιέχει είναι: {packs}.', en: 'not a pack source folder (it has no pack.yaml); the packs inside it are {packs}' },
  'load.yaml': { el: 'Δεν είναι πακέτο: δώστε τον φάκελο του πακέτου (αυτόν με το pack.yaml).', en: 'is not a pack; give its pack folder (the folder with pack.yaml)' },
  'load.entryFile': { el: 'Είναι μία καταχώριση πακέτου, όχι πακέτο: δώστε τον φάκελο του πακέτου (αυτόν με το pack.yaml).', en: 'is one entry of a pack, not a pack; give its pack folder (the folder with pack.yaml)' },
  'load.markdown': { el: 'Είναι αρχείο Markdown, όχι πακέτο· δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου.', en: 'is a Markdown file, not a pack; give the pack.json that odigos build writes, or a pack source folder' },
  'load.tooLarge': { el: 'Το αρχείο είναι {size} MB, περισσότερα από τα {max} MB που επιτρέπονται για ένα πακέτο.', en: 'the file is {size} MB, more than the {max} MB a pack may be' },
  'load.wrongFile': { el: '{problem}· δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου.', en: '{problem}; give the pack.json that odigos build writes, or a pack source folder' },
  'load.empty': { el: 'Είναι κενό· δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου.', en: 'is empty; give the pack.json that odigos build writes, or a pack source folder' },
  'load.notJson': { el: 'Δεν είναι JSON (αρχίζει με {start})· δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου.', en: 'is not JSON (it starts {start}); give the pack.json that odigos build writes, or a pack source folder' },
  'load.jsonLines': {
    el: 'Έχει μία τιμή JSON ανά γραμμή (JSON Lines), όχι πακέτο· δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου.',
    en: 'holds one JSON value per line (JSON Lines), not a pack; give the pack.json that odigos build writes, or a pack source folder',
  },
  'load.notPack': {
    el: 'Είναι JSON αλλά όχι πακέτο του Οδηγού (δεν έχει "schema": "{schema}")· δώστε το pack.json που γράφει το odigos build ή φάκελο πηγής πακέτου.',
    en: 'is JSON but not an Odigos pack (it has no "schema": "{schema}"); give the pack.json that odigos build writes, or a pack source folder',
  },
  'pack.noEntries': { el: 'Το πακέτο δεν έχει ακόμα καταχωρίσεις.', en: 'the pack has no entries (*.md files)' },

  // Entries and their text (entry.ts, sop-body.ts, checks.ts).
  'template.noText': { el: 'Το πρότυπο δεν έχει κείμενο: γράψτε την απάντηση.', en: 'template has no text after the front matter' },
  'template.noTriggers': {
    el: 'Χωρίς φράσεις πελάτη το πρότυπο βρίσκεται μόνο από τον τίτλο ή τη συντόμευση: προσθέστε πώς το γράφουν οι πελάτες.',
    en: 'template has no triggers: it can be found only by its title or shortcut',
  },
  'sop.noSteps': { el: 'Μια διαδικασία χρειάζεται τουλάχιστον ένα αριθμημένο βήμα (1., 2., …).', en: 'an SOP needs numbered steps (1., 2., …)' },
  'step.misnumbered': { el: 'Το βήμα {n} έπρεπε να είναι το {expected}: τα βήματα αριθμούνται 1, 2, 3 …, για να δείχνουν σε αυτά οι διακλαδώσεις.', en: 'step {n} should be numbered {expected} (number steps 1, 2, 3 … so branches can point to them)' },
  'branch.beforeStep': { el: 'Διακλάδωση πριν από το πρώτο βήμα: μεταφέρετέ τη σε βήμα.', en: 'branch before the first numbered step' },
  'branch.noTarget': { el: 'Η διακλάδωση «{bullet}» δεν λέει πού συνεχίζει: τελειώστε τη με «→ βήμα N» ή «→ κλιμάκωση».', en: 'branch "{bullet}" has no target: end it with "→ step N" or "→ escalate"' },
  'branch.noCondition': { el: 'Η διακλάδωση «{bullet}» δεν έχει συνθήκη: γράψτε πότε ισχύει.', en: 'branch "{bullet}" has no condition' },
  'branch.badTarget': { el: 'Το «{target}» δεν είναι βήμα ή κλιμάκωση: γράψτε «βήμα N» ή «κλιμάκωση».', en: 'branch target "{target}" is not "step N" or "escalate" (in Greek "βήμα N" or "κλιμάκωση")' },
  'step.noSuchStep': { el: 'Το βήμα {n} οδηγεί στο βήμα {to}, που δεν υπάρχει (βήματα 1–{last}): διαλέξτε υπαρκτό βήμα ή κλιμάκωση.', en: 'step {n} branches to step {to}, which does not exist (steps: 1–{last})' },
  'step.fallsThrough': {
    el: 'Το βήμα {n} λέει πού συνεχίζει μόνο όταν ισχύει η συνθήκη του ({jumps})· αλλιώς περνά στο βήμα {next}, όπου οδηγεί το βήμα {from} για άλλη περίπτωση: προσθέστε «Αλλιώς» με το βήμα που ταιριάζει (ή κλιμάκωση) για την άλλη έκβαση.',
    en: 'step {n} says where to go only when its condition holds ({jumps}); otherwise it falls into step {next}, which step {from} leads to for another case: add "Else → step N" (or "→ escalate") for the other outcome',
  },
  'step.loneElse': {
    el: 'Το βήμα {n} έχει μόνο «Αλλιώς → {to}», χωρίς συνθήκη πριν από αυτό: το «αλλιώς» δεν έχει σε τι να αντιτίθεται. Γράψτε τη συνθήκη που οδηγεί αλλού («Αν: … → κλιμάκωση») ή πείτε στο κείμενο του βήματος πού συνεχίζει ο εκπρόσωπος.',
    en: 'step {n} has only "Else → {to}", with no condition before it: the "else" has nothing to be otherwise to. Write the condition that leads elsewhere ("- If: … → escalate") or say in the step where the agent goes on',
  },
  'step.proseEscalation': {
    el: 'Το κείμενο του βήματος {n} λέει να κλιμακώσετε, αλλά το βήμα δεν έχει διακλάδωση προς την κλιμάκωση: γράψτε τη ως διακλάδωση («Αν: … → κλιμάκωση»), για να την προσφέρει το πάνελ.',
    en: 'step {n} says to escalate in its text but has no branch to the escalation: write it as a branch ("- If: … → escalate"), so the panel offers it',
  },
  'step.numberField': { el: 'Το «steps[{i}].n» είναι {n}: τα βήματα αριθμούνται 1, 2, 3 … με τη σειρά.', en: '"steps[{i}].n" is {n}: steps are numbered 1, 2, 3 … in order' },
  'step.linkNoTemplate': { el: 'Το «steps[{i}].templates» συνδέει το «{id}», που δεν είναι πρότυπο αυτού του πακέτου.', en: '"steps[{i}].templates" links "{id}", which is no template in this pack' },
  'link.unclosed': { el: 'Ο σύνδεσμος «[[» δεν κλείνει: γράψτε [[id-προτύπου]].', en: 'link "[[" is not closed: write [[template-id]]' },
  'link.noTemplate': { el: 'Το [[{id}]] δεν είναι πρότυπο αυτού του πακέτου: συνδέστε υπαρκτό πρότυπο.', en: 'link [[{id}]] points to no template in this pack' },
  'link.toSop': { el: 'Το [[{id}]] είναι διαδικασία· σε βήμα συνδέονται μόνο πρότυπα.', en: 'link [[{id}]] points to an SOP; link templates only' },
  'placeholder.unclosed': { el: 'Το σύμβολο «{excerpt}» δεν κλείνει: γράψτε {{όνομα}} σε μία γραμμή.', en: 'placeholder "{excerpt}" is not closed: write {{name}} on one line' },
  'placeholder.moreUnclosed': { el: '… και άλλα σύμβολα που δεν κλείνουν: {n}.', en: '… and {n} more placeholders not closed' },
  'placeholder.unknownNear': {
    el: 'Άγνωστο σύμβολο {raw}: μήπως εννοείτε {near}; Όπως είναι γραμμένο, ο εκπρόσωπος θα το έστελνε στον πελάτη αυτούσιο.',
    en: 'unknown placeholder {raw}: did you mean {near}? As written, the agent would send it to the customer as it is',
  },
  'body.markup': {
    el: 'Το κείμενο έχει κώδικα HTML («{markup}»), μάλλον από επικόλληση: ο εκπρόσωπος θα τον έστελνε στον πελάτη όπως είναι. Τα πρότυπα είναι απλό κείμενο· κρατήστε μόνο τις λέξεις και αλλάξτε γραμμή με Enter.',
    en: 'the text holds HTML ("{markup}"), likely pasted: the agent would send it to the customer as it is. Templates are plain text; keep only the words and start a new line with Enter',
  },
  'placeholder.unknown': { el: 'Άγνωστο σύμβολο {raw}: χρησιμοποιήστε ένα από τα γνωστά ({known}).', en: 'unknown placeholder {raw} (known: {known})' },
  'id.duplicate': { el: 'Το αναγνωριστικό «{id}» υπάρχει ήδη στο {where}: δώστε άλλο.', en: 'duplicate id "{id}" (also used by {where})' },
  'shortcut.duplicate': {
    el: 'Η συντόμευση «{shortcut}» ({formality}) υπάρχει ήδη στο «{other}» ({where}): δύο πρότυπα μοιράζονται συντόμευση μόνο αν διαφέρει το ύφος.',
    en: 'shortcut "{shortcut}" ({formality}) is also used by "{other}" ({where}); two templates may share a shortcut only when their formality differs',
  },
  'trigger.unmatchable': {
    el: 'Η φράση «{trigger}» δεν θα ταιριάξει ποτέ: {why}. Γράψτε τις λέξεις που θα χρησιμοποιούσε ένας πελάτης.',
    en: '"{id}": trigger "{trigger}" can never match: {why}; write the words a customer would use',
  },
  'trigger.noWords': { el: 'δεν έχει λέξεις (μόνο σημεία στίξης, σύμβολα ή μεγάλους αριθμούς)', en: 'it has no words (only punctuation, symbols or long numbers)' },
  'trigger.functionWords': {
    el: 'έχει μόνο λέξεις χωρίς δικό τους νόημα (άρθρα, προθέσεις, «και»), περισσότερες από {max}',
    en: 'it has only function words and more than {max} of them',
  },
  'review.passed': { el: 'Η ημερομηνία αναθεώρησης {date} πέρασε: ελέγξτε την καταχώριση και ορίστε νέα.', en: 'review date {date} has passed: check the entry and set a new reviewBy' },
  'review.packPassed': {
    el: 'Η προεπιλεγμένη ημερομηνία αναθεώρησης {date} πέρασε: ορίστε νέα (ισχύει για {n} καταχωρίσεις χωρίς δική τους ημερομηνία).',
    en: 'default review date {date} has passed (it applies to {n} entries without their own reviewBy)',
  },
  'review.packPassedOne': {
    el: 'Η προεπιλεγμένη ημερομηνία αναθεώρησης {date} πέρασε: ορίστε νέα (ισχύει για μία καταχώριση χωρίς δική της ημερομηνία).',
    en: 'default review date {date} has passed (it applies to {n} entry without their own reviewBy)',
  },

  // A fill-in field's options after the word before it (agreement.ts).
  'agreement.greek': {
    el: 'Με την επιλογή «{option}» το «{before} {raw}» διαβάζεται «{before} {option}»: μετά το «{before}» {needs}. Βάλτε το άρθρο ή το ρήμα μέσα σε κάθε επιλογή ({{field:το τιμολόγιο / την απόδειξη}}).',
    en: '"{before} {raw}" reads "{before} {option}" with the option "{option}": "{before}" needs {needs} after it; put the article or verb inside every option ({{field:το τιμολόγιο / την απόδειξη}})',
  },
  'agreement.english': {
    el: 'Με την επιλογή «{option}» το «{before} {raw}» διαβάζεται «{before} {option}»: μετά το «{before}» {needs}. Γράψτε κάθε επιλογή ώστε να διαβάζεται σωστά μετά το «{before}» ή μεταφέρετε το «{before}» μέσα στις επιλογές.',
    en: '"{before} {raw}" reads "{before} {option}" with the option "{option}": "{before}" needs {needs} after it; write every option so it reads after "{before}", or move "{before}" into the options',
  },
  'needs.noArticle': { el: 'δεν μπαίνει δεύτερο άρθρο', en: 'no second article' },
  'needs.verb': { el: 'χρειάζεται ρήμα', en: 'a verb' },
  'needs.neuterSingular': { el: 'χρειάζεται λέξη ουδέτερου γένους στον ενικό', en: 'a neuter singular word' },
  'needs.neuterPlural': { el: 'χρειάζεται λέξη ουδέτερου γένους στον πληθυντικό', en: 'a neuter plural word' },
  'needs.masculinePlural': { el: 'χρειάζεται λέξη αρσενικού γένους στον πληθυντικό', en: 'a masculine plural word' },
  'needs.femininePlural': { el: 'χρειάζεται λέξη θηλυκού γένους στον πληθυντικό', en: 'a feminine plural word' },
  'needs.masculine': { el: 'χρειάζεται λέξη αρσενικού γένους', en: 'a masculine word' },
  'needs.feminine': { el: 'χρειάζεται λέξη θηλυκού γένους', en: 'a feminine word' },
  'needs.plural': { el: 'χρειάζεται λέξη στον πληθυντικό', en: 'a plural word' },
  'needs.takesArticle': { el: 'χρειάζεται λέξη που παίρνει «{article}»', en: 'a word that takes "{article}"' },
  'needs.participle': { el: 'χρειάζεται μετοχή αορίστου («refunded», «sent»)', en: 'a past participle ("refunded", "sent")' },
  'needs.verbEnglish': { el: 'χρειάζεται ρήμα («refund», «send»)', en: 'a verb ("refund", "send")' },
  'needs.verbOrNoun': { el: 'χρειάζεται ρήμα ή ουσιαστικό, όχι μετοχή', en: 'a verb or a noun, not a participle' },

  // The pack's variables (pack-meta.ts, variables.ts, written-values.ts).
  'variables.notMap': {
    el: 'Το «variables» πρέπει να έχει μεταβλητές με την τιμή τους (όνομα: τιμή, π.χ. policy.refundCardDays: 5–10), όχι {value}.',
    en: '"variables" must be a map (name: value, e.g. policy.refundCardDays: 5–10), not {value}',
  },
  'variable.badName': {
    el: 'Το όνομα μεταβλητής «{name}» δεν είναι της μορφής ομάδα.όνομα (π.χ. policy.refundCardDays, company.name· οι ομάδες customer, agent, ticket και date είναι τα ενσωματωμένα σύμβολα).',
    en: 'variable name "{name}" is not group.name (e.g. policy.refundCardDays, company.name; the groups customer, agent, ticket and date are the built-in placeholders)',
  },
  'variable.notText': { el: 'Η μεταβλητή «{name}» πρέπει να είναι κείμενο ή αριθμός, όχι {value}.', en: 'variable "{name}" must be text or a number, not {value}' },
  'variable.empty': { el: 'Η μεταβλητή «{name}» είναι κενή: δώστε της τιμή ή αφαιρέστε τη.', en: 'variable "{name}" is empty: give it a value or remove it' },
  'variable.multiline': { el: 'Η μεταβλητή «{name}» πρέπει να είναι μία γραμμή: συμπληρώνεται μέσα σε προτάσεις.', en: 'variable "{name}" must be one line: it is filled into sentences' },
  'variable.markup': {
    el: 'Η μεταβλητή «{name}» περιέχει «{markup}»: η τιμή είναι απλό κείμενο και συμπληρώνεται όπως γράφεται· δεν μπορεί να έχει σύμβολο, άλλη μεταβλητή ή [[σύνδεσμο]] (γράψτε την ίδια την τιμή, π.χ. 30).',
    en: 'variable "{name}" holds "{markup}": a value is plain text, filled in as written; it cannot use a placeholder, another variable or a [[link]] (write the value itself, e.g. 30)',
  },
  'variable.notFilled': { el: 'Η μεταβλητή {{{name}}} δεν συμπληρώθηκε: φτιάξτε το πακέτο με το odigos build.', en: 'variable {{{name}}} was not filled in: build the pack with odigos build' },
  'variable.undefined': {
    el: 'Η μεταβλητή {{{name}}} δεν έχει οριστεί: προσθέστε τη στο pack.yaml, κάτω από το «variables».',
    en: 'variable {{{name}}} is not defined: add it under "variables" in pack.yaml',
  },
  'variable.undefinedOthers': {
    el: 'Η μεταβλητή {{{name}}} δεν έχει οριστεί: προσθέστε τη στο pack.yaml, κάτω από το «variables» (ορισμένες: {defined}).',
    en: 'variable {{{name}}} is not defined: add it under "variables" in pack.yaml (defined: {defined})',
  },
  'variable.unused': {
    el: 'Η μεταβλητή «{name}» ορίζεται στο pack.yaml αλλά δεν τη χρησιμοποιεί καμία καταχώριση: γράψτε τη ως {{{name}}} ή αφαιρέστε τη.',
    en: 'variable "{name}" is defined but no entry uses it: use it as {{{name}}} or remove it',
  },
  'variable.writtenValue': {
    el: 'Το «{shown}» γράφει την τιμή {value} απευθείας, ενώ το πακέτο την έχει στη μεταβλητή {names}: γράψτε τη μεταβλητή, ώστε μια αλλαγή στο pack.yaml να φτάνει και σε αυτό το κείμενο.',
    en: '"{shown}" is written as a number, but the pack has {names} = {value} for it: write the variable, so a change in pack.yaml reaches this text too',
  },
  'glossary.clash': {
    el: 'Οι όροι «{earlier}» και «{name}» γράφονται και οι δύο «{filled}» μόλις συμπληρωθούν οι μεταβλητές του πακέτου, οπότε θα έμενε μόνο ο ένας: μετονομάστε ή ενώστε τους.',
    en: 'glossary terms "{earlier}" and "{name}" both read "{filled}" once the pack\'s variables are filled in: the built glossary would keep only one; rename or merge them',
  },

  // Entries refused while SOPs link them (refused.ts), and where a problem is when a file holds many things.
  'refused.linked': { el: '{problem} {note}', en: '{problem} — {note}' },
  'refused.leftOut': { el: 'Το [[{id}]] μένει εκτός πακέτου λόγω των σφαλμάτων του. {note}', en: '[[{id}]] is left out of the pack for its errors — {note}' },
  'refused.noteOne': { el: 'Το [[{id}]] το συνδέει η διαδικασία {from}: ο σύνδεσμος θα λειτουργήσει μόλις διορθωθεί αυτό.', en: '[[{id}]] is linked from {from}: that link works once this is fixed' },
  'refused.noteMany': { el: 'Το [[{id}]] το συνδέουν οι διαδικασίες {from}: οι σύνδεσμοι θα λειτουργήσουν μόλις διορθωθεί αυτό.', en: '[[{id}]] is linked from {from}: those links work once this is fixed' },
  'refused.noteMore': {
    el: 'Το [[{id}]] το συνδέουν οι διαδικασίες {from} και άλλες {more}: οι σύνδεσμοι θα λειτουργήσουν μόλις διορθωθεί αυτό.',
    en: '[[{id}]] is linked from {from} and {more} more: those links work once this is fixed',
  },
  'at.entry': { el: 'Καταχώριση «{entry}»: {problem}', en: 'entry "{entry}": {problem}' },
  'at.entryNumber': { el: 'Καταχώριση #{n}: {problem}', en: 'entry #{n}: {problem}' },
  'at.name': { el: 'Όνομα {n}: {problem}', en: 'name {n}: {problem}' },
  'at.site': { el: 'Προφίλ ιστότοπου {n}: {problem}', en: 'site profile {n}: {problem}' },
  'item.unreadable': { el: 'δεν διαβάζεται ({detail})', en: 'cannot be read ({detail})' },
  'what.name': { el: 'Ένα όνομα', en: 'a name' },
  'what.pack': { el: 'Το πακέτο', en: 'the pack' },
  'what.compiled': { el: 'Ένα μεταγλωττισμένο πακέτο', en: 'a compiled pack' },
  'names.shape': { el: 'Το names.yaml πρέπει να έχει «names:» και από κάτω λίστα ονομάτων («- name: Νικολός»).', en: 'names.yaml must hold "names:" followed by a list of names ("- name: Νικολός")' },
  'name.notMap': { el: 'πρέπει να έχει πεδία (name, vocative, gender, kind), π.χ. «- name: Νικολός»', en: 'must be a map of fields (name, vocative, gender, kind), e.g. "- name: Νικολός"' },
  'name.unknownField': { el: 'άγνωστο πεδίο «{field}» (αγνοείται· γνωστά: {known})', en: 'unknown field "{field}" (ignored; known: {known})' },
  'name.duplicate': { el: 'το {name} υπάρχει ήδη (όνομα {first}): ισχύει το πρώτο', en: '{name} is already named (name {first}); the first one counts' },
  'name.noAccent': { el: 'το {word} ({field}) δεν έχει τόνο: γράψτε το όπως γράφεται (τα ονόματα με κεφαλαία παίρνουν τον τόνο τους από εδώ)', en: '"{field}" {word} has no accent: write it as it is spelt (names in capitals take their accent from here)' },
  'name.vocative': { el: 'η κλητική {vocative} δεν μοιάζει με τύπο του ονόματος {name}', en: '"vocative" {vocative} does not look like a form of {name}' },
  'sites.shape': { el: 'Το sites.yaml πρέπει να έχει «sites:» και από κάτω λίστα προφίλ ιστότοπων.', en: 'sites.yaml must hold "sites:" followed by a list of site profiles' },
  'format.missing': { el: 'λείπει (υποχρεωτικό)', en: 'missing (required)' },
  'format.unknown': { el: 'άγνωστο πεδίο (αγνοείται)', en: 'unknown field (ignored)' },
  'format.bare': { el: '{problem}', en: '{problem}' },
  'format.whole': { el: '{what} {problem}', en: '{what} {problem}' },
  'format.field': { el: 'Το πεδίο «{field}» {problem}', en: '"{field}" {problem}' },
  'format.predicate': { el: '{detail}', en: '{detail}' },
  'format.notMapList': { el: 'πρέπει να έχει πεδία, όχι λίστα', en: 'must be a map of fields, not a list' },
  'format.tooMany': { el: 'έχει {n} στοιχεία, περισσότερα από τα {max} που επιτρέπονται σε ένα πακέτο', en: 'has {n} items, more than the {max} a pack may have' },
  'format.reserved': { el: 'χρησιμοποιεί το δεσμευμένο κλειδί «{key}»: μετονομάστε το', en: 'uses the reserved key "{key}": rename it' },
  'format.moreUnknown': { el: '… και άλλα άγνωστα πεδία (αγνοούνται): {n}', en: '… and {n} more unknown fields (ignored)' },
  'format.notObject': { el: 'πρέπει να είναι αντικείμενο JSON, όχι {value}', en: 'must be a JSON object, not {value}' },
  // A compiled pack's fields against the format declaration (format.ts, in the words' predicate form).
  'format.notA': { el: 'πρέπει να είναι {what}, όχι {value}', en: 'must be {what}, not {value}' },
  'format.isNot': { el: 'είναι {value}, που δεν είναι {what}', en: 'is {value}, which is not {what}' },
  'format.notOneOf': { el: 'είναι {value}, που δεν είναι ένα από τα {values}', en: 'is {value}, which is not one of: {values}' },
  'format.mustBeOneOf': { el: 'πρέπει να είναι ένα από τα {values}, όχι {value}', en: 'must be one of: {values}, not {value}' },
  'format.mustBe': { el: 'πρέπει να είναι {expected}, όχι {value}', en: 'must be {expected}, not {value}' },
  'format.notDate': { el: 'είναι {value}, που δεν είναι ημερομηνία (γράψτε εεεε-μμ-ηη, π.χ. 2027-06-30)', en: 'is {value}, which is not a date (expected yyyy-mm-dd, e.g. 2027-06-30)' },
  'format.notWhole': { el: 'πρέπει να είναι ακέραιος αριθμός, όχι {value}', en: 'must be a whole number, not {value}' },
  'format.tooSmall': { el: 'πρέπει να είναι {min} ή περισσότερο, όχι {value}', en: 'must be {min} or more, not {value}' },
  'format.notMinutes': { el: 'πρέπει να είναι αριθμός λεπτών', en: 'must be a number of minutes' },
  'format.negativeMinutes': { el: 'πρέπει να είναι 0 ή περισσότερα λεπτά, όχι {value}', en: 'must be 0 or more minutes, not {value}' },
  'format.moreThan': { el: 'έχει περισσότερα από {max} στοιχεία', en: 'has more than {max} items' },
  'format.longerThan': { el: 'έχει περισσότερους από {max} χαρακτήρες', en: 'is longer than {max} characters' },
  'format.notGoto': { el: 'πρέπει να είναι αριθμός βήματος ή «escalate», όχι {value}', en: 'must be a step number or "escalate", not {value}' },
  'format.emptyList': { el: 'είναι κενή λίστα (γράψτε μία ή περισσότερες από {values})', en: 'is an empty list (expected one or more of: {values})' },
  'format.control': { el: 'περιέχει χαρακτήρα ελέγχου: σβήστε τον', en: 'contains a control character' },
  'format.controlLine': { el: 'πρέπει να είναι μία γραμμή χωρίς χαρακτήρες ελέγχου', en: 'must be one line without control characters' },
  'format.brokenChar': { el: 'περιέχει χαλασμένο χαρακτήρα (μισό ζεύγος UTF-16)', en: 'contains a broken character (an unpaired UTF-16 surrogate)' },
  'format.direction': {
    el: 'περιέχει αόρατο χαρακτήρα κατεύθυνσης ({char}), που αλλάζει τη σειρά με την οποία φαίνεται το κείμενο: σβήστε τον',
    en: 'contains an invisible direction control ({char}), which reorders the text as shown: remove it',
  },
  'format.invisible': { el: 'δεν δείχνει τίποτα: έχει μόνο αόρατους χαρακτήρες (κενά μηδενικού πλάτους, σημάδια κατεύθυνσης)', en: 'shows nothing: it holds only invisible characters (zero-width spaces, direction marks)' },
  'format.tooManyVariables': { el: 'έχει περισσότερες από {max} μεταβλητές', en: 'has more than {max} variables' },
  'format.notTerms': { el: 'δεν είναι όροι ευρετηρίου χωρισμένοι με κενά', en: 'is not index terms separated by spaces' },
  'format.notPostings': { el: 'δεν είναι λίστα εμφανίσεων ευρετηρίου', en: 'is not a postings list' },
  'format.indexVersion': { el: 'πρέπει να είναι {max} ή παλαιότερο, όχι {value} (φτιάξτε ξανά το πακέτο με το odigos build)', en: 'must be {max} or older, not {value} (rebuild the pack with odigos build)' },
  'format.notMatcher': {
    el: 'πρέπει να είναι τα δεδομένα αναζήτησης που γράφει το odigos build, όχι {value} (φτιάξτε ξανά το πακέτο με το odigos build)',
    en: 'must be the matcher data odigos build writes, not {value} (rebuild the pack with odigos build)',
  },
  'format.schema': { el: 'πρέπει να είναι "{schema}" (είναι πακέτο του Οδηγού;)', en: 'must be "{schema}" (is this an Odigos pack?)' },
  'format.newer': { el: 'είναι {value}, νεότερο από όσο καταλαβαίνει αυτό το εργαλείο ({max}): ενημερώστε τον Οδηγό', en: 'is {value}, newer than this tool understands ({max}): update Odigos' },
  'format.notRealTime': { el: 'δεν είναι πραγματική ημερομηνία και ώρα', en: 'is not a real date-time' },
  'kind.shape': { el: '{fields}', en: '{fields}' },
  'kind.text': { el: 'κείμενο', en: 'text' },
  'kind.date': { el: 'ημερομηνία (εεεε-μμ-ηη)', en: 'a date (yyyy-mm-dd)' },
  'kind.number': { el: 'αριθμός', en: 'a number' },
  'kind.minutes': { el: 'αριθμός λεπτών', en: 'a number of minutes' },
  'kind.list': { el: 'λίστα', en: 'a list' },
  'kind.map': { el: 'ομάδα πεδίων', en: 'a map' },
  'kind.fields': { el: 'ομάδα πεδίων', en: 'a map of fields' },
  'kind.entry': { el: 'καταχώριση (ομάδα πεδίων)', en: 'an entry (a map of fields)' },
  'kind.glossary': { el: 'όροι με τη σημασία τους (όρος: σημασία)', en: 'a map (term: meaning)' },
  'kind.variables': { el: 'μεταβλητές με την τιμή τους (όνομα: τιμή)', en: 'a map (name: value)' },
  'kind.siteProfile': { el: 'προφίλ ιστότοπου (ομάδα πεδίων)', en: 'a site profile (a map of fields)' },
  'kind.nameEntry': { el: 'όνομα (ομάδα πεδίων: name, vocative, gender, kind)', en: 'a name (a map of fields: name, vocative, gender, kind)' },
  'kind.matcher': { el: 'τα δεδομένα αναζήτησης που γράφει το odigos build', en: 'the matcher data odigos build writes' },
  'kind.isoTime': { el: 'ημερομηνία και ώρα ISO', en: 'an ISO date-time' },
  'kind.id': { el: 'έγκυρο αναγνωριστικό (λατινικά πεζά, ψηφία και «-», π.χ. double-card-charge)', en: 'a valid id (use a-z, 0-9 and "-", e.g. double-card-charge)' },
  'kind.semver': { el: 'έκδοση της μορφής 1.0.0', en: 'a semver version (e.g. 1.0.0)' },
  'kind.shortcut': { el: 'συντόμευση (μόνο γράμματα, ψηφία και «-»: χωρίς κενά ή σύμβολα)', en: 'a shortcut (letters, digits and "-" only: no spaces or symbols)' },
  'kind.nameWord': { el: 'μία λέξη ονόματος (μόνο γράμματα: χωρίς κενά, ψηφία ή σύμβολα)', en: 'one word of a name (letters only: no spaces, digits or symbols)' },
  'kind.base64Key': { el: 'κλειδί base64', en: 'a base64 key' },
  'kind.base64Signature': { el: 'υπογραφή base64', en: 'a base64 signature' },
  'kind.variableName': {
    el: 'όνομα μεταβλητής (ομάδα.όνομα, π.χ. policy.refundCardDays· όχι customer., agent., ticket. ή date.)',
    en: 'a variable name (group.name, e.g. policy.refundCardDays; not customer., agent., ticket. or date.)',
  },
  'kind.indexTerm': { el: 'όρος ευρετηρίου', en: 'an index term' },
  'format.empty': { el: 'είναι κενό', en: 'is empty' },
  'format.tooLong': {
    el: 'έχει {n} χαρακτήρες, περισσότερους από τους {max} που επιτρέπονται: συντομέψτε το ή μοιράστε το σε δύο καταχωρίσεις.',
    en: 'is {n} characters long, more than the {max} it may hold: shorten it or split it',
  },
  'json.invalid': { el: 'Μη έγκυρο JSON: {detail}', en: 'invalid JSON: {detail}' },
  'index.corrupt': { el: 'Το «index» είναι κατεστραμμένο: {detail} (φτιάξτε ξανά το πακέτο με το odigos build).', en: '"index" is corrupt: {detail} (rebuild the pack with odigos build)' },
  'index.misfit': {
    el: 'Το «index» δεν ταιριάζει με τις καταχωρίσεις ({detail}): φτιάχνεται ξανά από αυτές (το odigos build γράφει ένα που ταιριάζει).',
    en: '"index" does not fit the entries ({detail}): it is rebuilt from them (odigos build writes a fitting one)',
  },
  // A pack's signature (signing.ts): the pinned keys as their short labels (…last 12 characters).
  'signature.unsigned': {
    el: 'Το πακέτο δεν είναι υπογεγραμμένο, ενώ έχει οριστεί αξιόπιστο κλειδί υπογραφής ({keys}): ζητήστε από τον εκδότη του υπογεγραμμένο πακέτο (odigos sign).',
    en: 'the pack is not signed, but a signing key is pinned ({keys}): ask its publisher for a signed pack (odigos sign)',
  },
  'signature.malformed': {
    el: 'Η υπογραφή του πακέτου («signature») δεν έχει τη σωστή μορφή: πρέπει να είναι {alg: "Ed25519", publicKey, value}.',
    en: 'the pack\'s "signature" is malformed: it must be {alg: "Ed25519", publicKey, value}',
  },
  'signature.mismatch': {
    el: 'Η υπογραφή δεν αντιστοιχεί στο περιεχόμενο του πακέτου (κλειδί {key}): το αρχείο άλλαξε μετά την υπογραφή του.',
    en: 'the signature does not match the pack\'s content (key {key}): the file was changed after it was signed',
  },
  'signature.notPinned': {
    el: 'Το πακέτο έχει υπογραφεί με το κλειδί {key}, που δεν είναι ανάμεσα στα αξιόπιστα κλειδιά που έχουν οριστεί ({keys}).',
    en: 'the pack is signed by key {key}, which is not a pinned key ({keys})',
  },
  // A public key given to check signatures with (odigos verify --pub, a pinned key): the private one is never quoted.
  'publicKey.private': {
    el: 'είναι ιδιωτικό κλειδί, όχι δημόσιο: κρατήστε το μυστικό και δώστε το <name>.pub που έγραψε δίπλα του το odigos keygen',
    en: 'is a private key, not a public one: keep it secret, and give the <name>.pub that odigos keygen wrote beside it',
  },
  'publicKey.invalid': {
    el: 'το «{key}» δεν είναι δημόσιο κλειδί Ed25519 (αναμένεται η μία γραμμή που γράφει το odigos keygen στο <name>.pub)',
    en: '"{key}" is not an Ed25519 public key (expected the one line odigos keygen writes to <name>.pub)',
  },
  // A site profile (knowledge/site-profile.ts): a pack's sites.yaml, a compiled pack's sites, the agent's picker.
  'siteProfile.notObject': { el: 'Το προφίλ ιστότοπου πρέπει να είναι ομάδα πεδίων.', en: 'a site profile must be an object' },
  'siteProfile.unknownField': { el: 'Άγνωστο πεδίο «{key}».', en: 'unknown field "{key}"' },
  'siteProfile.required': { el: 'Το πεδίο «{key}» είναι υποχρεωτικό (κείμενο).', en: '"{key}" is required (text)' },
  'siteProfile.notText': { el: 'Το πεδίο «{key}» πρέπει να είναι κείμενο.', en: '"{key}" must be text' },
  'siteProfile.match': {
    el: 'Το «match» πρέπει να είναι προέλευση (https://desk.example.com), όνομα διακομιστή με μπαλαντέρ (*.example.com) ή μοτίβο αντιστοίχισης, όχι «{value}».',
    en: '"match" must be an origin (https://desk.example.com), a host glob (*.example.com) or a match pattern, not "{value}"',
  },
  'siteProfile.selector': { el: 'Ο επιλογέας «{key}» {problem}.', en: '"{key}" selector {problem}' },
  'selector.empty': { el: 'είναι κενός', en: 'is empty' },
  'selector.tooLong': { el: 'ξεπερνά τους 500 χαρακτήρες', en: 'is longer than 500 characters' },
  'selector.rules': { el: 'περιέχει { } ή ; (χρειάζεται επιλογέας, όχι κανόνες CSS)', en: 'contains { } or ; (a selector, not CSS rules)' },
  'selector.emptyPart': { el: 'έχει κενό μέρος γύρω από το >>>', en: 'has an empty part around >>>' },
  'selector.unmatched': { el: 'έχει «{c}» που δεν ανοίγει πουθενά', en: 'has an unmatched "{c}"' },
  'selector.unclosedQuote': { el: 'έχει εισαγωγικά που δεν κλείνουν', en: 'has an unclosed quote' },
  'selector.missing': { el: 'δεν κλείνει: λείπει το «{c}»', en: 'is missing "{c}"' },
  'siteProfile.nestedRepeat': {
    el: 'Η κανονική έκφραση του «ticketId» επαναλαμβάνει μια ομάδα που επαναλαμβάνεται ήδη η ίδια («{group}»): σε διεύθυνση που δεν ταιριάζει μπορεί να παγώσει τη σελίδα για λεπτά. Γράψτε την χωρίς τη μία από τις δύο επαναλήψεις (π.χ. /tickets\\/(\\d+)/).',
    en: '"ticketId" regular expression repeats a group that repeats itself ("{group}"), which can freeze the page for minutes on an address it does not match: write it without one of the two repeats (e.g. /tickets\\/(\\d+)/)',
  },
  'siteProfile.regex': { el: 'Η κανονική έκφραση του «ticketId» δεν είναι έγκυρη: {detail}', en: '"ticketId" regular expression is invalid: {detail}' },
  'at.meta': { el: 'Ρυθμίσεις πακέτου: {problem}', en: 'meta: {problem}' },
  'problems.more': { el: '… και άλλα προβλήματα: {n} (διορθώστε πρώτα αυτά).', en: '… and {n} more problems (fix these first)' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ProblemCode = keyof typeof PROBLEM_WORDS;

/**
 * A format.ts message said by its code: a schema library carries a message as text, so the code travels as JSON
 * and check-format.ts reads it back.
 */
export const issueSaid = (code: ProblemCode, params?: Record<string, ProblemParam>): string => JSON.stringify(said(code, params));

export const said = (code: ProblemCode, params?: Record<string, ProblemParam>): Said => (params ? { code, params } : { code });

/** What a value is, where a field wants another kind. */
export function valueSaid(value: unknown): Said {
  if (value === null || value === undefined) return said('value.empty');
  if (Array.isArray(value)) return said('value.list');
  if (typeof value === 'object') return said('value.map');
  if (typeof value === 'string') return said('value.text');
  if (typeof value === 'number') return said('value.number', { n: String(value) });
  return said('value.other', { value: String(value) });
}

/** A field's path as the reader's language names it (`steps[1].text` → «βήμα 2»); English keeps the path. */
export function fieldWords(key: string, lang: Lang): string {
  if (lang === 'en') return key;
  const step = /^steps\[(\d+)\]\.(?:text|branches\[(\d+)\]\.condition)$/.exec(key);
  if (step) return step[2] === undefined ? `βήμα ${Number(step[1]) + 1}` : `συνθήκη (βήμα ${Number(step[1]) + 1}, διακλάδωση ${Number(step[2]) + 1})`;
  const term = /^terms(?:\["(.*)"\]|\.(.*))$/.exec(key);
  if (term) return `σημασία του όρου «${term[1] ?? term[2]}»`;
  return FIELD_WORDS[key] ?? key;
}

const LOCALE: Record<Lang, string> = { el: 'el-GR', en: 'en-US' };

function param(name: string, value: ProblemParam, lang: Lang): string {
  // Grouped as each language writes them (20,000 / 20.000); line numbers are no parameters.
  if (typeof value === 'number') return value >= 1000 ? value.toLocaleString(LOCALE[lang]) : String(value);
  if (typeof value === 'string') return name === 'field' ? fieldWords(value, lang) : value;
  if (Array.isArray(value)) return value.map((v: string | Said) => (typeof v === 'string' ? v : problemWords(v, lang))).join(', ');
  return problemWords(value as Said, lang);
}

/** The problem in `lang`: its words with every parameter filled in (a place with no parameter stays as written). */
export function problemWords(s: Said, lang: Lang): string {
  const text: string = PROBLEM_WORDS[s.code][lang];
  const params = s.params ?? {};
  const words = lang === 'el' && typeof params.field === 'string' ? VALUE_WORDS[params.field] : undefined;
  return text.replace(/\{(\w+)\}/g, (all, k: string) => {
    if (!Object.hasOwn(params, k)) return all;
    const value = params[k]!;
    if (k === 'values' && words && Array.isArray(value)) return value.map((v: string | Said) => (typeof v === 'string' && words[v] ? `«${words[v]}»` : param(k, [v], lang))).join(', ');
    return param(k, value, lang);
  });
}

/** The parameters with `prefix` cut from every text (a private folder's path the reader never saw). */
export function withoutPrefix(params: Said['params'], prefix: string): Said['params'] {
  if (!params) return params;
  const cut = (p: ProblemParam): ProblemParam =>
    typeof p === 'string' ? p.split(prefix).join('') : typeof p === 'number' ? p : Array.isArray(p) ? p.map((x: string | Said) => cut(x) as string | Said) : { ...(p as Said), params: withoutPrefix((p as Said).params, prefix) };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, cut(v)]));
}
