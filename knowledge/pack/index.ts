/** Knowledge packs: read, validate, compile and compare; pure (reading folders and files is knowledge/node). */
export { compileFrom } from './compile';
export type { CompileOptions, CompileResult } from './compile';
export { checkCompiledPack, parseJson } from './compiled';
export type { CompiledCheck } from './compiled';
export { diffPacks } from './diff';
export type { ChangedEntry, EntryRef, PackDiff } from './diff';
export { parseDuration } from './duration';
export { countProblems, failsValidation, formatProblem, PackError, sortProblems } from './problems';
export type { Problem, Severity } from './problems';
export { compareSemver } from './semver';
export { findTemplateLinks, parseSopBody } from './sop-body';
export type { ParsedSopBody } from './sop-body';
export { parsePackSource } from './source';
export type { PackFiles, PackSource } from './source';
export { serializePack } from './serialize';
