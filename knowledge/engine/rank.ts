/**
 * The second pass of a search, on the best BM25 candidates only: what makes one entry fit better than another
 * with the same words — a title or trigger phrase the text covers (word for word, or its words next to each other),
 * covering more of the customer's content words, a template whose tone fits the mood of the text (of the text's
 * own topic), the customer's language, and where the conversation stands (an entry for a later stage waits).
 */
import { STAGES, type CueKind, type Stage, type Tone } from '../types';
import type { SearchOptions } from './api';
import { compareDocs, type Corpus, type Doc } from './corpus';
import { containsPhrase, type PhraseKeys } from './exact-phrase';
import { foundWords, type Query, type Word } from './query';
import type { Scores } from './scores';
import { CUE_BOOST, TONES_FOR_CUE } from './tones';
import { MAX_BOOST } from '../learn/choices';
import { linkedTemplates, moodDocs, showsMood } from './mood-phrases';
import { chaserAnswers, updateForChaser } from './chaser';

/** BM25 candidates that get the rerank factors (phrase, coverage, cues, language). */
const RERANK = 30;
/** Entries in the customer's language come first on near-equal relevance (replies go out in that language). */
const SAME_LANGUAGE_BOOST = 1.1;
/**
 * Entries in another language than the customer's clear one count much less: bundled packs carry the same cases
 * in Greek and English, and a reply in the wrong language is no help (a Greek-only team pack still comes up for
 * an English message when nothing English matches).
 */
export const OTHER_LANGUAGE = 0.5;
/** How much covering more of the text's content words counts ((1 + covered) / (1 + found), to this power). */
const COORD = 0.2;
/** A title or trigger phrase the text contains word for word (see exact-phrase.ts). */
const EXACT_PHRASE = 1.6;
/**
 * How much a phrase's words standing next to each other in the text add (all adjacent: × 1 + this). Word order
 * is also scored as word pairs in the first pass (match-words.ts), so this only adds what the pairs leave out; at
 * 0.5 order counted twice and a title the text covered word for word outweighed the triggers' evidence.
 */
const ADJACENT = 0.25;
/** On a new problem the best SOP leads when its score is at least this share of the first entry's. */
const SOP_LEADS = 0.7;
/**
 * Beside a mood, the procedure of the problem leads only when the text's topic words give it at least this share of
 * the first entry's score: what is left of a text that is all mood once its mood words are set aside is no problem.
 */
const TOPIC_OVER_MOOD = 0.3;
/**
 * The agent's own query at a known stage (SearchOptions.anyStage with a stage): the entries it names about equally are
 * those scoring at least this share of the best. Measured on the bundled packs: entries the query names by the same
 * title words score within a few percent of each other («διπλή χρέωση»: the apology 0.99 of the refund's confirmation,
 * «diplh xrewsh» 0.98), while an entry the query names better than the rest leads clearly («επιβεβαίωση επιστροφής»,
 * "refund confirmed": the next at 0.45–0.52; «κλείσιμο»: the call-back's closing at 0.76 of the chat's closing).
 */
const LATER_TIES = 0.85;
/** At the resolved stage, the entries made for it (confirmations, closing) rise. */
const RESOLVED_STAGE = 1.5;
/** A death told in the text comes before the bill or the line it is about: the entries that answer it lead. */
const DEATH_FIRST = 2;
/** What the entries answering praise keep of their score when the praise is sarcasm or beside a complaint (cues.ts). */
const SOURED_PRAISE = 0.25;

/** Term → the indexes in the text's word sequence where it stands. */
type Positions = Map<string, number[]>;

export interface Ranked {
  doc: number;
  d: Doc;
  score: number;
  /** How well it fits the text's topic: its relevance before the mood boost, without what the mood words gave it. */
  topic: number;
  boostedBy: CueKind[];
  /** Presupposes a later stage than the conversation's: comes after every entry that fits. */
  waiting: boolean;
  /** Linked to the step of the SOP the agent is following: comes first. */
  atStep: boolean;
  /**
   * At the resolved stage, made for it and linked by the SOP of the text's topic (its confirmation, its closing), or
   * a closing that answers the customer's thanks for a problem they say is over («Το παρέλαβα, ευχαριστώ!»): comes first.
   */
  closes: boolean;
  /** Raised because the agent chose it before for similar messages (see knowledge/learn/choices.ts). */
  chosenBefore: boolean;
  /** Answers the death the text tells of: comes before the entries about the bill or the line it concerns. */
  mourns: boolean;
  /** Answers the praise the text says (cues.ts): comes before the entries of the topic it praises. */
  answersPraise: boolean;
}

