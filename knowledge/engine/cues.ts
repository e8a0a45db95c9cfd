/**
 * Empathy cues in the customer's text (Greek, Greeklish, unaccented, English): which kinds, shown by which words.
 */
import type { Cue, CueKind } from '../types';
import { messageTokens, type Token, tokenize } from '../text/fold';
import { looseKeys, negates, profile } from '../text/analyze';
import { greekKey, greeklishKeys } from '../text/phonetic';
import { tokensLang } from '../text/message-lang';
import { looksLikeText } from '../text/is-text';
import { BUT_WORDS, CHASER_ALONE, CHASER_WORDS, CUE_LEXICON, CUE_LOOKALIKES, PRAISE_ASIDES, PRAISE_SPOILERS, PROBLEM_WORDS, SETTLED_WORDS, SIGN_OFF_WORDS, STILL_WORDS } from './cue-lexicon';
import { type DeathReading, readDeath } from './bereavement';

/** One word of a cue phrase: its key, and whether longer words starting with it count. */
interface CueWord {
  key: string;
  prefix: boolean;
  /** A word the lexicon marks `=`: the sound of the word itself, unstemmed (πάλι, not παλιό), or an English word as written. */
  exact?: string;
}

const CUE_KINDS = Object.keys(CUE_LEXICON) as CueKind[];

/**
 * What a lexicon phrase shows: a cue, a word that sours praise (PRAISE_SPOILERS) or sets it aside (PRAISE_ASIDES), a
 * "but" or a "still" (after which a thanks goes on to something else: thanksGoOn), words that say the problem is over
 * ('settled'), or, negated, that it is not ('unsettled': «δεν ήρθε»), and words that say what is wrong with what came
 * ('problem': «ήρθε λάθος χρώμα»; negated, nothing is), and a chaser ("Any news?": CHASER_WORDS, or CHASER_ALONE as the
 * whole message).
 */
type Reading = CueKind | 'spoiler' | 'aside' | 'but' | 'still' | 'settled' | 'unsettled' | 'problem' | 'signoff' | 'chaser' | 'chaser-alone';
/**
 * The cues beside which praise words are no praise cue: anger, frustration or a repeat contact may be sarcasm or a
 * complaint, but they also stand beside true praise ("will definitely order again"), so only the failure words and
 * sarcastic marks make the compliment entries step back (praiseReading).
 */
const SOURING: readonly Reading[] = ['anger', 'frustration', 'repeat-contact'];

interface CuePhrase {
  kind: Reading;
  words: CueWord[];
}

/** Phrases by their first word: exact keys, and prefix keys by their first PREFIX letters. */
let compiled: { exact: Map<string, CuePhrase[]>; prefix: Map<string, CuePhrase[]> } | undefined;
/** The keys of CUE_LOOKALIKES: a longer word starting with one of them is not the cue word it also starts like. */
let lookalikes: string[] = [];
const PREFIX = 6;

function compile() {
  const exact = new Map<string, CuePhrase[]>();
  const prefix = new Map<string, CuePhrase[]>();
  const lists: Array<[Reading, readonly string[]]> = CUE_KINDS.map((kind) => [kind, CUE_LEXICON[kind]]);
  lists.push(['spoiler', PRAISE_SPOILERS], ['aside', PRAISE_ASIDES], ['but', BUT_WORDS], ['still', STILL_WORDS], ['settled', SETTLED_WORDS], ['problem', PROBLEM_WORDS], ['signoff', SIGN_OFF_WORDS]);
  lists.push(['chaser', CHASER_WORDS], ['chaser-alone', CHASER_ALONE]);
  for (const [kind, phrases] of lists) {
    for (const phrase of phrases) {
      const words = tokenize(phrase.replace(/^=/, '')).map((t): CueWord => {
        const key = looseKeys(t)[0]!;
        if (phrase.startsWith('=')) return { key, prefix: false, exact: t.script === 'greek' ? greekKey(t.text) : t.text };
        return { key, prefix: key.length >= PREFIX };
      });
      const first = words[0]!;
      const map = first.prefix ? prefix : exact;
      const k = first.prefix ? first.key.slice(0, PREFIX) : first.key;
      map.set(k, [...(map.get(k) ?? []), { kind, words }]);
    }
  }
  lookalikes = CUE_LOOKALIKES.map((w) => looseKeys(tokenize(w)[0]!)[0]!);
  return (compiled = { exact, prefix });
}

