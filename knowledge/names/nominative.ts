/**
 * A name the page writes after a title in the accusative or genitive («κον Γιώργο Παπαδόπουλο», «του κου Γιώργου
 * Παπαδοπούλου», «της κας Μαρίας Παπαδοπούλου»), back in the nominative, which the salutation and the vocative are
 * made from. By the rules of Greek declension from the title's case and gender and the word's ending, and where the
 * ending has more than one nominative (a man's genitive in -ου: Γιώργου of Γιώργος, Γεωργίου a surname as it is,
 * Οικονόμου either), by the name lists: what they cannot tell is left as written and said to be unsure, for the
 * salutation not to address the customer by a form that may be wrong.
 */
import { finalSigma, hasAccent, isAllCaps, isGreekWord, plainKey, stressFromEnd, titleCase } from './letters';
import type { NameLexicon } from './lexicon';
import { foreignLatin } from './romanise';
import { accented } from './stress';
import type { CaseMark } from './titles';
import type { NameRole } from './types';
import { wordStress } from './word-stress';

export interface Nominative {
  text: string;
  /** False where the lists cannot tell the nominative: `text` is then the page's word. */
  sure: boolean;
}

const kept = (word: string, sure = true): Nominative => ({ text: word, sure });

/** The word with -ς put on, in capitals where it is written so (ΓΙΩΡΓΟ → ΓΙΩΡΓΟΣ). */
const withSigma = (word: string): Nominative => ({ text: word + (isAllCaps(word) ? 'Σ' : 'ς'), sure: true });

/** Endings only surnames have in -ος, so their -ου is a man's genitive or a woman's surname, never a man's own. */
const SURNAME_OS = /(οπουλοσ|ακοσ|ατοσ)$/;

/**
 * A foreign name, which Greek does not decline («κον Ρομπέρτο», «κον Τζουζέπε»): the lists of foreign names, unless
 * the word with -ς is a Greek name (Μάρκο of Μάρκος).
 */
function foreign(word: string, lexicon: NameLexicon): boolean {
  const greek = lexicon.lookup(`${word}ς`);
  if (greek && !greek.foreign) return false;
  return !!lexicon.lookup(word)?.foreign || foreignLatin(word) !== undefined;
}

/**
 * The -ος of a man's genitive in -ου, with its accent. The genitive keeps the nominative's stress, save one on the
 * third syllable from the end, which it draws to the second (Παπαδόπουλος, Παπαδοπούλου; Νικόλαος, Νικολάου): a
 * genitive stressed there takes the lists' accent (Κωνσταντίνου → Κωνσταντίνος, Παπαδοπούλου → Παπαδόπουλος), any
 * other the page's (Λαμπρού → Λαμπρός, not the name Λάμπρος). In capitals or without accents as the page wrote it,
 * for the name's display to accent it as any other.
 */
function osForm(word: string, role: NameRole | undefined, lexicon: NameLexicon): string {
  if (!hasAccent(word)) return word.slice(0, -2) + (isAllCaps(word) ? 'ΟΣ' : 'ος');
  const lower = word.normalize('NFC').toLocaleLowerCase('el');
  const own = finalSigma(`${lower.slice(0, -2)}${lower.endsWith('ού') ? 'ός' : 'ος'}`);
  const known = stressFromEnd(lower) === 1 ? accented(`${plainKey(word).slice(0, -2)}οσ`, lexicon, role) : undefined;
  const spelt = known && known.source !== 'guess' && [1, 2].includes(stressFromEnd(known.lower)) ? known.lower : own;
  return word[0] === word[0].toLocaleLowerCase('el') ? spelt : titleCase(spelt);
}

/**
 * A man's genitive in -ου. A first name's is of -ος (Γιώργου, Νικολάου). A surname's: of -ος where the ending is only
 * a surname's (Παπαδόπουλου) or the lists know the -ος as a surname and no man with the -ου (Βλάχου is a woman's);
 * as it is where the lists know men with the -ου and no surname in -ος (Γεωργίου, Κωνσταντίνου, from the father's
 * name); unsure where they know both (Οικονόμου, οικονόμος) or neither. With no role yet (the order is read after),
 * a listed first name's -ου, unless men have it as a surname, reads as the first name.
 */
