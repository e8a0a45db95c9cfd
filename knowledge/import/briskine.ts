/**
 * Briskine templates, as its export writes them: a list (or {"templates": [...]}) of {title, shortcut, body, tags},
 * the body in HTML with Handlebars placeholders ({{to.first_name}}, {{from.name}}).
 */
import { hasRichMarkup, htmlToText, looksLikeHtml } from './html-text';
import { convertMustache } from './placeholders';
import { ImportError, type ImportNote, type RawTemplate, type SkippedItem } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function briskineTemplates(json: unknown): Array<Record<string, unknown>> | undefined {
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.templates) ? json.templates : undefined;
  return list && list.length && list.every((t) => isObject(t) && typeof t.body === 'string') ? (list as Array<Record<string, unknown>>) : undefined;
}

function tagList(v: unknown): string[] {
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  return raw.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean);
}

export function readBriskine(json: unknown): { items: RawTemplate[]; skipped: SkippedItem[] } {
  const templates = briskineTemplates(json);
  if (!templates) throw new ImportError('not a Briskine export: expected a list of {"title", "shortcut", "body"}', { code: 'notFormat', format: 'briskine' });
  const items: RawTemplate[] = [];
  const skipped: SkippedItem[] = [];
  templates.forEach((t, i) => {
    const title = typeof t.title === 'string' && t.title.trim() ? t.title.trim() : `template ${i + 1}`;
    const notes: ImportNote[] = [];
    const raw = String(t.body);
    if (hasRichMarkup(raw)) notes.push({ code: 'html-to-text' });
    const text = looksLikeHtml(raw) ? htmlToText(raw) : raw.trim();
    if (!text) return skipped.push({ source: title, reason: 'no-text' });
    const shortcut = typeof t.shortcut === 'string' && t.shortcut.trim() ? t.shortcut.trim() : undefined;
    items.push({ source: title, title, ...(shortcut ? { shortcut } : {}), body: convertMustache(text, notes).trim(), tags: tagList(t.tags), notes });
  });
  return { items, skipped };
}
