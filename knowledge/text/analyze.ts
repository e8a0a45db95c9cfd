/**
 * Turns tokens into index terms and query term variants. Term prefixes name the key space:
 *   p: Greek phonetic key (Greek script and Greeklish, stemmed)   e: English stem
 * Greek entries index their Latin words in both spaces (triggers are often Greeklish or English).
 */
import { fold, type Token } from './fold';
import { latinLayoutToGreek, greekLayoutToLatin } from './layout';
import { greekKey, greeklishKeys } from './phonetic';
import { stemEnglish, stemKey } from './stem';
import { ENGLISH_NEGATIONS, ENGLISH_STOPWORDS, ENGLISH_WEAK, GREEK_NEGATION_KEYS, GREEKLISH_NEGATIONS, GREEK_STOP_KEYS, GREEK_WEAK } from './stopwords';
import { Memo } from './memo';

/** Per-word results are cached (by the word as written): analysing a word costs far more than a lookup. */
const MEMO_SIZE = 20_000;

export interface Variant {
  term: string;
  /** Confidence that this reading is what the customer meant (1 = as written). */
  factor: number;
  /** Reading from the other keyboard layout. */
  layout: boolean;
  /** A weak word (see stopwords.ts): explains nothing; the reading that is the weak word counts less. */
  weak: boolean;
  /** A function word (the, what, «που»): scored lightly, never explains, never falls back to prefixes or typos. */
  fn: boolean;
}

/**
 * Every reading is built here, all fields in one order: readings of several shapes (optional fields spread in or
 * left out) made the matcher's per-reading code polymorphic, and it deoptimised while a search ran.
 */
const variant = (term: string, factor: number, layout: boolean, weak: boolean, fn: boolean): Variant => ({ term, factor, layout, weak, fn });

/** Matching counts a weak word at this share of a content word. */
export const WEAK_FACTOR = 0.6;