/**
 * The candidates: the best-scoring entries that are not replaced by another pack's, of the type asked for, and
 * matched by the text's own words. An entry matched only through function words and word pairs is not a
 * suggestion (nothing would explain it), unless the text says one of its titles or triggers word for word ("hello"
 * for a greeting template).
 */
export function candidates(q: Query, corpus: Corpus, scores: Scores, options: SearchOptions): number[] {
  const saysWhole = (doc: number) => corpus.hasFunctionPhrase(doc) && saysOne(q, corpus.verbatim(doc), 1);
  // Condolences wait for a death in the text: "lost my father's phone" shares words with them, and is no death.
  const bereaved = q.cues.some((c) => c.kind === 'bereavement');
  const type = options.type ? corpus.code(options.type) : 0;
  const keep = (doc: number) =>
    corpus.shadowed[doc] === 0 &&
    (!options.type || corpus.type[doc] === type) &&
    (scores.said[doc] === 1 || saysWhole(doc)) &&
    (bereaved || corpus.answersDeath[doc] === 0);
  const docs = scores.top(RERANK, keep);
  if (!q.settled) return docs;
  // A closing thanks after a long thread: the closings its thanks reaches are candidates, whatever the topic's words
  // scored (a subject and an earlier message about a refund outscore "Thanks, got it!" thirty times over).
  for (const doc of scores.top(CLOSINGS, (d) => keep(d) && answersThanks(corpus.docs[d]!))) if (!docs.includes(doc)) docs.push(doc);
  return docs;
}

/** The closings a closing thanks brings among the candidates: a formal and an informal one, by channel. */
const CLOSINGS = 3;

/** A template whose tone answers thanks (a closing, TONES_FOR_CUE). */
const answersThanks = (d: Doc): boolean => d.entry.type === 'template' && TONES_FOR_CUE.gratitude.includes(d.entry.tone);

/**
 * The candidates with their final scores, in the order shown: entries that fit the stage first, and among them the
 * templates of the SOP step the agent is at, then best first.
 */
