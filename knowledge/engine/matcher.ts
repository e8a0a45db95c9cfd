/**
 * The matcher: BM25F over the prebuilt indexes of all enabled packs, in two key spaces (English stems, Greek
 * phonetic keys), with per-word readings (as written, Greeklish, other keyboard layout), prefix and typo
 * fallbacks, a phrase bonus for adjacent words and trigger phrases, and empathy-cue boosts for templates.
 */
import type { CueKind, Entry, SearchResult, Suggestion } from '../types';
import type { Matcher, PackInput, SearchOptions } from './api';
import { fold, messageTokens } from '../text/fold';
import { latinLayoutToGreek, greekLayoutToLatin } from '../text/layout';
import { profile, queryVariants, type Variant } from '../text/analyze';
import { FIELDS, type FieldName } from './fields';
import { buildIndex, bigram } from './build-index';
import { type IndexData, isIndexData } from './index-data';
import { detectCuesInTokens } from './cues';
import { FuzzyVocabulary } from './fuzzy';
import { CUE_BOOST, TONES_FOR_CUE } from './tones';

const K1 = 1.2;
/** Distinct words of a long message that are scored (the rest is noise around the key words). */
const MAX_WORDS = 160;
const FUZZY_BUDGET = 4;
const PREFIX_FACTOR = 0.75;
const FUZZY_FACTOR = 0.85;
const BIGRAM_WEIGHT = 1;
const RERANK = 60;

interface Pack {
  id: string;
  priority: number;
  entries: Entry[];
  data: IndexData;
  base: number;
  terms?: string[];
}

interface Doc {
  pack: Pack;
  entry: Entry;
  /** Another pack with higher priority has an entry with the same id. */
  shadowed: boolean;
}

interface Acc {
  score: number;
  mask: number;
  words: Set<string>;
}

/** A distinct word of the customer's text and its readings. */
interface Word {
  raw: string;
  variants: Variant[];
}

const EMPTY: SearchResult = Object.freeze({ suggestions: [], cues: [] }) as SearchResult;

