/**
 * Empathy cues in the customer's text (Greek, Greeklish, unaccented, English): which kinds, shown by which words.
 */
import type { Cue, CueKind } from '../types';
import { messageTokens, type Token, tokenize } from '../text/fold';
import { looseKeys } from '../text/analyze';
import { CUE_LEXICON } from './cue-lexicon';

/** One word of a cue phrase: its key, and whether longer words starting with it count. */
interface CueWord {
  key: string;
  prefix: boolean;
}

const CUE_KINDS = Object.keys(CUE_LEXICON) as CueKind[];

let compiled: Array<{ kind: CueKind; words: CueWord[] }> | undefined;

function compile() {
  compiled = [];
  for (const kind of CUE_KINDS) {
    for (const phrase of CUE_LEXICON[kind]) {
      const words = tokenize(phrase).map((t) => {
        const key = looseKeys(t)[0]!;
        return { key, prefix: key.length >= 6 };
      });
      compiled.push({ kind, words });
    }
  }
  return compiled;
}

const hit = (w: CueWord, keys: string[]) => keys.some((k) => k === w.key || (w.prefix && k.startsWith(w.key)));

/** Shouting: several words in capitals, or "!!". */
function shouting(text: string, tokens: Token[]): string[] {
  const caps = tokens
    .filter((t) => t.raw.length >= 4 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase())
    .map((t) => t.raw);
  const bangs = text.match(/!{2,}/g) ?? [];
  return [...(caps.length >= 2 ? caps : []), ...bangs.slice(0, 1)];
}

export function detectCuesInTokens(text: string, tokens: Token[]): Cue[] {
  const lexicon = compiled ?? compile();
  const keys = tokens.map(looseKeys);
  const found = new Map<CueKind, Set<string>>();
  const note = (kind: CueKind, word: string) => {
    let set = found.get(kind);
    if (!set) found.set(kind, (set = new Set()));
    set.add(word);
  };
  for (let i = 0; i < tokens.length; i++) {
    for (const { kind, words } of lexicon) {
      if (!hit(words[0]!, keys[i]!)) continue;
      // The rest of the phrase must follow, allowing one extra word in between («τρίτη συνεχόμενη φορά»).
      let j = i;
      let ok = true;
      for (const w of words.slice(1)) {
        if (j + 1 < tokens.length && hit(w, keys[j + 1]!)) j += 1;
        else if (j + 2 < tokens.length && hit(w, keys[j + 2]!)) j += 2;
        else {
          ok = false;
          break;
        }
      }
      if (ok) note(kind, tokens.slice(i, j + 1).map((t) => t.raw).join(' '));
    }
  }
  for (const w of shouting(text, tokens)) note('anger', w);
  return CUE_KINDS.filter((k) => found.has(k)).map((kind) => ({ kind, words: [...found.get(kind)!] }));
}

export function detectCues(text: string): Cue[] {
  const m = messageTokens(typeof text === 'string' ? text : '');
  return detectCuesInTokens(m.text, m.tokens);
}
