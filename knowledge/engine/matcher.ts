/**
 * The matcher: BM25F over the prebuilt indexes of all enabled packs, in two key spaces (English stems, Greek
 * phonetic keys), with per-word readings (as written, Greeklish, other keyboard layout), prefix and typo
 * fallbacks, a phrase bonus for adjacent words and trigger phrases (and for triggers written word for word), a
 * coverage factor, empathy-cue boosts for templates, and a language prior (replies go out in the customer's language).
 * Everything a query touches is cached (decoded postings, word analysis, typo corrections), so warm queries only add
 * up scores in reused typed arrays.
 */
import type { CueKind, Entry, SearchResult, Suggestion } from '../types';
import type { Matcher, PackInput, SearchOptions, ShortcutOptions } from './api';
import { messageTokens } from '../text/fold';
import { tokensLang } from '../text/message-lang';
import { shortcutKey, shortcutReadings } from '../text/shortcut';
import { profile, queryVariants, type Variant } from '../text/analyze';
import { FIELDS, type FieldName } from './fields';
import { buildIndex, decodePostings } from './build-index';
import { type IndexData, isIndexData } from './index-data';
import { detectCuesInTokens } from './cues';
import { FuzzyVocabulary } from './fuzzy';
import { containsPhrase, messageKeys, type PhraseKeys, phraseKeys } from './exact-phrase';
import { CUE_BOOST, TONES_FOR_CUE } from './tones';

const K1 = 1.2;
/** Distinct words of a long message that are scored (the rest is noise around the key words). */
const MAX_WORDS = 160;
const FUZZY_BUDGET = 4;
const PREFIX_FACTOR = 0.75;
const FUZZY_FACTOR = 0.85;
/** BM25 candidates that get the rerank factors (phrase, coverage, cues, language). */
const RERANK = 30;
/** A message with more distinct words than this is "long": its very common words are skipped. */
const LONG_MESSAGE_WORDS = 12;
const COMMON_SHARE = 0.25;
/** Entries in the customer's language come first on near-equal relevance (replies go out in that language). */
const SAME_LANGUAGE_BOOST = 1.1;
/** How much covering more of the text's content words counts ((1 + covered) / (1 + found), to this power). */
const COORD = 0.2;
/** A title or trigger phrase the text contains word for word (see exact-phrase.ts). */
const EXACT_PHRASE = 1.6;
/**
 * Entries in another language than the customer's clear one count much less: bundled packs carry the same cases
 * in Greek and English, and a reply in the wrong language is no help (a Greek-only team pack still comes up for
 * an English message when nothing English matches).
 */
const OTHER_LANGUAGE = 0.5;

interface Pack {
  id: string;
  priority: number;
  /** See PackInput.locked. */
  locked: boolean;
  entries: Entry[];
  data: IndexData;
  base: number;
  /** Sorted term list (for prefix search), built on first need. */
  terms?: string[];
  /** Decoded postings of the terms queries have touched (bounded by the index itself). */
  decoded: Map<string, Postings>;
  /** Posting counts of terms not decoded (yet). */
  counts: Map<string, number>;
  /** Entries by id, on first need (the first of duplicates wins, like a scan would). */
  byId?: Map<string, Entry>;
  /** Title and trigger phrases as keys per word (function words too), per entry, on first need. */
  verbatim: Map<number, PhraseKeys[]>;
  /** Trigger phrases split into words and alternative terms, per entry, on first need. */
  triggers: Map<number, string[][][]>;
}

/** One term's postings, ready for scoring: local doc numbers, BM25 tf saturation, field masks. */
interface Postings {
  docs: Int32Array;
  sat: Float32Array;
  mask: Uint8Array;
}

interface Doc {
  pack: Pack;
  entry: Entry;
  /** A higher-priority pack has an entry with the same id in the same language. */
  shadowed: boolean;
}

/** A distinct word of the customer's text and the terms it matched. */
interface Word {
  raw: string;
  variants: readonly Variant[];
  hits: string[];
  /** The hits of its content readings: what may explain a suggestion (weak words explain nothing). */
  strong: string[];
}

/** Term → the indexes in the text's word sequence where it stands. */
type Positions = Map<string, number[]>;

const EMPTY: SearchResult = Object.freeze({ suggestions: [], cues: [] }) as SearchResult;

