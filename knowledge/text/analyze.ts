/**
 * Turns tokens into index terms and query term variants. Term prefixes name the key space:
 *   p: Greek phonetic key (Greek script and Greeklish, stemmed)   e: English stem
 * Greek entries index their Latin words in both spaces (triggers are often Greeklish or English).
 */
import type { Token } from './fold';
import { latinLayoutToGreek, greekLayoutToLatin } from './layout';
import { greekKey, greeklishKeys } from './phonetic';
import { stemEnglish, stemKey } from './stem';
import { ENGLISH_STOPWORDS, GREEK_STOP_KEYS } from './stopwords';

export interface Variant {
  term: string;
  /** Confidence that this reading is what the customer meant (1 = as written). */
  factor: number;
  /** Reading from the other keyboard layout. */
  layout?: boolean;
}

const DEAD_KEYS = /[;:'’]/g;

function greekTerm(folded: string): string | null {
  const key = greekKey(folded);
  if (!key || GREEK_STOP_KEYS.has(key)) return null;
  return 'p:' + stemKey(key);
}

function englishTerm(folded: string): string | null {
  const w = folded.replace(/[^a-z0-9]/g, '');
  if (!w || ENGLISH_STOPWORDS.has(w) || /^\d+$/.test(w)) return null;
  return 'e:' + stemEnglish(w);
}

function greeklishTerms(folded: string): string[] {
  const keys = greeklishKeys(folded);
  if (!keys[0] || GREEK_STOP_KEYS.has(keys[0])) return [];
  return [...new Set(keys.map((k) => 'p:' + stemKey(k)))];
}

/** Terms a word of an entry is indexed under. */
export function indexTerms(token: Token, lang: 'el' | 'en'): string[] {
  if (token.script === 'greek') {
    const t = greekTerm(token.text);
    return t ? [t] : [];
  }
  if (token.script !== 'latin') return [];
  const text = token.text.replace(DEAD_KEYS, '');
  const out: string[] = [];
  const e = englishTerm(text);
  if (e) out.push(e);
  if (lang === 'el') out.push(...greeklishTerms(text));
  return out;
}

/** Readings of a word of the customer's text, most likely first. */
export function queryVariants(token: Token): Variant[] {
  const out: Variant[] = [];
  const add = (term: string | null, factor: number, layout?: boolean) => {
    if (term && !out.some((v) => v.term === term)) out.push({ term, factor, ...(layout ? { layout } : {}) });
  };
  if (token.script === 'greek') {
    const t = greekTerm(token.text);
    add(t, 1);
    // Only readings whose word as written is meaningful are stopwords; the other layout gets its own check.
    const latin = greekLayoutToLatin(token.text);
    if (latin) add(englishTerm(latin), 0.9, true);
    return out;
  }
  if (token.script !== 'latin') return out;
  const deadKey = /[;:]/.test(token.text);
  const text = token.text.replace(DEAD_KEYS, '');
  if (!deadKey) {
    add(englishTerm(text), 1);
    greeklishTerms(text).forEach((t, i) => add(t, i === 0 ? 0.95 : 0.85));
  }
  const greek = latinLayoutToGreek(token.text.replace(/['’]/g, ''));
  if (greek) add(greekTerm(greek), deadKey ? 1 : 0.8, true);
  return out;
}

/** Every reading of a word, stopwords included (cue phrases like "no one", «κανείς δεν» need them). */
export function looseKeys(token: Token): string[] {
  const keys = new Set<string>();
  if (token.script === 'greek') {
    const k = greekKey(token.text);
    if (k) keys.add('p:' + stemKey(k));
    const latin = greekLayoutToLatin(token.text);
    if (latin) keys.add('e:' + stemEnglish(latin));
  } else if (token.script === 'latin') {
    const text = token.text.replace(DEAD_KEYS, '');
    if (text) keys.add('e:' + stemEnglish(text));
    for (const k of greeklishKeys(text)) if (k) keys.add('p:' + stemKey(k));
    const greek = latinLayoutToGreek(token.text.replace(/['’]/g, ''));
    const gk = greek && greekKey(greek);
    if (gk) keys.add('p:' + stemKey(gk));
  }
  return [...keys];
}
