/**
 * Greek names in the vocative (the form used to address someone: «Γιώργο», «κύριε Παπαδόπουλε») and
 * a cautious gender guess from Greek first names. Names in Latin script stay as written.
 */

export type Gender = 'm' | 'f';
export type NameRole = 'first' | 'last';

const VOWELS = new Set(['α', 'ε', 'η', 'ι', 'ο', 'υ', 'ω']);
const DIGRAPHS = new Set(['αι', 'ει', 'οι', 'υι', 'ου', 'αυ', 'ευ', 'ηυ']);
const TONOS = '\u0301';
const DIALYTIKA = '\u0308';

/**
 * First names in -ος that keep -ο although longer than two syllables (common usage wins over the
 * rule). Written without accents and with σ for ς, as stripAccents() returns them.
 */
const KEEP_O = new Set(['κυριακοσ']);

interface Letter {
  base: string;
  tonos: boolean;
  dialytika: boolean;
}

function letters(word: string): Letter[] {
  return [...word.normalize('NFC').toLocaleLowerCase('el')].map((ch) => {
    const parts = ch.normalize('NFD');
    return { base: parts[0], tonos: parts.includes(TONOS), dialytika: parts.includes(DIALYTIKA) };
  });
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('el').replace(/ς/g, 'σ');
}

/** True when the word is written only in Greek letters (accents included). */
export function isGreekWord(word: string): boolean {
  return /^[\p{Script=Greek}\u0300-\u036f]+$/u.test(word.normalize('NFC'));
}

/**
 * Syllables of a Greek word, counted from its vowels: digraphs (αι, ει, οι, ου, αυ, ευ …) are one
 * vowel, and an unaccented ι after a consonant and before a vowel merges with it (Γιώρ-γος, Στέ-λιος);
 * other vowel pairs are two syllables (Γε-ώρ-γιος, Νι-κό-λα-ος).
 */
export function countGreekSyllables(word: string): number {
  const ls = letters(word);
  let count = 0;
  for (let i = 0; i < ls.length; i++) {
    const cur = ls[i];
    if (!VOWELS.has(cur.base)) continue;
    const next = ls[i + 1];
    const nextIsVowel = next !== undefined && VOWELS.has(next.base);
    if (nextIsVowel && !cur.tonos && !cur.dialytika && !next.dialytika && DIGRAPHS.has(cur.base + next.base)) {
      count++;
      i++;
      continue;
    }
    const prev = ls[i - 1];
    const afterConsonant = prev !== undefined && !VOWELS.has(prev.base);
    if (cur.base === 'ι' && !cur.tonos && !cur.dialytika && afterConsonant && nextIsVowel) continue;
    count++;
  }
  return count;
}

function replaceEnding(word: string, newVowel: 'ο' | 'ε' | 'η' | 'α'): string {
  const chars = [...word.normalize('NFC')];
  const vowel = chars[chars.length - 2];
  const accented = vowel.normalize('NFD').includes(TONOS);
  let replacement = accented ? (newVowel + TONOS).normalize('NFC') : newVowel;
  if (vowel !== vowel.toLocaleLowerCase('el')) replacement = replacement.toUpperCase();
  return chars.slice(0, -2).join('') + replacement;
}

function vocativeOfWord(word: string, role: NameRole): string {
  if (!isGreekWord(word) || [...word].length < 3) return word;
  const plain = stripAccents(word);
  if (plain.endsWith('ησ')) return replaceEnding(word, 'η');
  if (plain.endsWith('ασ')) return replaceEnding(word, 'α');
  if (plain.endsWith('οσ')) {
    if (role === 'last') return replaceEnding(word, 'ε');
    const keepO = KEEP_O.has(plain) || countGreekSyllables(word) <= 2;
    return replaceEnding(word, keepO ? 'ο' : 'ε');
  }
  return word;
}

/**
 * The vocative of a name: Γιώργος → Γιώργο, Κωνσταντίνος → Κωνσταντίνε, Δημήτρης → Δημήτρη,
 * Ηλίας → Ηλία; surnames in -ος take -ε (Παπαδόπουλε). Feminine names, surnames in -ου and names in
 * Latin script are returned unchanged. Each word of a compound name (spaces, hyphens) is declined.
 */
export function vocative(name: string, options: { role?: NameRole; gender?: Gender } = {}): string {
  if (options.gender === 'f') return name;
  const role = options.role ?? 'first';
  return name.replace(/[^\s-]+/g, (word) => vocativeOfWord(word, role));
}

/**
 * A gender guess from a Greek first name's ending (-ος/-ης/-ας masculine; -α/-η/-ω feminine).
 * Undefined for anything less clear (Latin script, other endings, several words): a wrong guess in a
 * salutation is worse than a neutral one.
 */
export function guessGender(firstName: string | undefined): Gender | undefined {
  const name = firstName?.trim();
  if (!name || /[\s-]/.test(name) || !isGreekWord(name) || [...name].length < 3) return undefined;
  const plain = stripAccents(name);
  if (/(οσ|ησ|ασ)$/.test(plain)) return 'm';
  if (/[αηω]$/.test(plain)) return 'f';
  return undefined;
}