export function createMatcher(inputs: PackInput[]): Matcher {
  const packs: Pack[] = [];
  const docs: Doc[] = [];
  for (const { pack, priority, locked } of inputs ?? []) {
    const entries = Array.isArray(pack?.entries) ? pack.entries : [];
    const ids = entries.map((e) => e.id);
    const data = isIndexData(pack.index, ids) ? pack.index : buildIndex(entries);
    const p: Pack = { id: pack.meta?.id ?? '', priority: priority ?? 0, locked: locked === true, entries, data, base: docs.length, decoded: new Map(), counts: new Map(), verbatim: new Map(), triggers: new Map() };
    packs.push(p);
    for (const entry of entries) docs.push({ pack: p, entry, shadowed: false });
  }
  // Layering: a higher-priority pack's entry replaces a lower-priority entry with the same id in the SAME language
  // (a team pack overriding a bundled one). Entries in different languages are different entries (el-core and
  // en-core share ids on purpose), and equal priorities keep both.
  if (packs.length > 1) {
    const byId = new Map<string, Doc[]>();
    for (const d of docs) {
      const same = byId.get(d.entry.id);
      if (same) same.push(d);
      else byId.set(d.entry.id, [d]);
    }
    for (const same of byId.values()) {
      if (same.length < 2) continue;
      for (const d of same) d.shadowed = same.some((o) => o.entry.lang === d.entry.lang && outranks(o.pack, d.pack));
    }
  }
  const live = docs.filter((d) => !d.shadowed);
  const N = docs.length;
  // Preselection breaks exact ties by pack priority, then entry order (cheap); the final order uses compareDocs.
  const packRank = new Map([...packs].sort((a, b) => b.priority - a.priority).map((p, i) => [p, i]));
  const tieRank = new Int32Array(N);
  for (const p of packs) for (let i = 0; i < p.entries.length; i++) tieRank[p.base + i] = packRank.get(p)! * 1_000_000 + i;

  // Scratch space reused by every search (search is synchronous): scores, field masks, one word's best.
  const total = new Float64Array(N);
  const masks = new Uint8Array(N);
  /** How many distinct content words of the text each doc matched. */
  const coverage = new Uint16Array(N);
  const wordBest = new Float64Array(N);
  const wordTouched: number[] = [];
  const touched: number[] = [];

  let longMessage = false;
  let fuzzy: FuzzyVocabulary | undefined;
  let shortcuts: Map<string, Doc[]> | undefined;

  const postings = (p: Pack, term: string): Postings | undefined => {
    let list = p.decoded.get(term);
    if (list) return list;
    if (!Object.hasOwn(p.data.t, term)) return undefined;
    const raw = decodePostings(p.data.t[term]!);
    const n = raw.length >> 1;
    list = { docs: new Int32Array(n), sat: new Float32Array(n), mask: new Uint8Array(n) };
    for (let i = 0; i < n; i++) {
      const packed = raw[2 * i + 1]!;
      const tf = (packed >> 5) / 10;
      list.docs[i] = raw[2 * i]!;
      list.sat[i] = tf / (tf + K1);
      list.mask[i] = packed & 31;
    }
    p.decoded.set(term, list);
    return list;
  };
  /** Document frequency without decoding: a long message skips very common terms, so they are never decoded. */
  const df = (term: string): number => {
    let n = 0;
    for (const p of packs) {
      const list = p.decoded.get(term);
      if (list) n += list.docs.length;
      else if (Object.hasOwn(p.data.t, term)) {
        let c = p.counts.get(term);
        if (c === undefined) p.counts.set(term, (c = countPostings(p.data.t[term]!)));
        n += c;
      }
    }
    return n;
  };
  const idf = (n: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));

  /** Scores `term` (scaled by `factor`) into the current word, keeping each doc's best reading. */
  const collect = (term: string, factor: number): boolean => {
    const n = df(term);
    if (!n) return false;
    // In a long message a word found in a large share of a big knowledge base is noise, not a key word.
    if (longMessage && n > N * COMMON_SHARE && N >= 200) return true;
    const w = idf(n) * factor * (K1 + 1);
    for (const p of packs) {
      const list = postings(p, term);
      if (!list) continue;
      const { docs: ds, sat, mask } = list;
      const base = p.base;
      for (let i = 0; i < ds.length; i++) {
        const doc = base + ds[i]!;
        const s = w * sat[i]!;
        if (s > wordBest[doc]!) {
          if (wordBest[doc] === 0) wordTouched.push(doc);
          wordBest[doc] = s;
        }
        masks[doc]! |= mask[i]!;
      }
    }
    return true;
  };
  /** Adds the current word's best scores to the totals; a content word also counts towards each doc's coverage. */
  const commit = (content: boolean) => {
    for (const doc of wordTouched) {
      if (total[doc] === 0) touched.push(doc);
      total[doc]! += wordBest[doc]!;
      if (content) coverage[doc]!++;
      wordBest[doc] = 0;
    }
    wordTouched.length = 0;
  };
  /** The fields of `doc` where `term` stands (a field mask; 0: not in it). */
  const fieldsIn = (term: string, doc: number): number => {
    const d = docs[doc]!;
    const list = postings(d.pack, term);
    if (!list) return 0;
    const local = doc - d.pack.base;
    const ds = list.docs;
    let lo = 0;
    let hi = ds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ds[mid]! < local) lo = mid + 1;
      else hi = mid;
    }
    return ds[lo] === local ? list.mask[lo]! : 0;
  };
  /** Each word of the text that explains `doc` (as written), with the fields where it matched. */
  const wordsIn = (words: Word[], doc: number): Array<{ word: string; fields: FieldName[] }> => {
    const byRaw = new Map<string, number>();
    for (const w of words) {
      let mask = 0;
      for (const h of w.strong) mask |= fieldsIn(h, doc);
      if (mask) byRaw.set(w.raw, (byRaw.get(w.raw) ?? 0) | mask);
    }
    return [...byRaw].map(([word, mask]) => ({ word, fields: FIELDS.filter((_, i) => mask & (1 << i)) }));
  };

  /** Known terms that start with `term`, or that `term` starts with (light stemming misses). */
  const prefixTerms = (term: string): string[] => {
    const body = term.length - 2;
    if (body < 4) return [];
    const out = new Set<string>();
    for (const p of packs) {
      const terms = (p.terms ??= Object.keys(p.data.t));
      let lo = 0;
      let hi = terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (terms[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < terms.length && i < lo + 4 && terms[i]!.startsWith(term); i++) out.add(terms[i]!);
    }
    for (let cut = 1; cut <= 2 && body - cut >= 4; cut++) {
      const shorter = term.slice(0, -cut);
      if (df(shorter)) out.add(shorter);
    }
    out.delete(term);
    return [...out];
  };

  /** The RERANK best-scoring touched docs that pass `keep`, best first (a bounded insertion, not a full sort). */
  const topDocs = (keep: (doc: number) => boolean): number[] => {
    const top: number[] = [];
    const before = (x: number, y: number) => total[x]! > total[y]! || (total[x] === total[y] && tieRank[x]! < tieRank[y]!);
    for (const doc of touched) {
      if (top.length === RERANK && !before(doc, top[RERANK - 1]!)) continue;
      if (!keep(doc)) continue;
      let i = Math.min(top.length, RERANK - 1);
      while (i > 0 && before(doc, top[i - 1]!)) i--;
      top.splice(i, 0, doc);
      if (top.length > RERANK) top.pop();
    }
    return top;
  };

  function search(text: string, options: SearchOptions = {}): SearchResult {
    const { signal } = options;
    if (signal?.aborted) return EMPTY;
    if (typeof text !== 'string' || !text.trim() || !live.length) return { suggestions: [], cues: [] };
    try {
      return run(text, options, signal);
    } finally {
      for (const doc of touched) {
        total[doc] = 0;
        masks[doc] = 0;
        coverage[doc] = 0;
      }
      for (const doc of wordTouched) wordBest[doc] = 0;
      touched.length = 0;
      wordTouched.length = 0;
    }
  }

  function run(text: string, options: SearchOptions, signal: AbortSignal | undefined): SearchResult {
    const { text: capped, tokens } = messageTokens(text);
    // Each word's loose keys serve both the cues and the word-for-word check below.
    const keys = messageKeys(tokens);
    const cues = detectCuesInTokens(capped, tokens, keys.words);

    // Distinct words in order; `sequence` keeps adjacency for the phrase bonus.
    const words = new Map<string, Word>();
    const sequence: Word[] = [];
    const message = profile(tokens);
    for (const t of tokens) {
      const variants = queryVariants(t, message);
      if (!variants.length) continue;
      const key = variants[0]!.term;
      let w = words.get(key);
      if (!w) {
        if (words.size >= MAX_WORDS) continue;
        words.set(key, (w = { raw: t.raw, variants, hits: [], strong: [] }));
      }
      sequence.push(w);
    }
    if (signal?.aborted) return EMPTY;
    longMessage = words.size > LONG_MESSAGE_WORDS;

    // Each word scores by its best reading; a reading that matches nothing falls back to prefixes (light
    // stemming misses), then, for the main readings, to typo correction.
    const typos: Array<{ w: Word; v: Variant }> = [];
    const hit = (w: Word, v: Variant, term: string) => {
      w.hits.push(term);
      if (!v.weak) w.strong.push(term);
    };
    for (const w of words.values()) {
      let best = 0; // the factor of the most likely reading that matched as it is
      const missed: Variant[] = [];
      for (const v of w.variants) {
        if (collect(v.term, v.factor)) {
          hit(w, v, v.term);
          best = Math.max(best, v.factor);
        } else if (!v.layout) missed.push(v);
      }
      // A less likely reading gets no fallback when a likelier one matched: "ordered" is English once e:order
      // matched; its Greeklish reading must not go looking for rare prefixes (p:order) in Greek entries.
      missed.forEach((v) => {
        if (v.factor <= best) return;
        let found = false;
        for (const t of prefixTerms(v.term)) {
          if (!collect(t, v.factor * PREFIX_FACTOR)) continue;
          found = true;
          hit(w, v, t);
        }
        if (!found && w.variants.indexOf(v) < 2 && v.term.length >= 6) typos.push({ w, v });
      });
      commit(!w.variants[0]!.weak);
    }
    if (signal?.aborted) return EMPTY;

    // Typos: longest words first, against the short-field vocabulary only, a few per message; a correction
    // only adds where the word's other readings found nothing.
    typos.sort((a, b) => b.v.term.length - a.v.term.length || (a.v.term < b.v.term ? -1 : 1));
    for (const { w, v } of typos.slice(0, FUZZY_BUDGET)) {
      if (w.hits.length) continue; // a word one of its readings explains needs no typo correction
      fuzzy ??= new FuzzyVocabulary(packs.flatMap((p) => p.data.s));
      for (const c of fuzzy.correct(v.term)) if (collect(c.term, v.factor * FUZZY_FACTOR * c.similarity)) hit(w, v, c.term);
      commit(!w.variants[0]!.weak);
    }
    if (signal?.aborted) return EMPTY;

    // Where each term (any reading or hit of a word) stands in the text, for the phrase bonus.
    const positions: Positions = new Map();
    sequence.forEach((w, i) => {
      const note = (term: string) => {
        const at = positions.get(term);
        if (!at) positions.set(term, [i]);
        else if (at[at.length - 1] !== i) at.push(i);
      };
      for (const v of w.variants) note(v.term);
      for (const h of w.hits) note(h);
    });
    const sameAsNext = (i: number) => sequence[i] === sequence[i + 1];
    const candidates = topDocs((doc) => !docs[doc]!.shadowed && (!options.type || docs[doc]!.entry.type === options.type));
    // Thanks that sign off a long request is politeness, not a request to close.
    const cueKinds = cues.map((c) => c.kind).filter((k) => k !== 'gratitude' || !longMessage);
    const lang = tokensLang(tokens, message);
    let found = 0;
    for (const w of words.values()) if (w.strong.length && !w.variants[0]!.weak) found++;
    const scored = candidates.map((doc) => {
      const d = docs[doc]!;
      const local = doc - d.pack.base;
      let tr = d.pack.triggers.get(local);
      if (!tr) d.pack.triggers.set(local, (tr = (d.pack.data.tr[local] ?? []).map((p) => p.split(' ').map((w) => w.split('|')))));
      let verbatim = d.pack.verbatim.get(local);
      if (!verbatim) d.pack.verbatim.set(local, (verbatim = phraseKeys([d.entry.title ?? '', ...(d.entry.triggers ?? [])])));
      const written = verbatim.some((p) => containsPhrase(keys, p)) ? EXACT_PHRASE : 1;
      let score = total[doc]! * Math.max(written, phraseBonus(tr, positions, sameAsNext));
      if (found > 1) score *= Math.pow((1 + coverage[doc]!) / (1 + found), COORD);
      const e = d.entry;
      const boostedBy: CueKind[] = e.type === 'template' ? cueKinds.filter((k) => TONES_FOR_CUE[k].includes(e.tone)) : [];
      if (boostedBy.length) score *= CUE_BOOST;
      if (lang) score *= e.lang === lang ? SAME_LANGUAGE_BOOST : OTHER_LANGUAGE;
      return { doc, d, score, boostedBy };
    });
    if (signal?.aborted) return EMPTY;
    scored.sort((x, y) => y.score - x.score || compareDocs(x.d, y.d));
    // Weak matches in the other language are noise next to good ones in the customer's language.
    const bestSame = lang ? (scored.find((x) => x.d.entry.lang === lang)?.score ?? 0) : 0;
    const shown = bestSame ? scored.filter((x) => x.d.entry.lang === lang || x.score >= bestSame * OTHER_LANGUAGE) : scored;

    const limit = Math.max(0, options.limit ?? 5);
    const explain = [...words.values()];
    const suggestions: Suggestion[] = shown.slice(0, limit).map(({ doc, d, score, boostedBy }) => {
      const matchedWords = wordsIn(explain, doc);
      return {
        entryId: d.entry.id,
        packId: d.pack.id,
        type: d.entry.type,
        title: d.entry.title,
        score: Math.round(score * 1000) / 1000,
        matchedTerms: matchedWords.map((m) => m.word),
        matchedWords,
        matchedFields: FIELDS.filter((_, i) => masks[doc]! & (1 << i)) as FieldName[],
        boostedBy,
      };
    });
    return { suggestions, cues };
  }

  function byShortcut(shortcut: string, options: ShortcutOptions = {}): Entry[] {
    if (!shortcuts) {
      shortcuts = new Map();
      for (const d of live) {
        if (d.entry.type !== 'template' || !d.entry.shortcut) continue;
        const key = shortcutKey(d.entry.shortcut);
        const list = shortcuts.get(key);
        if (list) list.push(d);
        else shortcuts.set(key, [d]);
      }
    }
    const found = new Set<Doc>();
    for (const r of shortcutReadings(typeof shortcut === 'string' ? shortcut : '')) for (const d of shortcuts.get(r) ?? []) found.add(d);
    // The agent replies in the customer's language: templates in the requested language come first.
    const lang = options?.lang;
    const other = (d: Doc) => (lang && d.entry.lang !== lang ? 1 : 0);
    return [...found].sort((a, b) => other(a) - other(b) || compareDocs(a, b)).map((d) => d.entry);
  }

  return {
    search,
    byShortcut,
    entry: (packId, entryId) => {
      for (const p of packs) {
        if (p.id !== packId) continue;
        p.byId ??= new Map(p.entries.map((e) => [e.id, e] as const).reverse());
        const e = p.byId.get(entryId);
        if (e) return e;
      }
      return undefined;
    },
    get size() {
      return live.length;
    },
  };
}

