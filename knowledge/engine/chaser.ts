/**
 * A chaser ("Any news?", «Υπάρχει κάποια εξέλιξη;», «Ακόμα περιμένω») as the customer's short latest message after an
 * earlier complaint (query.ts `chaser`): the moment asks for a progress update, while the thread's topic (the refund,
 * the parcel) still says which procedure is followed. The update template comes among the first three, after the
 * topic's lead; the rest keeps the order the whole thread's words give it.
 *
 * Which templates give that update is pack data, read as praise's answers are (cues.ts answersPraise): a follow-up
 * template for no later stage whose triggers read as a chaser ("any update", «καμία ενημέρωση»).
 */
import { STAGES } from '../types';
import type { Corpus } from './corpus';
import { readsAsChaser } from './cues';
import type { Query } from './query';
import type { Ranked } from './rank';

/** Where the update template is placed when the words left it lower: after the topic's lead. */
const CHASER_PLACE = 1;
/** The first places a chaser's update must be in. */
const TOP = 3;

/** The templates each corpus has for a chaser, with how many of their triggers read as one: read once, on its first chaser. */
const answers = new WeakMap<Corpus, ReadonlyMap<number, number>>();

/** The templates that give a chaser its update (see the file's comment), with how many of their triggers read as a chaser. */
export function chaserAnswers(corpus: Corpus): ReadonlyMap<number, number> {
  let docs = answers.get(corpus);
  if (docs) return docs;
  const resolved = STAGES.indexOf('resolved');
  const found = new Map<number, number>();
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    const e = corpus.docs[doc]!.entry;
    if (e.type !== 'template' || e.tone !== 'follow-up' || corpus.stage[doc] === resolved) continue;
    const chasers = (e.triggers ?? []).filter(readsAsChaser).length;
    if (chasers) found.set(doc, chasers);
  }
  answers.set(corpus, (docs = found));
  return docs;
}

/**
 * When no update template is in the first three, the best of them moves to CHASER_PLACE: in the customer's language,
 * then the one made most for chasers (the most triggers that read as one: the general progress update over a
 * complaint's holding reply, which one "what happened with my complaint" makes an update too), then the higher score.
 * A chaser's own words are few and say little more than that it is one («Ακόμα περιμένω»): the scores of such
 * templates are the thread's words, and mostly function words. Nothing moves for a text that is no chaser.
 */
export function updateForChaser(q: Query, corpus: Corpus, ranked: Ranked[]): void {
  if (!q.chaser || ranked.length <= CHASER_PLACE) return;
  const made = chaserAnswers(corpus);
  const lang = q.lang ? corpus.code(q.lang) : -1;
  let best = -1;
  for (let k = 0; k < ranked.length; k++) {
    const r = ranked[k]!;
    if (!made.has(r.doc) || r.waiting) continue;
    if (k < TOP) return;
    if (best < 0 || better(r, ranked[best]!, corpus, lang, made)) best = k;
  }
  if (best < 0) return;
  const [update] = ranked.splice(best, 1);
  ranked.splice(CHASER_PLACE, 0, update!);
}

/** In the customer's language before another, then the one more triggers make an update, then the higher score. */
function better(x: Ranked, y: Ranked, corpus: Corpus, lang: number, made: ReadonlyMap<number, number>): boolean {
  const own = (r: Ranked) => Number(corpus.lang[r.doc] === lang);
  if (own(x) !== own(y)) return own(x) > own(y);
  const [mx, my] = [made.get(x.doc)!, made.get(y.doc)!];
  return mx !== my ? mx > my : x.score > y.score;
}
