/**
 * Greek letters of personal names: reading words typed with Latin look-alike letters as Greek, the
 * accent-free key a name is looked up by, syllable nuclei and where the stress falls, putting an accent
 * back on a name written in capitals, and the casing a salutation writes it in.
 */

const TONOS = '\u0301';
const DIALYTIKA = '\u0308';
const VOWELS = new Set(['α', 'ε', 'η', 'ι', 'ο', 'υ', 'ω']);
/** Two letters that are one vowel sound (αι, ου …) or a vowel with υ read as v/f (αυ, ευ): one syllable. */
const DIGRAPHS = new Set(['αι', 'ει', 'οι', 'υι', 'ου', 'αυ', 'ευ', 'ηυ']);

/**
 * Latin letters that look like Greek capitals (and the few lower-case ones that do), as CRMs get them from
 * keyboards left on the Latin layout mid-word: «ΠAΠAΔOΠOYΛOΣ» with Latin A, O, Y.
 */
const LOOKALIKES: Record<string, string> = {
  A: 'Α', B: 'Β', E: 'Ε', Z: 'Ζ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', Y: 'Υ', X: 'Χ',
  a: 'α', o: 'ο', i: 'ι', k: 'κ', v: 'ν', u: 'υ', x: 'χ', p: 'ρ', t: 'τ',
};

const GREEK_LETTER = /\p{Script=Greek}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

export interface Letter {
  /** Lower-case letter without marks (σ for ς). */
  base: string;
  tonos: boolean;
  dialytika: boolean;
}

/** True when every letter of the word is Greek (accents and look-alikes already mapped). */
export function isGreekWord(word: string): boolean {
  return /^[\p{Script=Greek}\u0300-\u036f]+$/u.test(word.normalize('NFC'));
}

function mapLookalikes(word: string): string {
  return [...word.normalize('NFD')].map((ch) => LOOKALIKES[ch] ?? ch).join('').normalize('NFC');
}

/** Can every Latin letter of the word be read as the Greek letter it looks like? */
function onlyLookalikes(word: string): boolean {
  return [...word.normalize('NFD')].every((ch) => !LATIN_LETTER.test(ch) || ch in LOOKALIKES);
}

/**
 * The word with Latin look-alikes read as Greek, when the word is Greek: it has a Greek letter and every
 * Latin letter in it has a Greek twin («NIKOΣ» → «ΝΙΚΟΣ»). `greekContext` (another word of the same name is
 * Greek) lets a word made only of look-alikes count too («MAPIA ΠΑΠΑΔΑΚΗ»). Other words come back as given.
 */
export function asGreek(word: string, greekContext = false): string {
  const nfc = word.normalize('NFC');
  if (!LATIN_LETTER.test(nfc) || !onlyLookalikes(nfc)) return nfc;
  if (GREEK_LETTER.test(nfc) || greekContext) return mapLookalikes(nfc);
  return nfc;
}

/** Lower case, no accents, σ for ς: how a name is looked up («ΓΙΏΡΓΟΣ», «Γιωργος» → «γιωργοσ»). */
export function plainKey(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('el').replace(/ς/g, 'σ');
}

export function letters(word: string): Letter[] {
  return [...word.normalize('NFC').toLocaleLowerCase('el')].map((ch) => {
    const parts = ch.normalize('NFD');
    return { base: parts[0] === 'ς' ? 'σ' : parts[0], tonos: parts.includes(TONOS), dialytika: parts.includes(DIALYTIKA) };
  });
}

export const isVowel = (l: Letter | undefined): boolean => l !== undefined && VOWELS.has(l.base);

export function hasAccent(word: string): boolean {
  return word.normalize('NFD').includes(TONOS);
}

/** One syllable's vowel: letters [start, end) of the word; `mark` is the letter that carries its accent. */
export interface Nucleus {
  start: number;
  end: number;
  mark: number;
  stressed: boolean;
}

/**
 * The syllable nuclei of a word. Digraphs (αι, ει, οι, ου, αυ, ευ …) are one nucleus unless a tonos on the
 * first letter or a dialytika on the second splits them (τσάι, Παΐσιος); an unaccented ι between a consonant
 * and a vowel is glided into the next nucleus (Γιώρ-γος, Στέ-λιος, Κυ-ριά-κος). With `finalIotaSyllabic`, an ι
 * before the last vowel of the word is a syllable of its own (Γε-ωρ-γί-ου, Η-λί-ας), as in the learned names
 * and genitive surnames, where the stress of a word written in capitals has to be guessed.
 */
