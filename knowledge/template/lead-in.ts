import { parsePlaceholders } from './placeholders';
import { wordingsOf } from './wordings';

/** Words of context a lead-in keeps (a placeholder among them shown as «…» and not counted). */
const WORDS = 5;

/**
 * Where a sentence (or a list item, a line) ends: the words around a field are taken inside its own. A list's
 * number («3. ») ends nothing: it is the item's mark.
 */
const BOUNDARY = /(?<!^[ \t]*\d{1,3})[.!;?·:](?=\s|$)|\n/m;
/** The same, a label's colon not counted: «Η απόφασή μας: …», «- στον φορέα του κλάδου: …». */
const LINE_BOUNDARY = /(?<!^[ \t]*\d{1,3})[.!;?·](?=\s|$)|\n/m;
/** A list item's mark at the start of its line. */
const LIST_MARK = /^\s*(\d+[.)]|[-*•])\s+/;

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
/**
 * A lead-in of nothing but short words («Για …», «Για: …», «I …») says no more than a bare preposition: the agent
 * could not tell from it which choice it heads.
 */
const thin = (leadIn: string) => !/\p{L}{4}|\d/u.test(leadIn);

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

/** Where the text before `at` last ended a sentence (by `boundary`): the start of what follows it. */
function startOf(text: string, at: number, boundary: RegExp): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(new RegExp(boundary, 'gm'))) start = m.index + m[0].length;
  return start;
}

/** A field's place in the flattened body: what stands before it in its sentence and in its line, what follows it. */
interface Place {
  /** Its sentence up to it, a list mark left out. */
  lead: string;
  /** Its line's sentence up to it, a label's colon kept in: «Η απόφασή μας: ». */
  line: string;
  /** Its sentence after it. */
  tail: string;
  /** The body before its sentence. */
  above: string;
  /** The body before its line. */
  upper: string;
}

function placeOf(text: string, at: number): Place {
  const start = startOf(text, at, BOUNDARY);
  const rest = text.slice(at);
  const end = rest.search(BOUNDARY);
  return {
    lead: text.slice(start, at).replace(LIST_MARK, ''),
    line: text.slice(startOf(text, at, LINE_BOUNDARY), at).replace(LIST_MARK, ''),
    tail: end < 0 ? rest : rest.slice(0, end),
    above: text.slice(0, start),
    upper: text.slice(0, text.lastIndexOf('\n', at - 1) + 1),
  };
}

/**
 * The field in its own sentence: the few words before it («Τα μεταφορικά της επιστροφής …»), its line's label
 * («Η απόφασή μας: …»), the one before it and those after it («Για … χρειαζόμαστε»: «Για …» alone said nothing), or
 * the few after it when it starts the sentence («… θα σας καλέσει σήμερα …»).
 */
function inSentence({ lead, line, tail }: Place): string | undefined {
  const one = before(lead, 1);
  const next = after(tail, 1);
  return (
    before(lead, 2) ??
    (line !== lead ? before(line, 1) : undefined) ??
    (one && next ? `${one.slice(0, -1)}${next}` : undefined) ??
    after(tail, 2) ??
    one ??
    next
  );
}

/** The last line of the body above a field's sentence that says something (blank lines skipped), list mark and asides left out. */
function lineAbove(above: string): string {
  const lines = above.split('\n').filter((l) => real(l));
  // An aside «(αριθμός αποστολής …)» cut by the count of words would leave its bracket open.
  return (lines.at(-1) ?? '').replace(LIST_MARK, '').replace(/\s*\([^()]*\)/g, '');
}

/** The first words of a heading line up to what says nothing: «ΕΠΑΙΝΟΣ — … — αίτημα …» → «ΕΠΑΙΝΟΣ». */
function headingOf(line: string): string | undefined {
  const words = wordsOf(line);
  const n = words.findIndex((w) => !real(w));
  const head = words.slice(0, n < 0 ? words.length : n).slice(0, WORDS);
  return head.length ? head.join(' ') : undefined;
}

/** The words every wording starts with: «Η κάρτα σας με τελικά ψηφία … μπλοκαρίστηκε / … πάγωσε» → «Η κάρτα σας με τελικά ψηφία …». */
function sharedStart(options: string[]): string | undefined {
  if (options.length < 2) return undefined;
  const [first, ...others] = options.map(wordsOf);
  let n = 0;
  while (n < first!.length && others.every((o) => o[n] === first![n])) n++;
  const words = [...first!.slice(0, n), '…'];
  const shared = shown(words, 0, n, 2);
  return shared && !thin(shared) ? shared : undefined;
}

/**
 * Where a field goes in its template, in the template's own words: the few before it in its sentence
 * («Τα μεταφορικά της επιστροφής …»), its line's label («Κανάλι: …»), or, when it starts the sentence, the few after
 * it. A field that is a sentence or a line of its own: the words before it («… μέσα σε έναν μήνα. …»), or those its
 * wordings share. A form that asks two choices of wordings labelled both «Διαλέξτε διατύπωση», and the agent (and a
 * screen reader) could not tell which was which. Undefined only when nothing around it says anything.
 */
export function fieldLeadIn(body: string, label: string): string | undefined {
  const flat = flatten(body, label);
  if (!flat) return undefined;
  const place = placeOf(flat.text, flat.at);
  // Wordings that end their sentence («… μπλοκαρίστηκε οριστικά σήμερα.»): what follows is the next sentence's.
  if (/[.!;?·]$/.test(label)) place.tail = '';
  const own = inSentence(place);
  if (own && !thin(own)) return own;
  // «Για: …» under the note's heading «ΕΠΑΙΝΟΣ — …»: the heading says what it is for.
  const head = own && headingOf(lineAbove(place.upper));
  if (own && head && !thin(head)) return `${head} — ${own}`;
  if (own) return sharedStart(wordingsOf(label)) ?? own;
  // The sentence before it, unless that ends on a placeholder: «Για το αίτημα …» read as if the field went there
  // (a line that leads into it with a colon, «Όπως συμφωνήσαμε σήμερα, …:», still does).
  const above = lineAbove(place.above).trim();
  const previous = real(wordsOf(above).at(-1) ?? '') || above.endsWith(':') ? before(above, 1) : undefined;
  return (previous && !thin(previous) ? previous : undefined) ?? sharedStart(wordingsOf(label)) ?? following(flat.text.slice(flat.at));
}

/** The first words of the sentence after a field that is one of its own: «… Αν χρειάζεστε κάτι ακόμη …». */
function following(rest: string): string | undefined {
  const next = rest.replace(/^[\s.!;?·:]+/, '');
  const end = next.search(BOUNDARY);
  const words = after(end < 0 ? next : next.slice(0, end), 2);
  return words && !thin(words) ? words : undefined;
}

/**
 * The lead-ins of a template's fields that offer wordings, by label (those with none left out). Two alike (two
 * choices under one label) are told apart by their wordings.
 */
export function choiceLeadIns(body: string, fields: readonly string[]): Record<string, string> {
  const leadIns: Record<string, string> = {};
  for (const label of fields) {
    const lead = wordingsOf(label).length ? fieldLeadIn(body, label) : undefined;
    if (lead) leadIns[label] = lead;
  }
  const all = Object.values(leadIns);
  for (const [label, lead] of Object.entries(leadIns)) {
    if (all.indexOf(lead) !== all.lastIndexOf(lead)) leadIns[label] = `${lead} (${wordingsOf(label).join(', ')})`;
  }
  return leadIns;
}