/** `reorder` (the semantic stage) may reorder the sorted list before the SOP-first rule places the procedure. */
export function rank(q: Query, corpus: Corpus, scores: Scores, docs: number[], options: SearchOptions, reorder?: (ranked: Ranked[]) => void): Ranked[] {
  // Thanks are a closing only in a short latest message that goes on to nothing else (query.ts): thanks that sign off
  // a long request, or come before a "but" or a question, are politeness.
  const cueKinds: CueKind[] = [];
  for (const c of q.cues) if (c.kind !== 'gratitude' || q.closing) cueKinds.push(c.kind);
  // A customer who closes («Ευχαριστώ, το πήρα!») has taken the conversation to resolved, whatever the checklist says:
  // while the agent works through an SOP, the closing that answers them waits no more than on a new problem.
  const stage = q.closing ? 'resolved' : (options.stage ?? 'new');
  // While the agent works through an SOP, its current step's templates lead (not before, nor once resolved).
  const step = new Set(stage === 'working' ? (options.step ?? []) : []);
  const bereaved = cueKinds.includes('bereavement');
  const praised = cueKinds.includes('praise');
  // Plain statements and indexed loops, no destructuring of arrays or iterating a list made for it: this runs once
  // per search, and the iteration protocol made it large, slow to optimise, and optimised only after hundreds of searches.
  const sop = corpus.code('sop');
  const template = corpus.code('template');
  // The agent's own query asks for what it names, whatever the stage: nothing waits (SearchOptions.anyStage).
  const at = options.anyStage ? STAGES.length : STAGES.indexOf(stage);
  const relevant = relevance(q, corpus, scores, docs, stage);
  const ranked: Ranked[] = [];
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    const d = corpus.docs[doc]!;
    // A death is the topic, whatever else the message is about: the entries that answer it lead (the SOP too).
    // The doc's flag is read first: a first bereaved text then takes no path the optimised code never saw.
    const death = corpus.answersDeath[doc] === 1 && bereaved ? DEATH_FIRST : 1;
    // Praise (unsoured, cues.ts) is what the message is about: the entries that answer it lead, over the topic it praises.
    const praises = corpus.answersPraise[doc] === 1;
    const answersPraise = praised && praises;
    // Sarcasm ("great job losing my parcel") answered with thanks is worse than no answer: those entries step back.
    const sarcasm = q.praiseSoured && praises ? SOURED_PRAISE : 1;
    const score = relevant[k]! * death * sarcasm;
    const topic = relevant[k]! * topicShare(scores, doc) * death;
    // Learning reorders close candidates only: bounded, and never part of the topic the SOP-first rule reads.
    const asked = options.learned?.get(`${d.pack.id}/${d.entry.id}`) ?? 1;
    const learned = Number.isFinite(asked) ? Math.min(MAX_BOOST, Math.max(1, asked)) : 1;
    const atStep = step.size > 0 && corpus.type[doc] === template && step.has(d.entry.id);
    // An entry that presupposes a later stage than the conversation's ("refund confirmed" on a new ticket) waits.
    ranked.push({ doc, d, score: score * learned, topic, boostedBy: answersPraise ? ['praise'] : [], waiting: corpus.stage[doc]! > at, atStep, closes: false, chosenBefore: learned > 1, mourns: death > 1, answersPraise });
  }
  const mood = showsMood(q);
  const calming = mood ? moodDocs(corpus).sops : NO_DOCS;
  const lead = leadingSop(ranked, corpus, scores, sop, calming);
  for (let k = 0; k < ranked.length; k++) {
    const r = ranked[k]!;
    if (corpus.type[r.doc] !== template) continue;
    const e = r.d.entry;
    if (e.type !== 'template') continue;
    if (q.cues.length > 0 && !moodFits(q, corpus, lead, r.doc)) {
      // Another topic's template: the mood's words («ακόμα περιμένω», «εδώ και μια εβδομάδα») say nothing for it.
      if (mood && scores.total[r.doc]! > 0 && !calms(corpus, calming, r.doc)) r.score *= topicShare(scores, r.doc);
      continue;
    }
    const fitting = fittingCues(cueKinds, e.tone);
    if (fitting.length) r.score *= CUE_BOOST;
    for (const k of fitting) r.boostedBy.push(k);
  }
  if (q.settled) closingFirst(ranked, corpus, template);
  if (options.stage === 'resolved' && lead >= 0 && options.type !== 'sop') closeWith(q, corpus, scores, ranked, lead);
  ranked.sort((x, y) => placeFirst(x, y) || y.score - x.score || compareDocs(x.d, y.d));
  if (reorder) reorder(ranked);
  if (options.anyStage && options.stage) laterAfterTies(q, corpus, ranked, STAGES.indexOf(options.stage));
  if (stage === 'new' && options.type !== 'template') sopFirst(ranked, corpus, sop, mood ? calming : undefined);
  if (q.chaser) updateForChaser(q, corpus, withChaserAnswers(q, corpus, scores, ranked, options, stage));
  return ranked;
}

const NO_DOCS: ReadonlySet<number> = new Set();

/**
 * The customer thanks for a problem they say is over («Το παρέλαβα, ευχαριστώ πολύ!», query.ts settled): the template
 * that answers it best comes first, before the topic's entries, as praise is answered before the topic praised: a
 * closing (its tone fits the thanks) or the follow-up made for the resolved stage («Χαίρομαι που λύθηκε…», the check
 * that the money arrived). A confirmation is no answer: the customer has just said it (and after a refund thread, the
 * double charge's would be another topic's). One only: the rest of the list stays as the words rank it.
 */
function closingFirst(ranked: Ranked[], corpus: Corpus, template: number): void {
  const resolved = STAGES.indexOf('resolved');
  let best: Ranked | undefined;
  for (const r of ranked) {
    const e = r.d.entry;
    if (corpus.type[r.doc] !== template || e.type !== 'template') continue;
    if (!answersThanks(r.d) && !(corpus.stage[r.doc] === resolved && e.tone === 'follow-up')) continue;
    if (!best || r.score > best.score) best = r;
  }
  if (best) best.closes = true;
}