function genitiveOu(word: string, role: NameRole | undefined, lexicon: NameLexicon): Nominative {
  const base = `${plainKey(word).slice(0, -2)}οσ`;
  const os = lexicon.lookup(base);
  const ou = lexicon.lookup(word);
  const menHaveOu = !!ou?.last && !ou.womenOnly;
  const asOs = { text: osForm(word, role, lexicon), sure: true };
  if (role === 'first' || (role === undefined && os?.first && !menHaveOu)) return asOs;
  if (SURNAME_OS.test(base)) return asOs;
  const osSurname = !!os?.last || !!wordStress(base);
  if (osSurname) return menHaveOu ? kept(word, false) : asOs;
  return kept(word, menHaveOu || !!os?.first);
}

/** A man's accusative or genitive ending in a vowel other than -ου: -ο, -α, -η take -ς; -έ, -ι only where Greek. */
function masculine(word: string, plain: string, lexicon: NameLexicon): Nominative {
  const last = plain.at(-1);
  if (last === 'ο' || last === 'α' || last === 'η') return withSigma(word);
  const listed = lexicon.lookup(`${word}ς`);
  // Τσελεμεντέ, Μενεξέ: Greek names in -ές are oxytone, so an -ε stressed elsewhere is a foreign name's (Ντάντε).
  if (last === 'ε') return listed || /έ$/.test(word.normalize('NFC')) ? withSigma(word) : kept(word, hasAccent(word));
  // -ις is a closed, learned declension (Πάρι of Πάρις, Χατζιδάκι of Χατζιδάκις); else a foreign name (Ρόσι).
  if (last === 'ι') return listed || /ακι$/.test(plain) ? withSigma(word) : kept(word);
  return kept(word);
}

/**
 * A woman's genitive: a first name's -ας, -ης, -ως, -ούς lose their -ς (Μαρίας, Ελένης, Φρόσως, Ραλλούς); her
 * surname is never declined (Παπαδοπούλου, Παπαδάκη, Σαμαρά); a learned genitive in -ος (Ελπίδος) is not read.
 */
function feminineGenitive(word: string, plain: string, role: NameRole | undefined): Nominative {
  if (role === 'last') return kept(word);
  if (/(ασ|ησ|ωσ|ουσ)$/.test(plain)) return { text: word.slice(0, -1), sure: true };
  return kept(word, !/οσ$/.test(plain));
}

function nominativeOfWord(word: string, mark: CaseMark, role: NameRole | undefined, lexicon: NameLexicon): Nominative {
  if (!isGreekWord(word) || [...word].length < 2 || foreign(word, lexicon)) return kept(word);
  const plain = plainKey(word);
  if (mark.gender === 'f') return mark.case === 'gen' ? feminineGenitive(word, plain, role) : kept(word);
  // Already in the nominative (-ος, -ης, -ας … as pages often write it after «κον»), or not declined (Μιχαήλ).
  if (/[^αεηιουω]$/.test(plain)) return kept(word);
  if (plain.endsWith('ου')) return mark.case === 'gen' ? genitiveOu(word, role, lexicon) : kept(word);
  return masculine(word, plain, lexicon);
}

/**
 * The nominative of one word of a name written in the case `mark` says, as the page would write it (capitals stay
 * capitals); each part of a double name apart (Παπαδόπουλο-Γεωργίου). `role`: first name or surname, where the order
 * is known.
 */
export function nominativeOf(word: string, mark: CaseMark, role: NameRole | undefined, lexicon: NameLexicon): Nominative {
  const parts = word.split('-').map((part) => (part ? nominativeOfWord(part, mark, role, lexicon) : kept(part)));
  return { text: parts.map((p) => p.text).join('-'), sure: parts.every((p) => p.sure) };
}
