/**
 * Customer messages the pack did not answer, grouped by topic for trainers: each message becomes the stems of its
 * content words (words no other message uses left out); a message joins the topic whose messages share most of
 * its words, or starts a new one (leader clustering, shortest messages first: one pass, linear in the messages
 * for a bounded number of topics). Each topic names the words most of its messages use, as written: a trigger list to start from.
 */
import { fold, tokenize } from '../text/fold';
import { greekKey } from '../text/phonetic';
import { stemEnglish, stemKey } from '../text/stem';
import { ENGLISH_STOPWORDS, ENGLISH_WEAK, GREEK_STOP_KEYS, GREEK_WEAK } from '../text/stopwords';

/** Words that say little about a topic (θέλω, μπορώ, need): never a suggested trigger. */
const WEAK = new Set([...GREEK_WEAK, ...ENGLISH_WEAK]);

export interface Topic {
  count: number;
  /** Up to three messages, distinct, shortest first (they read best). */
  examples: string[];
  /** Words (as customers wrote them) most messages of the topic share, most telling first. */
  triggers: string[];
  /** Two words that often follow each other in the topic ("αλλάξω χρώμα"), when there is such a pair. */
  phrase?: string;
}

const MAX_TOPICS = 300;
const JOIN_AT = 0.35;

interface Doc {
  text: string;
  keys: string[];
  raws: Map<string, string>;
}

function keysOf(text: string): Doc {
  const raws = new Map<string, string>();
  const keys: string[] = [];
  // Masked personal data ([ΤΗΛΕΦΩΝΟ/PHONE], pseudonyms) says nothing about the topic.
  for (const t of tokenize(text.replace(/\[[^\]\n]{1,60}\]/g, ' '))) {
    if (t.text.length < 3 || /^\d+$/.test(t.text) || WEAK.has(t.text)) continue;
    let key: string | undefined;
    if (t.script === 'greek') {
      const g = greekKey(t.text);
      if (!GREEK_STOP_KEYS.has(g)) key = `g:${stemKey(g)}`;
    } else if (t.script === 'latin' && !ENGLISH_STOPWORDS.has(t.text)) key = `l:${stemEnglish(t.text)}`;
    if (!key) continue;
    if (!raws.has(key)) {
      raws.set(key, t.raw);
      keys.push(key);
    }
  }
  return { text, keys, raws };
}

interface Cluster {
  /** How many members contain each word key. */
  counts: Map<string, number>;
  /** Summed rarity of each key over the members (what the topic is most about). */
  weights: Map<string, number>;
  members: Doc[];
}

/**
 * How much of a message a topic explains: its words' rarity, each counted by the share of the topic's messages
 * that use it, over the message's total. Order does not matter; short messages start topics first (below).
 */
function fit(d: Doc, c: Cluster, idf: (k: string) => number): number {
  let own = 0;
  let shared = 0;
  for (const k of d.keys) {
    const w = idf(k);
    own += w;
    shared += (w * (c.counts.get(k) ?? 0)) / c.members.length;
  }
  return own ? shared / own : 0;
  // (A message of words nobody else uses fits nothing and starts its own topic.)
}

export function clusterMessages(texts: readonly string[]): Topic[] {
  // Shortest first: a short message names its topic plainly and makes a clean start for it; ties by text, so
  // the result does not depend on the order the messages came in.
  const docs = texts
    .map(keysOf)
    .filter((d) => d.keys.length > 0)
    .sort((a, b) => a.keys.length - b.keys.length || a.text.localeCompare(b.text));
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.keys) df.set(k, (df.get(k) ?? 0) + 1);
  // A word no other message uses says nothing about a shared topic; the others count alike (rare words would
  // otherwise keep a message out of the topic its common words name).
  const idf = (k: string) => ((df.get(k) ?? 1) < 2 ? 0 : 1);
  const clusters: Cluster[] = [];
  for (const d of docs) {
    let best: Cluster | undefined;
    let bestScore = 0;
    for (const c of clusters) {
      const score = fit(d, c, idf);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (!best || bestScore < JOIN_AT) {
      if (clusters.length >= MAX_TOPICS && best) {
        // Too many topics already: the closest one takes it.
      } else if (clusters.length >= MAX_TOPICS) continue;
      else clusters.push((best = { counts: new Map(), weights: new Map(), members: [] }));
    }
    best.members.push(d);
    for (const k of d.keys) {
      best.counts.set(k, (best.counts.get(k) ?? 0) + 1);
      best.weights.set(k, (best.weights.get(k) ?? 0) + idf(k));
    }
  }
  return clusters.map(describe).sort((a, b) => b.count - a.count || a.triggers.join().localeCompare(b.triggers.join()));
}

function describe(c: Cluster): Topic {
  const n = c.members.length;
  const share = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const d of c.members) {
    for (const [k, raw] of d.raws) {
      share.set(k, (share.get(k) ?? 0) + 1);
      const f = forms.get(k) ?? new Map<string, number>();
      const lower = raw.toLowerCase();
      f.set(lower, (f.get(lower) ?? 0) + 1);
      forms.set(k, f);
    }
  }
  const word = (k: string) => [...forms.get(k)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const telling = [...c.weights].filter(([k]) => !WEAK.has(fold(word(k)))).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const common = telling.filter(([k]) => (share.get(k) ?? 0) >= Math.max(2, n * 0.3)).slice(0, 6);
  const picked = (common.length ? common : telling.slice(0, 3)).map(([k]) => k);
  const examples = [...new Set(c.members.map((d) => d.text.trim()))].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, 3);
  return { count: n, examples, triggers: picked.map(word), phrase: phraseOf(c.members, new Set(picked.slice(0, 4))) };
}

/** The adjacent pair of topic words that most messages share, as written. */
function phraseOf(members: readonly Doc[], words: ReadonlySet<string>): string | undefined {
  const pairs = new Map<string, number>();
  for (const d of members) {
    const seen = new Set<string>();
    for (let i = 0; i + 1 < d.keys.length; i++) {
      if (!words.has(d.keys[i]) || !words.has(d.keys[i + 1])) continue;
      const pair = `${d.raws.get(d.keys[i])!.toLowerCase()} ${d.raws.get(d.keys[i + 1])!.toLowerCase()}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
  const best = [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best && best[1] >= Math.max(2, members.length * 0.3) ? best[0] : undefined;
}
