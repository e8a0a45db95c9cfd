/**
 * Where the stress of a name falls when it is written without accents (as names in capitals are:
 * ΠΑΠΑΔΟΠΟΥΛΟΣ), and the name with its accent put back: the lexicon first, then the endings Greek surnames
 * are made with (-όπουλος, -άκης, -ίδης …, whose stress is fixed), then the commonest pattern for the ending.
 */
import { accentSyllable, finalSigma, hasAccent, letters, nuclei, plainKey } from './letters';
import type { NameLexicon } from './lexicon';

export type StressSource = 'written' | 'lexicon' | 'ending' | 'guess';

export interface Accented {
  /** Lower case, with its accent («παπαδόπουλος»). */
  lower: string;
  source: StressSource;
}

/**
 * Productive endings of Greek surnames (and a few of first names) with their fixed stress, longest first
 * where one ends another (-ιάδης before -άδης).
 */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['οπουλοσ', 'όπουλος'], ['οπουλου', 'οπούλου'],
  ['ιαδησ', 'ιάδης'], ['ιαδου', 'ιάδου'], ['ιαδη', 'ιάδη'],
  ['αιδησ', 'αΐδης'], ['αιδου', 'αΐδου'], ['αιδη', 'αΐδη'], ['οιδησ', 'οΐδης'], ['οιδου', 'οΐδου'], ['οιδη', 'οΐδη'],
  ['αιτησ', 'αΐτης'], ['αιτη', 'αΐτη'], ['αιτζιδησ', 'αϊτζίδης'], ['αιτζιδου', 'αϊτζίδου'], ['αιτζησ', 'αϊτζής'],
  // Surnames from places and looks, oxytone: Ζακυνθινός, Δενδρινός, Καστρινός; Μαυροειδής, Χρυσοειδής. (First
  // names in -ίνος, Μαρίνος, Κωνσταντίνος, come from the lexicon before any ending.)
  ['ινοσ', 'ινός'], ['ινου', 'ινού'], ['οειδησ', 'οειδής'], ['οειδη', 'οειδή'],
  ['ακησ', 'άκης'], ['ακη', 'άκη'], ['ακοσ', 'άκος'], ['ακου', 'άκου'], ['ακισ', 'άκις'],
  ['ιδησ', 'ίδης'], ['ιδη', 'ίδη'], ['ιδου', 'ίδου'],
  ['αδησ', 'άδης'], ['αδη', 'άδη'], ['αδου', 'άδου'],
  ['ουδησ', 'ούδης'], ['ουδη', 'ούδη'],
  ['ιωτησ', 'ιώτης'], ['ιωτη', 'ιώτη'], ['ωτησ', 'ώτης'], ['ωτη', 'ώτη'], ['ιτησ', 'ίτης'], ['ιτη', 'ίτη'],
  ['ατοσ', 'άτος'], ['ατου', 'άτου'],
  // Surnames from trades in -τζής (Turkish -cı) and oxytone adjectives in -ιανός: Μπαλτζής, Σικελιανός.
  ['τζησ', 'τζής'], ['τζη', 'τζή'], ['ιανοσ', 'ιανός'],
  ['αιοσ', 'αίος'], ['εασ', 'έας'], ['ιασ', 'ίας'], ['ιου', 'ίου'], ['αου', 'άου'], ['εου', 'έου'],
  // Greek words do not end in an unstressed -ες or -ους: Τσελεμεντές, Μενεξές, Ιησούς.
  ['εσ', 'ές'], ['ουσ', 'ούς'],
];

/** Compound surnames that keep their parts apart with a dialytika (Παπαϊωάννου, Καραϊσκάκης, Καλαϊτζής). */
const DIALYTIKA_PREFIXES: ReadonlyArray<readonly [string, string]> = [['παπαι', 'παπαϊ'], ['καραι', 'καραϊ'], ['καλαι', 'καλαϊ']];

/**
 * The commonest stress for an ending none of the rules above knows: the syllable before last, but -ιος on the
 * syllable before the ι (Γεώργιος) and -ογλου on the syllable before -ογλου (Παπάζογλου, Κεσίσογλου), on its own ο
 * after a ι (Κεχαγιόγλου).
 */
function guessStress(plain: string): string {
  const ns = nuclei(letters(plain), true);
  if (/[^αεηιουω]ιοσ$/.test(plain) && ns.length >= 3) return accentSyllable(plain, 2);
  if (/[^αεουι]ιογλου$/.test(plain)) return accentSyllable(plain, 1);
  if (/.ογλου$/.test(plain) && ns.length >= 4) return accentSyllable(plain, 2);
  return accentSyllable(plain, 1);
}

function withDialytika(plain: string): string {
  const p = DIALYTIKA_PREFIXES.find(([from]) => plain.startsWith(from) && plain.length > from.length);
  return p ? p[1] + plain.slice(p[0].length) : plain;
}

/**
 * The lexicon's spelling of a word: the word itself, or a woman's surname through the man's: Σαμαρά from
 * Σαμαράς, Μακρή from Μακρής (the same stress); Ζερβού from Ζερβός, Βενιζέλου from Βενιζέλος (the same
 * syllable), but Κατρουγκάλου from Κατρούγκαλος (the genitive moves the stress to the syllable before last).
 */
function fromLexicon(word: string, lexicon: NameLexicon): string | undefined {
  const lower = (w: string) => w.normalize('NFC').toLocaleLowerCase('el');
  const known = lexicon.lookup(word)?.written;
  if (known) return lower(known);
  if (/[αηΑΗ]$/.test(word)) {
    const male = lexicon.lookup(`${word}σ`);
    return male?.last ? lower(male.written).slice(0, -1) : undefined;
  }
  if (!/ου$/i.test(plainKey(word))) return undefined;
  const male = lexicon.lookup(`${word.slice(0, -2)}ος`);
  if (!male?.last) return undefined;
  const masc = lower(male.written);
  const ns = nuclei(letters(masc));
  const fromEnd = ns.length - 1 - ns.findIndex((n) => n.stressed);
  if (fromEnd <= 1) return `${masc.slice(0, -2)}${fromEnd === 0 ? 'ού' : 'ου'}`;
  return accentSyllable(`${plainKey(masc).slice(0, -2)}ου`, 1);
}

/** The name in lower case with its accent: as written, else from the lexicon, an ending, or a guess. */
export function accented(word: string, lexicon: NameLexicon): Accented {
  const lower = word.normalize('NFC').toLocaleLowerCase('el');
  if (hasAccent(word)) return { lower: finalSigma(lower), source: 'written' };
  const known = fromLexicon(word, lexicon);
  if (known) return { lower: known, source: 'lexicon' };
  if (nuclei(letters(word), true).length < 2) return { lower: finalSigma(lower), source: 'written' };
  const plain = withDialytika(plainKey(word));
  const ending = ENDINGS.find(([p]) => plain.endsWith(p) && plain.length > p.length);
  if (ending) return { lower: finalSigma(plain.slice(0, -ending[0].length) + ending[1]), source: 'ending' };
  return { lower: finalSigma(guessStress(plain)), source: 'guess' };
}
