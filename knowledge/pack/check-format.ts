/**
 * Runs the format declaration (format.ts) over a parsed compiled pack and turns what it finds into Problems
 * that name the field by its path (`entry "refund": "steps[2].branches[0].goto" must be …`).
 *
 * Hostile input must cost linear time and bounded memory: a first walk along the declaration (not along the
 * data, so nesting depth is the format's) refuses over-long lists before any item is looked at, refuses keys
 * objects inherit, and warns about unknown fields; then each entry is checked on its own, and after a budget of
 * problems the rest stop at their first one.
 */
import * as v from 'valibot';
import { checkPostings, INDEX_VERSION, MALFORMED, type PostingsVerdict } from '../engine/index-data';
import { compiledPack, entry as entrySchema, index as indexSchema, meta as metaSchema, POSTINGS, type CompiledPack, type Entry, type PackMeta } from './format';
import { compileFast, FAIL, type Fast, type SchemaNode as Node } from './fast-parse';
import type { Severity } from './problems';
import { problemWords, said, valueSaid, type Said } from './problem-words';

export type PathItem = string | number;
export interface FormatProblem {
  severity: Severity;
  path: PathItem[];
  /** What is wrong with the field, as a predicate («is empty»): the words come with its name (formatSaid). */
  problem: Said;
}

/** A format.ts message: its code as JSON (issueSaid), or words that are no code (the library's own), kept as they are. */function readIssue(message: string): Said {
  if (message.startsWith('{"code":')) return JSON.parse(message) as Said;
  return said('format.predicate', { detail: message });
}

/** Keys JavaScript objects inherit: a map keyed by one of them reads or replaces the prototype. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Problems reported in full; past it, every further entry stops at its first problem. */
const PROBLEM_BUDGET = 200;
const MAX_UNKNOWN_WARNINGS = 50;

