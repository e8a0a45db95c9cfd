/**
 * A trigger phrase the customer wrote word for word — function words included, in any spelling or script
 * («πού είναι η παραγγελία μου» = "pou einai h paraggelia mou") — is the trainer's case almost verbatim. The
 * weighted phrase bonus only sees content words, so a trigger made of one content word and its function words
 * («δεν ήρθε», "where is my order") needs this check.
 */
import { type Token, tokenize } from '../text/fold';
import { looseKeys } from '../text/analyze';

/** Per word of a phrase, every key it may stand for. */
export type PhraseKeys = ReadonlyArray<readonly string[]>;

/** The message's words as keys, and where each key stands. */
export interface MessageKeys {
  words: PhraseKeys;
  at: Map<string, number[]>;
}

// Lists pushed into literals rather than made by map/filter, so empty and full ones share a shape (see explain.ts).
export function messageKeys(tokens: Token[]): MessageKeys {
  const words: Array<readonly string[]> = [];
  const at = new Map<string, number[]>();
  // Indexed loops, no callback: this runs once per search, and V8 compiles it within the first few hundred.
  for (let i = 0; i < tokens.length; i++) {
    const keys = looseKeys(tokens[i]!);
    words.push(keys);
    for (let k = 0; k < keys.length; k++) {
      const list = at.get(keys[k]!);
      if (list) list.push(i);
      else at.set(keys[k]!, [i]);
    }
  }
  return { words, at };
}

/** Keys of the title and triggers, per word (phrases of more than 12 words are not checked). */
export function phraseKeys(title: string, triggers: readonly string[] = []): PhraseKeys[] {
  const out: PhraseKeys[] = [];
  addPhrase(out, title);
  for (let i = 0; i < triggers.length; i++) addPhrase(out, triggers[i]!);
  return out;
}

function addPhrase(out: PhraseKeys[], phrase: string): void {
  const tokens = tokenize(phrase, 13);
  if (tokens.length === 0 || tokens.length > 12) return;
  // Sized once, filled by index (every list from here, so one hidden class): a pushed list keeps room for 16 more
  // items, and these are cached per entry.
  const keys = new Array<readonly string[]>(tokens.length);
  for (let k = 0; k < tokens.length; k++) keys[k] = looseKeys(tokens[k]!);
  out.push(keys);
}

// Indexed loops without callbacks: this runs for phrases of every candidate, and the closures were garbage.
export function containsPhrase(message: MessageKeys, phrase: PhraseKeys): boolean {
  return phraseAt(message, phrase) >= 0;
}

/** Where the message says the phrase word for word: the index of its first word, or -1. */
export function phraseAt(message: MessageKeys, phrase: PhraseKeys): number {
  const first = phrase[0]!;
  for (let f = 0; f < first.length; f++) {
    const starts = message.at.get(first[f]!);
    if (!starts) continue;
    for (let s = 0; s < starts.length; s++) {
      let j = 1;
      while (j < phrase.length && sharesKey(message.words[starts[s]! + j], phrase[j]!)) j++;
      if (j === phrase.length) return starts[s]!;
    }
  }
  return -1;
}

/** Whether a word of the message (its keys; none past the end) has one of `keys`. */
function sharesKey(word: readonly string[] | undefined, keys: readonly string[]): boolean {
  if (!word) return false;
  for (let i = 0; i < word.length; i++) if (keys.includes(word[i]!)) return true;
  return false;
}
