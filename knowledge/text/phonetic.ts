/**
 * One sound-based key space for Greek and Greeklish. Greek spelling is ambiguous from sound (ι η υ ει οι are all
 * /i/), so instead of guessing the Greek spelling of a Greeklish word both are reduced to the same skeleton:
 *   vowels  ι η υ ει οι → i   ο ω → o   αι ε → e   ου (ou, oy) → u   αυ/ευ (av, af, au) → af/ef
 *   θ/th/8/0 → 8   χ/ch/kh → h   ξ/ks/3 → ks   ψ/ps → ps   β/μπ/b/v/mp → b   δ/ντ/d/dh/nt → d
 *   γ/γκ/γγ/g/gk/gg → g   φ/ph/f → f   double letters collapse.
 * Latin `x` (χ or ξ), `h` (η or χ) and a lone `u` (ου or υ) are ambiguous: the key function returns up to four
 * variants, most likely first. So are the digraphs with h, as customers write η as h after any consonant, and a few
 * more spellings; the context (the letter after, the word's end) decides which reading comes first, or rules one
 * out where Greek spelling does (see AMBIGUOUS): th before a vowel is θ, before σ, τ or a word's end τη (thn, sthn
 * are the function words την, στην), before l, r, m θ first and τη too (thlefwno); ph before a vowel is φ, before a
 * consonant πη first (phra); ω typed on its key, v, between consonants or at a word's end (tvn, thelv: Greek has no
 * β there) is ω first; ev is ευ or εβ (evxaristw, evdomada); ng is γγ (aggelia, angelia).
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
 * Placeholders for ambiguous spellings (upper case: the input is folded), replaced by their readings in greeklishKeys,
 * the likeliest first. Where Greek spelling rules a reading out, only the other is kept.
 *   th  T before σ or τ, at the end, and thn at the end: τη only (Greek has no θσ, θτ, final θ or final θν: ths,
 *       sthn, ayth are the function words της, στην, αυτή; prwth, rwthsw); Q before another consonant: θ first, τη
 *       too (thlefwno, anthrwpos); θ before a vowel. nth before σ, τ or the end is ντη (dI: sunanthsh,
 *       dievthunth), before another consonant N: νθ or ντη (anthrwpos, plunthrio).
 *   ph, dh, gh before a vowel: φ, δ, and J γχ or γ (photo, eleghos); P, D, K, G before a consonant or at the end:
 *       πη, δη, κη, γη first (phra, dhlwsh, dikh).
 *   ch, and kh before a vowel: C, χ only (echo is έχω, never εηο); X h after α ε ι: χ first (ehw, eiha, ehei).
 *   A av before a vowel: αβ first, αυ too (vlavi, paralavi, mpravo); E ev: ευ first, εβ too (evdomada, evala).
 *   O oi: οι first, οη too (voitheia, proigoumeno); Y u at the start: υ first (upallhlos); W ω typed as v; U ou.
 *   mb stays μβ (analambanw, symvolaio), not μπ.
 */
const AMBIGUOUS: Record<string, readonly string[]> = {
  x: ['h', 'ks'], h: ['i', 'h'], u: ['u', 'i'], U: ['u'], P: ['pi', 'f'], D: ['di', 'd'], K: ['ki', 'h'],
  G: ['gi', 'g'], J: ['gh', 'g'], C: ['h'], X: ['h', 'i'], T: ['ti'], Q: ['8', 'ti'], N: ['n8', 'di'], I: ['i'],
  W: ['o', 'b'], E: ['ef', 'eb'], A: ['ab', 'af'], O: ['i', 'oi'], Y: ['i', 'u'],
};

/** A vowel as written in Greeklish, η written h included. */
const V = 'aeiouyhw';
const LATIN_PAIRS: Array<[RegExp, string]> = [
  [/nth(?=[st]|n?$)/g, 'dI'], [new RegExp(`nth(?=[^${V}0-9])`, 'g'), 'N'], [/th(?=[st]|n?$)/g, 'T'],
  [new RegExp(`th(?=[^${V}0-9])`, 'g'), 'Q'], [/th|0|8/g, '8'], [/ch|kh(?=[aeiouyw])/g, 'C'],
  [/kh/g, 'K'], [new RegExp(`ph(?=[${V}])`, 'g'), 'f'], [/ph/g, 'P'], [new RegExp(`dh(?=[${V}])`, 'g'), 'd'],
  [/dh/g, 'D'], [new RegExp(`gh(?=[${V}])`, 'g'), 'J'], [/gh/g, 'G'], [/3/g, 'ks'],
  [/(?<=[bcdfghjklmnpqrstxz])v(?=[bcdfghjklmnpqrstxz]|$)/g, 'W'], [/ng/g, 'g'], [/ou|oy/g, 'U'],
  [new RegExp(`av(?=[${V}])`, 'g'), 'A'], [/a[vufy]/g, 'af'], [/ev/g, 'E'], [/e[ufy]/g, 'ef'], [/ei|yi/g, 'i'], [/oi/g, 'O'],
  [/ai/g, 'e'], [/^u/, 'Y'], [/(?<=[aei])h/g, 'X'], [/mp/g, 'b'], [/nt/g, 'd'], [/gk|gg/g, 'g'], [/y/g, 'i'], [/w/g, 'o'],
  [/v/g, 'b'], [/[cq]/g, 'k'],
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
  // "dievthunsh"), while ou and oy (U here) are ου; the placeholders of LATIN_PAIRS (see AMBIGUOUS). The four
  // likeliest readings are kept (a second reading counts half): each ambiguity of a long word gets its other reading
  // in, where keeping the first four made left the later ones read one way only (ensunaisthhsh, egguhsh).
  let variants: Array<[string, number]> = [['', 1]];
  for (const ch of s) {
    const alts = AMBIGUOUS[ch];
    if (!alts) {
      for (const v of variants) v[0] += ch;
      continue;
    }
    const next: Array<[string, number]> = [];
    for (const [v, w] of variants) alts.forEach((a, i) => next.push([v + a, i === 0 ? w : w / 2]));
    // A stable sort: equally likely readings stay in the order of the letters' own likeliest-first readings.
    variants = next.sort((a, b) => b[1] - a[1]).slice(0, 4);
  }
  return [...new Set(variants.map(([v]) => collapse(v)))];
}
