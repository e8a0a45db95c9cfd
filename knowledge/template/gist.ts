import type { Entry } from '../types';

const MAX_GIST = 140;

/** A template line as the agent will read it: fields as [Label], fallbacks as written, other placeholders as "…". */
function readableLine(line: string): string {
  return line
    .replace(/\{\{\s*cursor\s*\}\}/g, '')
    .replace(/\{\{\s*field:([^}|]+?)\s*\}\}/g, '[$1]')
    .replace(/\{\{[^}|]*\|([^}]*)\}\}/g, '$1')
    .replace(/\{\{[^}]*\}\}/g, '…')
    .trim();
}

/**
 * What tells one suggestion from the next at a glance: an SOP's purpose; a template's first line that says
 * something (not the salutation, not a placeholder alone), shortened at a word.
 */
export function entryGist(entry: Entry): string {
  let text = entry.type === 'sop' ? entry.purpose : '';
  if (entry.type === 'template') {
    for (const raw of entry.body.split('\n')) {
      const line = readableLine(raw);
      // A salutation ("{{customer.salutation}},", "Αγαπητέ {{customer.firstName}},") says nothing of this template.
      if (raw.includes('{{') && line.replace(/[…,.:!\s]/g, '').length < 3) continue;
      if (/^(?:\{\{[^}]*\}\}|\s|[,.:!])*$/.test(raw)) continue;
      if (/^[\p{L} ]{0,24}\{\{\s*customer\.[^}]*\}\}\s*[,!]?\s*$/u.test(raw.trim())) continue;
      text = line;
      break;
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_GIST) return text;
  const cut = text.lastIndexOf(' ', MAX_GIST);
  return `${text.slice(0, cut > MAX_GIST / 2 ? cut : MAX_GIST)} …`;
}
