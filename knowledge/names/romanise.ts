/**
 * A Greek name in Latin letters, as Greek passports write it and agents copy it into an English message
 * (ELOT 743 / ISO 843 transcription): «Παπαδόπουλος» → Papadopoulos, «Γιώργος» → Giorgos, «Ευθυμίου» → Efthymiou,
 * «Μπακογιάννη» → Bakogianni. Unlike translit.ts's loose key this spells a name, so the letters stay apart
 * (η → i, υ → y, ω → o, ει → ei, οι → oi, αι → ai as each letter gives them) and capitals are kept.
 * A foreign first name written in Greek letters takes its own spelling first (foreign-latin-data.ts: «Τζον» → John).
 */
import { FOREIGN_LATIN_NAMES } from './foreign-latin-data';
import { plainKey } from './letters';
import type { Gender } from './types';

const LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/**
 * The pairs that are not their letters one after the other. μπ, ντ, γκ are b, d, g only at the start of a word
 * (Bakogiannis, Dora, Gikas), and mp, nt, gk inside it (Lamprakis, Konstantinos, Tsagkaris) as passports write
 * them, which their letters already give.
 */
const PAIRS: Record<string, string> = { ου: 'ou', γγ: 'ng', γξ: 'nx', γχ: 'nch' };
const AT_START: Record<string, string> = { μπ: 'b', ντ: 'd', γκ: 'g' };

/** αυ, ευ, ηυ are av, ev, iv, and af, ef, if before a voiceless consonant or at the end (Pavlos, Efthymios). */
const VOWEL_BEFORE_Y: Record<string, string> = { α: 'a', ε: 'e', η: 'i' };
const VOICELESS = new Set([...'θκξπστφχψς']);

interface Letter {
  lower: string;
  upper: boolean;
  /** Written with a diaeresis (ϊ, ϋ): never the second letter of a pair (Προϋ → Proy, not Prou). */
  apart: boolean;
}

/** The word's letters without their accent, each knowing its case and whether it carries a diaeresis. */
function lettersOf(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) {
      if (ch === '\u0308' && out.length) out[out.length - 1].apart = true;
      continue;
    }
    const lower = ch.toLocaleLowerCase('el');
    out.push({ lower, upper: lower !== ch, apart: false });
  }
  return out;
}

/** The Latin of the letters at i: the text and how many letters it took. */
function unitAt(letters: Letter[], i: number): [string, number] {
  const one = letters[i].lower;
  const next = letters[i + 1];
  if (next && !next.apart) {
    const pair = one + next.lower;
    if (i === 0 && AT_START[pair]) return [AT_START[pair], 2];
    if (PAIRS[pair]) return [PAIRS[pair], 2];
    if (next.lower === 'υ' && VOWEL_BEFORE_Y[one]) {
      const after = letters[i + 2]?.lower;
      return [VOWEL_BEFORE_Y[one] + (after === undefined || VOICELESS.has(after) ? 'f' : 'v'), 2];
    }
  }
  return [LETTERS[one] ?? letters[i].lower, 1];
}

interface ForeignName {
  latin: string;
  gender?: Gender;
}

let foreign: Map<string, ForeignName> | undefined;

/** The foreign names' Latin spelling and gender by the accent-free key of each Greek spelling, read on first use. */
function foreignNames(): Map<string, ForeignName> {
  if (foreign) return foreign;
  foreign = new Map();
  for (const line of FOREIGN_LATIN_NAMES.split('\n')) {
    if (line.startsWith('#')) continue;
    const [latin, ...rest] = line.split(/\s+/).filter(Boolean);
    const gender = rest[0] === 'm' || rest[0] === 'f' ? rest.shift() as Gender : undefined;
    for (const spelling of rest) foreign.set(plainKey(spelling), { latin, ...(gender ? { gender } : {}) });
  }
  return foreign;
}

/** The usual Latin spelling of a foreign first name written in Greek letters («Τζον», «ΤΖΕΝΙΦΕΡ»), if listed. */
export function foreignLatin(word: string): string | undefined {
  return foreignNames().get(plainKey(word))?.latin;
}

/** A listed foreign first name in Greek letters, with its owner's gender where the name has one («Τζένιφερ»: f). */
export function foreignFirstName(word: string): ForeignName | undefined {
  return foreignNames().get(plainKey(word));
}

/** One word of Greek letters in Latin: a capital stays one (Θ → Th), a word in capitals stays in capitals. */
function romaniseWord(word: string, foreignFirst: boolean): string {
  const letters = lettersOf(word);
  const allCaps = letters.length > 1 && letters.every((l) => l.upper);
  const listed = foreignFirst ? foreignLatin(word) : undefined;
  if (listed) return allCaps ? listed.toLocaleUpperCase('en') : listed;
  let out = '';
  for (let i = 0; i < letters.length; ) {
    const [latin, took] = unitAt(letters, i);
    if (allCaps) out += latin.toUpperCase();
    else out += letters[i].upper ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
    i += took;
  }
  return out;
}

/** Every word in Greek letters of a name in Latin letters («Άννα-Μαρία Παπαδοπούλου» → Anna-Maria Papadopoulou); the rest as it is. */
export function romanise(name: string): string {
  return name.replace(/\p{Script=Greek}[\p{Script=Greek}\p{M}]*/gu, (word) => romaniseWord(word, true));
}

/** ELOT 743 alone, letter by letter, even for a listed foreign name («Τζον» → Tzon): what the list is checked against. */
export function elot(name: string): string {
  return name.replace(/\p{Script=Greek}[\p{Script=Greek}\p{M}]*/gu, (word) => romaniseWord(word, false));
}
