/**
 * An entry's Markdown file ↔ the studio's form. Reading never fails silently: a file the form cannot hold (no
 * front matter, broken YAML, an unknown type) is reported with its line and left as it is. Writing changes only
 * what the trainer changed: keys and body parts that are equal to the file's stay byte for byte (see
 * yaml-splice.ts), so an untouched file round-trips exactly and a git diff shows the edit alone.
 */
import { parseDocument } from 'yaml';
import { splitFrontMatter } from '@/knowledge/pack/front-matter';
import type { Lang } from '@/knowledge/types';
import { emptySop, emptyTemplate, ENTRY_KEY_ORDER, type EntryForm, type SopForm, type TemplateForm } from './entry-form';
import { sopBodyFromForm, sopBodyLineFields, sopBodyToForm } from './sop-steps';
import { spliceYamlMap, topLevelKeys, type YamlValue } from './yaml-splice';

export type ReadResult = { ok: true; form: EntryForm } | { ok: false; line: number; message: string };

const FENCE = /^(?:---|\.\.\.)\s*$/;

export const text = (v: unknown): string =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(text).filter((s) => s !== '') : text(v) ? [text(v)] : [];

const map = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The YAML of the front matter and the lines around it, as written. */
interface Parts {
  yaml: string;
  /** Everything after the closing `---` line, as written. */
  tail: string;
  body: string;
}

function split(markdown: string): { ok: true; parts: Parts } | { ok: false; line: number; message: string } {
  const checked = splitFrontMatter(markdown);
  if (!checked.ok) return checked;
  const lines = markdown.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  return { ok: true, parts: { yaml: lines.slice(1, close).join('\n'), tail: lines.slice(close + 1).join('\n'), body: checked.body } };
}

export function readEntryMarkdown(markdown: string): ReadResult {
  const s = split(markdown);
  if (!s.ok) return s;
  const doc = parseDocument(s.parts.yaml, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { ok: false, line: (e.linePos?.[0]?.line ?? 1) + 1, message: `invalid YAML: ${e.message.split('\n')[0]}` };
  }
  const fm = map(doc.toJS({ maxAliasCount: 100 }));
  const lang = text(fm.lang);
  const common = { id: text(fm.id), title: text(fm.title), lang, triggers: list(fm.triggers), tags: list(fm.tags), reviewBy: text(fm.reviewBy) };
  if (fm.type === 'sop') {
    const metrics = map(fm.metrics);
    const escalation = map(fm.escalation);
    const body = sopBodyToForm(s.parts.body);
    const form: SopForm = {
      ...emptySop(), ...common, department: text(fm.department), purpose: text(fm.purpose),
      terms: Object.entries(map(fm.terms)).map(([term, meaning]) => ({ term, meaning: text(meaning) })),
      firstResponse: text(metrics.firstResponse), completion: text(metrics.completion),
      escalationWhen: text(escalation.when), escalationTo: text(escalation.to), ...body,
    };
    return { ok: true, form };
  }
  if (fm.type === 'template') {
    const form: TemplateForm = {
      ...emptyTemplate(), ...common, shortcut: text(fm.shortcut), tone: text(fm.tone),
      channels: fm.channel !== undefined || fm.channels === undefined ? list(fm.channel ?? ['email', 'chat']) : list(fm.channels),
      formality: fm.formality === undefined ? 'formal' : text(fm.formality), body: s.parts.body,
    };
    return { ok: true, form };
  }
  return { ok: false, line: 2, message: `"type" must be sop or template to edit the entry in a form (it is ${JSON.stringify(text(fm.type) || fm.type) ?? 'missing'})` };
}

