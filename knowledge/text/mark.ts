import { looseKeys } from './analyze';
import { tokenize } from './fold';

/**
 * Text split into plain and marked pieces for "why it matched": views render each piece as a text node (inside
 * <mark> when marked), so pack or page text is never parsed as HTML. Pure: the background marks, views render.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The engine's readings of a word (its stems, Greeklish and wrong-layout forms included); a short word only as it
 * is written (folded), since short stems of different words meet (παρά, πάρει).
 */
const readings = (word: string) =>
  tokenize(word).flatMap((t) => (t.text.length < 4 ? [`=${t.text}`] : looseKeys(t)));

/**
 * The words of `text` that the engine reads as one of `terms`, marked: the customer wrote «επιστρέψετε», the
 * template says «επιστροφή»; case, accents and endings do not count.
 */
export function markWords(text: string, terms: readonly string[]): Segment[] {
  const wanted = new Set(terms.flatMap(readings));
  if (!wanted.size || !text) return text ? [{ text, mark: false }] : [];
  const out: Segment[] = [];
  let from = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!readings(m[0]).some((k) => wanted.has(k))) continue;
    if (m.index > from) out.push({ text: text.slice(from, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), mark: false });
  return out;
}

/**
 * The terms that no word of `text` reads as (in the order given, each once): what a card must still name after its
 * gist, which marks the others where they occur.
 */
export function termsNotIn(text: string, terms: readonly string[]): string[] {
  const present = new Set([...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => readings(m[0])));
  return [...new Set(terms)].filter((term) => !readings(term).some((k) => present.has(k)));
}