/**
 * Resolved, the entries made for that stage that the topic's SOP links (the confirmation of its refund, its closing,
 * the check after the fix) come first, whether or not the customer's last words share theirs: marking the interaction
 * resolved is the agent saying what comes next («Ναι, τώρα δουλεύει κανονικά» names no closing).
 */
function closeWith(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], lead: number): void {
  const resolved = STAGES.indexOf('resolved');
  const extra: number[] = [];
  for (const doc of linkedTemplates(corpus, lead)) {
    if (corpus.stage[doc] !== resolved || corpus.shadowed[doc] === 1) continue;
    const r = ranked.find((x) => x.doc === doc);
    if (r) r.closes = true;
    else extra.push(doc);
  }
  pushExtra(q, corpus, scores, ranked, extra, 'resolved', true);
}

/**
 * A chaser after a complaint: the update templates that are no candidate yet join the list (a refund mail outscores
 * "Any news?" many times over), after the meaning stage, whose closeness is relative to the candidates it read. Not
 * those replaced by another pack's, nor of another type than asked for.
 */
function withChaserAnswers(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], options: SearchOptions, stage: Stage): Ranked[] {
  const type = options.type ? corpus.code(options.type) : 0;
  const extra: number[] = [];
  for (const doc of chaserAnswers(corpus).keys()) {
    if (corpus.shadowed[doc] === 1 || (options.type && corpus.type[doc] !== type) || ranked.some((r) => r.doc === doc)) continue;
    extra.push(doc);
  }
  return pushExtra(q, corpus, scores, ranked, extra, stage, false);
}

/** Entries that join the list after ranking (they come first when `closes`); returns ranked. */
function pushExtra(q: Query, corpus: Corpus, scores: Scores, ranked: Ranked[], extra: number[], stage: Stage, closes: boolean): Ranked[] {
  const relevant = relevance(q, corpus, scores, extra, stage);
  const at = STAGES.indexOf(stage);
  for (let k = 0; k < extra.length; k++) {
    const doc = extra[k]!;
    const d = corpus.docs[doc]!;
    const score = relevant[k]!;
    ranked.push({ doc, d, score, topic: score, boostedBy: [], waiting: corpus.stage[doc]! > at, atStep: false, closes, chosenBefore: false, mourns: false, answersPraise: false });
  }
  return ranked;
}

/**
 * The agent's own query waits for no stage (what it names comes up), but among the entries it names about equally
 * (within LATER_TIES of the best) those that presuppose a later stage than the conversation's come after the ones that
 * fit it: «διπλή χρέωση» typed on a new double-charge ticket names the apology and the confirmation that the refund is
 * done alike, and the apology is the one to send now. Not removed, nor moved past an entry outside the tie: the one
 * the query names clearly better leads whatever its stage («κλείσιμο» on a new ticket). A later entry whose title or
 * trigger phrase says every content word of the query keeps its place when no fitting entry of the tie is named so:
 * "closing" says «Closing the conversation» and only reaches the out-of-hours reply through its "closed".
 */
function laterAfterTies(q: Query, corpus: Corpus, ranked: Ranked[], at: number): void {
  let best = 0;
  for (let k = 0; k < ranked.length; k++) best = Math.max(best, ranked[k]!.score);
  let n = 0;
  while (n < ranked.length && ranked[n]!.score >= LATER_TIES * best) n++;
  const tie = ranked.slice(0, n);
  const later = (r: Ranked) => corpus.stage[r.doc]! > at;
  if (tie.every(later) || !tie.some(later)) return;
  const namedFitting = tie.some((r) => !later(r) && namesAll(q, corpus.phrases(r.doc)));
  const waits = (r: Ranked) => later(r) && (namedFitting || !namesAll(q, corpus.phrases(r.doc)));
  const order = [...tie.filter((r) => !waits(r)), ...tie.filter(waits)];
  for (let k = 0; k < n; k++) ranked[k] = order[k]!;
  monotone(ranked, n);
}

/**
 * The scores the first `n` of the list had, best first, given out again in its new order (after a reordering: the
 * meaning stage, a stage's ties): what reads a suggestion's score (the overlay's confidence line, the templates'
 * language votes) sees the scores never rising down the list.
 */
