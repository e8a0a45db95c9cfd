/**
 * The stress of a name written in capitals (ΜΑΧΛΑΣ), taken from the page's own text: the customer signs
 * «Γιώργος Μαχλάς», the thread quotes «κ. Μαχλά» or «του Τσακνή», a header shows "Γιώργος Μαχλάς <g.m@…>".
 * Greek capitals carry no accent, so for a surname no list holds the rules can only guess (Μάχλας or Μαχλάς);
 * the page's accented spelling of the same word, or of one of its case forms, settles it.
 *
 * A capitalised word that reads as a name (beside another capitalised word, after «κ.»/«κυρία», under «Με εκτίμηση,»)
 * is trusted over the name lists; a word in lower case, or one that opens a sentence, is maybe a common word that
 * folds alike (λαμπρό beside ΛΑΜΠΡΟΣ) and only beats the rules' guess, never a list.
 */
import { feminineOfOs } from './stress';
import { finalSigma, hasAccent, letters, plainKey, stressFromEnd } from './letters';

/** One accented word of the page: lower case with its accent, as written, and whether it reads as a name. */
interface Seen {
  lower: string;
  written: string;
  nameLike: boolean;
  /** 2 for a name spelt out (a signature, a sender line: first name beside surname), else 1. */
  weight: number;
}

/** The page's accented words by their plain key («μαχλασ» → Μαχλάς …), built once for a name. */
export type PageWords = ReadonlyMap<string, readonly Seen[]>;

export interface PageStress {
  /** The name in lower case with the accent the page gives it («μαχλάς»). */
  lower: string;
  /** The page's word it was taken from, as written («Μαχλά»). */
  seen: string;
  /** Taken from a capitalised word that reads as a name (else from a word in lower case or opening a sentence). */
  nameLike: boolean;
}

/** Titles before a surname: the word after them is a name even where a full stop precedes it («κ. Μαχλά»). */
const TITLES = new Set(['κ', 'κα', 'κοσ', 'κυρ', 'κυριε', 'κυρια', 'κυριοσ', 'δρ', 'mr', 'mrs', 'ms', 'dr']);

const isTitleCase = (w: string) => {
  const [first = '', ...rest] = [...w];
  const tail = rest.join('');
  return first !== first.toLocaleLowerCase('el') && tail.length > 0 && tail === tail.toLocaleLowerCase('el');
};

/** A word that begins a sentence or a line: capitalised by the spelling, not because it is a name. */
const opensSentence = (gap: string, previous: string | undefined) => previous === undefined || /[.!;?·:…]\s*$|\n\s*$/.test(gap);

/**
 * The accented words of the texts by plain key. Only words written in Greek letters with an accent and not in
 * capitals count (a name in capitals on the page says no more than the CRM's field).
 */
export function pageWords(texts: readonly string[]): PageWords {
  const byKey = new Map<string, Seen[]>();
  for (const raw of texts) {
    const text = raw.normalize('NFC');
    const tokens = [...text.matchAll(/[\p{L}\p{M}]+/gu)];
    const gapBefore = (i: number) => (i > 0 ? text.slice(tokens[i - 1]!.index + tokens[i - 1]![0].length, tokens[i]!.index) : '');
    tokens.forEach((m, i) => {
      const word = m[0];
      if (!hasAccent(word) || !/\p{Script=Greek}/u.test(word) || (!isTitleCase(word) && word !== word.toLocaleLowerCase('el'))) return;
      const prev = tokens[i - 1]?.[0];
      const next = tokens[i + 1]?.[0];
      const gap = gapBefore(i);
      const afterTitle = prev !== undefined && TITLES.has(plainKey(prev)) && /^\.?\s*$/.test(gap);
      // «Με εκτίμηση,\nΜαχλάς»: the line under a closing formula is a signature.
      const signed = prev !== undefined && /,\s*\n\s*$/.test(gap);
      const besideName = (prev !== undefined && isTitleCase(prev) && /^[ \t]+$/.test(gap)) || (next !== undefined && isTitleCase(next) && /^[ \t]+$/.test(gapBefore(i + 1)));
      const nameLike = isTitleCase(word) && (afterTitle || signed || besideName || !opensSentence(gap, prev));
      const key = plainKey(word);
      const list = byKey.get(key) ?? [];
      // People spell their own name right where others, addressing them, may not: the name spelt out counts double.
      list.push({ lower: finalSigma(word.toLocaleLowerCase('el')), written: word, nameLike, weight: nameLike && (signed || besideName) ? 2 : 1 });
      byKey.set(key, list);
    });
  }
  return byKey;
}

