/**
 * A heading of the notes (meeting-template.ts) found on a line however the agent typed it: «ΑΠΟΨΗ ΠΕΛΑΤΗ:» in
 * capitals (which carry no accents), «αποψη πελατη» without accents, «apopsi pelati» in Greeklish. Words are folded
 * as the engine folds them (text/fold.ts) and a Latin word is read against a Greek one by its sound
 * (text/phonetic.ts). A heading is the line's first words and nothing else before its colon or the line's end:
 * «Η άποψη του πελάτη είναι ότι …» and «Άποψη πελάτη ήταν …» are sentences, not headings.
 */
import { fold, scriptOf } from '../text/fold';
import { greekKey, greeklishKeys } from '../text/phonetic';

/** One word of a heading: folded, and for a Greek word its sound, which a Greeklish word is compared by. */
interface HeadingWord {
  folded: string;
  sound?: string;
}
export type Heading = readonly HeadingWord[];

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const foldWord = (w: string) => fold(w.replace(/’/gu, "'"));

/** A heading as declared («Απόψεις … του πελάτη (αυτολεξεί):»): its words before the note in brackets and the colon. */
export function heading(declared: string): Heading {
  const name = declared.replace(/\s*(?:\([^)]*\))?\s*:\s*$/u, '');
  return (name.match(WORD) ?? []).map((w) => {
    const folded = foldWord(w);
    return scriptOf(folded) === 'greek' ? { folded, sound: greekKey(folded) } : { folded };
  });
}

function sameWord(want: HeadingWord, typed: string): boolean {
  const folded = foldWord(typed);
  if (folded === want.folded) return true;
  return want.sound !== undefined && scriptOf(folded) === 'latin' && greeklishKeys(folded).includes(want.sound);
}

/** After the heading's words: an optional note in brackets (deleted or reworded by some), then a colon or the line's end. */
const CLOSE = /^\s*(?:\([^)\n]*\)\s*)?(?::|$)/u;

/** Where the words after one of `headings` start on `line` (past its colon), if the line starts with one. */
export function afterHeading(line: string, headings: readonly Heading[]): number | undefined {
  const words = [...line.matchAll(WORD)];
  for (const h of headings) {
    if (!h.length || words.length < h.length) continue;
    // Only blanks before the first word (a list mark «- » or «* » too), and blanks between the heading's words.
    if (!/^[\s\-*•]*$/u.test(line.slice(0, words[0].index))) continue;
    if (!h.every((w, i) => sameWord(w, words[i][0]) && (i === 0 || !line.slice(words[i - 1].index + words[i - 1][0].length, words[i].index).trim()))) continue;
    const end = words[h.length - 1].index + words[h.length - 1][0].length;
    const close = CLOSE.exec(line.slice(end));
    if (close) return end + close[0].length;
  }
  return undefined;
}
