/**
 * Greek names in the vocative (the form used to address someone: «Γιώργο», «κύριε Παπαδόπουλε»), by the
 * name's ending and where its stress falls. Names in Latin script stay as written; Latin look-alike letters
 * inside a Greek name are read as Greek. Names without accents (capitals) get their stress from the lexicon,
 * the surname endings or the commonest pattern (knowledge/names/stress.ts).
 */
import { readAsGreek } from '../names/display';
import { accented } from '../names/stress';
import { finalSigma, hasAccent, isAllCaps, isGreekWord, isVowel, letters, nuclei, titleCase } from '../names/letters';
import { nameLexicon, type NameInfo, type NameLexicon } from '../names/lexicon';
import type { Gender, NameRole } from '../names/types';

export type { Gender, NameRole };
export { countGreekSyllables, isGreekWord } from '../names/letters';

export interface VocativeOptions {
  role?: NameRole;
  gender?: Gender;
  /** The names a pack teaches (names.yaml) over the built-in ones. */
  lexicon?: NameLexicon;
}

/**
 * The vowel -ος becomes: -ο or -ε, by where the stress falls and the ending. A surname stressed on the syllable
 * before last keeps -ο however long it is, as Greeks address people (κύριε Βενιζέλο, κύριε Τσακαλώτο); a long
 * first name so stressed is a learned one (Κωνσταντίνε, Νικηφόρε).
 */
function vowelForOs(lower: string, role: NameRole | undefined): 'ο' | 'ε' {
  const ls = letters(lower);
  const ns = nuclei(ls);
  const at = ns.findIndex((n) => n.stressed);
  const fromEnd = at < 0 ? 1 : ns.length - 1 - at;
  const before = ls[ls.length - 3];
  // -ιος after a consonant, stressed just before the ι: Στέλιο, Μάριο (two syllables) but Γεώργιε, Αντώνιε.
  if (before?.base === 'ι' && !before.tonos && !isVowel(ls[ls.length - 4]) && fromEnd === 1) {
    return ns.length <= 2 && !(role !== 'last' && learnedIos(ls)) ? 'ο' : 'ε';
  }
  // A vowel before -ος marks a learned name: Νικόλαε, Ματθαίε, Τιμόθεε, Βασίλειε, Βάιε.
  if (isVowel(before)) return 'ε';
  // Diminutives and surnames in -άκος keep -ο however long: Σαραντάκο, Γιαννάκο.
  if (fromEnd === 1 && /άκοσ$/.test(lower.replace(/ς$/, 'σ'))) return 'ο';
  if (fromEnd >= 2) return 'ε';
  // Compound nouns of a trade or a learned office keep their noun's -ε as surnames: Οικονόμε, Ζωγράφε, Παλαιολόγε
  // (οικονόμος, ζωγράφος, θεολόγος).
  if (ns.length >= 3 && /(γράφ|νόμ|λόγ)ος$/.test(lower)) return 'ε';
  return ns.length <= 3 || role === 'last' ? 'ο' : 'ε';
}

/**
 * A first name of two syllables in -ιος is a church or Latin name when a stop or a sibilant comes before the ι
 * (Σέργιος, Βλάσιος, Φώτιος, Φλάβιος, Λεύκιος: Σέργιε, Βλάσιε), where the everyday ones and the short forms have a
 * liquid, a nasal or an affricate (Στέλιο, Μάριο, Θύμιο, Νιόνιο, Κώτσιο); surnames keep -ο (Γούσιο, Μήλιο).
 */
function learnedIos(ls: ReturnType<typeof letters>): boolean {
  const c = ls[ls.length - 4]?.base;
  const affricate = (c === 'σ' || c === 'ζ') && ls[ls.length - 5]?.base === 'τ';
  return c !== undefined && /[βγδθκπστφχξψ]/.test(c) && !affricate;
}

/** The vocative of one word in lower case with its accent; undefined when it does not change. */
function vocativeLower(lower: string, info: NameInfo | undefined, role: NameRole | undefined): string | undefined {
  if (info?.vocative) return info.vocative.normalize('NFC').toLocaleLowerCase('el');
  if (info?.foreign) return undefined;
  const stem = lower.slice(0, -2);
  const end = lower.slice(-2);
  switch (end) {
    case 'ός':
      // First names' diminutives in -ιός keep -ό (Μανωλιό, Γιαννιό); the rest, adjectives, learned names (Ασκληπιέ)
      // and surnames (κύριε Κολιέ), take -έ (Σγουρέ, Στυλιανέ).
      return role !== 'last' && /[λνθγ]ιός$/.test(lower) ? `${stem}ό` : `${stem}έ`;
    case 'ος':
      return stem + vowelForOs(lower, role);
    case 'ης':
    case 'ής':
    case 'ας':
    case 'άς':
    case 'ές':
    case 'ύς':
      // -εύς, -ούς (Αχιλλεύ, Ιησού) and a surname from an adjective in -ύς (Γλυκύ, as γλυκέ μου is not a name's).
      if (end === 'ύς' && !/[εο]ύς$/.test(lower) && !(role === 'last' && /[^αεηιουω]ύς$/.test(lower))) return undefined;
      return lower.slice(0, -1);
  }
  if (/άκις$/.test(lower)) return lower.slice(0, -1);
  return undefined;
}

/** Writes `lower` the way `model` is written: capitals, title case or lower case; accents only if it had any. */
function likeModel(lower: string, model: string): string {
  let out = lower;
  if (!hasAccent(model)) out = out.normalize('NFD').replace(/\u0301/g, '').normalize('NFC');
  if (!model.normalize('NFD').includes('\u0308')) out = out.normalize('NFD').replace(/\u0308/g, '').normalize('NFC');
  if (isAllCaps(model)) return out.toLocaleUpperCase('el').normalize('NFD').replace(/\u0301/g, '').normalize('NFC');
  const first = [...model][0];
  return first !== first.toLocaleLowerCase('el') ? titleCase(out) : out;
}

function vocativeOfWord(word: string, options: VocativeOptions, greekContext: boolean): string {
  const lexicon = options.lexicon ?? nameLexicon();
  const greek = readAsGreek(word, greekContext, lexicon);
  if (!isGreekWord(greek) || [...greek].length < 2) return word;
  if (options.gender === 'f') return greek;
  const info = lexicon.lookup(greek);
  const { lower } = accented(greek, lexicon, options.role);
  const voc = vocativeLower(finalSigma(lower), info, options.role);
  return voc === undefined ? greek : likeModel(voc, greek);
}

/**
 * The vocative of a name: Γιώργος → Γιώργο, Αλέκος → Αλέκο, Κωνσταντίνος → Κωνσταντίνε, Δημήτρης → Δημήτρη,
 * Ηλίας → Ηλία, Τσελεμεντές → Τσελεμεντέ, Ιησούς → Ιησού; Παπαδόπουλος → Παπαδόπουλε, Σαραντάκος → Σαραντάκο.
 * Feminine names, surnames in -ου and names in Latin script are returned unchanged (look-alike letters read as
 * Greek). Each word of a compound name (spaces, hyphens) is declined; capitals stay capitals.
 */
export function vocative(name: string, options: VocativeOptions = {}): string {
  const greekContext = /\p{Script=Greek}/u.test(name);
  return name.replace(/[\p{L}\p{M}]+/gu, (word) => vocativeOfWord(word, options, greekContext));
}
