/**
 * Every word odigos prints for a person (beside the pack problems', knowledge/pack/problem-words.ts, and each
 * command's help, declared with the command), Greek and English side by side, one group per command. `{name}` is a
 * place filled by cli-lang.ts. The English words are the ones odigos always said: scripts and tests that read them
 * keep working. `--json` uses them only for the English sentences its output has always carried beside the codes
 * (greet's `reasons`, said from the name module's reason codes).
 */
import type { Lang } from '../types';
import type { PluralForms } from '../text/plural';

export const CLI_STRINGS = {
  // odigos --help, <command> --help (main.ts).
  'help.title': { el: 'odigos — φτιάξτε, ελέγξτε και δοκιμάστε πακέτα γνώσεων του Odigos', en: 'odigos — build, check and try Odigos knowledge packs' },
  'help.usage': { el: 'Χρήση: odigos <εντολή> [επιλογές]', en: 'Usage: odigos <command> [options]' },
  'help.commands': { el: 'Εντολές:', en: 'Commands:' },
  'help.more': {
    el: 'Το «odigos <εντολή> --help» δείχνει τις επιλογές μιας εντολής. Όπου ζητείται αρχείο, το «-» διαβάζει την τυπική είσοδο.',
    en: 'Run "odigos <command> --help" for a command\'s options. A file argument "-" reads standard input.',
  },
  'help.usageLine': { el: 'Χρήση: odigos {usage}', en: 'Usage: odigos {usage}' },
  'help.options': { el: 'Επιλογές:', en: 'Options:' },
  'help.repeatable': { el: ' (δίνεται και πολλές φορές)', en: ' (repeatable)' },
  'help.exitCodes': { el: 'Κωδικοί εξόδου:', en: 'Exit codes:' },
  'help.exitLine': { el: 'Κωδικοί εξόδου: 0 ολοκληρώθηκε, {codes} (το odigos --help εξηγεί τον καθένα).', en: 'Exit codes: 0 done, {codes} (odigos --help says what each means).' },
  'help.done': { el: 'ολοκληρώθηκε', en: 'done' },
  'help.optHelp': { el: 'εμφανίζει αυτή τη βοήθεια', en: 'show this help' },
  'help.optLang': {
    el: 'η γλώσσα των μηνυμάτων (αλλιώς του τερματικού, από LC_ALL, LC_MESSAGES ή LANG)',
    en: "the language of the messages (default: the terminal's, from LC_ALL, LC_MESSAGES or LANG)",
  },

  // How a run ends (main.ts).
  'main.unknown': { el: 'odigos: άγνωστη εντολή «{name}»{hint}. Το «odigos --help» δείχνει τη λίστα.', en: 'odigos: unknown command "{name}"{hint}. Run "odigos --help" for the list.' },
  'main.didYouMean': { el: ' (μήπως εννοείτε «{hint}»;)', en: ' (did you mean "{hint}"?)' },
  'main.usage': { el: 'odigos {cmd}: {message}\nΧρήση: odigos {usage}\nΤο «odigos {cmd} --help» δίνει λεπτομέρειες.', en: 'odigos {cmd}: {message}\nUsage: odigos {usage}\nRun "odigos {cmd} --help" for details.' },
  'main.bug': {
    el: 'odigos {cmd}: απρόσμενο σφάλμα: {message} (σφάλμα του odigos: τρέξτε το ξανά με ODIGOS_DEBUG=1 και στείλτε μας ό,τι εμφανιστεί)',
    en: 'odigos {cmd}: unexpected error: {message} (a bug in odigos: run again with ODIGOS_DEBUG=1 and report the trace)',
  },
  'main.lang': { el: 'το --lang δέχεται el ή en, όχι «{value}»', en: '--lang must be el or en, not "{value}"' },
  // node:util parseArgs's refusals, by their codes (its English words are kept as they were).
  'args.unknownOption': { el: 'άγνωστη επιλογή «{option}»', en: "Unknown option '{option}'" },
  'args.noValue': { el: 'η επιλογή «{option}» θέλει τιμή', en: "Option '{option}' argument missing" },
  'args.ambiguous': { el: 'η τιμή του «{option}» μοιάζει με επιλογή· αν είναι τιμή, γράψτε «{option}=<τιμή>»', en: "Option '{option}' argument is ambiguous." },
  'args.takesNoValue': { el: 'η επιλογή «{option}» δεν παίρνει τιμή', en: "Option '{option}' does not take an argument" },

  // Options and arguments (args.ts).
  'args.missingOption': { el: 'λείπει το --{name} <{what}>', en: 'missing --{name} <{what}>' },
  'args.missing': { el: 'λείπει: {names}', en: 'missing {names}' },
  'args.unexpected': { el: 'περιττό όρισμα «{arg}»', en: 'unexpected argument "{arg}"' },
  'args.range': { el: 'το --{name} πρέπει να είναι {range}, όχι «{raw}»', en: '--{name} must be {range}, not "{raw}"' },
  'args.whole': { el: 'ακέραιος', en: 'a whole number' },
  'args.number': { el: 'αριθμός', en: 'a number' },
  'args.fromTo': { el: '{kind} από {min} έως {max}', en: '{kind} from {min} to {max}' },
  'args.oneOf': { el: 'το --{name} δέχεται {allowed}, όχι «{value}»', en: '--{name} must be {allowed}, not "{value}"' },
  'args.noPack': { el: 'λείπει το --pack <src-dir|pack.json>', en: 'missing --pack <src-dir|pack.json>' },
  'args.emptyStdin': { el: 'η τυπική είσοδος είναι κενή: δώστε της το μήνυμα του πελάτη', en: 'standard input is empty: pipe the customer message into it' },
  'args.emptyMessage': { el: 'το μήνυμα του πελάτη είναι κενό', en: 'the customer message is empty' },
  'args.noMessage': { el: 'λείπει το μήνυμα του πελάτη (ή το --stdin)', en: 'missing the customer message (or --stdin)' },
  'args.messageTwice': {
    el: 'δώστε το μήνυμα είτε ως λέξεις είτε στην τυπική είσοδο (--stdin), όχι και τα δύο',
    en: 'give the message either as words or on standard input (--stdin), not both',
  },
  'args.packStdin': {
    el: 'ένα πακέτο δεν διαβάζεται από την τυπική είσοδο: δώστε τον φάκελο πηγής του ή ένα pack.json',
    en: 'a pack cannot be read from standard input: give a pack source folder or a pack.json',
  },
  'args.sourceStdin': { el: 'ο φάκελος πηγής ενός πακέτου δεν διαβάζεται από την τυπική είσοδο', en: 'a pack source folder cannot be read from standard input' },
  'args.folderOut': { el: 'το {option} θέλει όνομα αρχείου, και το {path} είναι φάκελος (π.χ. {option} {example})', en: '{option} needs a file name, and {path} is a folder (e.g. {option} {example})' },

  // Reading inputs and writing outputs (inputs.ts).
  'in.stdin': { el: 'τυπική είσοδος', en: 'standard input' },
  'in.aFile': { el: 'αρχείο εισόδου', en: 'an input file' },
  'in.aMessage': { el: 'μήνυμα πελάτη (δώστε μόνο το μήνυμα)', en: 'a customer message (pipe in the message alone)' },
  'in.message': { el: 'το μήνυμα του πελάτη ως κείμενο UTF-8', en: 'the customer message as UTF-8 text' },
  'in.cannotRead': { el: '{name}: δεν διαβάζεται: {why}', en: '{name}: cannot read: {why}' },
  'in.stdinTooLarge': { el: 'τυπική είσοδος: περισσότερα από {max}, όσα το πολύ δέχεται το odigos ως {what}', en: 'standard input: more than {max}, the most odigos takes as {what}' },
  'in.isFolder': { el: '{path}: είναι φάκελος· δώστε {what}', en: '{path}: is a folder; give {what}' },
  'in.noFile': { el: '{path}: δεν υπάρχει τέτοιο αρχείο (δώστε {what})', en: '{path}: no such file (give {what})' },
  'in.tooLarge': { el: '{path}: το αρχείο είναι {size} MB, περισσότερο από τα {max} που διαβάζει το odigos', en: '{path}: the file is {size} MB, more than the {max} odigos reads' },
  'in.notText': { el: '{name}: {problem}', en: '{name}: {problem}' },
  'in.notTextGive': { el: '{name}: {problem}· δώστε {what}', en: '{name}: {problem}; give {what}' },
  'in.pathThroughFile': { el: '{path}: δεν γράφεται: το {dir} είναι αρχείο, όχι φάκελος', en: '{path}: cannot write: {dir} is a file, not a folder' },
  'in.noFolderMade': { el: 'ο φάκελος {at} δεν δημιουργείται ({why})', en: 'the folder {at} cannot be created ({why})' },
  'in.cannotWrite': { el: '{path}: δεν γράφεται: {why}', en: '{path}: cannot write: {why}' },
  'in.notJsonLines': { el: '{name}: δεν είναι JSON Lines (η γραμμή {line} είναι {excerpt})· δώστε {what}', en: '{name}: not JSON Lines (line {line} is {excerpt}); give {what}' },
  'in.notJsonLine': { el: '{name}:{line}: δεν είναι γραμμή JSON: {excerpt}', en: '{name}:{line}: not a JSON line: {excerpt}' },
  'in.more': { el: '… και άλλες {n}', en: '… and {n} more' },
  'in.badJsonOne': { el: '{name}: 1 γραμμή δεν είναι JSON· διορθώστε την (ένα αντικείμενο JSON ανά γραμμή)', en: '{name}: 1 line is not JSON; fix it (one JSON object per line)' },
  'in.badJson': { el: '{name}: {n} γραμμές δεν είναι JSON· διορθώστε τις (ένα αντικείμενο JSON ανά γραμμή)', en: '{name}: {n} lines are not JSON; fix them (one JSON object per line)' },
  'in.noShape': {
    el: '{name}: καμία γραμμή δεν είναι {form}· δώστε ένα αρχείο JSON Lines με ένα {form} ανά γραμμή',
    en: '{name}: no line is {form}; give a JSON Lines file with one {form} per line',
  },
  'in.badShapeOne': { el: '{name}: 1 γραμμή δεν είναι {form}· διορθώστε την (δεν έτρεξε τίποτα)', en: '{name}: 1 line is not {form}; fix it (nothing was run)' },
  'in.badShape': { el: '{name}: {n} γραμμές δεν είναι {form}· διορθώστε τις (δεν έτρεξε τίποτα)', en: '{name}: {n} lines are not {form}; fix them (nothing was run)' },
  'in.noFolder': {
    el: '{path}: δεν υπάρχει τέτοιος φάκελος (δώστε τον φάκελο πηγής ενός πακέτου: αυτόν με το pack.yaml)',
    en: '{path}: no such folder (give a pack source folder: the folder with pack.yaml)',
  },
  'in.compiled': {
    el: '{path}: είναι μεταγλωττισμένο πακέτο, όχι φάκελος πηγής· δώστε τον φάκελο με το pack.yaml (το odigos validate ελέγχει ένα pack.json)',
    en: '{path}: is a compiled pack, not a source folder; give the folder with pack.yaml (odigos validate checks a pack.json)',
  },
  'in.notFolder': { el: '{path}: είναι αρχείο, όχι φάκελος πηγής πακέτου· δώστε τον φάκελο με το pack.yaml', en: '{path}: is a file, not a pack source folder; give the folder with pack.yaml' },

  // Validate, build and the packs any command loads.
  'validate.ok': { el: 'ΕΝΤΑΞΕΙ: {pack} {version}, {entries} — {errors}, {warnings}', en: 'OK: {pack} {version}, {entries} — {errors}, {warnings}' },
  'validate.failed': { el: 'ΑΠΕΤΥΧΕ: {pack} {version}, {entries} — {errors}, {warnings}', en: 'FAILED: {pack} {version}, {entries} — {errors}, {warnings}' },
  'validate.noPack': { el: 'ΑΠΕΤΥΧΕ: {path} — {errors}, {warnings}', en: 'FAILED: {path} — {errors}, {warnings}' },
  'build.failed': { el: '{src}: {errors}, {warnings}{strict}· δεν γράφτηκε τίποτα', en: '{src}: {errors}, {warnings}{strict}; nothing written' },
  'build.tooLarge': {
    el: '{src}: το πακέτο θα ήταν {size}, περισσότερο από τα {max} που επιτρέπονται· χωρίστε το σε περισσότερα πακέτα· δεν γράφτηκε τίποτα',
    en: '{src}: the compiled pack would be {size}, more than the {max} a pack may be; split it into several packs; nothing written',
  },
  'build.selfCheck': {
    el: '{out}: το πακέτο που φτιάχτηκε δεν περνά τον δικό του έλεγχο{first}· είναι σφάλμα του odigos, αναφέρετέ το· δεν γράφτηκε τίποτα',
    en: '{out}: the compiled pack fails its own check{first}; this is a fault in odigos, please report it; nothing written',
  },
  'build.done': { el: 'Φτιάχτηκε το {pack} {version}: {entries} ({sops}, {templates}) → {out}', en: 'Built {pack} {version}: {entries} ({sops}, {templates}) → {out}' },
  'load.more': { el: '… και άλλα {n} (το odigos validate {path} τα δείχνει όλα)', en: '… and {n} more (odigos validate {path} lists them all)' },
  'load.failed': { el: '{path}: το πακέτο έχει {errors}· διορθώστε τα και δοκιμάστε ξανά', en: '{path}: the pack has {errors}; fix them and try again' },
  'load.failedOne': { el: '{path}: το πακέτο έχει 1 σφάλμα· διορθώστε το και δοκιμάστε ξανά', en: '{path}: the pack has 1 error; fix it and try again' },
  'load.noVectors': {
    el: 'προειδοποίηση: τα αγγλικά διανύσματα λέξεων δεν διαβάστηκαν ({why}): ταιριάζουν μόνο οι λέξεις',
    en: 'warning: the English word vectors could not be read ({why}): matching words only',
  },

  // eval (with --cases) and eval --cv.
  'eval.cases': { el: 'Περιπτώσεις: {n}', en: 'Cases: {n}' },
  'eval.top1': { el: 'Πρώτη σωστή: {pct} ({hits}/{n})', en: 'Top-1: {pct} ({hits}/{n})' },
  'eval.top3': { el: 'Στις τρεις πρώτες: {pct} ({hits}/{n})', en: 'Top-3: {pct} ({hits}/{n})' },
  'eval.mrr': { el: 'Μέση αντίστροφη θέση (MRR): {mrr}', en: 'MRR:   {mrr}' },
  'eval.misses': { el: 'Αστοχίες ({n}):', en: 'Misses ({n}):' },
  'eval.miss': { el: '  γραμμή {line}: {text}\n    αναμενόταν {expected}· ήρθε πρώτη {got}{rank}', en: '  line {line}: {text}\n    expected {expected}; got {got}{rank}' },
  'eval.nothing': { el: 'καμία', en: 'nothing' },
  'eval.rank': { el: ' (η αναμενόμενη στη θέση {rank})', en: ' (expected at rank {rank})' },
  'eval.passed': { el: 'ΠΕΡΑΣΕ: πρώτη σωστή ≥ {min}', en: 'PASSED: top-1 ≥ {min}' },
  'eval.failed': { el: 'ΑΠΕΤΥΧΕ: πρώτη σωστή {got} < {min}', en: 'FAILED: top-1 {got} < {min}' },
  'eval.unknownId': { el: '{file}:{line}: προειδοποίηση: η αναμενόμενη {ids} δεν υπάρχει σε κανένα πακέτο', en: '{file}:{line}: warning: expected {ids} is in none of the packs' },
  'eval.casesAndCv': { el: 'δώστε είτε --cases είτε --cv, όχι και τα δύο', en: 'give either --cases or --cv, not both' },
  'eval.packOption': { el: 'δώστε το πακέτο με το --pack: odigos eval --pack {path} …', en: 'give the pack with --pack: odigos eval --pack {path} …' },
  'eval.noCases': { el: '{file}: δεν έχει περιπτώσεις· δώστε μία {form} ανά γραμμή', en: '{file}: no cases; give one {form} per line' },
  'eval.casesFile': { el: 'ένα αρχείο JSON Lines με {form}', en: 'a JSON Lines file of {form}' },
  'eval.expectedCase': { el: 'αναμενόταν {form}', en: 'expected {form}' },
  'cv.none': {
    el: 'καμία καταχώριση δεν έχει δύο ή περισσότερες φράσεις πελάτη: δεν υπάρχει φράση να δοκιμαστεί χωριστά',
    en: 'no entry has two triggers or more: there is nothing to hold out',
  },
  'cv.heading': {
    el: 'Διασταυρωμένη επικύρωση με τις φράσεις πελάτη των ίδιων των καταχωρίσεων ({k} τμήματα): {n} φράσεις αναζητήθηκαν αφού αφαιρέθηκαν από την καταχώρισή τους',
    en: "Cross-validation over the entries' own triggers ({k} folds): {n} held-out triggers",
  },
  'cv.top1': { el: 'Πρώτη σωστή: {pct}', en: 'Top-1: {pct}' },
  'cv.top3': { el: 'Στις τρεις πρώτες: {pct}', en: 'Top-3: {pct}' },
  'cv.confused': { el: 'Συγχύσεις (αναμενόμενη → ήρθε πρώτη, φορές· ένα παράδειγμα):', en: 'Confused (expected → came first, times; an example):' },
  'cv.confusion': { el: '  {expected} → {got}  ×{count}  «{example}»', en: '  {expected} → {got}  ×{count}  "{example}"' },
  'cv.more': { el: '  … και άλλες {n} (το --json τις δείχνει όλες)', en: '  … and {n} more (--json lists all)' },
  // What cross-validate.ts's NO_ENTRY stands for in a confusion (--json keeps "(nothing)").
  'cv.noEntry': { el: '(καμία)', en: '(nothing)' },
  'cv.fix': {
    el: 'Τι να κάνετε: προσθέστε στην αναμενόμενη καταχώριση φράσεις πελάτη με τις λέξεις του παραδείγματός της, που δεν έχει η καταχώριση που ήρθε πρώτη{none}. Το odigos suggest --pack … "<παράδειγμα>" δείχνει γιατί ταίριαξε μια καταχώριση.',
    en: 'To fix: add triggers to the expected entry in the words of its example, ones the entry that came first does not have{none}. odigos suggest --pack … "<example>" shows why an entry matched.',
  },
  'cv.fixNone': {
    el: '· {none}: για το παράδειγμα δεν βγήκε καμία καταχώριση, άρα προσθέστε φράσεις με τα λόγια των ίδιων των πελατών',
    en: "; {none}: no entry came up for the example, so add triggers in customers' own words",
  },

  // suggest.
  'suggest.cues': { el: 'Ενδείξεις: {cues}', en: 'Cues: {cues}' },
  'suggest.none': { el: 'Καμία πρόταση.', en: 'No suggestions.' },
  'suggest.line': { el: '{i}. {title}  [{type}] {pack}/{entry}  βαθμός {score}', en: '{i}. {title}  [{type}] {pack}/{entry}  score {score}' },
  'suggest.word': { el: '«{word}» ({fields})', en: '"{word}" in {fields}' },
  'suggest.sep': { el: '· ', en: '; ' },
  'suggest.matched': { el: 'ταίριαξαν: {words}', en: 'matched {words}' },
  'suggest.similar': { el: 'μοιάζει στο νόημα με το «{to}» (καμία κοινή λέξη)', en: 'similar in meaning to "{to}" (no word in common)' },
  'suggest.common': {
    el: 'δεν ταίριαξε καμία λέξη περιεχομένου (μόνο συνηθισμένες λέξεις: {fields})',
    en: 'no content word matched (only common words, in {fields})',
  },
  'suggest.raised': { el: 'ανέβηκε λόγω «{cue}» ({why})', en: 'raised for {cue} ({why})' },
  'suggest.praise': { el: 'απαντά σε έπαινο', en: 'it answers praise' },
  'suggest.tone': { el: 'ταιριάζει ο τόνος του προτύπου', en: "the template's tone fits" },
  'suggest.type': { el: 'το --type δέχεται sop ή template, όχι «{value}»', en: '--type must be sop or template, not "{value}"' },
  'suggest.stage': { el: 'το --stage δέχεται {stages}, όχι «{value}»', en: '--stage must be {stages}, not "{value}"' },
  'suggest.both': { el: 'δώστε είτε μήνυμα είτε --batch <queries.jsonl>, όχι και τα δύο', en: 'give either a message or --batch <queries.jsonl>, not both' },
  'suggest.noMessage': {
    el: 'λείπει το μήνυμα του πελάτη (ή το --stdin, ή το --batch <queries.jsonl>)',
    en: 'missing the customer message (or --stdin, or --batch <queries.jsonl>)',
  },
  'suggest.emptyBatch': { el: '{file}: δεν έχει ερωτήματα (είναι κενό)· δώστε {what}, ένα ανά γραμμή', en: '{file}: has no queries (it is empty); give {what}, one per line' },
  'suggest.queries': { el: 'ένα αρχείο JSON Lines με {"id": …, "text": "…"}', en: 'a JSON Lines file of {"id": …, "text": "…"}' },
  'suggest.expected': { el: 'αναμενόταν {"id": …, "text": "…"}', en: 'expected {"id": …, "text": "…"}' },

  // An entry's type, as suggest and list show it.
  'type.sop': { el: 'διαδικασία', en: 'sop' },
  'type.template': { el: 'πρότυπο', en: 'template' },

  // cues.
  'cues.none': { el: 'Καμία ένδειξη.', en: 'No cues.' },
  'cues.notText': {
    el: 'Καμία ένδειξη: το μήνυμα δεν είναι κείμενο (κυρίως σύμβολα ή μη αναγνώσιμα bytes).',
    en: 'No cues: the message is not text (mostly symbols or unreadable bytes).',
  },

  // greet.
  'greet.salutation': { el: 'προσφώνηση', en: 'salutation' },
  'greet.vocative': { el: 'κλητική', en: 'vocative' },
  'greet.first': { el: 'όνομα', en: 'first name' },
  'greet.last': { el: 'επώνυμο', en: 'surname' },
  'greet.gender': { el: 'φύλο', en: 'gender' },
  'greet.understood': { el: 'κατανόηση', en: 'understood' },
  'greet.m': { el: 'άνδρας', en: 'male' },
  'greet.f': { el: 'γυναίκα', en: 'female' },
  'greet.unknown': { el: 'άγνωστο (γι’ αυτό η προσφώνηση είναι ουδέτερη)', en: 'unknown (so the salutation is neutral)' },
  'greet.reasons': { el: '{reasons} (βεβαιότητα {confidence})', en: '{reasons} (confidence {confidence})' },
  'greet.both': { el: 'τα --formal και --informal αποκλείουν το ένα το άλλο', en: '--formal and --informal exclude each other' },
  'greet.noName': { el: 'λείπει το όνομα (ή τα --first/--last, --email ή --file)', en: 'missing the name (or --first/--last, --email, or --file)' },
  'greet.emptyFile': { el: '{file}: δεν έχει ονόματα (είναι κενό)· δώστε {what}', en: '{file}: has no names (it is empty); give {what}' },
  'greet.names': { el: 'ένα αρχείο κειμένου με ονόματα, ένα ανά γραμμή', en: 'a text file of names, one a line' },
  // Why the name was read so: the name module's reason codes (knowledge/names/reasons.ts) with their named parts.
  // The English is the sentence greet --json has always carried in `reasons` (the codes are beside it).
  'greet.reason.email.firstUnsure': {
    el: 'το όνομα «{name}» της διεύθυνσης γράφεται με περισσότερους από έναν τρόπους στα ελληνικά (παραλείφθηκε)',
    en: 'the first name «{name}» of the address may be spelt several ways in Greek (left out)',
  },
  'greet.reason.email.surnameUnsure': {
    el: 'το επώνυμο «{name}» της διεύθυνσης γράφεται με περισσότερους από έναν τρόπους στα ελληνικά (παραλείφθηκε)',
    en: 'the surname «{name}» of the address may be spelt several ways in Greek (left out)',
  },
  'greet.reason.email.read': { el: 'από τη διεύθυνση {local}@…: {name}', en: 'read from the address {local}@…: {name}' },
  'greet.reason.email.showsFirst': { el: 'η διεύθυνση e-mail {local}@… δείχνει ποια λέξη είναι το όνομα', en: 'the e-mail address {local}@… shows which word is the first name' },
  'greet.reason.email.ofSurname': { el: 'η διεύθυνση e-mail {local}@… σχηματίζεται από το επώνυμο', en: 'the e-mail address {local}@… is made from the surname' },
  'greet.reason.email.surnameGender': { el: 'το επώνυμο δεν ταιριάζει στο φύλο του ονόματος (παραλείφθηκε)', en: "its surname is not of the first name's gender (left out)" },
  'greet.reason.field.email': { el: 'το πεδίο του ονόματος έχει διεύθυνση e-mail, όχι όνομα', en: 'the name field holds an e-mail address, not a name' },
  'greet.reason.field.personPart': { el: 'το πρόσωπο μέσα στο «{text}»', en: "the person's part of «{text}»" },
  'greet.reason.company': { el: 'όνομα εταιρείας, όχι προσώπου (ουδέτερη προσφώνηση)', en: "a company's name, not a person's (addressed neutrally)" },
  'greet.reason.placeholder': { el: 'δεν δόθηκε όνομα (το πεδίο έχει μόνο ενδεικτικό κείμενο)', en: 'no name given (the field holds a placeholder)' },
  'greet.reason.labels.firstLast': { el: 'η σελίδα δίνει χωριστά όνομα και επώνυμο', en: 'the page labels first name and surname' },
  'greet.reason.labels.company': { el: 'η σελίδα το δίνει ως όνομα εταιρείας (ουδέτερη προσφώνηση)', en: "the page labels it a company's name (addressed neutrally)" },
  'greet.reason.soleTrader': { el: 'το όνομα της εταιρείας είναι όνομα προσώπου (ατομική επιχείρηση)', en: "the company's name is a person's (a sole trader)" },
  'greet.reason.swapped': { el: 'το όνομα και το επώνυμο ήταν αντεστραμμένα', en: 'first name and surname were swapped' },
  'greet.reason.oneWord.surname': { el: 'μία λέξη: επώνυμο, από την κατάληξή της ή τη λίστα ονομάτων', en: 'one word, a surname by its ending or the name list' },
  'greet.reason.oneWord.first': { el: 'μία λέξη: θεωρήθηκε όνομα', en: 'one word, taken as the first name' },
  'greet.reason.order.comma': { el: 'κόμμα μετά το επώνυμο', en: 'a comma after the surname' },
  'greet.reason.order.surnameFirst': { el: 'πρώτα το επώνυμο, όπως γράφουν τα ονόματα τα ελληνικά μητρώα και πολλά CRM', en: 'surname first, as Greek registries and many CRMs write names' },
  'greet.reason.order.firstFirst': { el: 'πρώτα το όνομα', en: 'first name first' },
  'greet.reason.order.firstFirstDefault': { el: 'πρώτα το όνομα (τίποτα δεν δείχνει το αντίθετο)', en: 'first name first (nothing says otherwise)' },
  'greet.reason.gender.title': { el: 'φύλο από τον τίτλο που δίνει η σελίδα', en: 'gender from the title the page gives' },
  'greet.reason.gender.firstName': { el: 'φύλο από το όνομα {name}', en: 'gender from the first name {name}' },
  'greet.reason.gender.surnameEnding': { el: 'φύλο από την κατάληξη του επωνύμου', en: "gender from the surname's ending" },
  'greet.reason.gender.firstEnding': { el: 'φύλο από την κατάληξη του ονόματος', en: "gender from the first name's ending" },
  'greet.reason.gender.unknown': { el: 'άγνωστο φύλο', en: 'gender unknown' },
  'greet.reason.stress.page': { el: 'ο τόνος του {name} από τη σελίδα («{seen}»)', en: 'stress of {name} from the page («{seen}»)' },
  'greet.reason.goesBy.after': {
    el: 'χρησιμοποιεί το {name} (δίπλα στο {beside}, σε παρένθεση ή εισαγωγικά μετά από αυτό)',
    en: 'goes by {name} (beside {beside}, in brackets or quotes after it)',
  },
  'greet.reason.goesBy.brackets': { el: 'χρησιμοποιεί το {name} (δίπλα στο {beside}, το ένα από τα δύο σε παρένθεση)', en: 'goes by {name} (beside {beside}, one of the two in brackets)' },
  'greet.reason.case.nominative': { el: '«{written}» σε άλλη πτώση μετά τον τίτλο: στην ονομαστική {name}', en: '«{written}» in another case after the title: in the nominative {name}' },
  'greet.reason.case.unsure': {
    el: 'η ονομαστική του «{name}» δεν είναι βέβαιη: γράφεται όπως στη σελίδα, χωρίς προσφώνηση με αυτό',
    en: 'the nominative of «{name}» is not certain: written as the page has it, not addressed by it',
  },

  // diff and list.
  'diff.added': { el: 'Προστέθηκαν ({n}):', en: 'Added ({n}):' },
  'diff.removed': { el: 'Αφαιρέθηκαν ({n}):', en: 'Removed ({n}):' },
  'diff.changed': { el: 'Άλλαξαν ({n}):', en: 'Changed ({n}):' },
  'diff.meta': { el: 'Άλλαξαν τα στοιχεία του πακέτου: {fields}', en: 'Pack details changed: {fields}' },
  'diff.none': { el: 'Καμία αλλαγή.', en: 'No changes.' },
  'diff.warning': { el: 'προειδοποίηση: {text}', en: 'warning: {text}' },
  // knowledge/pack/diff.ts's warnings by their codes (warningCodes: `diff.<code>`); the English is its `warnings`.
  'diff.otherPack': { el: 'είναι διαφορετικά πακέτα («{a}» και «{b}»)', en: 'these are different packs ("{a}" and "{b}")' },
  'diff.backwards': { el: 'η έκδοση πηγαίνει προς τα πίσω ({a} → {b})', en: 'the version goes backwards ({a} → {b})' },
  'diff.notBumped': {
    el: 'το περιεχόμενο άλλαξε αλλά η έκδοση όχι (ακόμη {a}): στους εκπροσώπους δεν θα προταθεί η ενημέρωση',
    en: 'the content changed but the version was not bumped (still {a}): agents will not be offered the update',
  },
  'list.heading': { el: '{pack} {version} — {name} ({entries})', en: '{pack} {version} — {name} ({entries})' },

  // keygen, sign, verify.
  'keygen.existsOne': {
    el: 'το {files} υπάρχει ήδη: ένα νέο κλειδί θα άφηνε ορφανά τα πακέτα που υπογράφηκαν με αυτό (το --force το αντικαθιστά)',
    en: '{files} already exists: a new key would orphan the packs signed with it (use --force to replace)',
  },
  'keygen.exist': {
    el: 'τα {files} υπάρχουν ήδη: ένα νέο κλειδί θα άφηνε ορφανά τα πακέτα που υπογράφηκαν με αυτό (το --force τα αντικαθιστά)',
    en: '{files} already exist: a new key would orphan the packs signed with it (use --force to replace)',
  },
  'keygen.done': { el: 'Ιδιωτικό κλειδί: {key} (κρατήστε το μυστικό)\nΔημόσιο κλειδί: {pub}\n{value}', en: 'Private key: {key} (keep it secret)\nPublic key:  {pub}\n{value}' },
  'sign.done': { el: 'Υπογράφηκε το {pack} {version} → {file}\nΔημόσιο κλειδί: {key}', en: 'Signed {pack} {version} → {file}\nPublic key: {key}' },
  'sign.notFile': {
    el: '{file}: το odigos sign ξαναγράφει ένα pack.json, και αυτό είναι {what}: φτιάξτε πρώτα το πακέτο (odigos build <src-dir> -o pack.json) και υπογράψτε το pack.json',
    en: '{file}: sign rewrites a pack.json, and this is {what}: build it first (odigos build <src-dir> -o pack.json), then sign the pack.json',
  },
  'sign.stdin': { el: 'η τυπική είσοδος', en: 'standard input' },
  'sign.folder': { el: 'φάκελος', en: 'a folder' },
  'sign.notKey': { el: '{file}: δεν είναι ιδιωτικό κλειδί· δώστε {what}', en: '{file}: not a private key; give {what}' },
  'sign.keyFile': { el: 'το αρχείο <name>.key που γράφει το odigos keygen', en: 'the <name>.key file that odigos keygen writes' },
  'sign.notEd25519': {
    el: '{file}: είναι κλειδί {type}· τα πακέτα υπογράφονται με κλειδιά Ed25519 (φτιάξτε ένα με το odigos keygen)',
    en: '{file}: is a {type} key; packs are signed with Ed25519 keys (make one with odigos keygen)',
  },
  'verify.unsigned': { el: '{file}: το πακέτο δεν είναι υπογεγραμμένο (odigos sign {file} --key <name>.key)', en: '{file}: the pack is not signed (odigos sign {file} --key <name>.key)' },
  'verify.pinned': { el: '{file}: έγκυρη υπογραφή από το κλειδί {signer} ({pack} {version})', en: '{file}: good signature by {signer} ({pack} {version})' },
  'verify.matches': {
    el: '{file}: η υπογραφή αντιστοιχεί στο περιεχόμενο (κλειδί {signer})· δώστε --pub για να ελέγξετε ποιος υπέγραψε',
    en: '{file}: the signature matches the content (key {signer}); pass --pub to check who signed it',
  },
  'verify.problem': { el: '{file}: {problem}', en: '{file}: {problem}' },
  'verify.pubFile': { el: 'το αρχείο <name>.pub που γράφει το odigos keygen', en: 'the <name>.pub file that odigos keygen writes' },

  // studio.
  'studio.building': { el: 'Δημιουργείται η σελίδα του στούντιο (μόνο την πρώτη φορά μετά από κάθε αλλαγή του κώδικά της)…', en: 'Building the studio page (once per change of its code)…' },
  'studio.running': {
    el: 'Στούντιο του Odigos για το {dir}\nΑνοίξτε: {url}\n(μόνο αυτός ο υπολογιστής έχει πρόσβαση· το Ctrl+C το σταματά)',
    en: 'Odigos studio for {dir}\nOpen: {url}\n(only this computer can reach it; Ctrl+C stops it)',
  },
  'studio.noFolder': {
    el: '{folder}: δεν υπάρχει τέτοιος φάκελος· δώστε τον φάκελο πηγής ενός πακέτου (αυτόν με το pack.yaml) ή προσθέστε --new για να ξεκινήσετε εκεί νέο πακέτο',
    en: '{folder}: no such folder; give a pack source folder (the folder with pack.yaml), or add --new to start a new pack there',
  },
  'studio.isFile': {
    el: '{folder}: είναι αρχείο, όχι φάκελος πακέτου· δώστε τον φάκελο με το pack.yaml{hint}',
    en: '{folder}: is a file, not a pack folder; give the folder with pack.yaml{hint}',
  },

  // qc and insights.
  'qc.skipped': { el: 'παραλείφθηκε το {file}: {reason}', en: 'skipped {file}: {reason}' },
  'qc.migrated': { el: 'μετατράπηκε το {file}: {from}', en: 'migrated {file}: {from}' },
  /** The two counts (CLI_COUNTED qcLeftOut, qcDuplicates), each with its word's form: «1 records left out» it said. */
  'qc.leftOut': { el: '{records}· {duplicates}', en: '{records}; {duplicates}' },
  'qc.cannotWrite': { el: '{out}: η αναφορά δεν γράφεται ({why})', en: '{out}: cannot write the report ({why})' },
  'qc.folderOut': { el: 'το -o θέλει όνομα αρχείου, όχι φάκελο', en: '-o needs a file name, not a folder' },
  'qc.noExports': {
    el: 'λείπουν οι <exports…> (οι εξαγωγές ποιοτικού ελέγχου των εκπροσώπων: .jsonl, .parquet ή παλαιότερα .json σημειώσεων)',
    en: "missing <exports…> (the agents' QC exports: .jsonl, .parquet, or older notes .json)",
  },
  'qc.noOut': { el: 'λείπει το -o <report.html> (ή το --json για τα στοιχεία ως δεδομένα)', en: 'missing -o <report.html> (or --json for the figures as data)' },
  'qc.day': { el: 'το --{name} θέλει ημέρα όπως 2026-03-01, όχι «{value}»', en: '--{name} must be a day like 2026-03-01, not "{value}"' },
  'qc.tz': { el: 'το --tz θέλει ζώνη ώρας όπως Europe/Athens, όχι «{value}»', en: '--tz must be a time zone like Europe/Athens, not "{value}"' },
} as const satisfies Record<string, Record<Lang, string>>;

