/**
 * Where the stress of a name falls when it is written without accents (as names in capitals are:
 * ΠΑΠΑΔΟΠΟΥΛΟΣ), and the name with its accent put back: the lexicon first, then the endings Greek surnames
 * are made with (-όπουλος, -άκης, -ίδης …, whose stress is fixed), then the commonest pattern for the ending.
 */
import { accentAt, accentSyllable, finalSigma, hasAccent, letters, nuclei, onForm, plainKey } from './letters';
import type { NameInfo, NameLexicon } from './lexicon';
import { nameStress, surnameStress, wordStress } from './word-stress';
import { surnameSuffixPlace } from './surname-suffix';
import type { NameRole } from './types';

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
  // Surnames from places and looks, oxytone: Ζακυνθινός, Δενδρινός, Καστρινός, Βιζυηνός; Μαυροειδής, Χρυσοειδής.
  // (First names in -ίνος, Μαρίνος, Αυγουστίνος, come from the lexicon or skip these: see SURNAME_ONLY.)
  ['ινοσ', 'ινός'], ['ινου', 'ινού'], ['ηνοσ', 'ηνός'], ['ηνου', 'ηνού'], ['οειδησ', 'οειδής'], ['οειδη', 'οειδή'],
  ['ακησ', 'άκης'], ['ακη', 'άκη'], ['ακοσ', 'άκος'], ['ακου', 'άκου'], ['ακισ', 'άκις'],
  ['ιδησ', 'ίδης'], ['ιδη', 'ίδη'], ['ιδου', 'ίδου'],
  ['αδησ', 'άδης'], ['αδη', 'άδη'], ['αδου', 'άδου'],
  ['ουδησ', 'ούδης'], ['ουδη', 'ούδη'],
  ['ιωτησ', 'ιώτης'], ['ιωτη', 'ιώτη'], ['ωτησ', 'ώτης'], ['ωτη', 'ώτη'], ['ιτησ', 'ίτης'], ['ιτη', 'ίτη'],
  ['ατοσ', 'άτος'], ['ατου', 'άτου'],
  // Surnames from trades in -τζής (Turkish -cı) and oxytone adjectives in -ιανός: Μπαλτζής, Σικελιανός.
  ['τζησ', 'τζής'], ['τζη', 'τζή'], ['ιανοσ', 'ιανός'], ['ιανου', 'ιανού'],
  ['αιοσ', 'αίος'], ['εασ', 'έας'], ['ιασ', 'ίας'], ['ιου', 'ίου'], ['αου', 'άου'], ['εου', 'έου'],
  // Greek words do not end in an unstressed -ες: Τσελεμεντές, Μενεξές. (-ους: see OUS_OXYTONE.)
  ['εσ', 'ές'],
  // Women's first names of men's in -ιανός keep the stress: Αδριανή, Ιουλιανή, Σεβαστιανή (see FIRST_ONLY).
  ['ιανη', 'ιανή'],
];

/** Endings read so only in a first name: a surname in -ιάνη is the woman's of one in -ιάνης. */
const FIRST_ONLY = new Set(['ιανη']);

/**
 * Learned first names that keep the stress of an ancient compound where the Greek word has another: Ευγένης beside
 * ευγενής, Ευάνθης beside ευανθής (Διογένης, Ευμένης, Θεοφάνης, Σωκράτης, Αριστοτέλης, Διομήδης, Κλεάνθης, Δημοσθένης).
 */
const LEARNED_HS = /(γεν|μεν|φαν|σθεν|κρατ|τελ|μηδ|ανθ)ησ$/;

/**
 * The everyday -ωνας form of a first name in -ων the list lacks keeps the stress of -ων on the syllable before it:
 * Δάμωνας, Φίλωνας, Τίμωνας, Χαρίτωνας, Ιλαρίωνας (Δάμων, Φίλων …); not after two consonants (Αντώνας, from Αντώνης)
 * nor after a vowel other than ι (Θεωνάς). Names of an oxytone -ών (Τελαμώνας, Ποσειδώνας) are the rarer kind.
 * The index of the vowel to stress, or -1.
 */
function onasStress(plain: string): number {
  const m = /^(.*[αεηιουω])([^αεηιουω]|(?<=ι))ωνασ$/.exec(plain);
  return m && nuclei(letters(plain), true).length >= 3 ? m[1]!.length - 1 : -1;
}

