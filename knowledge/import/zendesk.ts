/**
 * Zendesk macros, as the Macros API returns them (`GET /api/v2/macros.json`: {"macros": [...]}, one macro as
 * {"macro": {...}}, or a bare list): a macro's `title` ("Returns::Refund processed" names a category) and its
 * `actions`; the reply is the `comment_value_html` or `comment_value` action. Other actions change the ticket
 * (status, assignee, tags …), which a template cannot: tags become the template's tags, the rest is noted.
 */
import { htmlToText, hasRichMarkup } from './html-text';
import { convertMustache } from './placeholders';
import { ImportError, type ImportNote, type RawTemplate, type SkippedItem } from './types';

interface Action {
  field?: unknown;
  value?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function zendeskMacros(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json.every((m) => isObject(m) && Array.isArray(m.actions)) && json.length ? json : undefined;
  if (!isObject(json)) return undefined;
  if (Array.isArray(json.macros)) return json.macros;
  if (isObject(json.macro)) return [json.macro];
  return undefined;
}

/** The comment's text: `comment_value` may be text or ["channel:all", text]. */
function actionText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && !/^channel:/.test(v)).join('\n') || undefined;
  return undefined;
}

function readMacro(macro: Record<string, unknown>, index: number): RawTemplate | SkippedItem {
  const fullTitle = typeof macro.title === 'string' && macro.title.trim() ? macro.title.trim() : `macro ${index + 1}`;
  const parts = fullTitle.split('::').map((p) => p.trim()).filter(Boolean);
  const title = parts[parts.length - 1] ?? fullTitle;
  const actions = (Array.isArray(macro.actions) ? macro.actions : []).filter(isObject) as Action[];
  const notes: ImportNote[] = [];
  const html = actions.find((a) => a.field === 'comment_value_html');
  const plain = actions.find((a) => a.field === 'comment_value');
  let body = '';
  const htmlText = html && actionText(html.value);
  if (htmlText) {
    if (hasRichMarkup(htmlText)) notes.push({ code: 'html-to-text' });
    body = htmlToText(htmlText);
  } else body = (plain && actionText(plain.value)) ?? '';
  if (!body.trim()) return { source: fullTitle, reason: 'not-a-reply', detail: actions.map((a) => String(a.field)).join(', ') };
  const tags = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()));
  for (const a of actions) {
    if (a.field === 'comment_value' || a.field === 'comment_value_html') continue;
    if ((a.field === 'current_tags' || a.field === 'set_tags') && typeof a.value === 'string') {
      for (const tag of a.value.split(/\s+/).filter(Boolean)) tags.add(tag);
      continue;
    }
    notes.push({ code: 'dropped', from: `${String(a.field)}: ${Array.isArray(a.value) ? a.value.join(', ') : String(a.value)}` });
  }
  return { source: fullTitle, title, body: convertMustache(body, notes).trim(), tags: [...tags], notes };
}

export function readZendesk(json: unknown): { items: RawTemplate[]; skipped: SkippedItem[] } {
  const macros = zendeskMacros(json);
  if (!macros) throw new ImportError('not a Zendesk macro export: expected {"macros": [{"title", "actions"}, …]}', { code: 'notFormat', format: 'zendesk' });
  const items: RawTemplate[] = [];
  const skipped: SkippedItem[] = [];
  macros.forEach((m, i) => {
    if (!isObject(m)) return skipped.push({ source: `macro ${i + 1}`, reason: 'unreadable' });
    const r = readMacro(m, i);
    if ('reason' in r) skipped.push(r);
    else items.push(r);
  });
  return { items, skipped };
}
