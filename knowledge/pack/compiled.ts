/**
 * Validates a compiled pack (pack.json) against the format declaration (format.ts), every field at every depth,
 * then runs the same whole-pack checks as for a source folder. The pack it returns is what was checked: unknown
 * fields dropped, an older index rebuilt.
 */
import type { CompiledPack } from '../types';
import { buildIndex } from '../engine/build-index';
import { checkFormat, formatMessage, type FormatProblem } from './check-format';
import { checkCompiledSteps, checkPack } from './checks';
import { indexProblem, type IndexData } from '../engine/index-data';
import type { LocatedEntry } from './located';
import { sortProblems, type Problem } from './problems';
import { SLUG } from './rules';

export interface CompiledCheck {
  /** The pack, when it has no errors. */
  pack?: CompiledPack;
  problems: Problem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of offset `pos` in `text`. */
function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses JSON text, reporting a syntax error with its line. */
export function parseJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = lineCol ? Number(lineCol[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
    return { ok: false, problem: { severity: 'error', file, line, message: `invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}` } };
  }
}

/**
 * The line of each entry's `"id": "…"` in the file text, found in one pass: entries appear in order, so each
 * search starts where the previous one ended, and the first miss ends the search (no entry gets a line then).
 */
function entryLines(text: string | undefined, ids: ReadonlyArray<string | undefined>): Array<number | undefined> {
  const out: Array<number | undefined> = [];
  if (!text) return out;
  let at = 0;
  let line = 1;
  for (const id of ids) {
    const found = id ? text.indexOf(`"id": ${JSON.stringify(id)}`, at) : -1;
    if (found < 0) break;
    for (let i = at; i < found; i++) if (text.charCodeAt(i) === 10) line++;
    at = found;
    out.push(line);
  }
  return out;
}

/** `entry "refund": ` (or `entry #3: ` when the entry has no usable id), the prefix of an entry's problems. */
function entryLabel(raw: unknown, i: number): string {
  const id = isObject(raw) && typeof raw.id === 'string' && SLUG.test(raw.id) ? raw.id : undefined;
  return `entry ${id ? `"${id}"` : `#${i + 1}`}: `;
}

/** A problem found by the format check, worded with the field's path. */
function describe(p: FormatProblem, rawEntries: unknown[], lines: Array<number | undefined>, file: string): Problem {
  const [head, second] = p.path;
  if (head === 'entries' && typeof second === 'number') {
    return { severity: p.severity, file, line: lines[second], message: entryLabel(rawEntries[second], second) + formatMessage(p, 2) };
  }
  return { severity: p.severity, file, message: head === 'meta' && p.path.length > 1 ? `meta: ${formatMessage(p, 1)}` : formatMessage(p, 0) };
}

/** Checks a parsed pack.json; `text` (the file's content) lets messages carry the entry's line. */
export function checkCompiledPack(value: unknown, file: string, options: { today: string; text?: string }): CompiledCheck {
  const format = checkFormat(value);
  const rawEntries = isObject(value) && Array.isArray(value.entries) ? value.entries : [];
  const lines = entryLines(options.text, rawEntries.map((e) => (isObject(e) && typeof e.id === 'string' ? e.id : undefined)));
  const problems: Problem[] = format.problems.map((p) => describe(p, rawEntries, lines, file));
  const located: LocatedEntry[] = format.entries.map(({ at, entry }) => ({ entry, file, line: lines[at], label: entryLabel(entry, at) }));
  for (const p of checkCompiledSteps(located)) problems.push(p);
  for (const p of checkPack({ meta: format.meta, metaFile: file, entries: located, today: options.today, variablesFilled: true })) problems.push(p);
  const pack = format.pack;
  // An index from an older odigos, or one that does not fit the entries (a hand-edited file), is rebuilt from
  // the checked entries: what is stored is what was checked.
  const misfit = pack && !format.staleIndex ? indexProblem(pack.index as IndexData, pack.entries.map((e) => e.id)) : undefined;
  if (misfit?.corrupt) problems.push({ severity: 'error', file, message: `"index" is corrupt: ${misfit.problem} (rebuild the pack with odigos build)` });
  else if (misfit) problems.push({ severity: 'warning', file, message: `"index" does not fit the entries (${misfit.problem}): it is rebuilt from them (odigos build writes a fitting one)` });
  const sorted = sortProblems(problems);
  if (!pack || sorted.some((p) => p.severity === 'error')) return { problems: sorted };
  return { pack: format.staleIndex || misfit ? { ...pack, index: buildIndex(pack.entries) } : pack, problems: sorted };
}