/** Cue phrases whose first word may be this token (by any of its keys). */
function candidates(lexicon: NonNullable<typeof compiled>, keys: readonly string[]): CuePhrase[] {
  const out: CuePhrase[] = [];
  for (const k of keys) {
    for (const p of lexicon.exact.get(k) ?? []) out.push(p);
    for (const p of lexicon.prefix.get(k.slice(0, PREFIX)) ?? []) out.push(p);
  }
  return out;
}

const hit = (w: CueWord, keys: readonly string[], token: Token) =>
  (w.exact === undefined || soundsAs(w.exact, token)) &&
  keys.some((k) => k === w.key || (w.prefix && k.startsWith(w.key) && !lookalikes.some((l) => k.startsWith(l))));

/** Whether the token is the word itself: the same sound unstemmed (Greek, Greeklish), or the English word as written. */
function soundsAs(exact: string, token: Token): boolean {
  if (token.script === 'greek') return greekKey(token.text) === exact;
  return token.text === exact || greeklishKeys(token.text).includes(exact);
}

/** Shouting: several words in capitals, or "!!". */
// Lists pushed into literals, not spread or mapped: an empty list has another shape than a full one, and meeting it
// after warm-up threw away the optimised code of the whole text analysis.
function shouting(text: string, tokens: Token[]): string[] {
  const bang = /!{2,}/.exec(text);
  const caps: string[] = [];
  // A text with no small letter at all is a writing habit (many older callers type every SMS and e-mail in
  // capitals, unaccented), not raised voice: its capitals speak only beside "!!".
  if (bang || /\p{Ll}/u.test(text)) {
    for (const t of tokens) if (t.raw.length >= 4 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase()) caps.push(t.raw);
  }
  const out: string[] = [];
  if (caps.length >= 2) for (const c of caps) out.push(c);
  if (bang) out.push(bang[0]);
  return out;
}

/** `keys`: the keys the cues read (cueKeys); `death`: the text's death reading from the same keys. */
function detectCuesInTokens(
  text: string,
  tokens: Token[],
  keys: ReadonlyArray<readonly string[]>,
  death: DeathReading,
): Omit<MoodReading, 'death'> {
  // Noise (binary read as text) shows no mood, whatever capitals or "!!" it happens to contain.
  if (!looksLikeText(text)) return { cues: [], praiseSoured: false, thanksGoOn: false, settled: false, problem: false, signsOff: false, chaser: false };
  const lexicon = compiled ?? compile();
  const found = new Map<Reading, Set<string>>();
  const note = (kind: Reading, word: string) => {
    let set = found.get(kind);
    if (!set) found.set(kind, (set = new Set()));
    set.add(word);
  };
  const noteReading = (kind: Reading, i: number, j: number) => {
    const negated = negatedBefore(tokens, i);
    // «δεν έχει έρθει», "hasn't arrived": the words of a settled problem after a negation say it is not; «δεν λείπει»,
    // "not broken": a problem's say there is none (unless the phrase is itself the negation: «δεν ανάβει»).
    if (kind === 'problem' && negated && !negates(tokens[i]!)) return;
    note(kind === 'settled' && negated ? 'unsettled' : kind, rawWords(tokens, i, j));
  };
  for (let i = 0; i < tokens.length; i++) {
    for (const { kind, words } of candidates(lexicon, keys[i]!)) {
      if (!hit(words[0]!, keys[i]!, tokens[i]!)) continue;
      // The rest of the phrase must follow, allowing one extra word in between («τρίτη συνεχόμενη φορά»).
      let j = i;
      let ok = true;
      for (const w of words.slice(1)) {
        if (j + 1 < tokens.length && hit(w, keys[j + 1]!, tokens[j + 1]!)) j += 1;
        else if (j + 2 < tokens.length && hit(w, keys[j + 2]!, tokens[j + 2]!)) j += 2;
        else {
          ok = false;
          break;
        }
      }
      if (ok) noteReading(kind, i, j);
    }
  }
  for (const w of death.words) note('bereavement', w);
  // Grief written in capitals («ΠΕΘΑΝΕ Ο ΠΑΤΕΡΑΣ ΜΟΥ») is not shouting.
  if (!death.words.length) for (const w of shouting(text, tokens)) note('anger', w);
  const praise = found.has('praise') ? praiseReading(text, found, tokens) : undefined;
  if (praise) found.delete('praise');
  const cues: Cue[] = [];
  for (const kind of CUE_KINDS) {
    const words = found.get(kind);
    if (!words) continue;
    const list: string[] = [];
    for (const w of words) list.push(w);
    cues.push({ kind, words: list });
  }
  const thanks = found.has('gratitude');
  const problem = found.has('problem');
  const signsOff = found.has('signoff') && !thanksGoOn(text, found, tokens);
  const chaser = found.has('chaser') || (found.has('chaser-alone') && tokens.length <= CHASER_ALONE_TOKENS);
  return { cues, praiseSoured: praise === 'soured', thanksGoOn: thanks && thanksGoOn(text, found, tokens), settled: found.has('settled'), problem, signsOff, chaser };
}

