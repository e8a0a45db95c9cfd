import { choice, flag, stringList, stringOption } from '../args';
import { cliNumber, cliSaid, cliStrings, type CliKey } from '../cli-lang';
import { CliFailure, UsageError, type Command, type CliIO } from '../command';
import { inputName, loadPackOrFail, readInputText } from '../inputs';
import { nameLexicon, type NameLexicon } from '../../names/lexicon';
import type { NameReason } from '../../names/reasons';
import { understandName, type NameEvidence, type UnderstoodName } from '../../names/understand';
import { nameInVocative, partAddressed, salutationFor } from '../../template/salutation';
import type { Formality, Lang } from '../../types';


interface Greeting {
  input: string;
  lang: Lang;
  formality: Formality;
  salutation: string;
  neutral: boolean;
  vocative?: string;
  first?: string;
  firstVocative?: string;
  last?: string;
  lastVocative?: string;
  gender?: 'm' | 'f';
  confidence: number;
  /** In English, as --json has always carried them. */
  reasons: string[];
  /** The same reasons as the name module gives them: a code and its named parts, for a reader in any language. */
  reasonCodes: NameReason[];
}

/** A reason in `lang`, from the words table: each code has its line there (tests/unit/cli/greet-reasons.test.ts). */
function reasonSaid(r: NameReason, lang: Lang): string {
  const key: CliKey = `greet.reason.${r.code}`;
  return cliStrings(lang)(key, r.params);
}

function greeting(input: string, evidence: NameEvidence, lang: Lang, formality: Formality, lexicon: NameLexicon): Greeting {
  const who: UnderstoodName = understandName(evidence, lexicon);
  const s = salutationFor(who, lang, { formality, lexicon });
  return {
    input,
    lang,
    formality,
    salutation: s.text,
    neutral: s.isNeutral,
    ...(nameInVocative(who, lang, lexicon) ? { vocative: nameInVocative(who, lang, lexicon) } : {}),
    // In English the form a template writes is the name in Latin letters («Γιώργος → Giorgos»).
    ...(who.first ? { first: who.first, firstVocative: partAddressed(who, 'first', lang, lexicon) } : {}),
    ...(who.last ? { last: who.last, lastVocative: partAddressed(who, 'last', lang, lexicon) } : {}),
    ...(who.gender ? { gender: who.gender } : {}),
    confidence: who.confidence,
    reasons: who.reasons.map((r) => reasonSaid(r, 'en')),
    reasonCodes: who.reasons,
  };
}

/** The labels in the reader's language (io.lang); the salutation and names are the template's (--lang). */
function print(g: Greeting, io: CliIO): void {
  const lang = io.lang ?? 'en';
  const say = cliStrings(lang);
  const rows: Array<[string, string | undefined]> = [
    [say('greet.salutation'), g.salutation],
    [say('greet.vocative'), g.vocative],
    [say('greet.first'), g.first && (g.firstVocative && g.firstVocative !== g.first ? `${g.first} → ${g.firstVocative}` : g.first)],
    [say('greet.last'), g.last && (g.lastVocative && g.lastVocative !== g.last ? `${g.last} → ${g.lastVocative}` : g.last)],
    [say('greet.gender'), say(g.gender ? `greet.${g.gender}` : 'greet.unknown')],
    [say('greet.understood'), say('greet.reasons', { reasons: g.reasonCodes.map((r) => reasonSaid(r, lang)).join(say('suggest.sep')), confidence: cliNumber(g.confidence, lang, 2) })],
  ];
  io.out(g.input);
  for (const [label, value] of rows) if (value) io.out(`  ${`${label}:`.padEnd(12)} ${value}`);
}

function readNames(path: string): string[] {
  const what = cliSaid('greet.names');
  const names = readInputText(path, what).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // An empty list is the wrong file, not a missing argument (as suggest --batch and eval say of theirs).
  if (!names.length) throw new CliFailure(cliSaid('greet.emptyFile', { file: inputName(path), what }), 'wrong-input');
  return names;
}