export const CLI_COUNTED = {
  errors: { el: { one: '{n} σφάλμα', other: '{n} σφάλματα' }, en: { one: '{n} error', other: '{n} errors' } },
  warnings: { el: { one: '{n} προειδοποίηση', other: '{n} προειδοποιήσεις' }, en: { one: '{n} warning', other: '{n} warnings' } },
  entries: { el: { one: '{n} καταχώριση', other: '{n} καταχωρίσεις' }, en: { one: '{n} entry', other: '{n} entries' } },
  sops: { el: { one: '{n} διαδικασία', other: '{n} διαδικασίες' }, en: { one: '{n} SOP', other: '{n} SOPs' } },
  templates: { el: { one: '{n} πρότυπο', other: '{n} πρότυπα' }, en: { one: '{n} template', other: '{n} templates' } },
  qcLeftOut: { el: { one: 'έμεινε έξω {n} εγγραφή', other: 'έμειναν έξω {n} εγγραφές' }, en: { one: '{n} record left out', other: '{n} records left out' } },
  qcDuplicates: {
    el: { one: '{n} αλληλεπίδραση από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκε μία φορά', other: '{n} αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκαν μία φορά' },
    en: { one: '{n} interaction from duplicate or overlapping exports counted once', other: '{n} interactions from duplicate or overlapping exports counted once' },
  },
  /** A cut Parquet file's records cannot be counted: «0 records left out» alone read as nothing lost. */
  qcLeftOutUncounted: {
    el: { one: 'εγγραφές που έμειναν έξω σε {n} αρχείο που δεν διαβάζεται, άγνωστος αριθμός', other: 'εγγραφές που έμειναν έξω σε {n} αρχεία που δεν διαβάζονται, άγνωστος αριθμός' },
    en: { one: 'records left out in {n} file that cannot be read, number unknown', other: 'records left out in {n} files that cannot be read, number unknown' },
  },
} as const satisfies Record<string, Record<Lang, PluralForms>>;
