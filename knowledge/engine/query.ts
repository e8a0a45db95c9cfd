/**
 * The customer's text, analysed once per search: its words in order with their readings (as written, Greeklish,
 * other keyboard layout, function words lightly), the loose keys of every word (for cues and the word-for-word
 * check), the empathy cues, and the language the reply should be in.
 */
import type { Cue, Lang } from '../types';
import { messageTokens, type Token, tokenize } from '../text/fold';
import { tokensLang } from '../text/message-lang';
import { functionVariants, type MessageProfile, negates, profile, queryVariants, type Variant } from '../text/analyze';
import { newsSense, newsVariants } from '../text/news-sense';
import { idiomSense } from '../text/idiom-sense';
import { readMood } from './cues';
import { type MessageKeys, messageKeys } from './exact-phrase';
import type { WordKind } from './scores';

/** Distinct words of a long message that are scored (the rest is noise around the key words). */
const MAX_WORDS = 160;
/** A message with more distinct words than this is "long": its very common words are skipped. */
const LONG_MESSAGE_WORDS = 12;

/** A distinct word of the customer's text and the terms it matched. */
export interface Word extends WordKind {
  raw: string;
  variants: readonly Variant[];
  hits: string[];
  /** The hits of its content readings: what may explain a suggestion (weak words explain nothing). */
  strong: string[];
  /** Part of a mood cue the text shows («τρίτη φορά», «απαράδεκτο»): it says how the customer feels, not what about. */
  mood: boolean;
}

export interface Query {
  tokens: Token[];
  /** Each token's loose keys, and where each key stands. */
  keys: MessageKeys;
  cues: Cue[];
  /**
   * Distinct words, in the order of the text (each once, by its first reading). A list, not the map that finds them:
   * every step of a search walks them, and a map's iterator made a result object per word and step.
   */
  words: Word[];
  /** The words in the order of the text (repeats included): adjacency for pairs and phrases. */
  sequence: Word[];
  message: MessageProfile;
  /** More distinct words than a short request. */
  long: boolean;
  /**
   * The customer's latest message is a short thanks that goes on to nothing still wrong or asked: they are closing
   * (the engine's default stage is then resolved, rank.ts). Read from that message alone when the text says where it
   * ends (analyseQuery's `latestEnd`); thanks that sign off a long request are politeness.
   */
  closing: boolean;
  /**
   * That closing thanks also says the problem is over («το παρέλαβα», "got it", "works now"): the thanks is what the
   * message is about, and the entries that answer it come before the topic's (rank.ts).
   */
  settled: boolean;
  /**
   * The customer's latest message says what the thread was about came («ήρθε», "got it") and what is wrong with it
   * («λάθος χρώμα», "broken"): a new problem, which that message alone says (the matcher reads it without the subject and
   * earlier message, which speak of the one now over: a late parcel). The whole text when it does not say where that
   * message ends.
   */
  movedOn: boolean;
  /**
   * The customer's latest message is a short chaser ("Any news?", «Ακόμα περιμένω») after earlier ones: they ask where
   * things stand, and the progress update comes among the first (chaser.ts); the topic is still the whole thread's.
   * Only when the text says where that message ends (a lone message that asks for news is its own topic).
   */
  chaser: boolean;
  /**
   * The customer's latest message read on its own, when the text says where it ends and thanks, praises, asks for news
   * or tells of a problem.
   */
  latest?: Query;
  /** The text negates somewhere (see negates): it may tell the failure a trigger's negated words describe. */
  negates: boolean;
  /** Praise words in sarcasm or beside a complaint (cues.ts): the entries that answer praise step back (rank.ts). */
  praiseSoured: boolean;
  /** The customer's language, when the text says it clearly. */
  lang: Lang | undefined;
  /** The text says a chaser's words (cues.ts CHASER_WORDS), wherever: `chaser` reads them in the latest message. */
  saysChaser: boolean;
}

/**
 * `latestEnd`: where the customer's latest message ends in `text`, which opens with it (the panel sends the subject and
 * an earlier message after it, for the topic): whether the customer is closing is read from that message alone.
 */