export function monotone(ranked: Ranked[], n = ranked.length): void {
  const scores = ranked.slice(0, n).map((r) => r.score).sort((a, b) => b - a);
  for (let k = 0; k < n; k++) ranked[k]!.score = scores[k]!;
}

/** Whether one of the entry's phrases (title, triggers) holds every content word of the text (by a reading or a hit). */
function namesAll(q: Query, phrases: string[][][]): boolean {
  const content = q.words.filter((w) => w.content);
  return content.length > 0 && phrases.some((words) => content.every((w) => words.some((alts) => w.variants.some((v) => alts.includes(v.term)) || w.hits.some((h) => alts.includes(h)))));
}

/**
 * The order that comes before any score: what fits the conversation's stage, then the templates of the step the agent
 * is at, then the entries that answer a death told in the text (they lead whatever one rare word of the rest scored:
 * «κηδεία χθες και δεν πρόλαβα να πληρώσω»), then those that answer praise («Συγχαρητήρια, κάποιος σηκώνει το
 * τηλέφωνο» is no call-back request). Negative: x first.
 */
export function placeFirst(x: Ranked, y: Ranked): number {
  return (
    Number(x.waiting) - Number(y.waiting) || Number(y.atStep) - Number(x.atStep) || Number(y.closes) - Number(x.closes) ||
    Number(y.mourns) - Number(x.mourns) ||
    Number(y.answersPraise) - Number(x.answersPraise)
  );
}

/** The text's cues that a template of this tone answers. */
function fittingCues(cueKinds: readonly CueKind[], tone: Tone): CueKind[] {
  const out: CueKind[] = [];
  for (const k of cueKinds) if (TONES_FOR_CUE[k].includes(tone)) out.push(k);
  return out;
}

/**
 * How well each candidate fits the text before any mood boost (in the order of `docs`): its BM25F total, raised by a
 * title or trigger phrase the text covers, by covering more of the text's content words, by the customer's language
 * and, at the resolved stage, by being made for it.
 */
function relevance(q: Query, corpus: Corpus, scores: Scores, docs: number[], stage: Stage): number[] {
  const positions = wordPositions(q);
  const found = foundWords(q);
  const lang = q.lang ? corpus.code(q.lang) : -1;
  const resolved = STAGES.indexOf('resolved');
  const out: number[] = [];
  // Plain functions, no closures: this runs once per search, and a closure per search was garbage and __name calls.
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    const phrases = corpus.phrases(doc);
    const near = phraseBonus(phrases, positions, q.sequence);
    // The word-for-word check reads the entry's phrases anew; it is only made where it could raise the score.
    const mayBeSaid = near < EXACT_PHRASE && (corpus.hasFunctionPhrase(doc) || phraseMayBeSaid(phrases, positions, q));
    const written = mayBeSaid && saysOne(q, corpus.verbatim(doc), 2) ? EXACT_PHRASE : 1;
    let score = scores.total[doc]! * Math.max(written, near);
    if (found > 1) score *= Math.pow((1 + scores.coverage[doc]!) / (1 + found), COORD);
    if (q.lang) score *= corpus.lang[doc] === lang ? SAME_LANGUAGE_BOOST : OTHER_LANGUAGE;
    if (corpus.stage[doc] === resolved && stage === 'resolved') score *= RESOLVED_STAGE;
    out.push(score);
  }
  return out;
}

/** Whether the text says one of the phrases (of at least `min` words) word for word. */
function saysOne(q: Query, phrases: readonly PhraseKeys[], min: number): boolean {
  for (let i = 0; i < phrases.length; i++) if (phrases[i]!.length >= min && containsPhrase(q.keys, phrases[i]!)) return true;
  return false;
}

/** The share of a document's score that the text's words other than its mood words gave it. */
const topicShare = (scores: Scores, doc: number): number => {
  const total = scores.total[doc]!;
  return total > 0 ? Math.max(0, total - scores.mood[doc]!) / total : 0;
};

/**
 * The SOP of the text's topic: the candidate SOP that fits the topic best once ranked (the one the list leads
 * with), so the mood raises that SOP's own templates; when no SOP is a candidate (templates asked for), the
 * SOP whose first-pass score the topic's words gave most.
 */
