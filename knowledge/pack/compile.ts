/** Source folder → CompiledPack (entries + the engine's prebuilt index), after validating everything. */
import { PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, type CompiledPack } from '../types';
import { checkPack } from './checks';
import { buildIndex } from './engine';
import { problemAt, said, sortProblems, type Problem, type Unusable } from './problems';
import { isoDay } from './rules';
import type { PackSource } from './source';
import { checkFormat, formatSaid, type FormatProblem } from './check-format';
import { SITES_FILE } from './sites';
import { NAMES_FILE } from './names';
import { fillEntryVariables, unusedVariables } from './variables';
import { writtenVariableValues } from './written-values';
import { noteRefusedLinks } from './refused';

export interface CompileOptions {
  /** The build time (builtAt) and "today" for review dates; defaults to now. */
  now?: Date;
}

export interface CompileResult {
  /** Present only when there are no errors (warnings allowed). */
  pack?: CompiledPack;
  /** Every error and warning, sorted by file and line. */
  problems: Problem[];
  /** Set when the folder is no pack at all (missing, or no pack.yaml): `problems` holds only the reason. */
  unusable?: Unusable;
}

const UNDEFINED_VARIABLE: ReadonlySet<string> = new Set(['variable.undefined', 'variable.undefinedOthers']);

/** A pack source, as read from its files (parsePackSource), checked and compiled: every problem at once. */
export function compileFrom(source: PackSource, options: CompileOptions = {}): CompileResult {
  const now = options.now ?? new Date();
  if (source.unusable) return { problems: source.problems, unusable: source.unusable };
  // pack.yaml refused for another field still defines its variables: the entries are checked against them.
  const meta = source.meta ?? (source.variables ? { variables: source.variables } : undefined);
  const checked = sortProblems([
    ...source.problems,
    ...checkPack({ meta, metaFile: source.metaFile, metaLine: source.metaLine, entries: source.entries, today: isoDay(now), refused: source.refused }),
    ...unusedVariables(meta, source.entries, source.metaFile, source.metaLine),
    ...writtenVariableValues(meta, source.entries),
  ]);
  // A pack.yaml that is no YAML hides its variables: its own error is the one to fix, not each {{x}} of the entries.
  const problems = noteRefusedLinks(source.variablesUnread ? checked.filter((p) => !UNDEFINED_VARIABLE.has(p.code)) : checked, source.entries, source.refused);
  if (!source.meta || problems.some((p) => p.severity === 'error')) return { problems };
  // The pack's variables are filled in here, once: the compiled pack's text reads with the values everywhere it
  // is shown (SOP steps, purposes, glossaries, template bodies) and the index is built from what agents see.
  const entries = source.entries.map((e) => fillEntryVariables(e.entry, source.meta!.variables));
  const pack: CompiledPack = {
    schema: PACK_SCHEMA_ID,
    schemaVersion: PACK_SCHEMA_VERSION,
    meta: source.meta,
    builtAt: now.toISOString(),
    entries,
    index: buildIndex(entries),
    ...(source.sites.length ? { sites: source.sites } : {}),
    ...(source.names.length ? { names: source.names } : {}),
  };
  // What the reader built passes the same declaration as a pack.json: a rule the front-matter reader does not
  // know (control characters, lengths) still stops the build, at the source line of the field.
  const gate = checkFormat(pack);
  const refused = bodyFirst(gate.problems.filter((p) => p.severity === 'error')).map((p) => sourceProblem(p, source));
  if (refused.length || !gate.pack) return { problems: sortProblems([...problems, ...refused]) };
  return { pack: gate.pack, problems };
}

/**
 * An SOP's steps are read from its body: where the body itself is refused (too long, a control character), the
 * same text in its steps is not a second mistake.
 */
function bodyFirst(problems: FormatProblem[]): FormatProblem[] {
  const bodies = new Set(problems.filter((p) => p.path[0] === 'entries' && p.path[2] === 'body').map((p) => p.path[1]));
  return bodies.size ? problems.filter((p) => !(p.path[0] === 'entries' && p.path[2] === 'steps' && bodies.has(p.path[1]))) : problems;
}

/** The file line of a step's or a branch's problem (`steps[2].branches[0].condition`), where the reader kept it. */
function stepLine(e: PackSource['entries'][number], path: FormatProblem['path']): number | undefined {
  const [, , , step, , branch] = path;
  if (typeof step !== 'number') return undefined;
  const lines = e.stepLines?.[step];
  return typeof branch === 'number' && path[4] === 'branches' ? lines?.branchLines[branch] ?? lines?.line : lines?.line;
}

/** A format problem of a pack built from a source folder, at the file and line it came from. */
function sourceProblem(p: FormatProblem, source: PackSource): Problem {
  const [head, second, field] = p.path;
  if (head === 'entries' && typeof second === 'number') {
    const e = source.entries[second]!;
    // The body and the SOP steps read from it are below the front matter: their first line, not the file's.
    const inBody = field === 'steps' ? stepLine(e, p.path) ?? e.bodyFirstLine : field === 'body' ? e.bodyFirstLine : undefined;
    // A glossary term's meaning is on the term's own line.
    const key = field === 'terms' && typeof p.path[3] === 'string' ? `terms.${p.path[3]}` : field === 'escalation' && typeof p.path[3] === 'string' ? `escalation.${p.path[3]}` : field;
    const line = inBody || (typeof key === 'string' && (e.fieldLine?.(key) ?? (typeof field === 'string' ? e.fieldLine?.(field) : undefined))) || 1;
    return problemAt(p.severity, e.file, line, formatSaid(p, 2));
  }
  if (head === 'meta') {
    // A variable's problem points at the variable's own line (`variables.policy.refundCardDays`).
    const key = typeof second === 'string' && typeof field === 'string' ? `${second}.${field}` : second;
    const line = (typeof key === 'string' && source.metaLine(key)) || (typeof second === 'string' && source.metaLine(second)) || 1;
    return problemAt(p.severity, source.metaFile, line, formatSaid(p, 1));
  }
  return problemAt(p.severity, head === 'sites' ? source.pathOf(SITES_FILE) : head === 'names' ? source.pathOf(NAMES_FILE) : source.metaFile, undefined, formatSaid(p, 0, said('what.pack')));
}
