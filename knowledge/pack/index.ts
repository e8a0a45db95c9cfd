/** Knowledge packs: read, validate, compile, write, load and compare. (Node-only parts: source, compile, load, write.) */
export { compilePack, compileSource, validateSource } from './compile';
export type { CompileOptions, CompileResult } from './compile';
export { checkCompiledPack, parseJson } from './compiled';
export type { CompiledCheck } from './compiled';
export { diffPacks } from './diff';
export type { ChangedEntry, EntryRef, PackDiff } from './diff';
export { parseDuration } from './duration';
export { loadPack } from './load';
export type { LoadedPack } from './load';
export { countProblems, failsValidation, formatProblem, PackError, sortProblems } from './problems';
export type { Problem, Severity } from './problems';
export { compareSemver } from './semver';
export { findTemplateLinks, parseSopBody } from './sop-body';
export type { ParsedSopBody } from './sop-body';
export { readPackSource } from './source';
export { serializePack, writeFileAtomic, writePack } from './write';
