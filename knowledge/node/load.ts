/**
 * One loader for every tool: a pack source folder (or its pack.yaml) is compiled in memory; a
 * compiled pack.json is read and validated. Bad input becomes Problems, never an exception; input that is
 * no pack at all (missing, unreadable, something else) is marked `unusable` with its one reason.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { PACK_SCHEMA_ID, type CompiledPack } from '../types';
import { checkCompiledPack, parseJson } from '../pack/compiled';
import type { CompileOptions } from '../pack/compile';
import { problemAt, said, sortProblems, type Problem, type Said, type Unusable } from '../pack/problems';
import { isoDay, MAX_PACK_BYTES } from '../pack/rules';
import { decodeText, excerpt, readFailureSaid } from '../pack/text-file';
import { compileSource } from './compile';

/**
 * Verdicts on compiled packs checked before (knowledge/cli/checked-packs.ts): a pack whose exact bytes passed this
 * checker is not checked again.
 */
export interface CheckedPacks {
  key(bytes: Uint8Array): string;
  has(key: string): boolean;
  add(key: string): void;
}

export interface LoadOptions extends CompileOptions {
  /** Only for using a pack: a remembered pack comes back without its warnings (validate checks in full). */
  checked?: CheckedPacks;
  /**
   * false: a pack loaded to be used, whose warnings nobody shows: a compiled pack is checked for errors only, every
   * field at every depth, but without the checks that can only warn (validate, which lists warnings, leaves it on).
   */
  warnings?: boolean;
}

export interface LoadedPack {
  /** Present when the pack has no errors. */
  pack?: CompiledPack;
  problems: Problem[];
  kind: 'source' | 'compiled';
  /** A compiled pack as parsed, before checking (what its signature covers). */
  raw?: unknown;
  /** The input is no pack at all; `problems` holds only why. */
  unusable?: Unusable;
}


export function loadPack(path: string, options: LoadOptions = {}): LoadedPack {
  if (!existsSync(path)) return unusable('source', path, 'missing', said('load.missing'));
  if (statSync(path).isDirectory()) return { kind: 'source', ...compileSource(path, options) };
  if (basename(path) === 'pack.yaml') return { kind: 'source', ...compileSource(dirname(path), options) };
  const ext = extname(path).toLowerCase();
  if (ext === '.md') return unusable('source', path, 'not-a-pack', markdownMessage(path));
  if (ext === '.yaml' || ext === '.yml') return unusable('source', path, 'not-a-pack', said('load.yaml'));
  return { kind: 'compiled', ...loadCompiled(path, options) };
}

/** A Markdown file inside a pack folder is one of its entries; other Markdown (a README) is just not a pack. */
function markdownMessage(path: string): Said {
  let inPack = false;
  for (let dir = dirname(resolve(path)); !inPack && dirname(dir) !== dir; dir = dirname(dir)) inPack = existsSync(join(dir, 'pack.yaml'));
  return said(inPack ? 'load.entryFile' : 'load.markdown');
}

function unusable(kind: LoadedPack['kind'], file: string, why: Unusable, problem: Said): LoadedPack {
  return { kind, ...refusal(file, why, problem) };
}

const refusal = (file: string, why: Unusable, problem: Said): Omit<LoadedPack, 'kind'> => ({ unusable: why, problems: [problemAt('error', file, undefined, problem)] });

function loadCompiled(file: string, options: LoadOptions): Omit<LoadedPack, 'kind'> {
  const refuse = (why: Unusable, problem: Said) => refusal(file, why, problem);
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_PACK_BYTES) {
      return refuse('not-a-pack', said('load.tooLarge', { size: (size / 1024 / 1024).toFixed(1), max: String(MAX_PACK_BYTES / 1024 / 1024) }));
    }
    bytes = readFileSync(file);
  } catch (e) {
    return refuse('unreadable', said('file.unreadable', { why: readFailureSaid(e) }));
  }
  return checkCompiledBytes(bytes, file, options);
}

/**
 * A compiled pack's bytes, decoded, parsed and checked, as loadPack reads a pack.json: what odigos build calls on
 * the text it is about to write, so the pack it writes is remembered (options.checked) under the key of exactly
 * those bytes, by exactly the check every later command would run on them.
 */
export function checkCompiledBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): Omit<LoadedPack, 'kind'> {
  const refuse = (why: Unusable, problem: Said) => refusal(file, why, problem);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('not-a-pack', decoded.binary ? said('load.wrongFile', { problem: decoded.problem }) : decoded.problem);
  const start = decoded.text.trimStart();
  if (!start) return refuse('not-a-pack', said('load.empty'));
  // Something that is not even meant to be JSON is the wrong file; a pack.json cut short is a broken pack.
  if (!start.startsWith('{') && !start.startsWith('[')) return refuse('not-a-pack', said('load.notJson', { start: excerpt(start, 30) }));
  const parsed = parseJson(decoded.text, file);
  // Several JSON values one after another: JSON Lines (queries, eval cases), not a pack cut short.
  if (!parsed.ok && /after JSON|Unexpected token '?\{/.test(parsed.problem.message) && /^\s*\{[^\n]*\}\s*\n\s*\{/.test(decoded.text.slice(0, 100_000))) {
    return refuse('not-a-pack', said('load.jsonLines'));
  }
  if (!parsed.ok) return { problems: [parsed.problem] };
  const value = parsed.value as { schema?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value.schema !== PACK_SCHEMA_ID && !('entries' in value))) {
    return refuse('not-a-pack', said('load.notPack', { schema: PACK_SCHEMA_ID }));
  }
  const remembered = options.checked;
  const key = remembered?.key(bytes);
  if (remembered && key && remembered.has(key)) return { pack: parsed.value as CompiledPack, problems: [], raw: parsed.value };
  const checked = checkCompiledPack(parsed.value, file, { today: isoDay(options.now ?? new Date()), text: decoded.text, warnings: options.warnings ?? true });
  // Remembered only when checking found no error and changed nothing: then the pack as read is the pack as checked.
  const passed = checked.pack && !checked.problems.some((p) => p.severity === 'error');
  if (remembered && key && passed && sameAsRead(checked.pack, parsed.value)) remembered.add(key);
  return { ...(checked.pack ? { pack: checked.pack } : {}), problems: sortProblems(checked.problems), raw: parsed.value };
}

/**
 * Is the checked pack the pack as read? Field by field, each the very object that was read or deeply equal to it:
 * a right pack's check hands back the entries and index it was given (fast-parse.ts), so 16 MB of them are not
 * compared again value by value.
 */
function sameAsRead(checked: unknown, read: unknown): boolean {
  if (checked === read) return true;
  if (typeof checked !== 'object' || typeof read !== 'object' || !checked || !read || Array.isArray(checked) || Array.isArray(read)) return isDeepStrictEqual(checked, read);
  const a = checked as Record<string, unknown>;
  const b = read as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  return keys.every((k) => Object.hasOwn(b, k) && (a[k] === b[k] || isDeepStrictEqual(a[k], b[k])));
}
