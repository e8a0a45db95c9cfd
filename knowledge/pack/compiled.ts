/**
 * Validates a compiled pack (pack.json) against the format declaration (format.ts), every field at every depth,
 * then runs the same whole-pack checks as for a source folder. The pack it returns is what was checked: unknown
 * fields dropped, an older index rebuilt.
 */
import type { CompiledPack, Entry } from '../types';
import { buildIndex } from '../engine/build-index';
import { checkFormat, formatSaid, pathText, type FormatProblem } from './check-format';
import { checkCompiledSteps, checkPack } from './checks';
import { entryLines, once } from './entry-lines';
import { indexProblem, type IndexData } from '../engine/index-data';
import type { LocatedEntry } from './located';
import { problemAt, said, sortProblems, type Problem, type Said } from './problems';
import { SLUG } from './rules';
import { noteRefusedLinks, type RefusedEntry } from './refused';

export interface CompiledCheck {
  /** The pack, when it has no errors. */
  pack?: CompiledPack;
  problems: Problem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of offset `pos` in `text` (for the one syntax error of a file). */
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
    return { ok: false, problem: problemAt('error', file, line, said('json.invalid', { detail: msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '') })) };
  }
}

/** The entry's id, or `#3` when it has no usable one. */
function entryName(raw: unknown, i: number): string {
  const id = isObject(raw) && typeof raw.id === 'string' && SLUG.test(raw.id) ? raw.id : undefined;
  return id ?? `#${i + 1}`;
}

/** `entry "refund": …` (or `entry #3: …` when the entry has no usable id): an entry's problem, with the entry named. */
function inEntryOf(raw: unknown, i: number, problem: Said): Said {
  const name = entryName(raw, i);
  return name.startsWith('#') ? said('at.entryNumber', { n: name.slice(1), problem }) : said('at.entry', { entry: name, problem });
}

/** A problem found by the format check, worded with the field's path (and the entry and field kept apart, for the options page). */
function describe(p: FormatProblem, rawEntries: unknown[], lineOf: (entry: number) => number | undefined, file: string): Problem {
  const [head, second] = p.path;
  if (head === 'entries' && typeof second === 'number') {
    const field = pathText(p.path.slice(2));
    const problem = problemAt(p.severity, file, lineOf(second), inEntryOf(rawEntries[second], second, formatSaid(p, 2)));
    return { ...problem, entry: entryName(rawEntries[second], second), ...(field ? { field } : {}) };
  }
  const field = pathText(p.path);
  const problem = head === 'meta' && p.path.length > 1 ? said('at.meta', { problem: formatSaid(p, 1) }) : formatSaid(p, 0);
  return { ...problemAt(p.severity, file, undefined, problem), ...(field ? { field } : {}) };
}

/**
 * An entry of a compiled pack for the whole-pack checks: its label and line are worked out when a problem asks for
 * them (nearly never), from the prototype, not by two closures and a string made for each of 5,000 entries.
 */
class CompiledEntry implements LocatedEntry {
  constructor(
    readonly entry: Entry,
    readonly file: string,
    private readonly at: number,
    private readonly lineOf: (at: number) => number | undefined,
  ) {}
  within(problem: Said): Said {
    return inEntryOf(this.entry, this.at, problem);
  }
  get line(): number | undefined {
    return this.lineOf(this.at);
  }
}

/** The entries the format check refused that have an id links can use (a refused entry with none is linked by nothing). */
function refusedEntries(raw: readonly unknown[], passed: ReadonlyArray<{ at: number }>, file: string): Map<string, RefusedEntry> {
  const refused = new Map<string, RefusedEntry>();
  if (passed.length === raw.length) return refused;
  const ok = new Set(passed.map((p) => p.at));
  raw.forEach((entry, at) => {
    const name = entryName(entry, at);
    if (!ok.has(at) && !name.startsWith('#')) refused.set(name, { file, entry: name });
  });
  return refused;
}

export interface CompiledCheckOptions {
  today: string;
  /** The file's content: lets messages carry the entry's line. */
  text?: string;
  /** false: errors only, for a pack taken in to be used (checks.ts: PackCheckInput.warnings). */
  warnings?: boolean;
}

/** Checks a parsed pack.json. */
export function checkCompiledPack(value: unknown, file: string, options: CompiledCheckOptions): CompiledCheck {
  const format = checkFormat(value);
  const rawEntries = isObject(value) && Array.isArray(value.entries) ? value.entries : [];
  // Entry lines are found in one pass over the text, and only when a problem needs one.
  const text = options.text;
  const lines = once(() => (text ? entryLines(text) : []));
  const lineOf = (at: number): number | undefined => lines()[at];
  const problems: Problem[] = format.problems.map((p) => describe(p, rawEntries, lineOf, file));
  const located: LocatedEntry[] = format.entries.map(({ at, entry }) => new CompiledEntry(entry, file, at, lineOf));
  const refused = refusedEntries(rawEntries, format.entries, file);
  for (const p of checkCompiledSteps(located, refused)) problems.push(p);
  const input = { meta: format.meta, metaFile: file, entries: located, today: options.today, variablesFilled: true, warnings: options.warnings ?? true, refused };
  for (const p of checkPack(input)) problems.push(p);
  const pack = format.pack;
  // An index from an older odigos, or one that does not fit the entries (a hand-edited file), is rebuilt from
  // the checked entries: what is stored is what was checked.
  const misfit = pack && !format.staleIndex ? indexProblem(pack.index as IndexData, pack.entries.map((e) => e.id), format.postings) : undefined;
  if (misfit?.corrupt) problems.push(problemAt('error', file, undefined, said('index.corrupt', { detail: misfit.problem })));
  else if (misfit) problems.push(problemAt('warning', file, undefined, said('index.misfit', { detail: misfit.problem })));
  const sorted = noteRefusedLinks(sortProblems(problems), located, refused);
  if (!pack || sorted.some((p) => p.severity === 'error')) return { problems: sorted };
  return { pack: format.staleIndex || misfit ? { ...pack, index: buildIndex(pack.entries) } : pack, problems: sorted };
}
