import { flag, stringList, stringOption } from '../args';
import { CliFailure, UsageError, type Command, type CliIO } from '../command';
import { inputName, loadPackOrFail, readInputText } from '../inputs';
import { nameLexicon, type NameLexicon } from '../../names/lexicon';
import { understandName, type NameEvidence, type UnderstoodName } from '../../names/understand';
import { nameInVocative, salutationFor } from '../../template/salutation';
import { vocative } from '../../template/vocative';
import type { Formality, Lang } from '../../types';

const NAMES = 'a text file of names, one a line';

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
  reasons: string[];
}

function greeting(input: string, evidence: NameEvidence, lang: Lang, formality: Formality, lexicon: NameLexicon): Greeting {
  const who: UnderstoodName = understandName(evidence, lexicon);
  const s = salutationFor(who, lang, { formality, lexicon });
  const el = lang === 'el';
  return {
    input,
    lang,
    formality,
    salutation: s.text,
    neutral: s.isNeutral,
    ...(nameInVocative(who, lang, lexicon) ? { vocative: nameInVocative(who, lang, lexicon) } : {}),
    ...(who.first ? { first: who.first, firstVocative: el ? vocative(who.first, { role: 'first', gender: who.gender, lexicon }) : who.first } : {}),
    ...(who.last ? { last: who.last, lastVocative: el ? vocative(who.last, { role: 'last', gender: who.gender, lexicon }) : who.last } : {}),
    ...(who.gender ? { gender: who.gender } : {}),
    confidence: who.confidence,
    reasons: who.reasons,
  };
}

const GENDER_WORD = { m: 'male', f: 'female' } as const;

function print(g: Greeting, io: CliIO): void {
  const rows: Array<[string, string | undefined]> = [
    ['salutation', g.salutation],
    ['vocative', g.vocative],
    ['first name', g.first && (g.firstVocative && g.firstVocative !== g.first ? `${g.first} → ${g.firstVocative}` : g.first)],
    ['surname', g.last && (g.lastVocative && g.lastVocative !== g.last ? `${g.last} → ${g.lastVocative}` : g.last)],
    ['gender', g.gender ? GENDER_WORD[g.gender] : 'unknown (so the salutation is neutral)'],
    ['understood', `${g.reasons.join('; ')} (confidence ${g.confidence.toFixed(2)})`],
  ];
  io.out(g.input);
  for (const [label, value] of rows) if (value) io.out(`  ${`${label}:`.padEnd(12)} ${value}`);
}

function readNames(path: string): string[] {
  const names = readInputText(path, NAMES).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // An empty list is the wrong file, not a missing argument (as suggest --batch and eval say of theirs).
  if (!names.length) throw new CliFailure(`${inputName(path)}: has no names (it is empty); give ${NAMES}`, 'wrong-input');
  return names;
}

function option<T extends string>(values: Record<string, unknown>, name: string, allowed: readonly T[]): T | undefined {
  const v = stringOption(values as never, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not "${v}"`);
  return v as T;
}

export const greet: Command = {
  name: 'greet',
  summary: 'show how a customer name is addressed: salutation, vocative, first name, surname, gender',
  usage: 'greet "<name>" [--formal|--informal] [--email <address>] [--gender m|f] [--text "<page text>"]… [--lang el|en] [--pack <src-dir|pack.json>] [--json]',
  description: [
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
  ].join('\n'),
  options: {
    formal: { type: 'boolean', description: 'formal salutation («Αγαπητέ κύριε Παπαδόπουλε»; the default)' },
    informal: { type: 'boolean', description: 'informal salutation, by first name («Γεια σου, Γιώργο»)' },
    email: { type: 'string', arg: 'address', description: "the customer's e-mail address" },
    gender: { type: 'string', arg: 'm|f', description: 'the gender the CRM states' },
    first: { type: 'string', arg: 'name', description: 'first name, as a labelled field gives it' },
    last: { type: 'string', arg: 'name', description: 'surname, as a labelled field gives it' },
    lang: { type: 'string', arg: 'el|en', description: 'the language of the template (default el)' },
    file: { type: 'string', arg: 'path', description: 'a list of names, one a line' },
    pack: { type: 'string', arg: 'src-dir|pack.json', multiple: true, description: "a pack whose names.yaml to use (the first pack's names win)" },
    text: { type: 'string', arg: 'page text', multiple: true, description: "the page's text that may spell the name with its accent" },
    json: { type: 'boolean', description: 'print JSON' },
  },
  run({ values, positionals: args, io }) {
    if (flag(values, 'formal') && flag(values, 'informal')) throw new UsageError('--formal and --informal exclude each other');
    const formality: Formality = flag(values, 'informal') ? 'informal' : 'formal';
    const lang = option(values, 'lang', ['el', 'en'] as const) ?? 'el';
    const gender = option(values, 'gender', ['m', 'f'] as const);
    const email = stringOption(values, 'email');
    const first = stringOption(values, 'first');
    const last = stringOption(values, 'last');
    const file = stringOption(values, 'file');
    const texts = stringList(values, 'text');
    const joined = args.join(' ').trim();
    const names = file ? readNames(file) : joined ? [joined] : [];
    if (names.length === 0 && !first && !last && !email) throw new UsageError('missing the name (or --first/--last, --email, or --file)');
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
