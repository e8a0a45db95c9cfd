/** Files written by the CLI and the studio: always whole, never half (Node only). */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CompiledPack } from '../types';
import { serializePack } from '../pack/serialize';

export { serializePack };

/**
 * Creates `dir` and the missing folders above it, one level at a time. Node's recursive mkdir never returns for
 * some paths that cannot be created (under /proc it loops forever); one level at a time fails at once with the
 * reason («no such file or folder», «permission denied»).
 */
export function makeFolders(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d, mode === undefined ? undefined : { mode });
    } catch (e) {
      // Made meanwhile by someone else: fine, if it is a folder.
      if ((e as { code?: string }).code !== 'EEXIST' || !statSync(d).isDirectory()) throw e;
    }
  }
}

/**
 * Writes `text` (or these very bytes) to `path` atomically: into a temporary file beside it, flushed, then renamed
 * over it, so readers see the old file or the new one and never a partial one.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  makeFolders(dirname(path));
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      // Two calls for writeSync's two overloads (a string, or bytes as they are).
      if (typeof text === 'string') writeSync(fd, text);
      else writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function writePack(pack: CompiledPack, path: string): void {
  writeFileAtomic(path, serializePack(pack));
}