// Indexed loops, and the fallback looked for on every search (one loop over typed arrays): a fallback first met after
// V8 had optimised rank (no candidate SOP) de-optimised all of rank, and the iterators and destructuring that kept
// this too large to inline made it one of the costliest compiles of the first few hundred searches.
function leadingSop(ranked: Ranked[], corpus: Corpus, scores: Scores, sop: number, calming: ReadonlySet<number>): number {
  let lead = -1;
  let leadTopic = 0;
  for (let k = 0; k < ranked.length; k++) {
    const r = ranked[k]!;
    if (corpus.type[r.doc] === sop && r.topic > 0 && !calming.has(r.doc) && (lead < 0 || r.topic > leadTopic)) {
      lead = r.doc;
      leadTopic = r.topic;
    }
  }
  const fallback = scores.topicLeader(sop);
  return lead >= 0 ? lead : fallback;
}

/**
 * A new problem brings its procedure first: the agent follows the SOP's steps before sending a template (an
 * apology a mood raised, a repeat-contact note). The best SOP leads when it fits the topic nearly as well as any
 * entry before it; a weaker SOP is another topic and stays where it is. Topic, not mood: what the mood's words
 * («τρίτη φορά», «απαράδεκτο») and its boost gave an entry says nothing about which problem this is. When the text
 * shows a mood (`calming`: the de-escalation SOPs), the de-escalation SOP gives its place to the SOP of the problem
 * when the topic fits that one clearly better (problemSop), and is no rival to it: it comes after.
 */
function sopFirst(ranked: Ranked[], corpus: Corpus, sop: number, calming?: ReadonlySet<number>): void {
  let i = firstSop(ranked, corpus, sop);
  if (i >= 0 && calming?.has(ranked[i]!.doc)) i = problemSop(ranked, corpus, sop, calming, i);
  if (i <= 0) return;
  let rival = -Infinity;
  for (let k = 0; k < i; k++) if (!calming?.has(ranked[k]!.doc)) rival = Math.max(rival, ranked[k]!.topic);
  const first = ranked[i]!;
  // The thanks for praise stay before the procedure of the topic praised.
  if (ranked[0]!.answersPraise && !first.answersPraise) return;
  if (first.topic < SOP_LEADS * rival) return;
  // A text that is mostly mood («This is the third time I've explained…») is answered by the mood's entries first.
  if (calming && first.topic < TOPIC_OVER_MOOD * ranked[0]!.score) return;
  for (let k = i; k > 0; k--) ranked[k] = ranked[k - 1]!;
  ranked[0] = first;
}

/** The first SOP shown that fits the stage (-1: none). */
function firstSop(ranked: Ranked[], corpus: Corpus, sop: number): number {
  let i = 0;
  while (i < ranked.length && (corpus.type[ranked[i]!.doc] !== sop || ranked[i]!.waiting)) i++;
  return i < ranked.length ? i : -1;
}

/**
 * The de-escalation SOP at `calm` shown first: the SOP of the problem takes its place when the text's topic words fit
 * it clearly better (by SOP_LEADS); a text that is all mood («Με κοροϊδεύετε κανονικά») keeps the de-escalation SOP.
 */
function problemSop(ranked: Ranked[], corpus: Corpus, sop: number, calming: ReadonlySet<number>, calm: number): number {
  let best = calm;
  let bar = ranked[calm]!.topic / SOP_LEADS;
  for (let k = 0; k < ranked.length; k++) {
    const r = ranked[k]!;
    if (corpus.type[r.doc] !== sop || r.waiting || calming.has(r.doc) || r.topic < bar) continue;
    best = k;
    bar = r.topic;
  }
  return best;
}

/** Whether a de-escalation SOP links the template (its calming entries answer the mood, whatever the topic). */
function calms(corpus: Corpus, calming: ReadonlySet<number>, doc: number): boolean {
  for (const s of corpus.linkingSops(doc)) if (calming.has(s)) return true;
  return false;
}

/** Where each term (any reading or hit of a word) stands in the text, for the phrase bonus. */
// Plain loops: a closure per word of a long message was most of what ranking allocated.
function wordPositions(q: Query): Positions {
  const positions: Positions = new Map();
  for (let i = 0; i < q.sequence.length; i++) {
    const w = q.sequence[i]!;
    for (let k = 0; k < w.variants.length; k++) notePosition(positions, w.variants[k]!.term, i);
    for (let k = 0; k < w.hits.length; k++) notePosition(positions, w.hits[k]!, i);
  }
  return positions;
}