/**
 * Surname endings that are not surname endings in a first name: a first name in -ίνος is stressed on the ί
 * (Αυγουστίνος, Ιουστίνος) where a surname in -ινός is a place adjective (Ζακυνθινός).
 */
const SURNAME_ONLY = new Set(['ινοσ', 'ινου', 'ηνοσ', 'ηνου']);

/**
 * -ους is oxytone in a word of two syllables (Ιησούς is in the lexicon; a name of two syllables such as Παππούς
 * has no other reading), while the Cypriot surnames in -ους of three or more are genitives of names that keep their
 * stress (Χαραλάμπους, Θεοφάνους): those fall to the commonest pattern.
 */
const OUS_OXYTONE = (plain: string) => /ουσ$/.test(plain) && nuclei(letters(plain), true).length === 2;

/**
 * Names in -κλής (κλέος) with two vowels or more before it are oxytone: Περικλής, Θεοκλής, Ετεοκλής, Διοκλής (every such
 * word of the Greek dictionary is); with one they are not always (Τσόκλης beside Ζαγκλής).
 */
const KLIS_OXYTONE = (plain: string) => /[αεηιουω][^αεηιουω]*[αεηιουω][^αεηιουω]*κλησ$/.test(plain);

/** -υς after a consonant is the oxytone adjective ending (γλυκύς, βαρύς, πλατύς): Γλυκύς, Βαρύς the surnames. */
const US_OXYTONE = (plain: string) => /[^αεηιουω]υσ$/.test(plain);

/**
 * The surname endings whose stress never varies (-όπουλος, -άκης, -ίδης, -άδης and their women's forms), which the
 * rules keep before the vote of the listed surnames that end alike (surname-suffix.ts), as they keep the grammar's
 * -ύς, -ούς, -κλής and a woman's -ου (stressed as the man's -ος, where the vote was worse); every other surname ending
 * that nearly all listed surnames with it stress alike is read by that vote (see scripts/surname-suffix.ts).
 */
const SURE_SURNAME_ENDING = /(οπουλοσ|οπουλου|ακησ|ακη|ακοσ|ακου|ιδησ|ιδη|ιδου|αδησ|αδη|αδου|ου)$/;

/** A surname stressed as nearly all listed surnames with its ending are (undefined: a sure ending, or no vote). */
function bySurnameSuffix(plain: string): string | undefined {
  const key = plainKey(plain);
  if (SURE_SURNAME_ENDING.test(key) || OUS_OXYTONE(key) || US_OXYTONE(key) || KLIS_OXYTONE(key)) return undefined;
  const place = surnameSuffixPlace(key);
  return place === undefined ? undefined : accentSyllable(plain, place);
}

/**
 * Women's first names in -ω the list lacks: the everyday ones of three syllables or more and those in -ιώ are
 * oxytone (Ασημώ, Κατινώ, Μαριγώ, Λενιώ, Ρηνιώ), where the short ones of two are stressed before it (Φρόσω, Μάρω,
 * Δέσπω, Σμάρω); the short oxytone ones (Τασώ, Διδώ, Ινώ) are listed.
 */
const OXYTONE_FIRST_O = (plain: string) => /ω$/.test(plain) && (nuclei(letters(plain), true).length >= 3 || /[^αεηιουω]ιω$/.test(plain));

/**
 * Second parts of compound first names of the learned kind, which keep the stress on the third syllable from the
 * end (Λυσίμαχος like Τηλέμαχος, Πολύδωρος like Θεόδωρος): the parts the lexicon's names are made with, and the
 * verbal adjectives in -τος after a consonant, recessive in a compound (Θεόγνωστος, Θεόπεμπτος, Θεοφύλακτος,
 * Ανεμπόδιστος). Not for surnames, which move it (Βλαχοδήμος beside Νικόδημος).
 */
const RECESSIVE_FIRST = /(μαχ|δωρ|αρχ|λα|θε|φιλ|δημ|κριτ|βουλ|στρατ|νικ|καρπ|φυτ|κλητ|στομ|δοτ|ιππ|[σπκχφ]τ)οσ$/;

