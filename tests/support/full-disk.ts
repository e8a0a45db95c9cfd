import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small disk of its own for a browser profile, to be filled to the last byte (needs root, as CI runs): the
 * full-disk e2e tests (notes, SOP progress) put the profile on it.
 */
export function mountTmpfs(dir: string, size = '96m'): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir]);
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir]);
  } catch {
    // Something still holds a file there (a crashed browser's child): detach it now, freed when released.
    execFileSync('umount', ['-l', dir]);
  }
}

/** Fill the file system holding `dir` to the last byte; returns the filler's path. */
export function fill(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  try {
    for (const size of [1 << 20, 1 << 12, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}
