/**
 * espanso match files (YAML): `matches:` of {trigger | triggers, replace (or html / markdown / form), vars, label}.
 * Variables are `{{name}}` in the text, declared under `vars` with a `type`: a date becomes {{date.today}}, an echo
 * its value, a form field or choice a fill-in field; the clipboard, shell and script variables cannot run in a
 * template and become fill-in fields with a note. `$|$` marks the caret.
 */
import { parseDocument } from 'yaml';
import { hasRichMarkup, htmlToText } from './html-text';
import { convertMustache, fieldLabel } from './placeholders';
import { ImportError, type ImportNote, type RawTemplate, type SkippedItem } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function espansoMatches(text: string): unknown[] | undefined {
  if (!/^\s*(matches|global_vars)\s*:/m.test(text)) return undefined;
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  return isObject(value) && Array.isArray(value.matches) ? value.matches : undefined;
}

interface Var {
  name: string;
  type: string;
  params: Record<string, unknown>;
}

function readVars(v: unknown): Var[] {
  return (Array.isArray(v) ? v : []).filter(isObject).map((x) => ({ name: String(x.name ?? ''), type: String(x.type ?? ''), params: isObject(x.params) ? x.params : {} }));
}

/** `{{name}}` and `{{form1.field}}` of one match, by its variables' types. */
function substitute(text: string, vars: Var[], notes: ImportNote[]): string {
  const byName = new Map(vars.map((v) => [v.name, v]));
  const replaced = text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (raw, name: string) => {
    const [head, field] = name.split('.');
    const v = byName.get(head);
    if (!v) return raw;
    if (v.type === 'date') {
      notes.push({ code: 'mapped', from: raw, to: '{{date.today}}' });
      return '{{date.today}}';
    }
    if (v.type === 'echo' && typeof v.params.echo === 'string') return v.params.echo;
    const label = v.type === 'form' && field ? field : v.type === 'clipboard' ? 'clipboard' : fieldLabel(head);
    const out = `{{field:${label}}}`;
    if (v.type !== 'form') notes.push({ code: 'as-field', from: `${raw} (${v.type})`, to: out });
    return out;
  });
  // What is still {{…}} (global variables, or a tool's own names) goes through the shared mapping.
  return convertMustache(replaced, notes);
}

function readMatch(m: Record<string, unknown>, i: number): RawTemplate | SkippedItem {
  const triggers = (Array.isArray(m.triggers) ? m.triggers : [m.trigger]).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const source = triggers[0] ?? (typeof m.regex === 'string' ? m.regex : `match ${i + 1}`);
  const notes: ImportNote[] = [];
  let text: string | undefined;
  if (typeof m.replace === 'string') text = m.replace;
  else if (typeof m.markdown === 'string') text = m.markdown;
  else if (typeof m.html === 'string') {
    if (hasRichMarkup(m.html)) notes.push({ code: 'html-to-text' });
    text = htmlToText(m.html);
  } else if (typeof m.form === 'string') text = m.form.replace(/\[\[\s*([\w-]+)\s*\]\]/g, (_raw, f: string) => `{{field:${f}}}`);
  if (text === undefined || !text.trim()) return { source, reason: typeof m.image_path === 'string' ? 'not-a-reply' : 'no-text' };
  const body = substitute(text.replace(/\$\|\$/g, '{{cursor}}'), readVars(m.vars), notes).trim();
  const label = typeof m.label === 'string' && m.label.trim() ? m.label.trim() : undefined;
  const firstLine = body.replace(/\{\{[^}]*\}\}/g, '…').split('\n')[0].slice(0, 60).trim();
  const title = label ?? (/\p{L}/u.test(firstLine) ? firstLine : source);
  if (triggers.length > 1) notes.push({ code: 'dropped', from: triggers.slice(1).join(', ') });
  return { source, title, ...(triggers[0] ? { shortcut: triggers[0] } : {}), body, tags: [], notes };
}

export function readEspanso(text: string): { items: RawTemplate[]; skipped: SkippedItem[] } {
  const matches = espansoMatches(text);
  if (!matches) throw new ImportError('not an espanso match file: expected YAML with "matches:" and a list of {trigger, replace}', { code: 'notFormat', format: 'espanso' });
  const items: RawTemplate[] = [];
  const skipped: SkippedItem[] = [];
  matches.forEach((m, i) => {
    if (!isObject(m)) return skipped.push({ source: `match ${i + 1}`, reason: 'unreadable' });
    const r = readMatch(m, i);
    if ('reason' in r) skipped.push(r);
    else items.push(r);
  });
  return { items, skipped };
}
