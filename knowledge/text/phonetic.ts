/**
 * One sound-based key space for Greek and Greeklish. Greek spelling is ambiguous from sound (ι η υ ει οι are all
 * /i/), so instead of guessing the Greek spelling of a Greeklish word both are reduced to the same skeleton:
 *   vowels  ι η υ ει οι → i   ο ω → o   αι ε → e   ου (ou, oy) → u   αυ/ευ (av, af, au) → af/ef
 *   θ/th/8/0 → 8   χ/ch/kh → h   ξ/ks/3 → ks   ψ/ps → ps   β/μπ/b/v/mp → b   δ/ντ/d/dh/nt → d
 *   γ/γκ/γγ/g/gk/gg → g   φ/ph/f → f   double letters collapse.
 * Latin `x` (χ or ξ), `h` (η or χ) and a lone `u` (ου or υ) are ambiguous: the key function returns up to four
 * variants, most likely first. So are the digraphs with h, as customers write η as h after any consonant:
 *   ph is πη (phra, phge) before φ, dh δη (dhlwsh, dhladh) before δ, kh κη (dikh) before χ, gh γη before γ.
 *   th stays θ only: reading it as τη too (thlefwno, thn) lost real Greeklish lines and the Greek set's top-3
 *   (the function words την, στην and τηλέφωνο pulled other entries up);
 * ω typed on its key, v, between consonants or at a word's end (tvn, thelv: Greek has no β there) is ω first;
 * ev is ευ or εβ (evxaristw, evdomada); ng is γγ (aggelia, angelia).
 */

const GREEK_PAIRS: Array<[RegExp, string]> = [
  [/ου/g, 'u'], [/ει|οι|υι/g, 'i'], [/αι/g, 'e'], [/αυ/g, 'af'], [/ευ/g, 'ef'], [/ηυ/g, 'if'],
  [/μπ/g, 'b'], [/ντ/g, 'd'], [/γκ|γγ/g, 'g'],
];
const GREEK_SINGLE: Record<string, string> = {
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: '8', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'ks', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'i', φ: 'f', χ: 'h', ψ: 'ps', ω: 'o',
};

/**
 * Placeholders for ambiguous spellings (upper case: the input is folded), replaced by their readings in greeklishKeys.
 * P ph, D dh, K kh, G gh; W ω typed as v; U ou;
 * E ev, ευ first and εβ too (evdomada, evala).
 */
const AMBIGUOUS: Record<string, readonly string[]> = {
  x: ['h', 'ks'], h: ['i', 'h'], u: ['u', 'i'], U: ['u'], P: ['pi', 'f'],
  D: ['di', 'd'], K: ['ki', 'h'], G: ['gi', 'g'], W: ['o', 'b'], E: ['ef', 'eb'],
};

const LATIN_PAIRS: Array<[RegExp, string]> = [
  [/th|0|8/g, '8'], [/ch/g, 'h'], [/kh/g, 'K'], [/ph/g, 'P'], [/dh/g, 'D'],
  [/gh/g, 'G'], [/3/g, 'ks'], [/(?<=[bcdfghjklmnpqrstxz])v(?=[bcdfghjklmnpqrstxz]|$)/g, 'W'], [/ng/g, 'g'],
  [/ou|oy/g, 'U'], [/ei|oi|yi/g, 'i'], [/ai/g, 'e'], [/a[vufy]/g, 'af'], [/ev/g, 'E'], [/e[ufy]/g, 'ef'],
  [/mp|mb/g, 'b'], [/nt/g, 'd'], [/gk|gg/g, 'g'], [/y/g, 'i'], [/w/g, 'o'], [/v/g, 'b'], [/[cq]/g, 'k'],
];

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Phonetic key of one folded Greek word. */
export function greekKey(folded: string): string {
  let s = folded;
  for (const [re, to] of GREEK_PAIRS) s = s.replace(re, to);
  let out = '';
  for (const ch of s) out += GREEK_SINGLE[ch] ?? (ch >= 'a' && ch <= 'z' ? ch : '');
  return collapse(out);
}

/** Phonetic keys of one folded Latin (Greeklish) word, most likely first; at most four. */
export function greeklishKeys(folded: string): string[] {
  let s = folded.replace(/[^a-z0-9]/g, '');
  for (const [re, to] of LATIN_PAIRS) s = s.replace(re, to);
  s = s.replace(/[0-79]/g, '');
  // Ambiguous letters: x is χ (h) or ξ (ks); a lone h is η (i) or χ (h); a lone u is ου (u) or υ (i: "sundromh",
  // "dievthunsh"), while ou and oy (U here) are ου; the placeholders of LATIN_PAIRS (see AMBIGUOUS).
  let variants = [''];
  for (const ch of s) {
    const alts = AMBIGUOUS[ch] ?? [ch];
    const next: string[] = [];
    for (const v of variants) for (const a of alts) if (next.length < 4) next.push(v + a);
    variants = next;
  }
  return [...new Set(variants.map(collapse))];
}
