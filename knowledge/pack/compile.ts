/** Source folder → CompiledPack (entries + the engine's prebuilt index), after validating everything. */
import { PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, type CompiledPack } from '../types';
import { checkPack } from './checks';
import { buildIndex } from './engine';
import { PackError, sortProblems, type Problem } from './problems';
import { isoDay } from './rules';
import { readPackSource } from './source';

export interface CompileOptions {
  /** The build time (builtAt) and "today" for review dates; defaults to now. */
  now?: Date;
}

export interface CompileResult {
  /** Present only when there are no errors (warnings allowed). */
  pack?: CompiledPack;
  /** Every error and warning, sorted by file and line. */
  problems: Problem[];
}

/** Validates a source folder: all problems at once (file:line: message). */
export function validateSource(srcDir: string, options: CompileOptions = {}): Problem[] {
  return compileSource(srcDir, options).problems;
}

export function compileSource(srcDir: string, options: CompileOptions = {}): CompileResult {
  const now = options.now ?? new Date();
  const source = readPackSource(srcDir);
  const problems = sortProblems([
    ...source.problems,
    ...checkPack({ meta: source.meta, metaFile: source.metaFile, metaLine: source.metaLine, entries: source.entries, today: isoDay(now) }),
  ]);
  if (!source.meta || problems.some((p) => p.severity === 'error')) return { problems };
  const entries = source.entries.map((e) => e.entry);
  const pack: CompiledPack = {
    schema: PACK_SCHEMA_ID,
    schemaVersion: PACK_SCHEMA_VERSION,
    meta: source.meta,
    builtAt: now.toISOString(),
    entries,
    index: buildIndex(entries),
    ...(source.sites.length ? { sites: source.sites } : {}),
  };
  return { pack, problems };
}

/** Like compileSource, but throws a PackError carrying every problem when the pack has errors. */
export function compilePack(srcDir: string, options: CompileOptions = {}): CompiledPack {
  const { pack, problems } = compileSource(srcDir, options);
  if (!pack) throw new PackError(problems);
  return pack;
}