function notePosition(positions: Positions, term: string, i: number): void {
  const at = positions.get(term);
  if (!at) positions.set(term, [i]);
  else if (at[at.length - 1] !== i) at.push(i);
}

/**
 * Whether a title or trigger may be in the text word for word: each of its words as the index holds it is in the
 * text (by a reading, a hit or a loose key). A phrase without such words is flagged by the index
 * (Corpus.hasFunctionPhrase); so most candidates need none of their phrases read anew.
 */
function phraseMayBeSaid(phrases: string[][][], positions: Positions, q: Query): boolean {
  for (let p = 0; p < phrases.length; p++) {
    const words = phrases[p]!;
    let all = true;
    for (let w = 0; w < words.length; w++) {
      const alternatives = words[w]!;
      if (anyIn(alternatives, positions) || anyIn(alternatives, q.keys.at)) continue;
      all = false;
      break;
    }
    if (all) return true;
  }
  return false;
}

/**
 * A title or trigger phrase whose words all occur in the text is the trainer saying "this is the case": the more
 * of a multi-word phrase is covered, and the more of its words stand next to each other in the text too, the
 * larger the bonus.
 */
function phraseBonus(phrases: string[][][], positions: Positions, sequence: readonly Word[]): number {
  // Plain loops: this runs for every phrase of every candidate, and closures per word were most of a search's garbage.
  let best = 1;
  for (let p = 0; p < phrases.length; p++) {
    const words = phrases[p]!;
    if (words.length < 2) continue;
    let covered = 0;
    let pairs = 0;
    for (let i = 0; i < words.length; i++) {
      if (anyIn(words[i]!, positions)) covered++;
      if (i + 1 < words.length && anyAdjacent(words[i]!, words[i + 1]!, positions, sequence)) pairs++;
    }
    const c = covered / words.length;
    if (c < 0.5) continue;
    const coverage = 0.6 * c * c * Math.min(1, words.length / 3 + 0.34);
    best = Math.max(best, (1 + coverage) * (1 + (ADJACENT * pairs) / (words.length - 1)));
  }
  return best;
}

/** Whether one of a word's alternative terms is in the text. */
function anyIn(alternatives: string[], positions: Positions): boolean {
  for (let i = 0; i < alternatives.length; i++) if (positions.has(alternatives[i]!)) return true;
  return false;
}

/** Whether an alternative of word `a` stands right before one of word `b` (not a word repeated: "very very"). */
function anyAdjacent(a: string[], b: string[], positions: Positions, sequence: readonly Word[]): boolean {
  for (let j = 0; j < a.length; j++) {
    const pa = positions.get(a[j]!);
    if (!pa) continue;
    for (let k = 0; k < b.length; k++) {
      const pb = positions.get(b[k]!);
      if (!pb) continue;
      for (let n = 0; n < pa.length; n++) {
        const i = pa[n]!;
        if (i + 1 < sequence.length && sequence[i] !== sequence[i + 1] && pb.includes(i + 1)) return true;
      }
    }
  }
  return false;
}

/**
 * A mood (anger, a repeat contact) raises the fitting templates of the text's own topic, never another topic's
 * apology: a template linked from SOPs counts only when one of them is the leading SOP of this text, or an SOP the
 * text reached through the mood's own words (de-escalation); a template no SOP links is general and always fits.
 */
function moodFits(q: Query, corpus: Corpus, lead: number, doc: number): boolean {
  const sops = corpus.linkingSops(doc);
  if (sops.length === 0) return true;
  for (const s of sops) if (s === lead || moodSop(q, corpus, s)) return true;
  return false;
}

/** Whether the text reached `sop` through its mood words only (at least one, and no other of its words). */
function moodSop(q: Query, corpus: Corpus, sop: number): boolean {
  let own = 0;
  for (let k = 0; k < q.words.length; k++) {
    const w = q.words[k]!;
    let has = false;
    for (let i = 0; i < w.strong.length && !has; i++) has = corpus.hasDoc(w.strong[i]!, sop);
    if (!has) continue;
    if (!w.mood) return false;
    own++;
  }
  return own > 0;
}
