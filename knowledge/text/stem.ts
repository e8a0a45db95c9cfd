/**
 * Light suffix strippers. They only need to bring inflected forms of one word to the same key; prefix
 * matching in the engine catches what they miss.
 */

/** Greek inflection endings in phonetic key space (see phonetic.ts), longest first. */
const GREEK_SUFFIXES = [
  '8ikame', '8ikate', '8ikan', '8ikes', '8ika', '8ike', '8ii', '8ei',
  'isame', 'isate', 'usame', 'usate', 'ikame', 'ikate', 'omaste', 'osaste',
  'atos', 'aton', 'ata', 'isan', 'usan', 'ikan', 'ikes', 'ises', 'ies', 'ion', 'ias', 'ume', 'ete', 'ate', 'ame',
  'ane', 'une', 'usa', 'ise', 'isa', 'ika', 'ike', 'omai', 'ia', 'io', 'is', 'es', 'os', 'as', 'on', 'us',
  'un', 'an', 'en', 'a', 'e', 'i', 'o', 'u',
];

/** Strips one Greek inflection ending from a phonetic key, keeping at least three characters. */
export function stemKey(key: string): string {
  if (key.length <= 3) return key;
  for (const suf of GREEK_SUFFIXES) {
    if (key.length - suf.length >= 3 && key.endsWith(suf)) return joinStem(key.slice(0, -suf.length));
  }
  return joinStem(key);
}

/**
 * One stem for the forms of a verb and the nouns made from it, where Greek changes the stem's last sound:
 *   aorist ψ of -φω, -πω, -πτω and -φτω verbs and the nouns in π (επιστρέψω/επιστρέφω → epistref,
 *   διακόψω/διακοπή/διακόπτω → diakof, κάλυψη/καλύπτεται → kalif), στροφ/στρεφ (επιστροφή/επιστρέφω),
 *   ηρθ/ερθ (ήρθε/έρθει), σ and passive θ after the stem's vowel (χρέωση/χρεώθηκα/χρεωθώ → hreo,
 *   ακύρωση/ακυρώθηκε → akiro, παράδοση/παραδόθηκε → parado), ζ of -ίζω/-άζω verbs after the vowel
 *   (συνεχίζει/συνεχίσει → sinehi, διαβάζει/διαβάσω → diaba, αναγνωρίζω/αναγνώριση → anagnori), aorist ξ
 *   of -γή nouns' verbs after a vowel (ανταλλάξω/ανταλλαγή → adalag, άλλαξα/αλλαγές → alag).
 *   The η of a verb's -ήσω/-ήσει/-ηθεί and of its noun in -ηση, where the present has none, once the stem is
 *   long (ευχαριστήσω/ευχαριστώ → efharist, καθυστέρηση/καθυστερεί, αμφισβήτηση/αμφισβητεί, σταματήσω/σταματούν,
 *   and ταξιδιού/ταξίδι, κουπονιού/κουπόνι): a final i of a stem of six or more characters goes.
 *   The -μέν- of a participle after a vowel, ευ or σ, in a stem of seven or more (ακυρωμένη/ακύρωση → akiro,
 *   χρεωμένος/χρέωση, κλειδωμένη/κλειδώθηκε, θυμωμένος/θύμωσε, χαλασμένο/χάλασε, σπασμένο/σπάσει).
 * ν and μ stay (χρεώνω, πληρωμή): joining them too merged unrelated cases more often than it helped.
 * A stem keeps at least four characters, so short words stay apart (δέμα ≠ δες).
 */
function joinStem(stem: string): string {
  let s = stem.replace(/^ir8/, 'er8').replace(/strof/, 'stref');
  if (s.length >= 5 && s.endsWith('ps')) s = s.slice(0, -2) + 'f';
  if (s.length >= 5 && /(pt|ft|p)$/.test(s)) s = s.replace(/(pt|ft|p)$/, 'f');
  if (s.length >= 5 && /[aeiou]ks$/.test(s)) s = s.slice(0, -2) + 'g';
  if (s.length >= 5 && /[aeiou][8sz]$/.test(s)) s = s.slice(0, -1);
  if (s.length >= 6 && s.endsWith('i')) s = s.slice(0, -1);
  if (s.length >= 7 && /[aeioufs]men$/.test(s)) s = joinStem(s.slice(0, -3));
  return s;
}