/** Whose entry is used when two packs have the same id in the same language: a locked pack's, else the higher priority's. */
function outranks(a: Pack, b: Pack): boolean {
  return a.locked !== b.locked ? a.locked : a.priority > b.priority;
}

/** Postings in an encoded list: pairs of comma-separated numbers. */
function countPostings(encoded: string): number {
  let commas = 0;
  for (let i = encoded.indexOf(','); i >= 0; i = encoded.indexOf(',', i + 1)) commas++;
  return (commas + 1) >> 1;
}

/** Stable order on equal relevance: higher pack priority, then entry id, then pack id. */
function compareDocs(a: Doc, b: Doc): number {
  if (a.pack.priority !== b.pack.priority) return b.pack.priority - a.pack.priority;
  if (a.entry.id !== b.entry.id) return a.entry.id < b.entry.id ? -1 : 1;
  return a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0;
}

/**
 * A title or trigger phrase whose words all occur in the text is the trainer saying "this is the case": the more
 * of a multi-word phrase is covered, and the more of its words stand next to each other in the text too, the
 * larger the bonus.
 */
function phraseBonus(phrases: string[][][], positions: Positions, sameAsNext: (i: number) => boolean): number {
  let best = 1;
  const adjacent = (a: string, b: string) => {
    const pa = positions.get(a);
    const pb = pa && positions.get(b);
    return !!pb && pa.some((i) => !sameAsNext(i) && pb.includes(i + 1));
  };
  for (const words of phrases) {
    if (words.length < 2) continue;
    let covered = 0;
    let pairs = 0;
    words.forEach((alternatives, i) => {
      if (alternatives.some((t) => positions.has(t))) covered++;
      const next = words[i + 1];
      if (next && alternatives.some((a) => next.some((b) => adjacent(a, b)))) pairs++;
    });
    const c = covered / words.length;
    if (c < 0.5) continue;
    const coverage = 0.6 * c * c * Math.min(1, words.length / 3 + 0.34);
    best = Math.max(best, (1 + coverage) * (1 + (0.5 * pairs) / (words.length - 1)));
  }
  return best;
}
