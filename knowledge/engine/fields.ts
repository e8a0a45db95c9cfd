/**
 * The weighted fields of an entry and how their words become index terms. Shared by the index builder and the
 * matcher (which re-indexes a pack whose prebuilt index is missing or stale).
 */
import type { Entry, EntryField } from '../types';
import { tokenize } from '../text/fold';
import { functionTerms, indexTerms, negates } from '../text/analyze';
import { newsSense, newsTerms } from '../text/news-sense';
import { idiomSense } from '../text/idiom-sense';

export type FieldName = EntryField;
export const FIELDS: readonly FieldName[] = ['title', 'triggers', 'tags', 'body', 'shortcut'];
/** Bit of each field in a posting's field mask (index in FIELDS). */
export const fieldBit = (f: FieldName): number => 1 << FIELDS.indexOf(f);

/** BM25F weights and length normalisation per field: trainers' triggers and titles say most. */
export const FIELD_WEIGHT: Record<FieldName, number> = { title: 2.5, triggers: 3, tags: 1.5, body: 1, shortcut: 2 };
export const FIELD_B: Record<FieldName, number> = { title: 0.3, triggers: 0.4, tags: 0.3, body: 0.75, shortcut: 0 };

/**
 * At most this many words of a body (and of each other field text) are indexed. An SOP's steps say what the case
 * is and how it is handled first; its later steps are the branches, escalations and closing, in the words of other
 * cases («δεν γίνεται δεκτή», "error", "referring"), which drew near-ties to the wrong procedure. Bodies of SOPs run
 * 90-350 words (median 186 el, 167 en), templates' under 120: only SOPs are cut. Measured for issue 14 (top-1 on the
 * untuned halves el-tune3, greeklish-tune3, el-tune4 odd lines, en-tune2 even): 400 76.0, 73.6, 84.3, 80.2; 200
 * 76.9, 75.2, 84.3, 79.3; 150 (and 125) 78.5, 76.0, 85.3, 79.3; 100 77.7, 75.2, 85.3, 78.4 (bench/intents.ts header).
 */
const MAX_BODY_TOKENS = 150;

/** Strips Markdown decoration and placeholders that are not content. */
function plain(md: string): string {
  return md.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\[\[[^\]]*\]\]/g, ' ').replace(/[#*_`>|~-]+/g, ' ');
}

/** The text of each field; a trigger phrase is one string. */
export function fieldTexts(entry: Entry): Record<FieldName, string[]> {
  const body = [plain(entry.body)];
  if (entry.type === 'sop') body.push(entry.purpose ?? '', entry.department ?? '');
  return {
    title: [entry.title ?? ''],
    triggers: entry.triggers ?? [],
    tags: entry.tags ?? [],
    body,
    shortcut: entry.type === 'template' && entry.shortcut ? [entry.shortcut.replace(/-/g, ' ')] : [],
  };
}

/**
 * Terms per word of one phrase (a word may have several, e.g. a Greeklish word in a Greek entry); with
 * `functionWords`, function words too (as f: terms), for the short fields where word choice is the whole signal.
 */
export function phraseTerms(text: string, lang: 'el' | 'en', max = MAX_BODY_TOKENS, functionWords = false): Array<readonly string[]> {
  return readPhrase(text, lang, max, functionWords).words;
}

/** A phrase's terms per word (see phraseTerms), and where among those words it negates (see negates). */
export function readPhrase(text: string, lang: 'el' | 'en', max = MAX_BODY_TOKENS, functionWords = false): { words: Array<readonly string[]>; negations: number[] } {
  const words: Array<readonly string[]> = [];
  const negations: number[] = [];
  const tokens = tokenize(text, max);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let terms = indexTerms(t, lang);
    // «νέα» the noun, "news", "any update": one sense, read as the customer's text is (news-sense.ts).
    const news = newsSense(tokens, i, lang);
    if (news) terms = newsTerms(news, terms);
    // «σπάσουμε σε δόσεις», «σπάει τα νεύρα»: the idiom, not "broken" (idiom-sense.ts).
    const idiom = idiomSense(tokens, i);
    if (idiom) terms = [idiom];
    if (!terms.length && functionWords) terms = functionTerms(t, lang);
    if (!terms.length) continue;
    if (negates(t, lang)) negations.push(words.length);
    words.push(terms);
  }
  return { words, negations };
}

/** A function word's term (see functionTerms). */
export const isFunctionTerm = (term: string): boolean => term.startsWith('f:');

/**
 * Adjacent word pairs of a phrase, as terms: word order tells "credit limit" from "limit on credit". A pair is
 * keyed in each key space both words have a reading in (see pairTerms), so «το ίδιο ποσό» and "to idio poso"
 * share their pairs whichever script the trigger or the text is written in.
 */
