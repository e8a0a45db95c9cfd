/**
 * Term weights learned from a pack's own triggers, measured as a build step would ship them (issue 14): each term's
 * weight multiplies its score for every entry. Measured by bench/intents.ts --spread and --learn, and not shipped:
 * no better than the engine without them (figures in the commit that added this file). The weights are applied by
 * rewriting the index's postings (a posting's saturated tf sat = tf / (tf + K1) becomes weight × sat, i.e.
 * tf' = K1 · s' / (1 − s'), to the index's 0.1 resolution), so the engine and the pack format stay as they are.
 */
import type { CompiledPack, Entry } from '../knowledge/types';
import { buildIndex, createMatcher } from '../knowledge/engine';
import { decodePostings, joinPostings, splitPostings, splitTerms } from '../knowledge/engine/build-index';
import { K1 } from '../knowledge/engine/corpus';
import { bigramTerms, phraseTerms } from '../knowledge/engine/fields';
import type { IndexData } from '../knowledge/engine/index-data';

export interface WeightOptions {
  /** Spread: weight = 1 − spread + spread · (1 − H / log N), H the entropy of the term's tf over the entries. */
  spread?: number;
  /** Learned: k-fold over each entry's triggers; see learnTermWeights. */
  learn?: { rate?: number; floor?: number; epochs?: number; folds?: number };
}

/** The index of `entries` with the weights `options` asks for applied (none: the engine's own index). */
export function weightedIndex(entries: Entry[], options: WeightOptions): IndexData {
  const index = buildIndex(entries);
  if (options.learn) return reweight(index, learnTermWeights(entries, options.learn));
  if (options.spread) return reweight(index, spreadWeights(index, options.spread));
  return index;
}

/** The index with each term's postings scaled by its weight (absent: 1). */
function reweight(index: IndexData, weights: Map<string, number>): IndexData {
  if (!weights.size) return index;
  const lists: string[] = [];
  for (const [term, encoded] of termPostings(index)) {
    const w = weights.get(term);
    if (w === undefined || w >= 1) {
      lists.push(encoded);
      continue;
    }
    const raw = decodePostings(encoded);
    const out: string[] = [];
    let prev = 0;
    for (let i = 0; i < raw.length; i += 2) {
      const tf = (raw[i + 1]! >> 5) / 10;
      const s = (w * tf) / (tf + K1);
      const scaled = Math.max(1, Math.round((10 * K1 * s) / (1 - s)));
      // Doc numbers as deltas, as the index stores them.
      out.push((raw[i]! - prev).toString(36), (scaled * 32 + (raw[i + 1]! & 31)).toString(36));
      prev = raw[i]!;
    }
    lists.push(out.join(','));
  }
  return { ...index, p: joinPostings(lists) };
}

/** Each term of the index with its encoded postings, in the index's order. */
function termPostings(index: IndexData): Map<string, string> {
  const lists = splitPostings(index.p);
  return new Map(splitTerms(index.k).map((term, i) => [term, lists[i]!]));
}

/** A term spread evenly over many entries says little about which one is meant (log-entropy weighting). */
function spreadWeights(index: IndexData, spread: number): Map<string, number> {
  const out = new Map<string, number>();
  const logN = Math.log(Math.max(2, index.ids.length));
  for (const [term, encoded] of termPostings(index)) {
    const raw = decodePostings(encoded);
    let sum = 0;
    for (let i = 1; i < raw.length; i += 2) sum += raw[i]! >> 5;
    let h = 0;
    for (let i = 1; i < raw.length; i += 2) {
      const p = (raw[i]! >> 5) / sum;
      if (p > 0) h -= p * Math.log(p);
    }
    out.set(term, 1 - spread + spread * (1 - h / logN));
  }
  return out;
}

/**
 * k-fold over each entry's triggers (as `odigos eval --cv`): every held-out trigger is searched against the others;
 * when another entry comes first, the trigger's terms only that entry has lose a share `rate` of their weight (not
 * below `floor`), and those only its own entry has get it back.
 */
export function learnTermWeights(entries: Entry[], options: NonNullable<WeightOptions['learn']>): Map<string, number> {
  const { folds = 5, epochs = 3, rate = 0.1, floor = 0.25 } = options;
  const weights = new Map<string, number>();
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let f = 0; f < folds; f++) correctFold(entries, folds, f, weights, rate, floor);
  }
  return weights;
}

function correctFold(entries: Entry[], k: number, f: number, weights: Map<string, number>, rate: number, floor: number): void {
  const held: Array<{ doc: number; text: string; lang: 'el' | 'en' }> = [];
  const folded = entries.map((e, doc): Entry => {
    if (e.triggers.length < 2) return e;
    e.triggers.forEach((text, i) => i % k === f && held.push({ doc, text, lang: e.lang === 'en' ? 'en' : 'el' }));
    return { ...e, triggers: e.triggers.filter((_, i) => i % k !== f) };
  });
  if (!held.length) return;
  const index = reweight(buildIndex(folded), weights);
  const pack: CompiledPack = {
    schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries: folded, index,
    meta: { id: 'learn', name: 'Learn', version: '1.0.0', lang: folded[0]!.lang },
  };
  const matcher = createMatcher([{ pack, priority: 0 }]);
  const docOf = new Map(folded.map((e, i) => [e.id, i] as const));
  const has = postingSets(index);
  for (const { doc, text, lang } of held) {
    const top = matcher.search(text, { limit: 1 }).suggestions[0];
    const got = top ? docOf.get(top.entryId) : undefined;
    if (got === undefined || got === doc) continue;
    for (const term of queryTerms(text, lang)) {
      const [inGot, inOwn] = [has(term, got), has(term, doc)];
      const now = weights.get(term) ?? 1;
      if (inGot && !inOwn) weights.set(term, Math.max(floor, now * (1 - rate)));
      else if (inOwn && !inGot && now < 1) weights.set(term, Math.min(1, now / (1 - rate)));
    }
  }
}

/** Every term a text's words and word pairs may match (all readings). */
function queryTerms(text: string, lang: 'el' | 'en'): Set<string> {
  const words = phraseTerms(text, lang, undefined, true);
  return new Set([...words.flat(), ...bigramTerms(words)]);
}

/** Whether a term's postings hold a doc (each term decoded once). */
function postingSets(index: IndexData): (term: string, doc: number) => boolean {
  const sets = new Map<string, Set<number>>();
  const lists = termPostings(index);
  return (term, doc) => {
    let s = sets.get(term);
    if (!s) {
      s = new Set();
      const encoded = lists.get(term);
      const raw = encoded === undefined ? new Int32Array() : decodePostings(encoded);
      for (let i = 0; i < raw.length; i += 2) s.add(raw[i]!);
      sets.set(term, s);
    }
    return s.has(doc);
  };
}
