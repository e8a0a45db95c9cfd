/**
 * The warm-up after a pack set loads. V8 compiles a function in tiers as it runs, on threads beside the search:
 * the first few hundred searches after load pay for those compiles (at 5,000 entries they made the 3-word p95 on
 * fresh queries two to three times the p95 once compiled, issue 14). So the matcher searches texts made from the
 * packs' own titles and triggers, a slice at a time while the worker is idle, then forgets everything those searches
 * cached (word readings, decoded postings, phrases, typo corrections): an agent's query gains only compiled code.
 *
 * The texts are the shapes customers write: a phrase as written, with a typo, Greek typed in Latin letters, and a
 * long message of several phrases; some searched for templates only (the palette). Never the agent's texts.
 */
import type { SearchOptions } from './api';
import type { Corpus } from './corpus';
import { fold } from '../text/fold';
import { greekLayoutToLatin } from '../text/layout';
import { forgetReadings } from '../text/analyze';

/**
 * How many searches the warm-up runs: one per ten entries, at most 500. What it saves grows with the pack (an
 * uncompiled search walks more postings in a larger one), what it costs hardly does (V8 compiles a function after
 * a set amount of its code has run). At 5,000 entries 500 searches left the measured fresh queries free of
 * compiles (3-word p95 0.52–0.76 ms CPU, 5 runs) where 300 did not (0.64–2.74, no better than none: 0.72–1.79).
 */
export const warmUpSearches = (entries: number): number => Math.min(500, Math.ceil(entries / 10));

/** Words a long warm-up message has at least (a customer's e-mail). */
const LONG_WORDS = 50;

const TEMPLATES: SearchOptions = { limit: 5, type: 'template' };
const ANY: SearchOptions = { limit: 5 };

/** One warm-up search a step; the caller decides when a slice is over. Forgets what they cached at the end. */
export function* warmUpSteps(corpus: Corpus, search: (text: string, options: SearchOptions) => unknown): Generator<void, void> {
  for (const [text, options] of warmUpTexts(corpus, warmUpSearches(corpus.live.length))) {
    search(text, options);
    yield;
  }
  corpus.forgetQueries();
  forgetReadings();
}

/** `n` texts from phrases of entries spread over the corpus (none when it is empty). */
export function* warmUpTexts(corpus: Corpus, n: number): Generator<[string, SearchOptions]> {
  const live = corpus.live;
  if (!live.length) return;
  const phrase = (k: number): string => {
    const e = live[Math.floor((k * 7919) % live.length)]!.entry;
    const triggers = Array.isArray(e.triggers) ? e.triggers : [];
    const all = [e.title, ...triggers].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    return all[k % Math.max(1, all.length)] ?? '';
  };
  for (let k = 0; k < n; k++) {
    const options = k % 5 === 4 ? TEMPLATES : ANY;
    // Three of each ten as written, three with a typo, three in Latin letters, one long message.
    const kind = k % 10;
    if (kind < 3) yield [phrase(k), options];
    else if (kind < 6) yield [typo(phrase(k)), options];
    else if (kind < 9) yield [latinKeys(phrase(k)), options];
    else {
      const words: string[] = [];
      for (let j = k; words.length < LONG_WORDS && j < k + 40; j++) words.push(...phrase(j).split(/\s+/));
      yield [words.join(' '), options];
    }
  }
}

/** The phrase with a letter of its longest word left out (a typo the correction has to find). */
function typo(phrase: string): string {
  const words = phrase.split(/\s+/);
  let longest = 0;
  for (let i = 1; i < words.length; i++) if (words[i]!.length > words[longest]!.length) longest = i;
  const w = words[longest] ?? '';
  if (w.length > 4) words[longest] = w.slice(0, 2) + w.slice(3);
  return words.join(' ');
}

/** A Greek phrase in the Latin letters on the same keys (as Greeklish by look, or the wrong layout); others as they are. */
function latinKeys(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w) => (/[α-ωά-ώ]/i.test(w) ? (greekLayoutToLatin(fold(w).replace(/[^α-ω]/g, '')) ?? w) : w))
    .join(' ');
}
