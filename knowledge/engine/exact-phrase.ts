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

export function messageKeys(tokens: Token[]): MessageKeys {
  const words = tokens.map(looseKeys);
  const at = new Map<string, number[]>();
  words.forEach((keys, i) => {
    for (const k of keys) {
      const list = at.get(k);
      if (list) list.push(i);
      else at.set(k, [i]);
    }
  });
  return { words, at };
}

/** Keys of the phrases, per word (phrases of more than 12 words are not checked). */
export function phraseKeys(phrases: readonly string[]): PhraseKeys[] {
  return phrases.map((p) => tokenize(p, 13)).filter((t) => t.length > 0 && t.length <= 12).map((t) => t.map(looseKeys));
}

export function containsPhrase(message: MessageKeys, phrase: PhraseKeys): boolean {
  for (const k of phrase[0]!) {
    const starts = message.at.get(k);
    if (!starts) continue;
    for (const start of starts) {
      let j = 1;
      while (j < phrase.length && message.words[start + j]?.some((key) => phrase[j]!.includes(key))) j++;
      if (j === phrase.length) return true;
    }
  }
  return false;
}