/** «Νέα;», «Κάποια νέα;» ("Update?", "News please?"): a CHASER_ALONE word is a chaser in a message this short. */
const CHASER_ALONE_TOKENS = 2;

/** Whether one of the two words before token `i` is a negation («δεν έχει έρθει», "has not arrived"). */
function negatedBefore(tokens: readonly Token[], i: number): boolean {
  return (i > 0 && negates(tokens[i - 1]!)) || (i > 1 && negates(tokens[i - 2]!));
}

/**
 * Whether the text goes on from its thanks to what is still wrong or asked: a "but" («Ευχαριστώ, αλλά…»), a question,
 * a problem said not to be over («δεν ήρθε», "hasn't arrived"), a new one with what came («ήρθε λάθος χρώμα», "it
 * arrived broken": an arrival word then settles nothing) or "still"/"yet" beside a negation («ακόμα δεν», "not
 * yet"). Such thanks are a courtesy, not a closing; a negation alone is no such sign («Όχι, δεν χρειάζομαι κάτι άλλο,
 * ευχαριστώ» closes).
 */
function thanksGoOn(text: string, found: ReadonlyMap<Reading, unknown>, tokens: readonly Token[]): boolean {
  if (found.has('but') || found.has('unsettled') || found.has('problem') || QUESTION.test(text)) return true;
  return found.has('still') && tokens.some((t) => negates(t));
}

