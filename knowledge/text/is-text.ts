/**
 * Whether a string reads as written language at all: random bytes decoded as text (replacement characters,
 * control characters, symbols) must not show cues such as anger ("!!", capitals) that noise happens to contain.
 */

/** More of these than this share of the visible characters: not text. */
const MAX_NOISE = 0.02;
/** Fewer letters than this share (in anything longer than a short outburst): not text. */
const MIN_LETTERS = 0.25;
const SHORT = 40;

export function looksLikeText(text: string): boolean {
  let visible = 0;
  let letters = 0;
  let noise = 0;
  // By code point with an index, not `for…of`: the string iterator made a string per character and was one of the
  // largest compiles V8 ran in a search's first few hundred messages.
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (code === 9 || code === 10 || code === 13 || code === 32) continue;
    visible++;
    if (code === 0xfffd || code < 32 || (code >= 0x7f && code < 0xa0) || (code >= 0xe000 && code < 0xf900)) noise++;
    else if (isLetter(code)) letters++;
  }
  if (noise > visible * MAX_NOISE) return false;
  return visible < SHORT || letters >= visible * MIN_LETTERS;
}

/** ASCII and Greek without a regular expression (this runs on every message); the rest by Unicode category. */
function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  if ((code >= 0x386 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return true;
  return /\p{L}/u.test(String.fromCodePoint(code));
}
