/**
 * A spreadsheet of templates saved as CSV: a header row naming the columns (title, shortcut, body; optionally tags
 * and triggers; Greek names too: τίτλος, συντόμευση, κείμενο, ετικέτες, φράσεις), one template per row. Excel in a
 * Greek locale separates with ';': the separator is read from the header. Quoted cells may hold line breaks.
 */
import { hasRichMarkup, htmlToText, looksLikeHtml } from './html-text';
import { convertMustache } from './placeholders';
import { ImportError, type ImportNote, type RawTemplate, type SkippedItem } from './types';

/** RFC 4180 rows: quoted cells ("" is a quote inside), CRLF or LF, a BOM at the start ignored. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const COLUMNS: Record<'title' | 'shortcut' | 'body' | 'tags' | 'triggers', readonly string[]> = {
  title: ['title', 'name', 'τίτλος', 'τιτλος', 'όνομα', 'ονομα'],
  shortcut: ['shortcut', 'keyword', 'abbreviation', 'trigger', 'συντόμευση', 'συντομευση'],
  body: ['body', 'text', 'content', 'message', 'template', 'κείμενο', 'κειμενο'],
  tags: ['tags', 'category', 'ετικέτες', 'ετικετες', 'κατηγορία'],
  triggers: ['triggers', 'phrases', 'φράσεις', 'φρασεις'],
};

function separatorOf(header: string): string {
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: header.split(sep).length }));
  return counts.sort((a, b) => b.n - a.n)[0].sep;
}

export function readCsv(text: string): { items: RawTemplate[]; skipped: SkippedItem[] } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const rows = parseCsv(text, separatorOf(firstLine));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: keyof typeof COLUMNS) => header.findIndex((h) => COLUMNS[name].includes(h));
  const at = { title: col('title'), shortcut: col('shortcut'), body: col('body'), tags: col('tags'), triggers: col('triggers') };
  if (at.body < 0 || (at.title < 0 && at.shortcut < 0)) {
    throw new ImportError('not a CSV of templates: the first row must name the columns, e.g. "title,shortcut,body"', { code: 'notFormat', format: 'csv' });
  }
  const items: RawTemplate[] = [];
  const skipped: SkippedItem[] = [];
  rows.slice(1).forEach((row, i) => {
    const cell = (j: number) => (j >= 0 ? (row[j] ?? '').trim() : '');
    const shortcut = cell(at.shortcut);
    const title = cell(at.title) || shortcut;
    const line = i + 2;
    const source = title || '…';
    const notes: ImportNote[] = [];
    // A CSV saved from a helpdesk or a spreadsheet fed from one holds the HTML of the rich editor: made text, as the
    // JSON exports are (it was kept, and the agent would have sent «<p>Καλησπέρα σας,</p>» to the customer).
    const raw = cell(at.body).replace(/\r\n?/g, '\n');
    if (looksLikeHtml(raw) && hasRichMarkup(raw)) notes.push({ code: 'html-to-text' });
    const body = convertMustache(looksLikeHtml(raw) ? htmlToText(raw) : raw, notes).trim();
    if (!body) return skipped.push({ source, line, reason: 'no-text' });
    const list = (j: number) => cell(j).split(/[|,]/).map((t) => t.trim()).filter(Boolean);
    items.push({ source, title: title || body.split('\n')[0].slice(0, 60), ...(shortcut ? { shortcut } : {}), body, tags: list(at.tags), notes, ...(at.triggers >= 0 ? { triggers: list(at.triggers) } : {}) });
  });
  return { items, skipped };
}