/** The value each front-matter key gets from a form; undefined leaves the key out. */
function keyValues(form: EntryForm): Record<string, YamlValue> {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const values: Record<string, YamlValue> = {
    id: form.id.trim(), type: form.type, title: form.title.trim(), lang: form.lang || undefined,
    triggers: form.triggers.length ? form.triggers : undefined, tags: form.tags.length ? form.tags : undefined, reviewBy: opt(form.reviewBy),
  };
  if (form.type === 'sop') {
    const metrics = Object.fromEntries(
      ([['firstResponse', form.firstResponse], ['completion', form.completion]] as const).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]),
    );
    const terms = Object.fromEntries(form.terms.filter((t) => t.term.trim() || t.meaning.trim()).map((t) => [t.term.trim(), t.meaning.trim()]));
    return {
      ...values, department: form.department.trim(), purpose: form.purpose.trim(),
      terms: Object.keys(terms).length ? terms : undefined, metrics: Object.keys(metrics).length ? metrics : undefined,
      escalation: form.escalationWhen.trim() || form.escalationTo.trim() ? { when: form.escalationWhen.trim(), to: form.escalationTo.trim() } : undefined,
    };
  }
  return { ...values, shortcut: opt(form.shortcut), tone: form.tone, channel: form.channels, formality: form.formality };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function bodyOf(form: EntryForm, lang: Lang): { body: string; fields: string[] } {
  if (form.type === 'template') return { body: form.body.trimEnd(), fields: form.body.trimEnd().split('\n').map(() => 'body') };
  return sopBodyFromForm(form, lang);
}

const sameBody = (a: EntryForm, b: EntryForm) =>
  a.type === 'template' && b.type === 'template'
    ? a.body.trimEnd() === b.body.trimEnd()
    : a.type === 'sop' && b.type === 'sop' && same({ i: a.intro.trim(), s: a.steps }, { i: b.intro.trim(), s: b.steps });

export interface WrittenEntry {
  markdown: string;
  /** `fields[line]`: the form field a 1-based file line belongs to ('' for fences). */
  fields: string[];
}

/**
 * The file for `form`. With `original` (the file as it is), keys and body equal to the original's are kept as
 * written; without it, a new file in the house style (keys in the documented order, lists in flow style).
 */
export function writeEntryMarkdown(form: EntryForm, packLang: Lang, original?: string): WrittenEntry {
  const lang: Lang = form.lang === 'el' || form.lang === 'en' ? form.lang : packLang;
  const before = original === undefined ? undefined : readEntryMarkdown(original);
  const parts = before?.ok && original !== undefined ? split(original) : undefined;
  if (!before?.ok || !parts?.ok) {
    const yaml = spliceYamlMap('', keyValues(form), ENTRY_KEY_ORDER);
    const { body } = bodyOf(form, lang);
    return withFields(`---\n${yaml}---\n${body}\n`, form);
  }
  const old = keyValues(before.form);
  const now = keyValues(form);
  const channelKey = old.channel === undefined && /^channels:/m.test(parts.parts.yaml) ? 'channels' : 'channel';
  const changes: Record<string, YamlValue> = {};
  for (const key of Object.keys(now)) {
    if (same(old[key], now[key])) continue;
    changes[key === 'channel' ? channelKey : key] = now[key];
  }
  const yaml = Object.keys(changes).length ? spliceYamlMap(parts.parts.yaml, changes, ENTRY_KEY_ORDER) : `${parts.parts.yaml}\n`;
  const tail = sameBody(before.form, form) ? parts.parts.tail : `${bodyOf(form, lang).body}\n`;
  return withFields(`---\n${yaml}---\n${tail}`, form);
}

const FIELD_OF_KEY: Record<string, string> = { channel: 'channels', channels: 'channels', metrics: 'metrics', escalation: 'escalation' };

function withFields(markdown: string, form: EntryForm): WrittenEntry {
  const lines = markdown.split('\n');
  const fields: string[] = new Array(lines.length + 1).fill('');
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  const keys = topLevelKeys(lines.slice(1, close).join('\n')) ?? [];
  keys.forEach((k, i) => {
    const end = i + 1 < keys.length ? keys[i + 1].line : close - 1;
    for (let l = k.line; l < end; l++) fields[l + 2] = FIELD_OF_KEY[k.key] ?? k.key;
  });
  let bodyStart = close + 1;
  while (bodyStart < lines.length && lines[bodyStart].trim() === '') bodyStart++;
  const bodyLines = lines.slice(bodyStart);
  const bodyFields = form.type === 'sop' ? sopBodyLineFields(bodyLines.join('\n')) : bodyLines.map(() => 'body');
  bodyFields.forEach((f, i) => (fields[bodyStart + i + 1] = f));
  return { markdown, fields };
}
