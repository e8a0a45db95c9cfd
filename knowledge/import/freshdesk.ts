/**
 * Freshdesk canned responses, as the API returns them (`GET /api/v2/canned_response_folders/{id}/responses`: a
 * list; or {"canned_responses": [...]}): `title`, `content_html` (or `content`), placeholders such as
 * {{ticket.requester.name}}. A folder's name, when the export carries it, becomes a tag.
 */
import { hasRichMarkup, htmlToText } from './html-text';
import { convertMustache } from './placeholders';
import { ImportError, type ImportNote, type RawTemplate, type SkippedItem } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isResponse = (v: unknown) => isObject(v) && typeof v.title === 'string' && (typeof v.content_html === 'string' || typeof v.content === 'string');

export function freshdeskResponses(json: unknown): Array<Record<string, unknown>> | undefined {
  const list = Array.isArray(json)
    ? json
    : isObject(json) && Array.isArray(json.canned_responses)
      ? json.canned_responses
      : isObject(json) && Array.isArray(json.responses)
        ? json.responses
        : isResponse(json)
          ? [json]
          : undefined;
  // A folder list ([{name, responses: [...]}]) carries the folder's name.
  if (list && list.length && list.every((f) => isObject(f) && Array.isArray(f.responses))) {
    return list.flatMap((f) => (f.responses as unknown[]).filter(isObject).map((r) => ({ ...r, folder_name: f.name })));
  }
  return list && list.length && list.some(isResponse) ? (list as Array<Record<string, unknown>>) : undefined;
}

export function readFreshdesk(json: unknown): { items: RawTemplate[]; skipped: SkippedItem[] } {
  const responses = freshdeskResponses(json);
  if (!responses) throw new ImportError('not a Freshdesk canned-response export: expected a list of {"title", "content_html"}', { code: 'notFormat', format: 'freshdesk' });
  const items: RawTemplate[] = [];
  const skipped: SkippedItem[] = [];
  responses.forEach((r, i) => {
    const title = typeof r.title === 'string' && r.title.trim() ? r.title.trim() : `response ${i + 1}`;
    const notes: ImportNote[] = [];
    const html = typeof r.content_html === 'string' ? r.content_html : undefined;
    if (html && hasRichMarkup(html)) notes.push({ code: 'html-to-text' });
    const text = html !== undefined ? htmlToText(html) : typeof r.content === 'string' ? r.content.trim() : '';
    if (!text) return skipped.push({ source: title, reason: 'no-text' });
    const folder = typeof r.folder_name === 'string' && r.folder_name.trim() ? [r.folder_name.trim().toLowerCase()] : [];
    items.push({ source: title, title, body: convertMustache(text, notes).trim(), tags: folder, notes });
  });
  return { items, skipped };
}
