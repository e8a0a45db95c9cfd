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
 *   aorist ψ of -φω verbs (επιστρέψω/επιστρέφω → epistref), στροφ/στρεφ (επιστροφή/επιστρέφω),
 *   ηρθ/ερθ (ήρθε/έρθει), σ and passive θ after the stem's vowel (χρέωση/χρεώθηκα/χρεωθώ → hreo,
 *   ακύρωση/ακυρώθηκε → akiro, παράδοση/παραδόθηκε → parado), aorist ξ of -γή nouns' verbs after a vowel
 *   (ανταλλάξω/ανταλλαγή → adalag, άλλαξα/αλλαγές → alag).
 * ν and μ stay (χρεώνω, πληρωμή): joining them too merged unrelated cases more often than it helped.
 * A stem keeps at least four characters, so short words stay apart (δέμα ≠ δες).
 */
function joinStem(stem: string): string {
  let s = stem.replace(/^ir8/, 'er8').replace(/strof/, 'stref');
  if (s.length >= 5 && s.endsWith('ps')) s = s.slice(0, -2) + 'f';
  if (s.length >= 5 && /[aeiou]ks$/.test(s)) s = s.slice(0, -2) + 'g';
  if (s.length >= 5 && /[aeiou][8s]$/.test(s)) s = s.slice(0, -1);
  return s;
}

const EN_SUFFIXES = ['ations', 'ation', 'nesses', 'ness', 'ments', 'ment', 'ingly', 'ings', 'ing', 'edly', 'ed', 'ly'];

/** English light stemmer: charged/charges/charging → charg, deliveries → deliveri, cancelled → cancel. */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (/ie[sd]$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else {
    const suf = EN_SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    if (suf) w = w.slice(0, -suf.length);
    else if (/([sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (/[^sui]s$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 3) w = w.replace(/([^aeiou])y$/, '$1i').replace(/e$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  return w;
}