const isMap = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `steps[2].branches[0].goto`, `terms["Προέγκριση"]`. */
export function pathText(path: readonly PathItem[]): string {
  let out = '';
  for (const item of path) {
    if (typeof item === 'number') out += `[${item}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(item)) out += out ? `.${item}` : item;
    else out += `[${JSON.stringify(item)}]`;
  }
  return out;
}

/** A problem said with the field named by its path below `from` (the entry, meta, or the pack: `what`). */
export function formatSaid(p: FormatProblem, from: number, what: Said = said('what.compiled')): Said {
  const field = pathText(p.path.slice(from));
  if (!field) return from ? said('format.bare', { problem: p.problem }) : said('format.whole', { what, problem: p.problem });
  if (p.problem.code === 'format.missing') return said('field.missing', { field });
  if (p.problem.code === 'format.unknown') return said('field.unknown', { field });
  return said('format.field', { field, problem: p.problem });
}

/** The same in English. */
export const formatMessage = (p: FormatProblem, from: number, what?: Said): string => problemWords(formatSaid(p, from, what), 'en');

const MISSING = said('format.missing');
const UNKNOWN = said('format.unknown');

function maxItems(node: Node): number {
  const cap = node.pipe?.find((a) => a.type === 'max_length')?.requirement;
  return typeof cap === 'number' ? cap : Number.POSITIVE_INFINITY;
}

/**
 * The walk along the declaration: list lengths and reserved keys (errors, returned), unknown fields (warnings,
 * at most MAX_UNKNOWN_WARNINGS). Lists and maps it refuses are not walked further.
 */
export function precheck(schema: unknown, value: unknown, out: FormatProblem[]): boolean {
  const path: PathItem[] = [];
  let ok = true;
  let unknown = 0;
  const error = (problem: Said) => {
    ok = false;
    out.push({ severity: 'error', path: [...path], problem });
  };
  const walk = (node: Node, x: unknown): void => {
    if (node.type === 'optional') {
      if (x !== undefined) walk(node.wrapped!, x);
    } else if ((node.type === 'object' || node.type === 'record') && Array.isArray(x)) {
      // The schema library takes a list for a map whose fields are all optional; the format does not.
      error(said('format.notMapList'));
    } else if (node.type === 'object' && isMap(x)) {
      for (const key of Object.keys(x)) {
        path.push(key);
        const field = node.entries![key];
        if (field) walk(field, x[key]);
        else if (++unknown <= MAX_UNKNOWN_WARNINGS) out.push({ severity: 'warning', path: [...path], problem: UNKNOWN });
        path.pop();
      }
    } else if (node.type === 'array' && Array.isArray(x)) {
      const cap = maxItems(node);
      if (x.length > cap) return error(said('format.tooMany', { n: x.length, max: cap }));
      for (let i = 0; i < x.length; i++) {
        path.push(i);
        walk(node.item!, x[i]);
        path.pop();
      }
    } else if (node.type === 'record' && isMap(x)) {
      for (const key of Object.keys(x)) {
        path.push(key);
        if (RESERVED_KEYS.has(key)) error(said('format.reserved', { key }));
        else walk(node.value!, x[key]);
        path.pop();
      }
    } else if (node.type === 'variant' && isMap(x)) {
      const key = node.key as string;
      const option = node.options!.find((o) => o.entries?.[key]?.literal === x[key]);
      if (option) walk(option, x);
    }
  };
  walk(schema as Node, value);
  if (unknown > MAX_UNKNOWN_WARNINGS) out.push({ severity: 'warning', path: [], problem: said('format.moreUnknown', { n: unknown - MAX_UNKNOWN_WARNINGS }) });
  return ok;
}

/** One valibot issue as a problem: the path from the issue, the predicate from the declaration's message. */
export function fromIssue(issue: v.BaseIssue<unknown>, prefix: readonly PathItem[]): FormatProblem {
  const rel: PathItem[] = (issue.path ?? []).map((p) => p.key as PathItem);
  const last = issue.path?.[issue.path.length - 1];
  const missing = issue.kind === 'schema' && issue.input === undefined && last?.type === 'object' && !Object.hasOwn(last.input as object, last.key as string);
  return { severity: 'error', path: [...prefix, ...rel], problem: missing ? MISSING : readIssue(issue.message) };
}

const CONFIG = { abortPipeEarly: true } as const;

/** The pack's own fields, with entries and index left to be checked on their own. */
const { entries: _entries, index: _index, ...topFields } = compiledPack.entries;
const top = v.object({ ...topFields, entries: v.array(v.unknown()), index: v.unknown() }, compiledPack.message);

export interface FormatCheck {
  /** The pack as checked (unknown fields dropped), when it has no errors. */
  pack?: CompiledPack;
  /** Its index is from an older odigos: rebuild it from the entries before use. */
  staleIndex: boolean;
  problems: FormatProblem[];
  /** The entries that passed, with their place in the list (whole-pack checks run on them even when others failed). */
  entries: Array<{ at: number; entry: Entry }>;
  meta?: PackMeta;
  /** The index's postings as the fast path walked them, their characters and numbers at once (index-data.ts). */
  postings?: PostingsVerdict;
}

/** Checks a parsed pack.json against the declaration, every field at every depth. */
export function checkFormat(value: unknown): FormatCheck {
  if (!isMap(value)) {
    return { problems: [{ severity: 'error', path: [], problem: said('format.notObject', { value: valueSaid(value) }) }], staleIndex: false, entries: [] };
  }
  // A pack with nothing to report passes the fast path; anything else is checked again to word its problems.
  return passes(value) ?? checkFully(value);
}

let fast: { top: Fast; entries: Fast; meta: Fast; index: Fast } | undefined;

/** The same checks as checkFully, compiled to closures (fast-parse.ts): the result, or undefined to check fully. */
export function passes(value: Record<string, unknown>): FormatCheck | undefined {
  fast ??= { top: compileFast(top), entries: compileFast(compiledPack.entries.entries), meta: compileFast(metaSchema), index: compileFast(compiledPack.entries.index, [], new Set([POSTINGS])) };
  const head = fast.top(value) as Record<string, unknown> | typeof FAIL;
  if (head === FAIL) return undefined;
  const list = fast.entries(value.entries) as Entry[] | typeof FAIL;
  const meta = fast.meta(value.meta) as PackMeta | typeof FAIL;
  const index = list === FAIL || meta === FAIL ? FAIL : (fast.index(value.index) as { v: number } | typeof FAIL);
  if (list === FAIL || meta === FAIL || index === FAIL) return undefined;
  // The postings' characters, left out of the closures above, with their numbers in one walk: a string that
  // breaks them goes to the full check, which words it.
  let postings: PostingsVerdict | undefined;
  if (index.v === INDEX_VERSION) {
    const current = index as unknown as { k: string; p: string; ids: string[] };
    const found = checkPostings(current, current.ids.length);
    if (found === MALFORMED) return undefined;
    postings = found;
  }
  const entries = list.map((entry, at) => ({ at, entry }));
  const pack = { ...head, entries: list, index } as CompiledPack;
  return { problems: [], staleIndex: index.v !== INDEX_VERSION, entries, meta, ...(postings ? { postings } : {}), pack };
}

/** Every problem, worded with the field's path: the walk along the declaration, then the schema library. */
export function checkFully(value: Record<string, unknown>): FormatCheck {
  const problems: FormatProblem[] = [];
  if (!precheck(compiledPack, value, problems)) return { problems, staleIndex: false, entries: [] };

  const head = v.safeParse(top, value, CONFIG);
  for (const issue of head.issues ?? []) problems.push(fromIssue(issue, []));

  const entries: FormatCheck['entries'] = [];
  const raw = Array.isArray(value.entries) ? value.entries : [];
  for (let at = 0; at < raw.length; at++) {
    const checked = v.safeParse(entrySchema, raw[at], problems.length >= PROBLEM_BUDGET ? { abortEarly: true } : CONFIG);
    if (checked.success) entries.push({ at, entry: checked.output });
    else for (const issue of checked.issues) problems.push(fromIssue(issue, ['entries', at]));
  }
  const meta = v.safeParse(metaSchema, value.meta, CONFIG);

  let staleIndex = false;
  let postings: PostingsVerdict | typeof MALFORMED | undefined;
  const idx = v.safeParse(indexSchema, value.index, { abortEarly: true });
  // A missing index is already reported with the pack's own fields.
  if (idx.success) staleIndex = (idx.output as { v: number }).v !== INDEX_VERSION;
  else if (value.index !== undefined) for (const issue of idx.issues) problems.push(fromIssue(issue, ['index']));
  // The numbers of the postings, as the fast path finds them (their characters passed the declaration's pattern).
  if (idx.success && !staleIndex) {
    const current = idx.output as { k: string; p: string; ids: string[] };
    postings = checkPostings(current, current.ids.length);
  }

  const found = { problems, staleIndex, entries, ...(meta.success ? { meta: meta.output } : {}), ...(postings && postings !== MALFORMED ? { postings } : {}) };
  if (problems.some((p) => p.severity === 'error') || !head.success) return found;
  return { ...found, pack: { ...head.output, entries: entries.map((e) => e.entry), index: idx.output } as CompiledPack };
}
