/**
 * Splits text into plain and marked pieces for "why it matched": the views render each piece as a text node
 * (inside <mark> when marked), so pack or page text is never parsed as HTML.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every whole-word occurrence of `terms` in `text` marked (case-insensitive). */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length || !text) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > from) out.push({ text: text.slice(from, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), mark: false });
  return out;
}

/**
 * A short window of `text` around the first marked word (about `max` characters, cut at spaces, with "…"),
 * so a long e-mail still shows the words that mattered.
 */
export function excerptSegments(text: string, terms: readonly string[], max = 140): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = highlightSegments(flat, terms);
  if (flat.length <= max) return all;
  let offset = 0;
  let first = 0;
  for (const s of all) {
    if (s.mark) {
      first = offset;
      break;
    }
    offset += s.text.length;
  }
  let start = Math.max(0, first - Math.floor(max / 3));
  let end = Math.min(flat.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const window = highlightSegments(flat.slice(start, end), terms);
  if (start > 0) window.unshift({ text: '… ', mark: false });
  if (end < flat.length) window.push({ text: ' …', mark: false });
  return window;
}
