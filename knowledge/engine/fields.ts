/**
 * The weighted fields of an entry and how their words become index terms. Shared by the index builder and the
 * matcher (which re-indexes a pack whose prebuilt index is missing or stale).
 */
import type { Entry, EntryField } from '../types';
import { tokenize } from '../text/fold';
import { functionTerms, indexTerms } from '../text/analyze';

export type FieldName = EntryField;
export const FIELDS: readonly FieldName[] = ['title', 'triggers', 'tags', 'body', 'shortcut'];
/** Bit of each field in a posting's field mask (index in FIELDS). */
export const fieldBit = (f: FieldName): number => 1 << FIELDS.indexOf(f);

/** BM25F weights and length normalisation per field: trainers' triggers and titles say most. */
export const FIELD_WEIGHT: Record<FieldName, number> = { title: 2.5, triggers: 3, tags: 1.5, body: 1, shortcut: 2 };
export const FIELD_B: Record<FieldName, number> = { title: 0.3, triggers: 0.4, tags: 0.3, body: 0.75, shortcut: 0 };

/** At most this many body words are indexed (long SOPs say the key words early). */
const MAX_BODY_TOKENS = 400;

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
  const out: Array<readonly string[]> = [];
  for (const t of tokenize(text, max)) {
    const terms = indexTerms(t, lang);
    if (terms.length) out.push(terms);
    else if (functionWords) {
      const fn = functionTerms(t, lang);
      if (fn.length) out.push(fn);
    }
  }
  return out;
}

/** A function word's term (see functionTerms). */
export const isFunctionTerm = (term: string): boolean => term.startsWith('f:');

/** Adjacent word pairs of a phrase, as one term each: word order tells "credit limit" from "limit on credit". */
export function bigramTerms(words: ReadonlyArray<readonly string[]>): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(bigram(words[i]![0]!, words[i + 1]![0]!));
  return out;
}
export const bigram = (a: string, b: string): string => `b:${a.replace(/^f:/, '')}_${b.replace(/^f:/, '')}`;
