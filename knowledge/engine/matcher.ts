/**
 * The matcher: BM25F over the prebuilt indexes of all enabled packs, in two key spaces (English stems, Greek
 * phonetic keys), then a rerank of the best candidates. A search reads top-down:
 *   analyse the text (query.ts) → score its words and pairs (match-words.ts) → pick candidates and rank them
 *   (rank.ts) → explain what is shown (explain.ts).
 * The packs, their postings and per-entry data are loaded once (corpus.ts); the scores live in typed arrays reused
 * by every search (scores.ts). After load, warmUp() searches the packs' own phrases a slice at a time, so that V8 has
 * compiled this code before the agent's first search, and forgets what they cached (warm-up.ts).
 */
import type { Entry, SearchResult } from '../types';
import type { Matcher, MatcherOptions, PackInput, SearchOptions, ShortcutOptions } from './api';
import { PREPARE_SLICE_MS, semanticStage, type SimilarTo } from './semantic-stage';
import { shortcutKey, shortcutReadings } from '../text/shortcut';
import { compareDocs, Corpus, type Doc } from './corpus';
import { analyseQuery, type Query } from './query';
import { markMoodPhrases } from './mood-phrases';
import { matchWords } from './match-words';
import { candidates, rank, type Ranked } from './rank';
import { explain } from './explain';
import { Scores } from './scores';
import { warmUpSteps } from './warm-up';

const EMPTY: SearchResult = Object.freeze({ suggestions: [], cues: [] }) as SearchResult;

const NONE: number[] = [];

/** Said only when true: most results close nothing, and their shape stays as it was. */
const closing = (q: Query): Pick<SearchResult, 'closing'> => (q.closing ? { closing: true } : {});

export function createMatcher(inputs: PackInput[], matcherOptions: MatcherOptions = {}): Matcher {
  const corpus = new Corpus(inputs);
  const semantic = matcherOptions.vectors ? semanticStage(corpus, matcherOptions.vectors) : undefined;
  const scores = new Scores(corpus);
  let shortcuts: Map<string, Doc[]> | undefined;
  let warming: Generator<void, void> | undefined;
  let warm = false;

  function search(text: string, options: SearchOptions = {}): SearchResult {
    const { signal } = options;
    const aborted = () => signal?.aborted === true;
    if (aborted()) return EMPTY;
    if (typeof text !== 'string' || !text.trim() || !corpus.live.length) return { suggestions: [], cues: [] };
    try {
      const whole = analyseQuery(text, options.latestEnd);
      // «Ευχαριστώ, ήρθε λάθος χρώμα» after a late parcel: the new problem is the topic, read from that message alone
      // (as analyseQuery read it already).
      const query = whole.movedOn && whole.latest ? whole.latest : whole;
      const read = query === whole ? text : text.slice(0, options.latestEnd);
      markMoodPhrases(query, corpus);
      if (aborted() || !matchWords(query, corpus, scores, aborted)) return EMPTY;
      const docs = candidates(query, corpus, scores, options);
      const added = semantic ? semantic.extras(query, read, docs, options) : NONE;
      // Nothing to rank: ranking an empty list gives nothing, and its empty arrays would de-optimise the ranking code.
      if (!docs.length && !added.length) return aborted() ? EMPTY : { suggestions: [], cues: query.cues, ...closing(query) };
      let similar: SimilarTo | undefined;
      const reorder = semantic ? (list: Ranked[]) => void (similar = semantic.reorder(list, added)) : undefined;
      const ranked = rank(query, corpus, scores, added.length ? [...docs, ...added] : docs, options, reorder);
      if (aborted()) return EMPTY;
      return { suggestions: explain(query, corpus, scores, ranked, Math.max(0, options.limit ?? 5), similar), cues: query.cues, ...closing(query) };
    } finally {
      scores.reset();
    }
  }

  function byShortcut(shortcut: string, options: ShortcutOptions = {}): Entry[] {
    shortcuts ??= shortcutTable(corpus.live);
    const found = new Set<Doc>();
    for (const r of shortcutReadings(typeof shortcut === 'string' ? shortcut : '')) for (const d of shortcuts.get(r) ?? []) found.add(d);
    // The agent replies in the customer's language: templates in the requested language come first.
    const lang = options?.lang;
    const other = (d: Doc) => (lang && d.entry.lang !== lang ? 1 : 0);
    return [...found].sort((a, b) => other(a) - other(b) || compareDocs(a, b)).map((d) => d.entry);
  }

  return {
    search,
    prepare: () => semantic?.prepare() ?? true,
    warmUp() {
      // The meaning stage is fitted first: a warm-up search would otherwise fit it all at once.
      if (warm || !(semantic?.prepare() ?? true)) return warm;
      const until = performance.now() + PREPARE_SLICE_MS;
      warming ??= warmUpSteps(corpus, search);
      while (!warm && performance.now() < until) warm = warming.next().done === true;
      return warm;
    },
    byShortcut,
    entry: (packId, entryId) => corpus.entry(packId, entryId),
    get size() {
      return corpus.live.length;
    },
  };
}

/** Templates by shortcut key. */
function shortcutTable(live: Doc[]): Map<string, Doc[]> {
  const table = new Map<string, Doc[]>();
  for (const d of live) {
    if (d.entry.type !== 'template' || !d.entry.shortcut) continue;
    const key = shortcutKey(d.entry.shortcut);
    const list = table.get(key);
    if (list) list.push(d);
    else table.set(key, [d]);
  }
  return table;
}