export function bigramTerms(words: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) for (const pair of pairTerms(words[i]!, words[i + 1]!)) out.push(pair);
  return out;
}
export const bigram = (a: string, b: string): string => `b:${unmarked(a)}_${unmarked(b)}`;

/**
 * Word pairs of a title or trigger as the index keys them (see bigramTerms), those a negation governs keyed apart
 * (negatedPair): a negation's pairs up to the word it negates (the first after it that is not a function word) and
 * that word's pair with the next: «κανείς [δεν σηκώνει το] τηλέφωνο», "nobody [answers the] phone". Only a text that
 * negates has them (match-words.ts), so praise that «σηκώνει το τηλέφωνο» no longer gets the complaint's pairs as
 * evidence for it. The rest of the phrase keeps its pairs: the negation is about the verb, not the topic ("I can't find
 * where to get a virtual card" is about getting one; its whole phrase keyed apart lost such cases on banking).
 */
export function phrasePairs(words: ReadonlyArray<readonly string[]>, negations: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const negated = negations.some((at) => i >= at && i <= negatedWord(words, at));
    for (const pair of pairTerms(words[i]!, words[i + 1]!)) out.push(negated ? negatedPair(pair) : pair);
  }
  return out;
}

/** The word a negation at `at` negates: the first after it that is not a function word (the last word if none). */
function negatedWord(words: ReadonlyArray<readonly string[]>, at: number): number {
  let w = at + 1;
  while (w < words.length - 1 && isFunctionTerm(words[w]![0]!)) w++;
  return w;
}

/** A pair a negation governs, keyed apart from the same pair said without one (see phrasePairs). */
export const negatedPair = (pair: string): string => `b:~${pair.slice(2)}`;
/** Whether a term is a word pair (see bigram). */
export const isPair = (term: string): boolean => term.charCodeAt(0) === 98 && term.charCodeAt(1) === 58;

/** Where a term's key space starts: after the function-word mark "f:", if any. */
const markLength = (term: string): number => (term.charCodeAt(0) === 102 && term.charCodeAt(1) === 58 ? 2 : 0);
const unmarked = (term: string): string => (markLength(term) ? term.slice(2) : term);

/**
 * Whether two terms are in one key space (p: Greek phonetic, e: English, n: number), function-word mark aside:
 * compared in place, as pairTerms runs for every adjacent pair of every query (a long query built thousands of
 * small strings here).
 */
function sameSpace(x: string, y: string): boolean {
  const ox = markLength(x);
  const oy = markLength(y);
  const length = Math.min(2, Math.max(0, x.length - ox));
  if (length !== Math.min(2, Math.max(0, y.length - oy))) return false;
  for (let k = 0; k < length; k++) if (x.charCodeAt(ox + k) !== y.charCodeAt(oy + k)) return false;
  return true;
}

/**
 * The pair terms of two adjacent words given their readings, most likely first: one per key space both have
 * (each word's first reading in it), else the pair of their first readings ("2 φορές": a number and a word).
 * Keying a pair by the first readings only split Greek from Greeklish: a Latin word's first reading is English.
 */
export function pairTerms(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = sameSpace(a[j]!, x);
    if (repeated) continue;
    for (let j = 0; j < b.length; j++) {
      if (!sameSpace(x, b[j]!)) continue;
      if (b[j]) out.push(bigram(x, b[j]!));
      break;
    }
  }
  numberPairs(a, b, out);
  if (!out.length && a[0] && b[0]) out.push(bigram(a[0], b[0]));
  return out;
}

const isNumber = (term: string): boolean => term.charCodeAt(0) === 110 && term.charCodeAt(1) === 58;

/**
 * A count is one term however it is written («δύο», "two", 2), so its pairs are keyed by that term too, with the
 * other word's first reading in each key space: «δύο φορές» and "2 fores" share b:n:2_p:for. Keyed by the first
 * readings only, «2 φορές» in a message never met the trigger «χρεώθηκα δύο φορές».
 */
function numberPairs(a: readonly string[], b: readonly string[], out: string[]): void {
  for (let i = 0; i < a.length; i++) if (isNumber(a[i]!)) for (const y of firstPerSpace(b)) pushOnce(out, bigram(a[i]!, y));
  for (let j = 0; j < b.length; j++) if (isNumber(b[j]!)) for (const x of firstPerSpace(a)) pushOnce(out, bigram(x, b[j]!));
}

/** A word's first reading in each key space, numbers left out. */
function firstPerSpace(readings: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    if (isNumber(r)) continue;
    let seen = false;
    for (let k = 0; k < out.length && !seen; k++) seen = sameSpace(out[k]!, r);
    if (!seen) out.push(r);
  }
  return out;
}

function pushOnce(out: string[], term: string): void {
  if (!out.includes(term)) out.push(term);
}
