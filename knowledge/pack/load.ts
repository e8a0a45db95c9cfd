/**
 * One loader for every tool: a pack source folder (or its pack.yaml) is compiled in memory; a
 * compiled pack.json is read and validated. Bad input becomes Problems, never an exception.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { CompiledPack } from '../types';
import { checkCompiledPack, parseJson } from './compiled';
import { compileSource, type CompileOptions } from './compile';
import { sortProblems, type Problem } from './problems';
import { isoDay, MAX_PACK_BYTES } from './rules';
import { decodeText } from './text-file';

export interface LoadedPack {
  /** Present when the pack has no errors. */
  pack?: CompiledPack;
  problems: Problem[];
  kind: 'source' | 'compiled';
  /** A compiled pack as parsed, before checking (what its signature covers). */
  raw?: unknown;
}

export function loadPack(path: string, options: CompileOptions = {}): LoadedPack {
  if (!existsSync(path)) {
    return { kind: 'source', problems: [{ severity: 'error', file: path, message: 'no such file or folder' }] };
  }
  if (statSync(path).isDirectory()) return { kind: 'source', ...compileSource(path, options) };
  if (basename(path) === 'pack.yaml') return { kind: 'source', ...compileSource(dirname(path), options) };
  return { kind: 'compiled', ...loadCompiled(path, options) };
}

function loadCompiled(file: string, options: CompileOptions): Omit<LoadedPack, 'kind'> {
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_PACK_BYTES) {
      return { problems: [{ severity: 'error', file, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_PACK_BYTES / 1024 / 1024} MB a pack may be` }] };
    }
    bytes = readFileSync(file);
  } catch (e) {
    return { problems: [{ severity: 'error', file, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problems: [{ severity: 'error', file, message: decoded.message }] };
  const parsed = parseJson(decoded.text, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const checked = checkCompiledPack(parsed.value, file, { today: isoDay(options.now ?? new Date()), text: decoded.text });
  return { ...(checked.pack ? { pack: checked.pack } : {}), problems: sortProblems(checked.problems), raw: parsed.value };
}
