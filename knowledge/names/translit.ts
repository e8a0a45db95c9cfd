/**
 * One loose Latin key for a name written in Greek or in Latin letters, so «Παπαδοπούλου»,
 * "papadopoulou" (an e-mail address) and "Papadopulu" meet, and "Giorgos", "Yiorgos" and «Γιώργος» too.
 * Sounds that Greeklish spells several ways (η/ι/υ/ει/οι, ο/ω, β/μπ/b, χ/ch/h, ντ/nt/d …) fall together:
 * the key is for telling which of a few known names a word is, never for spelling one.
 */
import { editDistance } from '../text/edit-distance';
import { plainKey } from './letters';

const GREEK_DIGRAPHS: Array<[string, string]> = [
  ['ου', 'u'], ['αι', 'e'], ['ει', 'i'], ['οι', 'i'], ['υι', 'i'], ['αυ', 'av'], ['ευ', 'ev'], ['ηυ', 'iv'],
  ['μπ', 'b'], ['ντ', 'd'], ['γκ', 'g'], ['γγ', 'g'], ['τσ', 'ts'], ['τζ', 'tz'],
];

const GREEK_LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', τ: 't', υ: 'i', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** A plain Latin spelling of a Greek word («Γιώργος» → "giorgos", «Παπαδοπούλου» → "papadopulu"). */
function greekToLatin(word: string): string {
  const plain = plainKey(word);
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const pair = GREEK_DIGRAPHS.find(([g]) => plain.startsWith(g, i));
    if (pair) {
      out += pair[1];
      i++;
    } else out += GREEK_LETTERS[plain[i]] ?? plain[i];
  }
  return out;
}

const LOOSE_STEPS: Array<[RegExp, string]> = [
  [/^y(?=[aeiou])/, 'g'],
  [/ph/g, 'f'], [/th/g, 't'], [/dh/g, 'd'], [/[ck]h/g, 'x'], [/ks|cs/g, 'x'], [/h/g, 'x'],
  [/ou|oo/g, 'u'], [/w/g, 'o'], [/y/g, 'i'], [/ai/g, 'e'], [/[eo]i/g, 'i'],
  [/([ae])[uf](?=[^aeiou]|$)/g, '$1v'], [/([ae])u/g, '$1v'],
  [/m[bp]/g, 'v'], [/b/g, 'v'], [/n[td]/g, 'd'], [/n[gk]|g[gk]/g, 'g'], [/c/g, 'k'], [/j/g, 'z'],
  [/(.)\1+/g, '$1'],
];

/** The loose key of a word in Latin letters (lower case, no accents). */
function looseLatin(latin: string): string {
  let s = latin.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  for (const [re, to] of LOOSE_STEPS) s = s.replace(re, to);
  return s;
}

/** The loose key of a name word in either script. */
export function looseKey(word: string): string {
  return looseLatin(/\p{Script=Greek}/u.test(word) ? greekToLatin(word) : word);
}

/** How alike two loose keys are, 0 … 1 (1 − edit distance / longer length). */
export function keySimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}