export function analyseQuery(text: string, latestEnd?: number): Query {
  const { text: capped, tokens } = messageTokens(text);
  // Each word's loose keys serve both the cues and the word-for-word check.
  const keys = messageKeys(tokens);
  const message = profile(tokens);
  const lang = tokensLang(tokens, message);
  // A dead phone is about the phone: a figurative death verb is no word of the topic; "lost my mother" is a death.
  const mood = readMood(capped, tokens, keys.words, lang === 'en');
  const { death, praiseSoured, thanksGoOn, settled: over, problem, signsOff } = mood;
  let { cues } = mood;
  // Shouted words are anger about the topic, not mood words: a cue in capitals stays topic.
  const moodWords = new Set<string>();
  // Praise is what the message is about (the compliment entries answer it), so its words are topic too.
  for (const c of cues) {
    if (c.kind !== 'praise') for (const w of c.words) if (w !== w.toUpperCase()) for (const t of tokenize(w)) moodWords.add(t.raw.toLowerCase());
  }
  const byTerm = new Map<string, Word>();
  const words: Word[] = [];
  const sequence: Word[] = [];
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    if (death.figurative.has(i)) continue;
    const t = death.death.get(i) ?? tokens[i]!;
    let variants = queryVariants(t, message);
    const news = newsSense(tokens, i);
    if (news) variants = newsVariants(news, variants);
    const idiom = idiomSense(tokens, i);
    if (idiom) variants = [{ term: idiom, factor: 1, layout: false, weak: false, fn: false }];
    if (!variants.length) variants = functionVariants(t);
    if (!variants.length) continue;
    const key = variants[0]!.term;
    let w = byTerm.get(key);
    if (!w) {
      if (words.length >= MAX_WORDS) continue;
      const first = variants[0]!;
      byTerm.set(key, (w = { raw: t.raw, variants, hits: [], strong: [], content: !first.weak, own: !first.fn, mood: moodWords.has(t.raw.toLowerCase()) }));
      words.push(w);
    }
    negated ||= negates(t);
    sequence.push(w);
  }
  const long = words.length > LONG_MESSAGE_WORDS;
  // A sign-off with no thanks («καλή συνέχεια») closes as a thanks does (cue-lexicon.ts SIGN_OFF_WORDS).
  let closing = !long && ((!thanksGoOn && cues.some(isThanks)) || signsOff);
  let settled = closing && over;
  let movedOn = over && problem;
  // Only a text that thanks, praises, asks for news or tells what is wrong with what came has a latest message to read
  // again (most do not: no second reading).
  let latest: Query | undefined;
  let chaser = false;
  if (typeof latestEnd === 'number' && latestEnd > 0 && latestEnd < text.length && (problem || signsOff || mood.chaser || cues.some(ofTheMoment))) {
    latest = analyseQuery(text.slice(0, latestEnd));
    ({ closing, settled, movedOn } = latest);
    chaser = latest.saysChaser && !latest.long;
    cues = momentCues(cues, latest.cues);
  }
  return { tokens, keys, cues, words, sequence, message, long, closing, settled, movedOn, chaser, ...(latest ? { latest } : {}), lang, negates: negated, praiseSoured, saysChaser: mood.chaser };
}

const isThanks = (c: Cue) => c.kind === 'gratitude';
/** Cues of the moment: thanks and praise answer the customer's latest words, not an earlier mail's sign-off. */
const ofTheMoment = (c: Cue) => c.kind === 'gratitude' || c.kind === 'praise';

/**
 * The thread's cues, with thanks and praise only when the latest message says them: "Thanks, Olivia" signing the first
 * mail of a thread whose latest is "Any news?" is no thanks the agent answers (a closing raised, a «Thanks» cue shown).
 * A mood of the thread (anger, a repeat contact) still is the customer's.
 */
function momentCues(cues: Cue[], latest: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of cues) if (!ofTheMoment(c) || latest.some((l) => l.kind === c.kind)) out.push(c);
  return out;
}

/** Records that word `w` matched `term` through reading `v`. */
export function noteHit(w: Word, v: Variant, term: string): void {
  w.hits.push(term);
  if (!v.weak) w.strong.push(term);
}

/** How many distinct content words of the text matched something (the coverage denominator). */
export function foundWords(q: Query): number {
  let found = 0;
  for (let i = 0; i < q.words.length; i++) if (q.words[i]!.strong.length && q.words[i]!.content) found++;
  return found;
}
