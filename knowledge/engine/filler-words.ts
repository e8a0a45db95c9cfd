/**
 * Words that match entries but never say why a suggestion fits, for the explanation only (scores do not read this):
 * very common verbs of coming, going and passing («ήρθε», «πέρασαν», "found"), "other", units of time and question
 * words. A customer writes «πέρασαν δύο μέρες και δεν ήρθε» about any delay; the card names «καθυστέρηση», not «ήρθε».
 * Read as terms (the words' own index readings), so every form the stemmer joins is covered: «ήρθε», «έρθει».
 */
import { tokenize } from '../text/fold';
import { indexTerms } from '../text/analyze';

const GREEK = 'ήρθε έρθει έρχεται πέρασαν πέρασε πάει πήγε φύγει έφυγε βρήκα άλλη άλλες άλλο άλλος μέρα μέρες εβδομάδα εβδομάδες';
const ENGLISH = 'come came go went get got found find why out another other day days week weeks';

let terms: ReadonlySet<string> | undefined;

/** The filler terms, read once on first need (no work at module load). */
function fillerTerms(): ReadonlySet<string> {
  if (terms) return terms;
  const out = new Set<string>();
  for (const t of tokenize(GREEK)) for (const term of indexTerms(t, 'el')) out.add(term);
  for (const t of tokenize(ENGLISH)) for (const term of indexTerms(t, 'en')) out.add(term);
  terms = out;
  return out;
}

/** Whether a matched word (by the terms it matched) is filler: a count («δύο», "two"), or one of the words above. */
export function isFiller(matched: readonly string[]): boolean {
  const filler = fillerTerms();
  for (let i = 0; i < matched.length; i++) {
    const t = matched[i]!;
    if (t.startsWith('n:') || filler.has(t)) return true;
  }
  return false;
}
