/**
 * The words a Greek text is looked up by in a Greek word-vector table (bench/el-vectors.ts; issue 14, measured in
 * bench/intents.ts as --engines el-meaning-w, not shipped): the engine's own reading of a Greek word, its stemmed
 * phonetic key (knowledge/text/analyze.ts), so that inflected forms, unaccented spellings and Greeklish meet the
 * dictionary's lemmas the table was keyed by. Function words (GREEK_STOP_KEYS) are left out, as the words stage
 * leaves them out of a Greek text's content.
 */
import { fold, tokenize } from '../knowledge/text/fold';
import { Memo } from '../knowledge/text/memo';
import { greekKey, greeklishKeys } from '../knowledge/text/phonetic';
import { stemKey } from '../knowledge/text/stem';
import { GREEK_STOP_KEYS } from '../knowledge/text/stopwords';

/** The table key of one Greek word (as written or folded); undefined for a function word or one with no key. */
export function greekVectorKey(word: string): string | undefined {
  const key = greekKey(fold(word));
  return key && !GREEK_STOP_KEYS.has(key) ? stemKey(key) : undefined;
}

/** Per-word readings are cached per table (by the word as written): a text's words repeat across searches. */
const memos = new WeakMap<ReadonlyMap<string, number>, Memo<string | null>>();

/**
 * A Greek text's table keys in order: a Greek-script word by its key, a Latin one (Greeklish) by the likeliest of
 * its readings the table has (a word it lacks keeps its first reading: the pack may give it a meaning).
 */
export function greekVectorWords(row: ReadonlyMap<string, number>, text: string): string[] {
  const out: string[] = [];
  let memo = memos.get(row);
  if (!memo) memos.set(row, (memo = new Memo(20_000)));
  for (const t of tokenize(text)) {
    if (t.script === 'other') continue;
    const key = memo.get(t.raw, () => readKey(row, t.text, t.script === 'greek'));
    if (key) out.push(key);
  }
  return out;
}

function readKey(row: ReadonlyMap<string, number>, folded: string, greek: boolean): string | null {
  if (greek) return greekVectorKey(folded) ?? null;
  const keys = greeklishKeys(folded.replace(/[;:'’]/g, ''));
  if (!keys[0] || GREEK_STOP_KEYS.has(keys[0])) return null;
  const stems = keys.map(stemKey);
  return stems.find((k) => row.has(k)) ?? stems[0]!;
}
