/**
 * Builds the inverted index of a pack at compile time (BM25F: per-field length-normalised, weighted term
 * frequencies), so that loading a compiled pack needs no re-indexing.
 */
import type { Entry } from '../types';
import { FIELDS, FIELD_B, FIELD_WEIGHT, type FieldName, fieldBit, fieldTexts, isFunctionTerm, isPair, phrasePairs, phraseTerms, readPhrase } from './fields';
import { INDEX_VERSION, type IndexData } from './index-data';
import { answersDeath } from './bereavement';
import { answersPraise } from './cues';

const SHORT: ReadonlySet<FieldName> = new Set(['title', 'triggers', 'tags', 'shortcut']);

export function buildIndex(entries: Entry[]): IndexData {
  const docs = entries.map((e) => {
    const texts = fieldTexts(e);
    const lang = e.lang === 'en' ? 'en' : 'el';
    const fields = {} as Record<FieldName, Array<Array<readonly string[]>>>;
    // Short fields keep function words and add word pairs: there, the trainer's wording is the whole signal.
    for (const f of FIELDS) {
      fields[f] = texts[f].map((s) => {
        if (!SHORT.has(f)) return phraseTerms(s, lang);
        const { words, negations } = readPhrase(s, lang, undefined, true);
        return [...words, ...phrasePairs(words, negations).map((b) => [b] as const)];
      });
    }
    return fields;
  });
  const avgLen = {} as Record<FieldName, number>;
  for (const f of FIELDS) {
    const total = docs.reduce((n, d) => n + d[f].reduce((m, p) => m + p.length, 0), 0);
    avgLen[f] = Math.max(1, total / Math.max(1, docs.length));
  }

  const postings = new Map<string, number[]>();
  const short = new Set<string>();
  const triggers: string[] = [];
  const fp: number[] = [];
  docs.forEach((fields, doc) => {
    const tf = new Map<string, number>();
    const mask = new Map<string, number>();
    const add = (term: string, w: number, bit: number) => {
      tf.set(term, (tf.get(term) ?? 0) + w);
      mask.set(term, (mask.get(term) ?? 0) | bit);
    };
    for (const f of FIELDS) {
      const phrases = fields[f];
      const len = phrases.reduce((m, p) => m + p.length, 0);
      if (!len) continue;
      const norm = FIELD_WEIGHT[f] / (1 - FIELD_B[f] + (FIELD_B[f] * len) / avgLen[f]);
      for (const words of phrases) {
        words.forEach((terms) => {
          for (const t of terms) {
            add(t, norm, fieldBit(f));
            if (SHORT.has(f) && !isFunctionTerm(t) && !isPair(t)) short.add(t);
          }
        });
      }
    }
    for (const [term, w] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc, Math.max(1, Math.round(w * 10)) * 32 + mask.get(term)!);
    }
    // Titles and triggers as phrases, for the phrase bonus (adjacent words, whole-phrase coverage).
    const phrases = [...fields.title, ...fields.triggers]
      .map((p) => p.filter((ts) => !isFunctionTerm(ts[0]!) && !isPair(ts[0]!)))
      .filter((p) => p.length > 0);
    triggers.push(phrases.map((p) => p.map((ts) => ts.join('|')).join(' ')).join('\n'));
    // A title or trigger without a content word (a greeting) is not among them: the matcher checks such docs word
    // for word (corpus.ts: hasFunctionPhrase), and would read every entry's title and triggers to find them.
    if (phrases.length < (entries[doc]!.title?.trim() ? 1 : 0) + (entries[doc]!.triggers ?? []).length) fp.push(doc);
  });

  // Sorted terms: the matcher finds a term, and a term's prefixes, by binary search without sorting at load time.
  // One string of terms and one of postings, not a map of 40,000 keys: parsing that map was most of a load, and a
  // list of 40,000 strings still took 2 ms.
  const terms = [...postings.keys()].sort();
  const p = joinPostings(terms.map((term) => encodePostings(postings.get(term)!)));
  const dd = entries.flatMap((e, doc) => (answersDeath(e) ? [doc] : []));
  // Read here, not by the first search that meets the entry: a long complaint with "great" or "thanks" in it met
  // hundreds of fresh candidates, each read through its triggers.
  const dp = entries.flatMap((e, doc) => (answersPraise(e) ? [doc] : []));
  return { v: INDEX_VERSION, ids: entries.map((e) => e.id), k: terms.join(' '), p, s: [...short].sort(), tr: triggers, dd, dp, fp };
}

/** Every term's postings (encodePostings) in one string, in the order of the terms, separated by ';'. */
export function joinPostings(lists: readonly string[]): string {
  return lists.join(';');
}

/** The inverse of joinPostings: each term's postings, in the order of IndexData.k (for tools, not the matcher). */
export function splitPostings(p: string): string[] {
  return p ? p.split(';') : [];
}

/** The terms of IndexData.k as a list (for tools, not the matcher). */
export function splitTerms(k: string): string[] {
  return k ? k.split(' ') : [];
}

/**
 * Postings as one base-36 string per term (doc deltas and packed weights, comma-separated): parsing a long
 * string is much faster than thousands of JSON numbers, and the matcher decodes only the terms a query touches.
 */
function encodePostings(list: number[]): string {
  const out: string[] = [];
  let prev = 0;
  for (let i = 0; i < list.length; i += 2) {
    out.push((list[i]! - prev).toString(36), list[i + 1]!.toString(36));
    prev = list[i]!;
  }
  return out.join(',');
}

/**
 * The inverse of encodePostings, as a flat [doc, tf×10, …] array: for tools that read or rewrite a built index (the
 * matcher decodes straight into its own scoring arrays, corpus.ts).
 */
export function decodePostings(s: string): Int32Array {
  let count = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 44) count++;
  const out = new Int32Array(count);
  let n = 0;
  let k = 0;
  let doc = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 44;
    if (c === 44) {
      if (k % 2 === 0) out[k++] = doc += n;
      else out[k++] = n;
      n = 0;
    } else n = n * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return out;
}