/** Prefixes of compound surnames that leave the stress of the name they are put before (Παπα-κώστας, Χατζη-θωμάς). */
const NAME_PREFIXES = ['παπα', 'χατζη', 'καρα', 'κουτσο', 'μαυρο', 'γερο', 'μαστρο', 'καλο', 'μπαρμπα', 'ψαρο'];

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
function fromLexicon(word: string, lexicon: NameLexicon, role?: NameRole): string | undefined {
  const lower = (w: string) => w.normalize('NFC').toLocaleLowerCase('el');
  const entry = lexicon.lookup(word);
  // A woman's surname spelt like a rare name of the name-day list is read through the man's surname first:
  // ΜΑΝΩΛΑ is Μανωλά of Μανωλάς, not the name Μανώλα.
  const throughMan = role === 'last' && entry?.rare && !entry.last && /[αηΑΗ]$/.test(word);
  // A surname spelt like a rare first name keeps the surname's accent (ΜΑΝΩΛΑΣ: Μανωλάς, the name Μανώλας).
  const spelt = (i: NameInfo) => (role === 'last' && i.lastWritten) || i.written;
  if (entry && !throughMan) return lower(spelt(entry));
  if (/[αηΑΗ]$/.test(word)) {
    // Where the page says it is a surname, a man's first name gives it too: Πανταζή of Πανταζής, Ηλία of Ηλίας.
    const male = lexicon.lookup(`${word}σ`);
    const viaMan = male?.last || (male && role === 'last') ? lower(spelt(male)).slice(0, -1) : undefined;
    return viaMan ?? (entry && lower(entry.written));
  }
  // A first name in -ης spelt as a listed one in -ις (Άδωνης, Πάρης, Άγης of Άδωνις, Πάρις, Άγις): the same stress.
  if (role === 'first' && /ησ$/.test(plainKey(word))) {
    const asIs = lexicon.lookup(`${word.slice(0, -2)}ις`);
    if (asIs?.first) return `${lower(asIs.written).slice(0, -2)}ης`;
    return oxytoneHs(word, lexicon);
  }
  if (!/ου$/i.test(plainKey(word))) return undefined;
  const male = lexicon.lookup(`${word.slice(0, -2)}ος`);
  return male?.last ? feminineOfOs(lower(male.lastWritten ?? male.written)) : undefined;
}

/**
 * The everyday -ής of a listed first name of three syllables in -ος stressed on the first (Αυγουστής of Αύγουστος,
 * Αγγελής of Άγγελος, Θοδωρής of Θόδωρος, Φιλιππής of Φίλιππος); longer ones give -ης (Χριστοφόρης, Αποστόλης).
 */
function oxytoneHs(word: string, lexicon: NameLexicon): string | undefined {
  const base = lexicon.lookup(`${word.slice(0, -2)}ος`);
  if (!base?.first || base.foreign) return undefined;
  const ns = nuclei(letters(base.written));
  return ns.length === 3 && ns[0]!.stressed ? finalSigma(accentSyllable(plainKey(word), 0)) : undefined;
}

/** The woman's surname in -ου of a man's in -ος, lower case with its accent (Βενιζέλου, Κατρουγκάλου, Ζερβού). */
export function feminineOfOs(masc: string): string {
  const ns = nuclei(letters(masc));
  const fromEnd = ns.length - 1 - ns.findIndex((n) => n.stressed);
  if (fromEnd <= 1) return `${masc.slice(0, -2)}${fromEnd === 0 ? 'ού' : 'ου'}`;
  return accentSyllable(`${plainKey(masc).slice(0, -2)}ου`, 1);
}

/**
 * A surname in -ας of three syllables or more from a trade noun or a nickname (Κεραμιδάς, Τσιτσιπάς, Σαρικάς,
 * Παπαχελάς: -άς of the agent noun, as in ψαράς, σιδεράς) is oxytone, unless the syllable before -ας shows a
 * paroxytone suffix: a long or digraph vowel (-ούρας, -ούλας, -ώτας, -ήρας), a diminutive or augmentative
 * (-ίτσας, -άκας, -άρας: Λαπαβίτσας, Μουστάκας, Στουρνάρας), -έκας, -έτας, -νίκας (from Νίκας) or a vowel
 * closed by two consonants (Μπαλάσκας, Τζαβέλλας). Measured on the surnames in -ας of the lexicon and the tests.
 */