/**
 * Whether a Greek key may be another form of a shorter key it begins with, which the engine's prefix fallback takes
 * it for where the stemmer left an ending on (corpus.ts prefixTerms). Not where the longer goes on with -ελ after a
 * consonant, from the last letter of the shorter on: no Greek inflection has a λ, and -έλα, -έλι, -έλο make nouns
 * of their own, mostly loans that only look derived from the shorter word (καρτέλα, a tab or a record, ≠ κάρτα, a
 * card; φανέλα, σαρδέλα, ταμπέλα). A form of such a noun keeps to its stem (καρτέλα, καρτέλες, καρτέλας → kartel;
 * καρτελάκια reaches it), and so do a word's own endings and diminutives (κάρτες, καρτών → kart).
 */
export function greekFormOf(longer: string, shorter: string): boolean {
  for (let i = Math.max(1, shorter.length - 1); i <= shorter.length; i++) {
    if (longer.startsWith('el', i) && !'aeiou'.includes(longer[i - 1]!)) return false;
  }
  return true;
}

const EN_SUFFIXES = ['ations', 'ation', 'nesses', 'ness', 'ments', 'ment', 'ingly', 'ings', 'ing', 'edly', 'ed', 'ly'];
/** Words whose final s makes no plural: news is no more than one new ("any news" is not "any new card"). */
const NOT_PLURAL: ReadonlySet<string> = new Set(['news']);
/** Endings of a verb form: a short stem left by one gets back the e it lost (rating → rate, making → make). */
const VERB_ENDINGS: ReadonlySet<string> = new Set(['ingly', 'ings', 'ing', 'edly', 'ed']);

/**
 * English light stemmer: charged/charges/charging → charg, deliveries → deliveri, cancelled → cancel,
 * rating/rated/rate → rate. A final e goes only where no other word is left (Porter's rule: after a short
 * syllable it stays), so care ≠ car, note ≠ not, made ≠ mad, time, plane, file ≠ fill keep apart; dropping every
 * e made them one term, and a query about the car met the entries about care.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  let verb = false;
  if (/ie[sd]$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else {
    const suf = EN_SUFFIXES.find((x) => w.endsWith(x) && suffixFits(w.slice(0, -x.length), x));
    if (suf) [w, verb] = [w.slice(0, -suf.length), VERB_ENDINGS.has(suf)];
    else if (/([sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (/[^sui]s$/.test(w) && !NOT_PLURAL.has(w)) w = w.slice(0, -1);
  }
  if (w.length <= 3 && !verb) return w;
  w = w.replace(/([^aeiou])y$/, '$1i');
  // A doubled consonant is one (planned → plan); ll, ss, zz only after a longer stem (cancell → cancel, fill, miss).
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && (!/[lsz]$/.test(w) || measure(w.slice(0, -1)) > 1)) return w.slice(0, -1);
  if (w.endsWith('e')) {
    const bare = w.slice(0, -1);
    const m = measure(bare);
    return m > 1 || (m === 1 && !shortSyllable(bare)) ? bare : w;
  }
  return verb && measure(w) === 1 && shortSyllable(w) ? w + 'e' : w;
}

/**
 * Whether a suffix may come off this stem. -ly only from a stem of four letters or more, not after i or p, nor
 * after l unless the stem is longer (apply, reply, family, early, really are no adverbs of app, rep, fami, ear,
 * real; seriously, carefully, totally are); -ness only from five (business is not busy).
 */
function suffixFits(stem: string, suf: string): boolean {
  if (suf === 'ly') return stem.length >= 4 && !/[ip]$/.test(stem) && (stem.length >= 5 || !stem.endsWith('l'));
  if (suf === 'ness' || suf === 'nesses') return stem.length >= 5;
  return stem.length >= 3;
}

/** Porter's measure: how many vowel-consonant sequences a stem has (y after a consonant is a vowel). */
function measure(stem: string): number {
  let m = 0;
  let vowelBefore = false;
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i]!;
    const vowel = 'aeiou'.includes(c) || (c === 'y' && i > 0 && !'aeiou'.includes(stem[i - 1]!));
    if (!vowel && vowelBefore) m++;
    vowelBefore = vowel;
  }
  return m;
}

/** Ends consonant, vowel, consonant (not w, x or y): the short syllable of hop, rat, car, which keeps its e. */
const shortSyllable = (stem: string): boolean => /(^|[^aeiou])[aeiouy][^aeiouwxy]$/.test(stem);