const DEAD_KEYS = /[;:'’]/g;

/** Counts written as digits or words share one term: «δύο φορές» = "2 fores" = "two times". */
const NUMBER_WORDS: Record<string, string> = {
  'p:dio': 'n:2', 'p:tri': 'n:3', 'p:tris': 'n:3', 'e:two': 'n:2', 'e:twic': 'n:2', 'e:three': 'n:3', 'e:thric': 'n:3',
};
function numberTerm(token: Token): string | null {
  return /^\d{1,2}$/.test(token.text) ? 'n:' + Number(token.text) : null;
}

function greekTerm(folded: string): string | null {
  const key = greekKey(folded);
  if (!key || GREEK_STOP_KEYS.has(key)) return null;
  const term = 'p:' + stemKey(key);
  return term === HOMOPHONE.term && HOMOPHONE.spelled.test(folded) ? HOMOPHONE.other : term;
}

/**
 * Distinct words the sound key joins, kept apart where the writing tells them apart. The key reads ι η υ ει οι as one
 * vowel (Greeklish and misspelt Greek need it) and the stemmer cuts the ending, so the noun κλήση/κλήσεις (call) and
 * the aorist κλείσω/κλείσει of κλείνω (close) were one term, p:klis: «με χρεώσατε κλήσεις» met the cancellation
 * triggers' «να κλείσω». Written in Greek script, ει says the verb: its aorist then keys as its present, κλείνω
 * (p:klin, one stem for the forms of a verb, as stem.ts joins others). Greeklish (kliseis, kleisw: ει and η are both i
 * there) and a misspelt κλίσω stay ambiguous and read both.
 */
const HOMOPHONE = { term: 'p:klis', spelled: /^κλει/, other: 'p:klin' } as const;

/**
 * The question word πόσο/πόση/πόσα… (how much, how many) written with its accent on the first syllable: a function
 * word, not the noun ποσό (amount) it keys as (p:pos), so «πόσο κάνει;» no longer meets every entry about a disputed
 * amount. Unaccented (ποσο, poso) it may be either and stays a content word, as before.
 */
const HOW_MUCH = /^πο\u0301σ(ο|η|α|εσ|οι|ουσ|ων|οσ)$/;
function howMuch(token: Token): boolean {
  if (token.script !== 'greek' || !token.text.startsWith('ποσ') || token.text.length > 6) return false;
  return HOW_MUCH.test(token.raw.normalize('NFD').toLowerCase().replace(/ς/g, 'σ'));
}

function englishTerm(folded: string): string | null {
  const w = folded.replace(/[^a-z0-9]/g, '');
  if (!w || ENGLISH_STOPWORDS.has(w) || /^\d+$/.test(w)) return null;
  return 'e:' + stemEnglish(w);
}

/** Terms of the weak words, in both key spaces (Greek words also cover their Greeklish spellings). */
const WEAK_TERMS: ReadonlySet<string> = new Set([
  ...GREEK_WEAK.map((w) => greekTerm(fold(w))).filter((t): t is string => !!t),
  ...ENGLISH_WEAK.map((w) => englishTerm(w)).filter((t): t is string => !!t),
]);

function greeklishTerms(folded: string): string[] {
  const keys = greeklishKeys(folded);
  if (!keys[0] || GREEK_STOP_KEYS.has(keys[0])) return [];
  // A loop, not a spread set of a mapped list: this runs for every new Latin word of a text.
  const out: string[] = [];
  for (const k of keys) {
    const term = 'p:' + stemKey(k);
    if (!out.includes(term)) out.push(term);
    if (term === HOMOPHONE.term && !out.includes(HOMOPHONE.other)) out.push(HOMOPHONE.other);
  }
  return out;
}

const indexMemo = new Memo<readonly string[]>(MEMO_SIZE);

/** Terms a word of an entry is indexed under (shared, cached arrays: do not modify). */
export function indexTerms(token: Token, lang: 'el' | 'en'): readonly string[] {
  return indexMemo.get(`${lang}\u0000${token.raw}`, () => readIndexTerms(token, lang));
}

function readIndexTerms(token: Token, lang: 'el' | 'en'): string[] {
  const out: string[] = [];
  if (token.script === 'greek') {
    const t = howMuch(token) ? null : greekTerm(token.text);
    if (t) out.push(t);
  } else if (token.script === 'latin') {
    const text = token.text.replace(DEAD_KEYS, '');
    const e = englishTerm(text);
    if (e) out.push(e);
    if (lang === 'el' && !ENGLISH_STOPWORDS.has(text)) for (const g of greeklishTerms(text)) out.push(g);
  } else {
    const n = numberTerm(token);
    if (n) out.push(n);
  }
  for (const t of out) if (NUMBER_WORDS[t]) return [...out, NUMBER_WORDS[t]];
  return out;
}

/**
 * How English (rather than Greeklish) the Latin words of a message look, from the function words it uses
 * (0 = Greeklish, 1 = English). A message is usually written one way, so this weighs each word's readings.
 */
export interface MessageProfile {
  /** How English (rather than Greeklish) its Latin words look: 0 = Greeklish, 1 = English. */
  english: number;
  /** Its Greek-script words look like English typed with the Greek layout active. */
  greekLayout: boolean;
}

/**
 * A message is usually written one way: its function words tell whether Latin words are English or Greeklish
 * and whether Greek-script words are really English typed with the Greek layout (μυ = my, ισ = is, ςηερε).
 */
export function profile(tokens: Token[]): MessageProfile {
  let en = 0;
  let el = 0;
  let greek = 0;
  let layout = 0;
  for (const t of tokens) {
    const sign = languageSigns.get(t.raw, () => languageSign(t));
    if (sign === 'en') en++;
    else if (sign === 'el') el++;
    if (t.script === 'greek') {
      greek++;
      if (sign === 'layout') layout++;
    }
  }
  return { english: (en + 1) / (en + el + 2), greekLayout: layout > 0 && layout >= greek * 0.2 };
}

const languageSigns = new Memo<'en' | 'el' | 'layout' | null>(MEMO_SIZE);

/** What one word says about the message's language: an English or a Greeklish function word, or English typed on the Greek layout. */
function languageSign(t: Token): 'en' | 'el' | 'layout' | null {
  if (t.script === 'latin') {
    // A word that is a function word in both (to, i, an, me) tells nothing.
    const english = ENGLISH_STOPWORDS.has(t.text);
    const k = greeklishKeys(t.text)[0];
    const greek = !!k && GREEK_STOP_KEYS.has(k);
    return english && !greek ? 'en' : greek && !english ? 'el' : null;
  }
  if (t.script === 'greek') {
    const latin = greekLayoutToLatin(t.text);
    if (wrongLayoutSign(t) || (latin && ENGLISH_STOPWORDS.has(latin) && !GREEK_STOP_KEYS.has(greekKey(t.text)))) return 'layout';
  }
  return null;
}

/** ς inside a word never happens in Greek (it is the w key); σ at the end is the s key. */
function wrongLayoutSign(token: Token): boolean {
  return /ς\p{L}|σ$/u.test(token.raw.normalize('NFD').toLowerCase());
}

const variantMemo = new Memo<readonly Variant[]>(MEMO_SIZE);

/** Readings of a word of the customer's text, most likely first (shared, cached arrays: do not modify). */
export function queryVariants(token: Token, message: MessageProfile = { english: 0.5, greekLayout: false }): readonly Variant[] {
  // The profile has few distinct values (a ratio of small counts), so it is part of the key.
  const key = `${token.raw}\u0000${message.english}\u0000${message.greekLayout ? 1 : 0}`;
  return variantMemo.get(key, () => readVariants(token, message));
}

// Module functions that take the list, not closures made per call: this runs for every new word of a text, and the
// closures made it slow to optimise (once per process, but inside the first few hundred searches).
function readVariants(token: Token, message: MessageProfile): Variant[] {
  const out: Variant[] = [];
  if (token.script === 'greek') greekVariants(token, message, out);
  else if (token.script === 'latin') latinVariants(token, message, out);
  else addVariant(out, numberTerm(token), 1, false);
  return weakened(out);
}

/** Adds a reading (once per term; a number word brings its number too). */
function addVariant(out: Variant[], term: string | null, factor: number, layout: boolean): void {
  if (!term) return;
  for (let i = 0; i < out.length; i++) if (out[i]!.term === term) return;
  const weak = WEAK_TERMS.has(term);
  out.push(variant(term, weak ? factor * WEAK_FACTOR : factor, layout, weak, false));
  const n = NUMBER_WORDS[term];
  if (n) addVariant(out, n, factor * 0.9, layout);
}

/**
 * A weak word stays weak in every reading («δεν» read with the other layout is no content word "den"): it explains
 * nothing, though its other readings keep their weight.
 */
function weakened(out: Variant[]): Variant[] {
  let any = false;
  for (let i = 0; i < out.length && !any; i++) any = out[i]!.weak;
  if (!any) return out;
  // Filled by push like `out` (an array from map has another map, and the readings are iterated per search).
  const weak: Variant[] = [];
  for (const v of out) weak.push(v.weak ? v : variant(v.term, v.factor, v.layout, true, v.fn));
  return weak;
}

function greekVariants(token: Token, message: MessageProfile, out: Variant[]): void {
  const latin = greekLayoutToLatin(token.text);
  const english = latin ? englishTerm(fixSigma(token, latin)) : null;
  if (message.greekLayout || wrongLayoutSign(token)) {
    // English typed with the Greek layout: a function word there (μυ = my) is no Greek word either.
    if (latin && ENGLISH_STOPWORDS.has(fixSigma(token, latin))) return;
    addVariant(out, english, 1, true);
    addVariant(out, greekTerm(token.text), 0.5, false);
    return;
  }
  if (howMuch(token)) return;
  const term = greekTerm(token.text);
  addVariant(out, term, 1, false);
  // A misspelt κλίσω keys like κλήση: it may be either (see HOMOPHONE).
  if (term === HOMOPHONE.term && !/^κλη/.test(token.text)) addVariant(out, HOMOPHONE.other, 1, false);
  // A Greek function word (θα, μου) is not English typed with the wrong layout.
  if (out.length) addVariant(out, english, 0.8, true);
}

function latinVariants(token: Token, message: MessageProfile, out: Variant[]): void {
  const deadKey = /[;:]/.test(token.text);
  const text = token.text.replace(DEAD_KEYS, '');
  if (!deadKey) {
    const greeklish = greeklishTerms(text);
    // Function words of either language (my, kai, to) have no other meaningful reading; a word Greeklish would read
    // as a Greek function word is English in a message that looks English (see, auto, two, town, tv are
    // not «σε», «αυτό», «το», «των», «του»: dropped, they matched nothing in the English entries that index them).
    if (ENGLISH_STOPWORDS.has(text) || (!greeklish.length && greeklishKeys(text)[0] && message.english <= 0.5)) return;
    addVariant(out, englishTerm(text), Math.min(1, 0.5 + message.english), false);
    const el = Math.min(1, 1.5 - message.english);
    for (let i = 0; i < greeklish.length; i++) addVariant(out, greeklish[i]!, el * (i === 0 ? 0.95 : 0.85), false);
  }
  const greek = latinLayoutToGreek(token.text.replace(/['’]/g, ''));
  if (greek) addVariant(out, greekTerm(greek), deadKey ? 1 : 0.8, true);
}

/** The Latin keys of a Greek-layout word, with ς (w) restored where the folded text has σ. */
function fixSigma(token: Token, latin: string): string {
  const lower = token.raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (lower.length !== latin.length) return latin;
  let out = '';
  for (let i = 0; i < latin.length; i++) out += lower[i] === 'ς' ? 'w' : latin[i];
  return out;
}

/**
 * Function words are indexed and matched too, lightly: "what is your name" and "what is my name", «πού είναι» and
 * «πότε» ask different things, and dropping them threw that away. Their frequency in the pack keeps their weight
 * low where they are everywhere.
 */
const FUNCTION_FACTOR = 0.5;
/**
 * A Greek function word counts less. Measured, not derived: Greek and English messages have about the same share of
 * function words (43-45 % vs 48 % of the words of the bundled eval sets) with about the same rarity in their packs,
 * yet at the English weight the «στο», «και», «την» of one trigger put a warranty entry before the missing item the
 * text's own words named. Top-1 el-fresh / greeklish-fresh 78 / 77 → 79 / 81 of 90, el-fresh in four Greeklish
 * styles 310 → 319 of 360, el.jsonl 127 of 130 kept (its four styles 510 → 508 of 520); 0.4 gains less (79 / 78),
 * 0.2 loses an el.jsonl case. English keeps 0.5 (at 0.3 or 0.4 en.jsonl gains nothing).
 */
const GREEK_FUNCTION_FACTOR = 0.3;

/** Index terms of a function word (which indexTerms leaves out): its key, Greeklish readings too in Greek entries. */
export function functionTerms(token: Token, lang: 'el' | 'en'): readonly string[] {
  return functionMemo.get(`${lang}\u0000${token.raw}`, () => {
    // One literal filled by push, whatever the script: lists of one shape keep the callers optimised (see looseKeys).
    const out: string[] = [];
    const keys = looseKeys(token);
    if (token.script === 'greek') {
      if (keys.length) out.push('f:' + keys[0]!);
    } else if (token.script === 'latin') {
      for (const k of keys) if (out.length < 2 && (k.startsWith('e:') || lang === 'el')) out.push('f:' + k);
    }
    return out;
  });
}
const functionMemo = new Memo<readonly string[]>(MEMO_SIZE);

/** Readings of a function word of the customer's text (shared, cached arrays: do not modify). */
export function functionVariants(token: Token): readonly Variant[] {
  return functionVariantMemo.get(token.raw, () => {
    const out: Variant[] = [];
    for (const term of functionTerms(token, 'el')) out.push(variant(term, term.startsWith('f:p:') ? GREEK_FUNCTION_FACTOR : FUNCTION_FACTOR, false, true, true));
    return out;
  });
}
const functionVariantMemo = new Memo<readonly Variant[]>(MEMO_SIZE);

const looseMemo = new Memo<readonly string[]>(MEMO_SIZE);

/** Every reading of a word, stopwords included (cue phrases like "no one", «κανείς δεν» need them); cached. */
export function looseKeys(token: Token): readonly string[] {
  return looseMemo.get(token.raw, () => readLooseKeys(token));
}

/**
 * The loose key of a word in its own script: the phonetic key of a Greek word, the stem of an English one. The first
 * of its looseKeys, without the readings in the other script (Greeklish, a wrong keyboard layout), which cost most:
 * for word lists that are written in their own script (knowledge/engine/bereavement.ts).
 */
export function ownScriptKey(token: Token): string | undefined {
  if (token.script === 'greek') {
    const k = greekKey(token.text);
    return k ? 'p:' + stemKey(k) : undefined;
  }
  if (token.script !== 'latin') return undefined;
  const text = token.text.replace(DEAD_KEYS, '');
  return text ? 'e:' + stemEnglish(text) : undefined;
}

function readLooseKeys(token: Token): string[] {
  const keys = new Set<string>();
  const own = ownScriptKey(token);
  if (own) keys.add(own);
  if (token.script === 'greek') {
    const latin = greekLayoutToLatin(token.text);
    if (latin) keys.add('e:' + stemEnglish(latin));
  } else if (token.script === 'latin') {
    const text = token.text.replace(DEAD_KEYS, '');
    for (const k of greeklishKeys(text)) if (k) keys.add('p:' + stemKey(k));
    const greek = latinLayoutToGreek(token.text.replace(/['’]/g, ''));
    const gk = greek && greekKey(greek);
    if (gk) keys.add('p:' + stemKey(gk));
  }
  // Pushed into a literal, not spread: an empty spread array has another shape, which de-optimised the phrase checks.
  const out: string[] = [];
  for (const k of keys) out.push(k);
  return out;
}

/**
 * Forgets every word's cached readings (all the memos above): the engine's warm-up searches the packs' own phrases
 * to have V8 compile the search code, and an agent's first query must not find those words analysed. Returns how
 * many were held, so a caller can check there are none left.
 */
export function forgetReadings(): number {
  const memos = [indexMemo, languageSigns, variantMemo, functionMemo, functionVariantMemo, looseMemo];
  const held = memos.reduce((n, memo) => n + memo.size, 0);
  for (const memo of memos) memo.clear();
  return held;
}

/**
 * Whether a word is a negation (see GREEK_NEGATION_KEYS): a word of an entry in `lang`, or of a message (no `lang`:
 * any language's).
 */
export function negates(token: Token, lang?: 'el' | 'en'): boolean {
  if (token.script === 'greek') return lang !== 'en' && GREEK_NEGATION_KEYS.has(greekKey(token.text));
  if (token.script !== 'latin') return false;
  const text = token.text.replace(/['\u2019]/g, '');
  return ENGLISH_NEGATIONS.has(text) || (lang !== 'en' && GREEKLISH_NEGATIONS.has(text));
}
