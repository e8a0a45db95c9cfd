/**
 * Customer messages the pack did not answer, grouped by topic for trainers: each message becomes the stems of its
 * content words, weighted by how rare they are across all the messages; a message joins the topic it shares the
 * most weight with, or starts a new one (leader clustering: one pass, linear in the messages for a bounded number
 * of topics). Each topic names the words most of its messages use, as written: a trigger list to start from.
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
const JOIN_AT = 0.3;
const PROFILE_TERMS = 12;

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
    if (t.text.length < 3 || /^\d+$/.test(t.text)) continue;
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
  weights: Map<string, number>;
  members: Doc[];
}

function profileOf(c: Cluster): [string, number][] {
  return [...c.weights].sort((a, b) => b[1] - a[1]).slice(0, PROFILE_TERMS);
}

export function clusterMessages(texts: readonly string[]): Topic[] {
  const docs = texts.map(keysOf).filter((d) => d.keys.length > 0);
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: string) => Math.log(1 + docs.length / (df.get(k) ?? 1));
  const clusters: Cluster[] = [];
  const profiles: [string, number][][] = [];
  for (const d of docs) {
    const own = d.keys.reduce((s, k) => s + idf(k), 0);
    let best = -1;
    let bestScore = 0;
    clusters.forEach((c, i) => {
      const p = profiles[i];
      const total = p.reduce((s, [, w]) => s + w, 0) / c.members.length;
      let shared = 0;
      for (const [k, w] of p) if (d.raws.has(k)) shared += Math.min(idf(k), w / c.members.length);
      const score = shared / Math.max(own, total);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0 || bestScore < JOIN_AT) {
      if (clusters.length < MAX_TOPICS) {
        clusters.push({ weights: new Map(), members: [] });
        profiles.push([]);
        best = clusters.length - 1;
      } else if (best < 0) continue;
    }
    const c = clusters[best];
    c.members.push(d);
    for (const k of d.keys) c.weights.set(k, (c.weights.get(k) ?? 0) + idf(k));
    // The profile is refreshed while the topic is young, then now and then: the words that define it settle.
    if (c.members.length < 20 || c.members.length % 50 === 0) profiles[best] = profileOf(c);
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