export const greet: Command = {
  name: 'greet',
  summary: { el: 'δείχνει πώς προσφωνείται ένας πελάτης: προσφώνηση, κλητική, όνομα, επώνυμο, φύλο', en: 'show how a customer name is addressed: salutation, vocative, first name, surname, gender' },
  usage: 'greet "<name>" [--formal|--informal] [--email <address>] [--gender m|f] [--text "<page text>"]… [--lang el|en] [--pack <src-dir|pack.json>] [--json]',
  description: {
    el: [
      'Ερμηνεύει το όνομα όπως θα το ερμήνευε ένα πρότυπο: ποια λέξη είναι το όνομα και ποια το επώνυμο (κεφαλαία και',
      'πρώτα το επώνυμο όπως γράφουν τα ελληνικά μητρώα, «Παπαδόπουλος, Γιώργος», μια διεύθυνση e-mail όπως',
      'maria.papadopoulou@…· μόνη της, το όνομά της όπου η ελληνική γραφή είναι βέβαιη), υποκοριστικό σε παρένθεση',
      '(«Στυλιανός (Στέλιος)»: η φιλική προσφώνηση χρησιμοποιεί αυτό με το οποίο είναι γνωστό το πρόσωπο), φορέα όπως',
      '«Δήμος Θεσσαλονίκης» (ουδέτερη προσφώνηση), το φύλο (από το όνομα, την κατάληξη του επωνύμου, το --gender), και',
      'τυπώνει την προσφώνηση, το όνομα στην κλητική και πώς ερμηνεύτηκε. Τα --first και --last δίνουν τα μέρη χωριστά',
      '(όπως τα πεδία μιας σελίδας CRM)· το --file ελέγχει μια λίστα, ένα όνομα ανά γραμμή. Το --pack προσθέτει τα ονόματα',
      'που διδάσκει ένα πακέτο (names.yaml), όπως κάνει η επέκταση με τα πακέτα της. Το --text δίνει το κείμενο της σελίδας',
      '(μήνυμα, υπογραφή «Γιώργος Μαχλάς», «κ. Μαχλά» σε παράθεμα· δίνεται και πολλές φορές): ένα όνομα σε κεφαλαία',
      'παίρνει τον τόνο του από εκεί, όπως κάνει η επέκταση με τη συνομιλία. Το --json τυπώνει ένα αντικείμενο ανά όνομα.',
      'Οι ετικέτες ακολουθούν τη γλώσσα του προτύπου (--lang), αλλιώς του τερματικού.',
    ].join('\n'),
    en: [
    'Works the name out as a template would: which word is the first name and which the surname (capitals and',
    'surname first as Greek registries write them, «Παπαδόπουλος, Γιώργος», an e-mail address such as',
    'maria.papadopoulou@…; given alone, its name where the Greek spelling is certain), a nickname in brackets',
    '(«Στυλιανός (Στέλιος)»: the informal opening uses the one the person goes by), a body such as «Δήμος',
    'Θεσσαλονίκης» (neutral), the gender (the first name, the surname\'s ending, --gender), and prints the',
    'salutation, the name in the vocative and how it was understood. --first and --last give the parts apart',
    '(as labelled fields of a CRM page); --file checks a list, one name a line. --pack adds the names a pack',
    'teaches (names.yaml), as the extension does with the packs it has. --text gives the page\'s text (a message,',
    'a signature «Γιώργος Μαχλάς», a quoted «κ. Μαχλά»; repeatable): a name in capitals takes its stress from it,',
    'as the extension does with the conversation. --json prints one object a name.',
    'The labels are in the template\'s language (--lang), else the terminal\'s.',
    ].join('\n'),
  },
  options: {
    formal: { type: 'boolean', description: { el: 'επίσημη προσφώνηση («Αγαπητέ κύριε Παπαδόπουλε»· η προεπιλογή)', en: 'formal salutation («Αγαπητέ κύριε Παπαδόπουλε»; the default)' } },
    informal: { type: 'boolean', description: { el: 'φιλική προσφώνηση, με το μικρό όνομα («Γεια σου, Γιώργο»)', en: 'informal salutation, by first name («Γεια σου, Γιώργο»)' } },
    email: { type: 'string', arg: 'address', description: { el: 'η διεύθυνση e-mail του πελάτη', en: "the customer's e-mail address" } },
    gender: { type: 'string', arg: 'm|f', description: { el: 'το φύλο που δηλώνει το CRM', en: 'the gender the CRM states' } },
    first: { type: 'string', arg: 'name', description: { el: 'το όνομα, όπως το δίνει ένα πεδίο με ετικέτα', en: 'first name, as a labelled field gives it' } },
    last: { type: 'string', arg: 'name', description: { el: 'το επώνυμο, όπως το δίνει ένα πεδίο με ετικέτα', en: 'surname, as a labelled field gives it' } },
    lang: { type: 'string', arg: 'el|en', description: { el: 'η γλώσσα του προτύπου και των ετικετών (αλλιώς el)', en: 'the language of the template (default el)' } },
    file: { type: 'string', arg: 'path', description: { el: 'λίστα ονομάτων, ένα ανά γραμμή', en: 'a list of names, one a line' } },
    pack: { type: 'string', arg: 'src-dir|pack.json', multiple: true, description: { el: 'πακέτο του οποίου το names.yaml θα χρησιμοποιηθεί (υπερισχύουν τα ονόματα του πρώτου)', en: "a pack whose names.yaml to use (the first pack's names win)" } },
    text: { type: 'string', arg: 'page text', multiple: true, description: { el: 'το κείμενο της σελίδας, που ίσως γράφει το όνομα με τόνο', en: "the page's text that may spell the name with its accent" } },
    json: { type: 'boolean', description: { el: 'τυπώνει JSON', en: 'print JSON' } },
  },
  run({ values, positionals: args, io }) {
    if (flag(values, 'formal') && flag(values, 'informal')) throw new UsageError(cliSaid('greet.both'));
    const formality: Formality = flag(values, 'informal') ? 'informal' : 'formal';
    const lang = choice(values, 'lang', ['el', 'en'] as const) ?? 'el';
    const gender = choice(values, 'gender', ['m', 'f'] as const);
    const email = stringOption(values, 'email');
    const first = stringOption(values, 'first');
    const last = stringOption(values, 'last');
    const file = stringOption(values, 'file');
    const texts = stringList(values, 'text');
    const joined = args.join(' ').trim();
    const names = file ? readNames(file) : joined ? [joined] : [];
    if (names.length === 0 && !first && !last && !email) throw new UsageError(cliSaid('greet.noName'));
    const lexicon = nameLexicon(stringList(values, 'pack').flatMap((path) => loadPackOrFail(path, io).names ?? []));
    // --first and --last stand for fields a CRM page labels: they are taken as given.
    const fields = [...(first ? [{ label: 'first name', value: first }] : []), ...(last ? [{ label: 'last name', value: last }] : [])];
    const evidence = (name: string): NameEvidence => ({
      ...(name ? { name } : {}),
      ...(fields.length ? { fields } : {}),
      ...(email ? { email } : {}),
      ...(gender ? { gender } : {}),
      ...(texts.length ? { texts } : {}),
    });
    // Only an e-mail address, as a page that shows nothing else: its name where it is certain (email-name.ts).
    const inputs = names.length ? names : [[first, last].filter(Boolean).join(' ') || (email ?? '')];
    const results = inputs.map((name) => greeting(name, evidence(names.length ? name : ''), lang, formality, lexicon));
    if (flag(values, 'json')) {
      if (file) for (const r of results) io.out(JSON.stringify(r));
      else io.out(JSON.stringify(results[0]));
      return 0;
    }
    results.forEach((r, i) => {
      if (i > 0) io.out('');
      print(r, io);
    });
    return 0;
  },
};
