import type { Entry } from '@/knowledge/types';
import type { UiLang } from '@/lib/i18n';

const LOCALE: Record<UiLang, string> = { el: 'el-GR', en: 'en-GB' };

/** A target time for people: "15 λεπτά", "2 ημέρες", "1 hour" (whole hours and days when they are). */
export function formatTarget(minutes: number, lang: UiLang): string {
  const [value, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(LOCALE[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A running timer: "4:05", "1:02:09". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Step text without the `[[template-id]]` links (they are shown as buttons). */
export const stepText = (text: string) => text.replace(/\[\[[^\]\n]*\]\]/g, '').replace(/[ \t]+$/gm, '').trim();

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