function oxytoneAs(plain: string): boolean {
  if (!/[^ιε]ασ$/.test(plain) || nuclei(letters(plain), true).length < 3) return false;
  const stem = plain.slice(0, -2);
  const penult = /([αεηιουω]+)([^αεηιουω]*)$/.exec(stem);
  if (!penult || penult[1]!.length > 1 || /[ηω]/.test(penult[1]!)) return false;
  if (/(ιτσ|ακ|αρ|εκ|ετ|νικ)$/.test(stem)) return false;
  return !(penult[2]!.length >= 2 && !/^(μπ|ντ|γκ|τζ|τσ)$/.test(penult[2]!));
}

/** The part of a compound surname after its prefix, as the lexicon writes it (Παπα|κώστας, Χατζη|θωμάς). */
function compoundFromLexicon(plain: string, lexicon: NameLexicon): string | undefined {
  const prefix = NAME_PREFIXES.find((p) => plain.startsWith(p));
  const rest = prefix && plain.slice(prefix.length);
  if (!rest || nuclei(letters(rest), true).length < 2) return undefined;
  const known = lexicon.lookup(rest)?.written ?? (/[αη]$/.test(rest) ? lexicon.lookup(`${rest}σ`)?.written.slice(0, -1) : undefined);
  return known && withDialytika(prefix + known.normalize('NFC').toLocaleLowerCase('el'));
}

/**
 * The name in lower case with its accent: as written, else from the lexicon (a pack's names first), the words of
 * Greek whose stress the rules miss (word-stress.ts: Τερζής from τερζής, Ξανθός from ξανθός), a compound of a
 * known name, an ending, or a guess. `role` says whether the page gives it as a first name or a surname, where
 * the two differ.
 */
export function accented(word: string, lexicon: NameLexicon, role?: NameRole): Accented {
  return accentedFrom(word, lexicon, role, true);
}

/**
 * What `accented` gives to a surname without the surnames of Greek text and the dictionary's names
 * (surname-stress-data.ts, name-stress-data.ts): what the generator of the first (scripts/tesseract-surnames.ts)
 * compares them with, to keep only those it would get wrong.
 */
export function accentedWithoutSeenSurnames(word: string, lexicon: NameLexicon, role?: NameRole): Accented {
  return accentedFrom(word, lexicon, role, false);
}

function accentedFrom(word: string, lexicon: NameLexicon, role: NameRole | undefined, seenSurnames: boolean): Accented {
  const lower = word.normalize('NFC').toLocaleLowerCase('el');
  if (hasAccent(word)) return { lower: finalSigma(lower), source: 'written' };
  // A surname spelt like a listed first name takes the word's accent (Ξανθός the surname, Ξάνθος the name).
  const firstOnly = role === 'last' && lexicon.lookup(word)?.last === false;
  // A first name the lists lack: a name the spelling dictionary writes with a capital before a word spelt alike.
  const asName = () => (role === 'first' ? nameStress(plainKey(word)) : undefined);
  const known = firstOnly
    ? (fromWordStress(word, lexicon, role) ?? fromLexicon(word, lexicon, role))
    : (fromLexicon(word, lexicon, role) ?? asName() ?? fromWordStress(word, lexicon, role));
  if (known) return { lower: known, source: 'lexicon' };
  // A surname no list or word gives: as Greek text spells it (surname-stress-data.ts), else as the spelling
  // dictionary writes a name with a capital (name-stress-data.ts), before the rules' guess.
  const seen = role === 'first' || !seenSurnames ? undefined : fromSurnameStress(plainKey(word));
  if (seen) return { lower: seen, source: 'lexicon' };
  return accentedByRules(word, lexicon, role);
}

/** A surname, or a woman's through the man's (Κουτσόγιωργα of Κουτσόγιωργας, Σεργιανοπούλου of Σεργιανόπουλος). */
function fromSurnameStress(plain: string): string | undefined {
  for (const table of [surnameStress, nameStress]) {
    const own = table(plain);
    if (own) return own;
    const man = /[αη]$/.test(plain) ? table(`${plain}σ`)?.slice(0, -1) : undefined;
    if (man) return man;
    const masc = /ου$/.test(plain) ? table(`${plain.slice(0, -2)}οσ`) : undefined;
    if (masc) return feminineOfOs(masc);
  }
  return undefined;
}

