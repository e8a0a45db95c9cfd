/**
 * Triggers the engine can never match: no word survives tokenising (only punctuation, symbols, emoji or long
 * numbers), or only function words beyond what the word-for-word check reads. Function words alone are fine
 * otherwise: «καλησπέρα», "hello" bring up a greeting template when the customer writes them.
 */
import type { Entry } from '../types';
import { said, type Said } from './problem-words';
import { countTokens, tokenize } from '../text/fold';
import { indexTerms } from '../text/analyze';

/** Longest trigger of function words only that the engine still matches word for word (see exact-phrase.ts). */
const LONGEST_VERBATIM = 12;

export function unmatchableTriggers(entry: Entry): Array<{ trigger: string; why: Said }> {
  const lang = entry.lang === 'en' ? 'en' : 'el';
  const out: Array<{ trigger: string; why: Said }> = [];
  for (const trigger of entry.triggers ?? []) {
    // Counted first: only a long trigger needs its words folded and looked at.
    const words = countTokens(trigger, LONGEST_VERBATIM + 1);
    if (words === 0) out.push({ trigger, why: said('trigger.noWords') });
    else if (words > LONGEST_VERBATIM && tokenize(trigger).every((t) => indexTerms(t, lang).length === 0)) {
      out.push({ trigger, why: said('trigger.functionWords', { max: LONGEST_VERBATIM }) });
    }
  }
  return out;
}