export function createMatcher(inputs: PackInput[]): Matcher {
  const packs: Pack[] = [];
  const docs: Doc[] = [];
  for (const { pack, priority } of inputs ?? []) {
    const entries = Array.isArray(pack?.entries) ? pack.entries : [];
    const ids = entries.map((e) => e.id);
    const data = isIndexData(pack.index, ids) ? pack.index : buildIndex(entries);
    const p: Pack = { id: pack.meta?.id ?? '', priority: priority ?? 0, entries, data, base: docs.length };
    packs.push(p);
    for (const entry of entries) docs.push({ pack: p, entry, shadowed: false });
  }
  // On id conflicts the higher-priority pack wins (personal > team > company > bundled).
  const owner = new Map<string, Doc>();
  for (const d of docs) {
    const o = owner.get(d.entry.id);
    if (!o || d.pack.priority > o.pack.priority) {
      if (o) o.shadowed = true;
      owner.set(d.entry.id, d);
    } else d.shadowed = true;
  }
  const live = docs.filter((d) => !d.shadowed);
  const N = docs.length;

  let fuzzy: FuzzyVocabulary | undefined;
  let shortcuts: Map<string, Doc[]> | undefined;

  const df = (term: string): number => {
    let n = 0;
    for (const p of packs) if (Object.hasOwn(p.data.t, term)) n += p.data.t[term]!.length / 2;
    return n;
  };
  const idf = (n: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));

  /** Adds the BM25 contribution of `term` (scaled by `factor`) into `best`, keeping the best reading per doc. */
  const collect = (term: string, factor: number, best: Map<number, { s: number; mask: number }>) => {
    const n = df(term);
    if (!n) return false;
    const w = idf(n) * factor;
    for (const p of packs) {
      if (!Object.hasOwn(p.data.t, term)) continue;
      const list = p.data.t[term]!;
      for (let i = 0; i < list.length; i += 2) {
        const doc = p.base + list[i]!;
        const packed = list[i + 1]!;
        const tf = Math.floor(packed / 32) / 10;
        const s = (w * tf * (K1 + 1)) / (tf + K1);
        const prev = best.get(doc);
        if (!prev) best.set(doc, { s, mask: packed & 31 });
        else {
          if (s > prev.s) prev.s = s;
          prev.mask |= packed & 31;
        }
      }
    }
    return true;
  };

  /** Known terms that start with `term`, or that `term` starts with (light stemming misses). */
  const prefixTerms = (term: string): string[] => {
    const body = term.length - 2;
    if (body < 4 || term.startsWith('b:')) return [];
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

  function search(text: string, options: SearchOptions = {}): SearchResult {
    const { signal } = options;
    if (signal?.aborted || typeof text !== 'string' || !text.trim() || !live.length) {
      return signal?.aborted ? EMPTY : { suggestions: [], cues: [] };
    }
    const { text: capped, tokens } = messageTokens(text);
    const cues = detectCuesInTokens(capped, tokens);

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
        words.set(key, (w = { raw: t.raw, variants }));
      }
      sequence.push(w);
    }
    if (signal?.aborted) return EMPTY;

    const acc = new Map<number, Acc>();
    const seen = new Set<string>();
    const add = (best: Map<number, { s: number; mask: number }>, raw: string | string[]) => {
      for (const [doc, { s, mask }] of best) {
        let a = acc.get(doc);
        if (!a) acc.set(doc, (a = { score: 0, mask: 0, words: new Set() }));
        a.score += s;
        a.mask |= mask;
        for (const r of Array.isArray(raw) ? raw : [raw]) a.words.add(r);
      }
    };

    // Each word scores by its best reading; a reading that matches nothing falls back to prefixes (light
    // stemming misses), then, for the main readings, to typo correction.
    const typos: Array<{ w: Word; v: Variant; best: Map<number, { s: number; mask: number }> }> = [];
    for (const w of words.values()) {
      const best = new Map<number, { s: number; mask: number }>();
      w.variants.forEach((v, i) => {
        if (collect(v.term, v.factor, best)) return void seen.add(v.term);
        if (v.layout) return;
        let found = false;
        for (const t of prefixTerms(v.term)) if (collect(t, v.factor * PREFIX_FACTOR, best)) (found = true), seen.add(t);
        if (!found && i < 2 && v.term.length >= 6 && !v.term.startsWith('n:')) typos.push({ w, v, best });
      });
      add(best, w.raw);
    }
    if (signal?.aborted) return EMPTY;

    // Typos: longest words first, against the short-field vocabulary only, a few per message.
    typos.sort((a, b) => b.v.term.length - a.v.term.length || (a.v.term < b.v.term ? -1 : 1));
    for (const { w, v, best } of typos.slice(0, FUZZY_BUDGET)) {
      fuzzy ??= new FuzzyVocabulary(packs.flatMap((p) => p.data.s));
      const before = new Map([...best].map(([d, x]) => [d, x.s]));
      for (const c of fuzzy.correct(v.term)) if (collect(c.term, v.factor * FUZZY_FACTOR * c.similarity, best)) seen.add(c.term);
      // Add only what the correction improved over the word's other readings.
      const gain = new Map<number, { s: number; mask: number }>();
      for (const [d, x] of best) if (x.s > (before.get(d) ?? 0)) gain.set(d, { s: x.s - (before.get(d) ?? 0), mask: x.mask });
      add(gain, w.raw);
    }
    if (signal?.aborted) return EMPTY;

    // Phrase bonus: adjacent words that are adjacent in a title or trigger too.
    for (let i = 0; i + 1 < sequence.length; i++) {
      const a = sequence[i]!;
      const b = sequence[i + 1]!;
      if (a === b) continue;
      const best = new Map<number, { s: number; mask: number }>();
      for (const va of a.variants.slice(0, 3))
        for (const vb of b.variants.slice(0, 3)) collect(bigram(va.term, vb.term), BIGRAM_WEIGHT * va.factor * vb.factor, best);
      add(best, [a.raw, b.raw]);
    }
    if (signal?.aborted) return EMPTY;

    for (const w of words.values()) for (const v of w.variants) seen.add(v.term);
    const ranked = [...acc.entries()]
      .filter(([doc]) => !docs[doc]!.shadowed && (!options.type || docs[doc]!.entry.type === options.type))
      .sort((x, y) => y[1].score - x[1].score || compareDocs(docs[x[0]]!, docs[y[0]]!));
    const cueKinds = cues.map((c) => c.kind);
    const scored = ranked.slice(0, RERANK).map(([doc, a]) => {
      const d = docs[doc]!;
      let score = a.score * triggerBonus(d.pack.data.tr[doc - d.pack.base] ?? [], seen);
      const e = d.entry;
      const boostedBy: CueKind[] = e.type === 'template' ? cueKinds.filter((k) => TONES_FOR_CUE[k].includes(e.tone)) : [];
      if (boostedBy.length) score *= CUE_BOOST;
      return { d, a, score, boostedBy };
    });
    if (signal?.aborted) return EMPTY;
    scored.sort((x, y) => y.score - x.score || compareDocs(x.d, y.d));

    const limit = Math.max(0, options.limit ?? 5);
    const suggestions: Suggestion[] = scored.slice(0, limit).map(({ d, a, score, boostedBy }) => ({
      entryId: d.entry.id,
      packId: d.pack.id,
      type: d.entry.type,
      title: d.entry.title,
      score: Math.round(score * 1000) / 1000,
      matchedTerms: [...a.words],
      matchedFields: FIELDS.filter((_, i) => a.mask & (1 << i)) as FieldName[],
      boostedBy,
    }));
    return { suggestions, cues };
  }

  function byShortcut(shortcut: string): Entry[] {
    if (!shortcuts) {
      shortcuts = new Map();
      for (const d of live) {
        if (d.entry.type !== 'template' || !d.entry.shortcut) continue;
        const key = shortcutKey(d.entry.shortcut);
        const list = shortcuts.get(key) ?? [];
        shortcuts.set(key, [...list, d]);
      }
    }
    const key = shortcutKey(typeof shortcut === 'string' ? shortcut : '');
    if (!key) return [];
    const readings = [key, latinLayoutToGreek(key), greekLayoutToLatin(key)];
    const found = new Set<Doc>();
    for (const r of readings) if (r) for (const d of shortcuts.get(r) ?? []) found.add(d);
    return [...found].sort(compareDocs).map((d) => d.entry);
  }

  return {
    search,
    byShortcut,
    entry: (packId, entryId) => docs.find((d) => d.pack.id === packId && d.entry.id === entryId)?.entry,
    get size() {
      return live.length;
    },
  };
}

/** Stable order on equal relevance: higher pack priority, then entry id, then pack id. */
function compareDocs(a: Doc, b: Doc): number {
  if (a.pack.priority !== b.pack.priority) return b.pack.priority - a.pack.priority;
  if (a.entry.id !== b.entry.id) return a.entry.id < b.entry.id ? -1 : 1;
  return a.pack.id < b.pack.id ? -1 : a.pack.id > b.pack.id ? 1 : 0;
}

/** Shortcuts compare folded, without separators: `Diplh` = `diplh`, `ευχ-1` = `ευχ1`. */
function shortcutKey(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N};]/gu, '');
}

/**
 * A trigger phrase whose words all occur in the text is the trainer saying "this is the case": the more of a
 * multi-word trigger is covered, the larger the bonus.
 */
function triggerBonus(triggers: string[], seen: Set<string>): number {
  let best = 1;
  for (const phrase of triggers) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    let covered = 0;
    for (const w of words) if (w.split('|').some((t) => seen.has(t))) covered++;
    const c = covered / words.length;
    if (c >= 0.5) best = Math.max(best, 1 + 0.6 * c * c * Math.min(1, words.length / 3 + 0.34));
  }
  return best;
}
