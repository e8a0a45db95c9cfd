import { parsePlaceholders } from './placeholders';
import { wordingsOf } from './wordings';

/** Words of context a lead-in keeps (a placeholder among them shown as «…» and not counted). */
const WORDS = 5;

/** Where a sentence (or a list item, a line) ends: the words around a field are taken inside its own. */
const BOUNDARY = /[.!;?·:](?=\s|$)|\n/;

/** The body with every placeholder as «…», the field's own as a mark at its place. */
function flatten(body: string, label: string): { text: string; at: number } | undefined {
  let text = '';
  let at = -1;
  let from = 0;
  for (const p of parsePlaceholders(body).placeholders) {
    text += body.slice(from, p.start);
    if (at < 0 && p.kind === 'field' && p.label === label) at = text.length;
    else text += '…';
    from = p.end;
  }
  text += body.slice(from);
  return at < 0 ? undefined : { text, at };
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
/** A word of the template's own (a placeholder's «…», a dash or a lone comma says nothing). */
const real = (word: string) => /\p{L}|\d/u.test(word);
const counted = (words: string[]) => words.filter(real).length;

/** `words[from, to)` without what says nothing at either end, an «…» where more stood: «… αργότερο σε … εργάσιμες, θα …». */
function shown(words: string[], from: number, to: number, min: number): string | undefined {
  let [i, n] = [from, to];
  while (i < n && !real(words[i]!)) i++;
  while (n > i && !real(words[n - 1]!)) n--;
  if (counted(words.slice(i, n)) < min) return undefined;
  return `${i > 0 ? '… ' : ''}${words.slice(i, n).join(' ')}${n < words.length ? ' …' : ''}`;
}

/** The last words before the field, back to its sentence's start (the field itself shown as «…» after them). */
function before(sentence: string, min: number): string | undefined {
  const words = [...wordsOf(sentence), '…'];
  let i = words.length - 1;
  while (i > 0 && counted(words.slice(i)) < WORDS) i--;
  return shown(words, i, words.length - 1, min);
}

/** The first words after a field that starts its sentence (the field shown as «…» before them): «… θα σας καλέσει σήμερα …». */
function after(sentence: string, min: number): string | undefined {
  const words = ['…', ...wordsOf(sentence)];
  let n = 1;
  while (n < words.length && counted(words.slice(0, n)) < WORDS) n++;
  // Cut short, it ends on a word that says something, not on an article or a particle («… σήμερα το …»).
  while (n < words.length && n > 2 && words[n - 1]!.length <= 3) n--;
  return shown(words, 1, n, min);
}

/**
 * Where a field goes in its template, in the template's own words: the few before it in its sentence
 * («Τα μεταφορικά της επιστροφής …»), or, when it starts the sentence, the few after it. A form that asks two choices
 * of wordings labelled both «Διαλέξτε διατύπωση», and the agent (and a screen reader) could not tell which was which.
 * Undefined when the field stands alone (a list item of its own): the form says its generic words then.
 */
export function fieldLeadIn(body: string, label: string): string | undefined {
  const flat = flatten(body, label);
  if (!flat) return undefined;
  const { text, at } = flat;
  let start = 0;
  for (const m of text.slice(0, at).matchAll(new RegExp(BOUNDARY, 'g'))) start = m.index + m[0].length;
  const lead = text.slice(start, at).replace(/^\s*(\d+[.)]|[-*•])\s+/, '');
  const rest = text.slice(at);
  const end = rest.search(BOUNDARY);
  const tail = end < 0 ? rest : rest.slice(0, end);
  // One word before it («Για …») says less than a few after it; it is still better than none.
  return before(lead, 2) ?? after(tail, 2) ?? before(lead, 1) ?? after(tail, 1);
}

/** The lead-ins of a template's fields that offer wordings, by label (those with none left out). */
export function choiceLeadIns(body: string, fields: readonly string[]): Record<string, string> {
  const leadIns: Record<string, string> = {};
  for (const label of fields) {
    const lead = wordingsOf(label).length ? fieldLeadIn(body, label) : undefined;
    if (lead) leadIns[label] = lead;
  }
  return leadIns;
}
