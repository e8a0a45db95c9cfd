/**
 * What the agent chose, learnt on this machine: a small table from the words of a customer's message to the
 * entries the agent inserted or followed for it. A similar message later raises those entries a little. Pure data
 * in, data out: the extension keeps the table in its own storage (lib/store/learned.ts); nothing here is sent
 * anywhere.
 *
 * Bounded so it can never take over the ranking: each choice adds at most one unit per (word, entry), a pair holds
 * at most MAX_WEIGHT units, weights halve every HALF_LIFE_DAYS without use, the table keeps at most MAX_PAIRS
 * pairs (the weakest go first), and the boost it gives is at most MAX_BOOST: enough to reorder close candidates,
 * never to bring up an entry the message's words did not.
 */
import { messageTokens } from '../text/fold';
import { profile, queryVariants } from '../text/analyze';

/** (word of a message, entry key `packId/entryId`) → [weight, last update in epoch ms]. */
export interface LearnedChoices {
  version: 1;
  pairs: Record<string, Record<string, [weight: number, at: number]>>;
}

/** The largest boost learning gives an entry (a multiplier of its relevance). */
export const MAX_BOOST = 1.3;
/** A pair's weight never grows past this, however often the agent chooses the entry. */
export const MAX_WEIGHT = 3;
/** Choices this many times on exactly these words give the full boost. */
const FULL_AT = 2;
export const HALF_LIFE_DAYS = 30;
export const MAX_PAIRS = 4_000;
/** Words of one message that are learnt from (the first ones: a long thread's tail adds noise). */
const MAX_TERMS = 24;
/** A pair whose weight decays below this is forgotten. */
const FORGET_BELOW = 0.05;
const DAY = 86_400_000;

export const emptyChoices = (): LearnedChoices => ({ version: 1, pairs: {} });

/** A stored value that is not a table this code wrote (another version, damaged) reads as empty. */
export function readChoices(value: unknown): LearnedChoices {
  if (!value || typeof value !== 'object' || (value as LearnedChoices).version !== 1) return emptyChoices();
  const pairs = (value as LearnedChoices).pairs;
  return pairs && typeof pairs === 'object' ? (value as LearnedChoices) : emptyChoices();
}

/** The content words of a message, as the matcher reads them (function and weak words left out), at most MAX_TERMS. */
export function messageTerms(text: string): string[] {
  const { tokens } = messageTokens(typeof text === 'string' ? text : '');
  const message = profile(tokens);
  const terms = new Set<string>();
  for (const t of tokens) {
    const first = queryVariants(t, message)[0];
    if (first && !first.fn && !first.weak && first.term.length > 2) terms.add(first.term);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}

const decayed = ([weight, at]: [number, number], now: number): number => weight * Math.pow(0.5, Math.max(0, now - at) / (HALF_LIFE_DAYS * DAY));

/** The table after the agent chose `entryKey` for a message with `terms`; the input is not changed. */
export function recordChoice(table: LearnedChoices, terms: readonly string[], entryKey: string, now: number): LearnedChoices {
  const pairs: LearnedChoices['pairs'] = { ...table.pairs };
  for (const term of terms.slice(0, MAX_TERMS)) {
    const entries = { ...pairs[term] };
    const before = entries[entryKey];
    const had = Array.isArray(before) ? decayed(before, now) : 0;
    entries[entryKey] = [Math.min(MAX_WEIGHT, (Number.isFinite(had) ? had : 0) + 1), now];
    pairs[term] = entries;
  }
  return { version: 1, pairs: prune(pairs, now) };
}

/** Forgets faded pairs, then the weakest ones beyond MAX_PAIRS. */
function prune(pairs: LearnedChoices['pairs'], now: number): LearnedChoices['pairs'] {
  const kept: Array<[string, string, number]> = [];
  for (const [term, entries] of Object.entries(pairs)) {
    for (const [key, pair] of Object.entries(entries ?? {})) {
      const w = Array.isArray(pair) ? decayed(pair, now) : NaN;
      if (Number.isFinite(w) && w >= FORGET_BELOW) kept.push([term, key, w]);
    }
  }
  kept.sort((a, b) => b[2] - a[2]);
  const out: LearnedChoices['pairs'] = {};
  for (const [term, key] of kept.slice(0, MAX_PAIRS)) (out[term] ??= {})[key] = pairs[term]![key]!;
  return out;
}

/**
 * How much learning raises each entry for a message with `terms`: 1 + (MAX_BOOST − 1) × the share of the message's
 * words the entry was chosen for (each word's weight counted up to FULL_AT choices). Only entries above 1 are listed.
 */
export function learnedBoosts(table: LearnedChoices, terms: readonly string[], now: number): Map<string, number> {
  const sums = new Map<string, number>();
  const words = terms.slice(0, MAX_TERMS);
  for (const term of words) {
    for (const [key, pair] of Object.entries(table.pairs[term] ?? {})) {
      const w = Array.isArray(pair) ? decayed(pair, now) : NaN;
      // A damaged pair counts for nothing.
      if (Number.isFinite(w) && w > 0) sums.set(key, (sums.get(key) ?? 0) + Math.min(FULL_AT, w) / FULL_AT);
    }
  }
  const boosts = new Map<string, number>();
  for (const [key, sum] of sums) {
    const boost = 1 + (MAX_BOOST - 1) * Math.min(1, sum / words.length);
    if (boost > 1.001) boosts.set(key, boost);
  }
  return boosts;
}

/** How many (word, entry) pairs the table holds: what Options shows before the agent resets it. */
export const choicesSize = (table: LearnedChoices): number => Object.values(table.pairs).reduce((n, e) => n + Object.keys(e ?? {}).length, 0);