/** A question (Greek writes «;»): the message asks something beside its praise (see PRAISE_ASIDES). */
const QUESTION = /[?;\u037e]/u;
/** Sarcasm in the writing: a few words in scare quotes (the company's own promise quoted back), an eye-roll. */
const SARCASM_MARKS = /["“«][^"“”«»\n]{1,40}["”»]|[🙄🙃]/u;

/**
 * What keeps the text's praise words from being a praise cue: 'soured' into sarcasm or a complaint (a failure word,
 * a sarcastic mark), set 'aside' beside anger, frustration, a repeat contact, a request, a question, a "but" or a
 * negation («δεν έχω λόγια»), or nothing (undefined: it is praise).
 */
function praiseReading(text: string, found: ReadonlyMap<Reading, unknown>, tokens: readonly Token[]): 'soured' | 'aside' | undefined {
  if (SARCASM_MARKS.test(text) || found.has('spoiler')) return 'soured';
  for (const kind of SOURING) if (found.has(kind)) return 'aside';
  if (QUESTION.test(text) || found.has('aside')) return 'aside';
  for (const t of tokens) if (negates(t)) return 'aside';
  return undefined;
}

/** Tokens i..j as written, joined by spaces. */
function rawWords(tokens: Token[], i: number, j: number): string {
  let s = tokens[i]!.raw;
  for (let k = i + 1; k <= j; k++) s += ' ' + tokens[k]!.raw;
  return s;
}

/**
 * The keys the cues read: in a message written in English, a Latin word's English reading only. Its Greeklish
 * readings made "minutes" start like «μήνυση» (anger, in "40 minutes on hold") and "kudos" sound like «κηδεία» (a
 * death, in praise). A Greeklish message, or one that does not say which it is, keeps every reading.
 */
function cueKeys(tokens: readonly Token[], keys: ReadonlyArray<readonly string[]>, english: boolean): ReadonlyArray<readonly string[]> {
  if (!english) return keys;
  const out: Array<readonly string[]> = [];
  for (let i = 0; i < tokens.length; i++) out.push(tokens[i]!.script === 'latin' ? keys[i]!.filter(isEnglishKey) : keys[i]!);
  return out;
}

const isEnglishKey = (key: string) => key.startsWith('e:');

/** What readMood reads: see there. */
export interface MoodReading {
  cues: Cue[];
  death: DeathReading;
  praiseSoured: boolean;
  thanksGoOn: boolean;
  /** Words that say a problem is over («το πήρα», "arrived"), not negated. */
  settled: boolean;
  /** Words that say what is wrong with what came (PROBLEM_WORDS: «λάθος χρώμα», "broken"), not negated. */
  problem: boolean;
  /** A sign-off without thanks (SIGN_OFF_WORDS: «καλή συνέχεια») that goes on to nothing wrong or asked. */
  signsOff: boolean;
  /** Words that ask where things stand (CHASER_WORDS: "any news", «ακόμα περιμένω»; CHASER_ALONE as the whole text). */
  chaser: boolean;
}

/**
 * The text's mood: its cues, the death it tells of (read from the same keys), and whether it praises in sarcasm or
 * beside a complaint ("great job losing my parcel": the entries answering praise step back, rank.ts), and whether it goes
 * on from a thanks to what is still wrong or asked (thanksGoOn), and whether it says the problem is over (SETTLED_WORDS). `keys`: each token's looseKeys; `english`: the message
 * is written in English (see cueKeys).
 */
export function readMood(text: string, tokens: Token[], keys: ReadonlyArray<readonly string[]>, english: boolean): MoodReading {
  const own = cueKeys(tokens, keys, english);
  const death = readDeath(tokens, own);
  return { ...detectCuesInTokens(text, tokens, own, death), death };
}

export function detectCues(text: string): Cue[] {
  return moodOf(typeof text === 'string' ? text : '').cues;
}

/** readMood of a text on its own (a trigger, a message outside a search). */
function moodOf(text: string): MoodReading {
  const m = messageTokens(text);
  return readMood(m.text, m.tokens, m.tokens.map(looseKeys), tokensLang(m.tokens, profile(m.tokens)) === 'en');
}

/**
 * Whether an entry answers praise: one of its triggers reads as praise, by the same reader as the customer's text
 * (a trigger that sours its praise, «μπράβο σας, τρίτη φορά», does not). Pack data decides which entries the praise
 * cue raises, without a field of its own: the compliment SOP and its thanks say the praise they answer.
 * Read once, when the index is built (IndexData.dp): a search only looks the answer up, so a change to what reads
 * as praise here (cue-lexicon.ts) changes the index and needs INDEX_VERSION raised.
 */
export function answersPraise(entry: { triggers?: readonly string[] }): boolean {
  return (entry.triggers ?? []).some((t) => detectCues(t).some((c) => c.kind === 'praise'));
}

/**
 * Whether a phrase reads as a chaser ("any update", «υπάρχει εξέλιξη»), by the same reader as the customer's text: the
 * follow-up templates whose triggers say one give the progress update a chaser asks for (chaser.ts).
 */
export const readsAsChaser = (phrase: string): boolean => moodOf(phrase).chaser;
