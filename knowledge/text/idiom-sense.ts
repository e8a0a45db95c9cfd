/**
 * «Σπάω» ("break") in two idioms where nothing breaks: «να το σπάσουμε σε δόσεις» (split a bill into instalments) and
 * «μου σπάει τα νεύρα» (gets on my nerves). Read by its stem, the verb met «σπασμένο» ("broken"): a customer whose vase
 * came broken got the financial-hardship and angry-customer SOPs, "matched: σπασμένο", through their triggers' idioms.
 * The verb before «(σε …) δόσεις» or «(τα) νεύρα» is read as one term of its idiom's sense instead, in the triggers as in
 * the customer's text (as news-sense.ts reads «νέα» the noun), so it meets the same idiom and never "broken". The noun
 * keeps its own term: «δόσεις» still meets «πληρωμή σε δόσεις», «νεύρα» the angry customer's tag.
 * «Μου τη δίνει» is left alone: «μου την έδωσε» is as often a card or a receipt handed over.
 */
import type { Token } from './fold';
import { indexTerms } from './analyze';

/** The terms of the senses: in a key space of their own (see news-sense.ts NEWS). */
export const INSTALMENTS = 's:instalments';
export const NERVES = 's:nerves';

/** Stems (Greek and Greeklish readings alike) of «σπάω»'s forms: σπάσω/σπάσουμε/σπάσει/σπάσατε, σπάει, σπάνε, σπάμε, έσπασε, σπάστε. */
const BREAK_STEMS: ReadonlySet<string> = new Set(['p:spas', 'p:spa', 'p:spe', 'p:span', 'p:spam', 'p:espa', 'p:spast']);
/** The nouns that make the verb an idiom: δόση/δόσεις/δόσεων, νεύρα. */
const IDIOM_NOUNS: ReadonlyMap<string, string> = new Map([
  ['p:dos', INSTALMENTS],
  ['p:dose', INSTALMENTS],
  ['p:nefr', NERVES],
]);
/** How far after the verb the noun may be: «σπάσω σε 3 δόσεις», «σπάσει τα νεύρα», «σπάσουμε σε τρεις μηνιαίες δόσεις». */
const REACH = 4;

/** The idiom sense tokens[i] is read in (INSTALMENTS or NERVES), or null when it is no «σπάω» of an idiom. */
export function idiomSense(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  if ((t.script !== 'greek' && t.script !== 'latin') || !someIn(indexTerms(t, 'el'), BREAK_STEMS)) return null;
  // «σπασμένο σε δόσεις» is no idiom, and a broken thing is never said so.
  if (/μεν|men/.test(t.text)) return null;
  for (let k = i + 1; k < tokens.length && k <= i + REACH; k++) {
    const terms = indexTerms(tokens[k]!, 'el');
    for (let j = 0; j < terms.length; j++) {
      const sense = IDIOM_NOUNS.get(terms[j]!);
      if (sense) return sense;
    }
  }
  return null;
}

function someIn(terms: readonly string[], set: ReadonlySet<string>): boolean {
  for (let k = 0; k < terms.length; k++) if (set.has(terms[k]!)) return true;
  return false;
}
