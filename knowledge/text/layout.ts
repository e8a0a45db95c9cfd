/**
 * Text typed with the wrong keyboard layout active: standard Greek layout, Latin key ↔ Greek letter.
 * `;` is the tonos dead key and `:` the dialytika (dropped: matching is accent-insensitive anyway).
 */

const LATIN_KEYS = 'qwertyuiopasdfghjklzxcvbnm';
const GREEK_KEYS = ';ςερτυθιοπασδφγηξκλζχψωβνμ';

const toGreek = new Map<string, string>();
const toLatin = new Map<string, string>();
for (let i = 0; i < LATIN_KEYS.length; i++) {
  toGreek.set(LATIN_KEYS[i]!, GREEK_KEYS[i]!);
  toLatin.set(GREEK_KEYS[i]!, LATIN_KEYS[i]!);
}
toGreek.set(';', '').set(':', '').set('q', '');
toLatin.set('σ', 's').set('ς', 'w');

/** `kalhsp;era` → `καλησπερα` (folded Latin in; folded Greek out; null when a character has no key). */
export function latinLayoutToGreek(folded: string): string | null {
  let out = '';
  for (const ch of folded) {
    const g = toGreek.get(ch);
    if (g === undefined) return null;
    out += g;
  }
  return out.replace(/ς(?=.)/g, 'σ');
}

/** `σορρυ` → `sorry` (folded Greek in, with final sigma already folded to σ — ς maps to w only mid-word). */
export function greekLayoutToLatin(folded: string): string | null {
  let out = '';
  for (const ch of folded) {
    const l = toLatin.get(ch);
    if (l === undefined) return null;
    out += l;
  }
  return out;
}
