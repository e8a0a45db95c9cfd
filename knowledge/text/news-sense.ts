/**
 * "News" is one sense however it is said: the Greek noun «νέα»/«νέο» («δεν έχω νέα», «κανένα νέο;», «υπάρχουν νέα
 * για την παραγγελία μου;»), the English "news", and "update" after "any", "no", "an" ("any update on my refund?").
 * Each is read as one term, NEWS, in the triggers as in the customer's text, so a message that asks for news meets the
 * triggers that ask for it in either language, and neither meets the adjective «νέα κάρτα», "new card".
 *
 * Before, only the message told the Greek noun from the adjective (it counted as a weak «νέα», still meeting «νέα
 * κάρτα» in the triggers), the English stemmer made "news" "new", and "any update" shared nothing with "any news".
 * «νεότερα»/«νεότερο» keep their own term: no adjective in the triggers shares it, and read as NEWS the «κάτι
 * νεότερο» of the update templates' bodies put the late-delivery apology before the status update for a customer
 * who «δεν έχει νέα» (el-tune8 top-1 86.4% → 86.1%; 86.4% without them).
 */
import type { Token } from './fold';
import { greekKey, greeklishKeys } from './phonetic';
import { type Variant, queryVariants } from './analyze';

/** The term of the sense: in a key space of its own, so no prefix or typo fallback takes it for another word. */
export const NEWS = 's:news';

/** Greek forms (folded, and their Greeklish spellings) that may be the noun or the adjective. */
const GREEK_FORMS: ReadonlySet<string> = new Set(['νεα', 'νεο', 'nea', 'neo']);
/**
 * Words after which a Greek form is the noun, by their sound (so Greeklish and unaccented spellings count): having,
 * there is, awaiting, none, any, something, what, the («τα νέα»).
 */
const BEFORE_NEWS_WORDS = 'εχω εχετε εχει εχουμε ειχα υπαρχει υπαρχουν περιμενω αναμενω κανενα καθολου καποιο καποια κατι τι τα';
let beforeNews: ReadonlySet<string> | undefined;
/** Words after which "update" is the noun that asks for news ("any update", "no update on the tracking"). */
const BEFORE_UPDATE: ReadonlySet<string> = new Set(['any', 'no', 'an', 'some', 'latest']);
const UPDATE: ReadonlySet<string> = new Set(['update', 'updates']);

/** Which sense tokens[i] is read in: the noun "news" ('news'), "update" asking for news ('update'), or neither. */
export function newsSense(tokens: readonly Token[], i: number, lang?: 'el' | 'en'): 'news' | 'update' | null {
  const t = tokens[i]!;
  if (t.script !== 'latin' && t.script !== 'greek') return null;
  if (t.text === 'news') return 'news';
  if (UPDATE.has(t.text)) return i > 0 && BEFORE_UPDATE.has(tokens[i - 1]!.text) ? 'update' : null;
  // Greeklish is no spelling of an English entry's words.
  if (!GREEK_FORMS.has(t.text) || (lang === 'en' && t.script === 'latin')) return null;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // A noun after it makes it the adjective («έχω νέα κάρτα», «τα νέα προϊόντα»); a function or weak word does not
  // («δεν έχω νέα για την παραγγελία», «κανένα νέο ακόμα»).
  if (after && topicWord(after)) return null;
  return !before || afterNews(before) ? 'news' : null;
}

function afterNews(t: Token): boolean {
  const sounds = (beforeNews ??= new Set(BEFORE_NEWS_WORDS.split(' ').map(greekKey)));
  if (t.script === 'greek') return sounds.has(greekKey(t.text));
  if (t.script !== 'latin') return false;
  const keys = greeklishKeys(t.text);
  for (let k = 0; k < keys.length; k++) if (sounds.has(keys[k]!)) return true;
  return false;
}

/** A word that says what the text is about: a reading that is neither a function nor a weak word, as written. */
function topicWord(t: Token): boolean {
  const readings = queryVariants(t);
  for (let k = 0; k < readings.length; k++) if (!readings[k]!.weak && !readings[k]!.fn && !readings[k]!.layout) return true;
  return false;
}

/** The index terms of a word read in the news sense: NEWS, and for "update" its own term too. */
export function newsTerms(sense: 'news' | 'update', own: readonly string[]): readonly string[] {
  if (sense === 'news') return NEWS_TERMS;
  const out = [NEWS];
  for (let k = 0; k < own.length; k++) if (own[k]!.startsWith('e:')) out.push(own[k]!);
  return out;
}
const NEWS_TERMS: readonly string[] = [NEWS];

/** The readings of a word of the customer's text read in the news sense (see newsTerms). */
export function newsVariants(sense: 'news' | 'update', own: readonly Variant[]): readonly Variant[] {
  const out: Variant[] = [{ term: NEWS, factor: 1, layout: false, weak: false, fn: false }];
  if (sense === 'update') for (let k = 0; k < own.length; k++) if (own[k]!.term.startsWith('e:') && !own[k]!.layout) out.push(own[k]!);
  return out;
}
