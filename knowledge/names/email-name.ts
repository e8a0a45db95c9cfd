/**
 * A name read from an e-mail address when the page shows nothing else («maria.konstantinou@…», «g.papadopoulos@…»,
 * «nikos_georgiou82@…», «papadopoulou.eleni@…», «d.dimos@…»: the initial and the surname Δήμος). A wrong name is worse than the neutral opening, so the address is
 * read only when every word of its local part is an initial or a name the lists know (not «info», «sales»,
 * «office.athens», «john.smith»), and a name is kept only where its Greek spelling, with its accent, is certain: one
 * listed name has that Latin form («papas» may be Παπάς or Παππάς: no surname then).
 */
import type { NameInfo, NameLexicon } from './lexicon';
import { because, type NameReason } from './reasons';

export interface EmailName {
  /** As the lists write them, with their accents. */
  first?: string;
  last?: string;
  /** The first name came after the surname («papadopoulou.eleni»). */
  surnameFirst: boolean;
  reasons: NameReason[];
}

interface Token {
  text: string;
  first: NameInfo[];
  last: NameInfo[];
}

/** Greek surnames end in a vowel or -ς: a listed name that does not (Σμιτ) is a foreign one spelt in Greek. */
const GREEK_ENDING = /[αεηιουωάέήίόύώϊϋΐΰς]$/u;

function tokenOf(text: string, lexicon: NameLexicon): Token {
  const all = lexicon.fromLatin(text);
  // Common first names only: the name-day list also holds places and words (Ρόδος, Θάλασσα, Κέρκυρα), and a spelling
  // only it has (Χρίστος) does not make the common one (Χρήστος) uncertain.
  const first = all.filter((i) => i.first && !i.foreign && !i.rare);
  return { text, first, last: all.filter((i) => i.last && GREEK_ENDING.test(i.lastWritten ?? i.written)) };
}

const isName = (t: Token) => t.first.length > 0 || t.last.length > 0;

/** One word of the local part: a name, or an initial glued to a surname («gpapadopoulos») or a first name to one. */
function wordsOf(word: string, lexicon: NameLexicon): Token[] | undefined {
  if (word.length === 1) return [];
  const whole = tokenOf(word, lexicon);
  if (isName(whole)) return [whole];
  const rest = word.length >= 5 ? tokenOf(word.slice(1), lexicon) : undefined;
  if (rest?.last.length) return [rest];
  const splits: Token[][] = [];
  for (let i = 3; i <= word.length - 3; i++) {
    const [a, b] = [tokenOf(word.slice(0, i), lexicon), tokenOf(word.slice(i), lexicon)];
    if ((a.first.length && b.last.length) || (a.last.length && b.first.length)) splits.push([a, b]);
  }
  return splits.length === 1 ? splits[0] : undefined;
}

/** The one spelling the lists give, or undefined where they give none or several. */
function certain(infos: readonly NameInfo[], role: 'first' | 'last'): string | undefined {
  const spellings = new Set(infos.map((i) => (role === 'last' ? (i.lastWritten ?? i.written) : i.written)));
  return spellings.size === 1 ? [...spellings][0] : undefined;
}

/** A man's first name in the nominative (Δήμος, Σταμάτης, Θωμάς): the form a surname made from it keeps. */
const MANS_FORM = /(ος|ης|ας|ός|ής|άς)$/u;

/**
 * Which token is the first name and which the surname: first name first, unless only the other order fits. After an
 * initial of its own («d.dimos», «a_dimos82»: Δ. Δήμος) the word is the surname even where the lists hold it only as
 * a first name, if it has a man's form, as surnames made from first names do (Δήμος, Σταμάτης); «k.maria» stays a
 * first name, and so does «dimos.d» (the initial after it is the surname's).
 */
function roles(names: readonly Token[], initials: boolean, initialFirst: boolean): { first?: Token; last?: Token; surnameFirst: boolean } | undefined {
  if (names.length === 1) {
    const [t] = names;
    // An initial beside it, or no first name of that form: the surname («g.papadopoulos», «papadopoulos»).
    if (t.last.length && (initials || !t.first.length)) return { last: t, surnameFirst: false };
    const asSurname = initialFirst ? t.first.filter((i) => MANS_FORM.test(i.written)) : [];
    if (asSurname.length && asSurname.length === t.first.length) return { last: { ...t, last: asSurname }, surnameFirst: false };
    return t.first.length ? { first: t, surnameFirst: false } : undefined;
  }
  const [a, b] = names;
  if (a.first.length && b.last.length) return { first: a, last: b, surnameFirst: false };
  if (a.last.length && b.first.length) return { first: b, last: a, surnameFirst: true };
  return undefined;
}

/** The name an e-mail address holds, as far as it is certain; undefined when it holds none the lists know. */
export function nameFromEmail(email: string, lexicon: NameLexicon): EmailName | undefined {
  const local = email.trim().split('@')[0]?.toLowerCase() ?? '';
  const words = local.split(/[._\-+]+|\d+/).filter(Boolean);
  if (!words.length || words.some((w) => !/^[a-z]+$/.test(w))) return undefined;
  const read = words.map((w) => wordsOf(w, lexicon));
  if (read.some((r) => r === undefined)) return undefined;
  const names = read.flatMap((r) => r ?? []);
  // An initial of its own («g.papadopoulos») or glued to the surname («gpapadopoulos»).
  const initials = words.some((w, i) => w.length === 1 || (read[i]?.length === 1 && read[i]?.[0]?.text !== w));
  if (names.length === 0 || names.length > 2) return undefined;
  const initialFirst = words.length === 2 && words[0].length === 1 && words[1].length > 1;
  const found = roles(names, initials, initialFirst);
  if (!found) return undefined;
  const first = found.first && certain(found.first.first, 'first');
  const last = found.last && certain(found.last.last, 'last');
  const reasons: NameReason[] = [];
  if (found.first && !first) reasons.push(because('email.firstUnsure', { name: found.first.text }));
  if (found.last && !last) reasons.push(because('email.surnameUnsure', { name: found.last.text }));
  if (!first && !last) return { surnameFirst: false, reasons };
  reasons.push(because('email.read', { local, name: [first, last].filter(Boolean).join(' ') }));
  return { ...(first ? { first } : {}), ...(last ? { last } : {}), surnameFirst: found.surnameFirst && !!first && !!last, reasons };
}
