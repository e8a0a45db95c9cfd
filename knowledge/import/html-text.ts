/**
 * Rich text from another tool as plain text, without a DOM (this runs in Node and in any page): paragraphs and line
 * breaks become new lines, list items get a dash, a link keeps its address beside its words, entities are decoded.
 * Tags are never interpreted as anything but structure, so nothing in the export can run.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', euro: '€', hellip: '…', ndash: '–', mdash: '—' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Does the text hold markup beyond paragraphs and line breaks (what plain text loses)? */
export function hasRichMarkup(html: string): boolean {
  return /<(?!\/?(?:p|br|div|span)\b)[a-z][^>]*>/i.test(html);
}

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|br|div|span|b|strong|i|em|u|a|ul|ol|li|h[1-6])\b[^>]*>/i.test(text);
}

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, ' ')
    .replace(/<a\b[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi, (_all, _q, href: string, words: string) => {
      const label = words.replace(/<[^>]*>/g, '').trim();
      return !label || label === href || `mailto:${label}` === href ? href.replace(/^mailto:/, '') : `${label} (${href})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|tr)\s*>/gi, '\n\n')
    .replace(/<(p|div|h[1-6]|ul|ol|blockquote|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
