/**
 * What a trainer's paste or typo leaves in a template's text that the agent would send to the customer as written:
 * HTML copied from a web page, Word or another helpdesk's macro (`<p style="…">`, `&nbsp;`, `<o:p>`, a `<script>`),
 * and a placeholder whose name is one slip from a known one (`{{feild:Ώρα}}`, `{{customer.salutaion}}`). Pure.
 */
import { KNOWN_PLACEHOLDERS } from '../template/placeholders';
import { editDistance } from '../text/edit-distance';

/** The tags of pasted HTML (Word's `o:p` among them) and its named or numbered entities; `<5 ημέρες>` is no tag. */
const MARKUP =
  /<\/?(?:p|br|div|span|b|strong|i|em|u|a|ul|ol|li|font|table|tbody|tr|td|th|h[1-6]|script|style|img|hr|meta|html|body|head|o:p|blockquote|pre|code|sup|sub)\b[^<>\n]*>|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-f]{1,5});/i;

/** The first piece of HTML in `body`, with its 1-based line. */
export function markupIn(body: string): { line: number; markup: string } | undefined {
  const m = MARKUP.exec(body);
  if (!m) return undefined;
  return { line: body.slice(0, m.index).split('\n').length, markup: m[0].length > 40 ? `${m[0].slice(0, 39)}…` : m[0] };
}

/** The known placeholder an unknown key is one or two slips from, written as it should be; undefined when none is. */
export function nearPlaceholder(key: string): string | undefined {
  const field = /^([^:]{2,12})\s*:\s*(.+)$/s.exec(key);
  if (field && editDistance(field[1].trim().toLowerCase(), 'field') <= 2) return `{{field:${field[2].trim()}}}`;
  const lower = key.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const name of KNOWN_PLACEHOLDERS) {
    const d = editDistance(lower, name.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { name, d };
  }
  return best && `{{${best.name}}}`;
}
