/**
 * Case and accent folding plus tokenisation, shared by indexing, querying and cue detection.
 * Greek capitals usually lose their accents, so every comparison happens on folded text.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, drop accents and diaeresis, final sigma → σ. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/ς/g, 'σ');
}

export type Script = 'greek' | 'latin' | 'other';

export interface Token {
  /** As the customer wrote it (for explanations). */
  raw: string;
  /** Folded form. */
  text: string;
  script: Script;
}

/**
 * Words are runs of letters and digits; `;` or `:` directly before or inside a Latin word is kept because it is
 * the tonos/dialytika dead key of a Greek keyboard typed with the Latin layout active (`kalhsp;era`).
 */
const WORD = /[;:]?[\p{L}\p{N}]+(?:[;:'’]?[\p{L}\p{N}]+)*/gu;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const LATIN = /[a-z]/;
const LETTER = /\p{L}/u;
/** Small counts carry meaning ("2 φορές", "charged 2 times"); order numbers and amounts do not. */
const SMALL_NUMBER = /^\d{1,2}$/;
/** Longer "words" are CJK runs, hashes or junk: never useful for matching. */
const MAX_WORD = 32;

export function scriptOf(folded: string): Script {
  if (GREEK.test(folded)) return 'greek';
  if (LATIN.test(folded)) return 'latin';
  return 'other';
}

/** A run WORD found that is a token: not too long, and letters or a small number. */
const isToken = (raw: string) => raw.length <= MAX_WORD && (LETTER.test(raw) || SMALL_NUMBER.test(raw));

/** Splits text into tokens; pure numbers, emoji and punctuation are dropped, at most `max` tokens are kept. */
export function tokenize(text: string, max = Infinity): Token[] {
  const out: Token[] = [];
  // match() gives the words as strings: matchAll's per-word match arrays and iterator results were garbage.
  const words = text.match(WORD);
  if (!words) return out;
  for (let i = 0; i < words.length; i++) {
    let raw = words[i]!;
    if (!isToken(raw)) continue;
    // A leading dead key only counts when a Latin word follows (`;ola`); otherwise it is punctuation.
    let text = fold(raw);
    const script = scriptOf(text);
    if (script !== 'latin' && (raw[0] === ';' || raw[0] === ':')) {
      raw = raw.slice(1);
      text = text.slice(1);
    }
    if (script === 'greek') text = text.replace(/[;:'’]/g, '');
    out.push({ raw, text, script });
    if (out.length >= max) break;
  }
  return out;
}

/** How many tokens tokenize(text) gives, counted up to `max`, without folding them (for checks that only count). */
export function countTokens(text: string, max = Infinity): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) if (isToken(m[0]) && ++n >= max) break;
  return n;
}

/** Bounds the work on huge input (a pasted log, 1 MB of text): the start and the end of a message matter. */
export function capText(text: string, head = 12_000, tail = 4_000): string {
  if (typeof text !== 'string') return '';
  return text.length <= head + tail ? text : text.slice(0, head) + ' ' + text.slice(-tail);
}

/** The tokens of a customer message, bounded: the first `head` and the last `tail` words of long text. */
export function messageTokens(text: string, head = 600, tail = 200): { text: string; tokens: Token[] } {
  const capped = capText(text);
  const all = tokenize(capped, head + tail + 1);
  if (all.length <= head + tail) return { text: capped, tokens: all };
  const end = tokenize(capped.slice(-Math.min(capped.length, 4_000)));
  return { text: capped, tokens: [...all.slice(0, head), ...end.slice(-tail)] };
}