/**
 * The case forms a name shares its stem with: a man's in -ος (του -ου, τον -ο, κύριε -ε), in -ης and -ας (-η, -α),
 * and women's and genitives that are the man's ending without its ς (Μαχλά of Μαχλάς, Μαρίας of Μαρία).
 */
const FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['οσ', ['οσ', 'ου', 'ο', 'ε']],
  ['ησ', ['ησ', 'η']],
  ['ασ', ['ασ', 'α']],
  ['α', ['α', 'ασ']],
  ['η', ['η', 'ησ']],
  ['ου', ['ου', 'οσ']],
];

/** Where in an ending its accent goes (-ού on the υ). */
const MARK_IN_ENDING: Record<string, number> = { ου: 1 };

/**
 * The name (plain key `plain`, ending `ending`) with the accent of a page's word of the same stem: on the same
 * letter of the stem, or on the name's ending where the page's word has it on its own.
 */
function transfer(plain: string, ending: string, seen: string): string {
  const stemLength = plain.length - ending.length;
  const ls = letters(seen);
  const at = ls.findIndex((l) => l.tonos);
  const stem = [...seen].slice(0, stemLength).join('');
  if (at >= 0 && at < stemLength) return finalSigma(stem + ending);
  const mark = MARK_IN_ENDING[ending] ?? 0;
  const end = [...ending];
  end[mark] = `${end[mark]}\u0301`.normalize('NFC');
  return finalSigma(stem + end.join(''));
}

/**
 * The name's spelling a page's word gives, or undefined. A genitive in -ου stressed before its ending says the name
 * in -ος is stressed there or a syllable before (Βενιζέλου, Παπαδόπουλου / Παπαδοπούλου): `guess` stands where it agrees.
 */
function fromForm(plain: string, ending: string, form: string, seen: string, guess: string | undefined): string {
  if (ending === 'ου' && form === 'οσ') return finalSigma(feminineOfOs(seen));
  const own = transfer(plain, ending, seen);
  if (ending === 'οσ' && form === 'ου' && stressFromEnd(seen) === 1 && guess && stressFromEnd(guess) === 2) return guess;
  return own;
}

interface Reading {
  lower: string;
  seen: string;
  weight: number;
}

/** The reading of the most weight, the guess among equals, else the first seen. */
function vote(readings: readonly Reading[], guess: string | undefined): Reading | undefined {
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(r.lower, (counts.get(r.lower) ?? 0) + r.weight);
  let best = readings[0];
  for (const r of readings) {
    const n = counts.get(r.lower) ?? 0;
    const bestN = best ? (counts.get(best.lower) ?? 0) : -1;
    if (n > bestN || (n === bestN && r.lower === guess && best?.lower !== guess)) best = r;
  }
  return best;
}

/**
 * How the page stresses one name word written without an accent (ΜΑΧΛΑΣ, or μαχλας), with `guess` the lists' or
 * rules' reading in lower case: undefined when no word of the page is the name or one of its case forms.
 */
export function stressFromPage(word: string, page: PageWords, guess?: string): PageStress | undefined {
  const plain = plainKey(word);
  if (page.size === 0 || hasAccent(word) || plain.length < 3) return undefined;
  const [ending, forms] = FORMS.find(([e]) => plain.endsWith(e) && plain.length > e.length + 1) ?? ['', ['']];
  const stem = plain.slice(0, plain.length - ending.length);
  const named: Reading[] = [];
  const common: Reading[] = [];
  for (const form of forms) {
    for (const s of page.get(stem + form) ?? []) {
      const reading = { lower: fromForm(plain, ending, form, s.lower, guess), seen: s.written, weight: s.weight };
      (s.nameLike ? named : common).push(reading);
    }
  }
  const picked = vote(named, guess) ?? vote(common, guess);
  return picked && { lower: picked.lower, seen: picked.seen, nameLike: named.length > 0 };
}
