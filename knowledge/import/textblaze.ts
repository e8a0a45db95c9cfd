/**
 * Text Blaze snippets, as a folder export holds them: folders ({name, snippets: [...]}) of snippets with `name`,
 * `shortcut` and `text` (or `html`). Text Blaze commands are single-brace: {formtext: name=order number} becomes
 * the fill-in field {{field:order number}} (its `default` the fallback), {cursor} the caret, {time: …} today's
 * date; what runs in the browser ({click}, {import}, {site}, {if} …) cannot run in a template and is noted.
 */
import { hasRichMarkup, htmlToText, looksLikeHtml } from './html-text';
import { fieldLabel } from './placeholders';
import { ImportError, type ImportNote, type RawTemplate, type SkippedItem } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Found {
  snippet: Record<string, unknown>;
  folder?: string;
}

const isSnippet = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && typeof v.shortcut === 'string' && (typeof v.text === 'string' || typeof v.html === 'string' || typeof v.content === 'string');

/** Every snippet anywhere in the export, with the name of the folder that holds it. */
export function textBlazeSnippets(json: unknown, folder?: string, out: Found[] = [], depth = 0): Found[] {
  if (depth > 8) return out;
  if (Array.isArray(json)) for (const item of json) textBlazeSnippets(item, folder, out, depth + 1);
  else if (isSnippet(json)) out.push({ snippet: json, folder });
  else if (isObject(json)) {
    const name = typeof json.name === 'string' ? json.name : typeof json.title === 'string' ? json.title : folder;
    for (const key of ['folders', 'snippets', 'children', 'items']) if (key in json) textBlazeSnippets(json[key], name, out, depth + 1);
  }
  return out;
}

/** `name=order number; default=—` and positional values of a command's settings. */
function settings(text: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const eq = /^([a-z_]+)\s*=\s*(.*)$/i.exec(part);
    if (eq) named[eq[1].toLowerCase()] = eq[2].replace(/^(["'])(.*)\1$/, '$2');
    else positional.push(part);
  }
  return { positional, named };
}

const FORM = new Set(['formtext', 'formparagraph', 'formmenu', 'formdate']);
const BLOCK_END: Record<string, string> = { note: 'endnote', link: 'endlink', formtoggle: 'endformtoggle', if: 'endif', repeat: 'endrepeat', button: 'endbutton' };

function command(name: string, args: string, notes: ImportNote[], raw: string, fields: Set<string>): string {
  const { positional, named } = settings(args);
  if (name === 'cursor') return '{{cursor}}';
  if (FORM.has(name)) {
    const label = (named.name ?? positional[0] ?? name.replace(/^form/, '')).trim();
    fields.add(label);
    if (name === 'formmenu' && positional.length) notes.push({ code: 'dropped', from: `${raw} (${positional.join(' / ')})` });
    const out = `{{field:${label}${named.default ? `|${named.default}` : ''}}}`;
    notes.push({ code: 'as-field', from: raw, to: out });
    return out;
  }
  if (name === 'time') {
    notes.push({ code: 'mapped', from: raw, to: '{{date.today}}' });
    return '{{date.today}}';
  }
  if (name === '=') {
    const ref = args.trim();
    const out = `{{field:${fields.has(ref) ? ref : fieldLabel(ref)}}}`;
    if (!fields.has(ref)) notes.push({ code: 'as-field', from: raw, to: out });
    return out;
  }
  if (name === 'user' && /^(name|full ?name)$/i.test(args.trim())) {
    notes.push({ code: 'mapped', from: raw, to: '{{agent.name}}' });
    return '{{agent.name}}';
  }
  if (name === 'clipboard') {
    notes.push({ code: 'as-field', from: raw, to: '{{field:clipboard}}' });
    return '{{field:clipboard}}';
  }
  notes.push({ code: 'dropped', from: raw });
  return '';
}

export function convertTextBlaze(text: string, notes: ImportNote[]): string {
  const fields = new Set<string>();
  // Blocks whose inside is not reply text (a note to self) go with their commands; links keep words and address.
  const withoutNotes = text.replace(/\{note\b[^}]*\}[\s\S]*?\{endnote\}/gi, (raw) => {
    notes.push({ code: 'dropped', from: raw.length > 60 ? `${raw.slice(0, 60)}…` : raw });
    return '';
  });
  const withLinks = withoutNotes.replace(/\{link:\s*([^};]+)[^}]*\}([\s\S]*?)\{endlink\}/gi, (_raw, url: string, words: string) =>
    words.trim() && words.trim() !== url.trim() ? `${words} (${url.trim()})` : url.trim(),
  );
  return withLinks.replace(/\{(=|[a-z]+)(?::?\s*([^{}]*))?\}/gi, (raw, name: string, args = '') => {
    const key = name.toLowerCase();
    if (Object.values(BLOCK_END).includes(key) || key === 'else') {
      notes.push({ code: 'dropped', from: raw });
      return '';
    }
    return command(key, args, notes, raw, fields);
  });
}

export function readTextBlaze(json: unknown): { items: RawTemplate[]; skipped: SkippedItem[] } {
  const found = textBlazeSnippets(json);
  if (!found.length) throw new ImportError('not a Text Blaze export: expected folders of snippets with "shortcut" and "text"', { code: 'notFormat', format: 'textblaze' });
  const items: RawTemplate[] = [];
  const skipped: SkippedItem[] = [];
  for (const { snippet, folder } of found) {
    const shortcut = String(snippet.shortcut).trim();
    const title = typeof snippet.name === 'string' && snippet.name.trim() ? snippet.name.trim() : shortcut;
    const notes: ImportNote[] = [];
    const raw = typeof snippet.html === 'string' && !(typeof snippet.text === 'string') ? snippet.html : String(snippet.text ?? snippet.content ?? '');
    if (looksLikeHtml(raw) && hasRichMarkup(raw)) notes.push({ code: 'html-to-text' });
    const text = convertTextBlaze(looksLikeHtml(raw) ? htmlToText(raw) : raw, notes).replace(/[ \t]+\n/g, '\n').trim();
    if (!text) {
      skipped.push({ source: shortcut || title, reason: 'no-text' });
      continue;
    }
    items.push({ source: shortcut ? `${shortcut} (${title})` : title, title, ...(shortcut ? { shortcut } : {}), body: text, tags: folder ? [folder.toLowerCase()] : [], notes });
  }
  return { items, skipped };
}