/** A woman's surname read through the man's (Γαλανού from Γαλανός, Μελετή from Μελετής): see fromLexicon. */
function fromWordStress(word: string, lexicon: NameLexicon, role?: NameRole): string | undefined {
  const plain = plainKey(word);
  if (role === 'first' && LEARNED_HS.test(plain)) return undefined;
  const own = wordStress(plain);
  if (own || role === 'first') return own;
  // Not through a listed name: ΧΡΗΣΤΟΥ is Χρήστου of Χρήστος, not of the adjective χρηστός; but through a word
  // spelt like a rare name of the name-day list: ΓΕΡΜΑΝΟΥ is Γερμανού of γερμανός, not of the name Γερμανός.
  const through = (base: string) => {
    const listed = lexicon.lookup(base);
    return listed && !listed.rare ? undefined : wordStress(base);
  };
  if (/[αη]$/.test(plain)) return through(`${plain}σ`)?.slice(0, -1);
  if (!/ου$/.test(plain)) return undefined;
  const masc = through(`${plain.slice(0, -2)}οσ`);
  return masc && feminineOfOs(masc);
}

/**
 * A first name in -ονας / -ωνας / -οντας, the everyday form of a listed one in -ων, keeps the stress on the
 * syllable the -ων form has it on: Φιλήμων → Φιλήμονας, Παντελεήμων → Παντελεήμονας, Λέων → Λέοντας.
 */
function fromOnForm(plain: string, lexicon: NameLexicon): string | undefined {
  const form = onForm(plain);
  const written = form && lexicon.lookup(form.base)?.written.normalize('NFC').toLocaleLowerCase('el');
  // The same letter as in the -ων form, the stem being the same (syllables are counted differently once -ας follows).
  if (!written) return undefined;
  const at = [...written].findIndex((ch) => ch.normalize('NFD').includes('\u0301'));
  if (at < 0 || at > form.stem.length) return undefined;
  return plain.slice(0, at) + `${plain[at]}\u0301`.normalize('NFC') + plain.slice(at + 1);
}

/**
 * The stress by the rules alone, without the lexicon of words: what the generator of that lexicon
 * (scripts/word-stress.ts) compares the dictionary with, to keep only the words the rules get wrong.
 */
export function accentedByRules(word: string, lexicon: NameLexicon, role?: NameRole): Accented {
  const lower = word.normalize('NFC').toLocaleLowerCase('el');
  if (nuclei(letters(word), true).length < 2) return { lower: finalSigma(lower), source: 'written' };
  const plain = withDialytika(plainKey(word));
  const compound = compoundFromLexicon(plain, lexicon);
  if (compound) return { lower: finalSigma(compound), source: 'lexicon' };
  const onForm = role !== 'last' ? fromOnForm(plain, lexicon) : undefined;
  if (onForm) return { lower: finalSigma(onForm), source: 'lexicon' };
  const onas = role === 'first' ? onasStress(plain) : -1;
  if (onas >= 0) return { lower: finalSigma(accentAt(plain, onas)), source: 'ending' };
  const voted = role === 'last' ? bySurnameSuffix(plain) : undefined;
  if (voted) return { lower: finalSigma(voted), source: 'guess' };
  const ending = ENDINGS.find(
    ([p]) => plain.endsWith(p) && plain.length > p.length && !(role === 'first' && SURNAME_ONLY.has(p)) && (role === 'first' || !FIRST_ONLY.has(p)),
  );
  if (ending) return { lower: finalSigma(plain.slice(0, -ending[0].length) + ending[1]), source: 'ending' };
  if (role === 'first' && RECESSIVE_FIRST.test(plain) && nuclei(letters(plain), true).length >= 4) {
    return { lower: finalSigma(accentSyllable(plain, 2)), source: 'ending' };
  }
  const oxytone = OUS_OXYTONE(plain) || US_OXYTONE(plain) || KLIS_OXYTONE(plain) || (role === 'first' && OXYTONE_FIRST_O(plain)) || (role !== 'first' && oxytoneAs(plain));
  if (oxytone) return { lower: finalSigma(accentSyllable(plain, 0)), source: 'ending' };
  return { lower: finalSigma(guessStress(plain)), source: 'guess' };
}