export function nuclei(ls: readonly Letter[], finalIotaSyllabic = false): Nucleus[] {
  const out: Nucleus[] = [];
  const lastVowel = ls.findLastIndex((l) => isVowel(l));
  for (let i = 0; i < ls.length; i++) {
    const cur = ls[i];
    if (!isVowel(cur)) continue;
    const next = ls[i + 1];
    const glide =
      cur.base === 'ι' && !cur.tonos && !cur.dialytika && i > 0 && !isVowel(ls[i - 1]) && isVowel(next) &&
      !(finalIotaSyllabic && isFinalGroup(ls, i + 1, lastVowel));
    const start = i;
    if (glide) i++;
    const here = ls[i];
    const after = ls[i + 1];
    if (isVowel(after) && !here.tonos && !after.dialytika && DIGRAPHS.has(here.base + after.base)) {
      out.push({ start, end: i + 2, mark: i + 1, stressed: after.tonos });
      i++;
    } else {
      out.push({ start, end: i + 1, mark: i, stressed: here.tonos });
    }
  }
  return out;
}

/** Does the vowel at `from` begin the word's last vowel group (ι-ο-ς, ι-ου, ι-α-ς)? */
function isFinalGroup(ls: readonly Letter[], from: number, lastVowel: number): boolean {
  if (from === lastVowel) return true;
  const a = ls[from];
  const b = ls[from + 1];
  return from + 1 === lastVowel && a !== undefined && b !== undefined && DIGRAPHS.has(a.base + b.base);
}

/** Syllables of a Greek word (see nuclei()): Γιώργος 2, Γεώργιος 3, Νικόλαος 4. */
export function countGreekSyllables(word: string): number {
  return nuclei(letters(word)).length;
}

/** Where the stress falls, counted from the end: 0 on the last syllable, 1 the one before …; -1 unmarked. */
export function stressFromEnd(word: string): number {
  const ns = nuclei(letters(word));
  const at = ns.findIndex((n) => n.stressed);
  return at < 0 ? -1 : ns.length - 1 - at;
}

/** Puts a tonos on the letter at `index` of a lower-case, accent-free word. */
export function accentAt(word: string, index: number): string {
  const chars = [...word];
  chars[index] = (chars[index] + TONOS).normalize('NFC');
  return chars.join('');
}

/**
 * An accent on a lower-case word written without one, `fromEnd` syllables from the end (0 = last):
 * «παπαδοπουλοσ», 2 → «παπαδόπουλοσ». Words of one syllable take none, as Greek spelling has it.
 */
export function accentSyllable(word: string, fromEnd: number, finalIotaSyllabic = true): string {
  const ns = nuclei(letters(word), finalIotaSyllabic);
  if (ns.length < 2) return word;
  const n = ns[Math.max(0, ns.length - 1 - Math.min(fromEnd, ns.length - 1))];
  return accentAt(word, n.mark);
}

/** ς at the end of the word and before a hyphen, σ elsewhere. */
export function finalSigma(word: string): string {
  return word.replace(/[σς]/g, (s, at: number) => {
    const next = word[at + 1];
    return next === undefined || !/\p{L}/u.test(next) ? 'ς' : 'σ';
  });
}

/** Written in capitals only (at least two letters): the way many CRMs and registries store names. */
export function isAllCaps(word: string): boolean {
  const ls = [...word].filter((ch) => /\p{L}/u.test(ch));
  // Not toLocaleUpperCase('el'): it drops the tonos, so «ΠΑΠΑΔΌΠΟΥΛΟΣ», capitals that keep their accents, would not count.
  return ls.length >= 2 && ls.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLocaleLowerCase('el'));
}

/** «γιώργος» → «Γιώργος». */
export function titleCase(lower: string): string {
  const [first = '', ...rest] = [...lower];
  // Not toLocaleUpperCase('el'): Greek capitals drop their accents there, but an initial keeps its tonos (Άννα).
  return first.toUpperCase() + rest.join('');
}

/**
 * The everyday -ονας / -ωνας / -οντας form of a first name in -ων (Φιλήμονας, Παντελεήμονας, Λέοντας), from its
 * plain key: the stem, and the plain key of the -ων form to look up; undefined for other words.
 */
export function onForm(plain: string): { stem: string; base: string } | undefined {
  const m = /^(.+)(ον|ων|οντ)ασ$/.exec(plain);
  return m ? { stem: m[1]!, base: `${m[1]}ων` } : undefined;
}
