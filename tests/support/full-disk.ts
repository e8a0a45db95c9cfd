import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ExtensionBrowser } from './browser';

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

/** A describe block's full-disk setting: its small disk, the browser whose profile lives there, the filler if any. */
export interface FullDisk {
  /** The mounted disk (set once the block's tests start). */
  dir: string;
  /** Where the browser's profile goes on it. */
  readonly profileDir: string;
  browser?: ExtensionBrowser;
  filler?: string;
  /** Fills the disk to the last byte (the filler is removed after the block if the test has not). */
  fill(): string;
  /** Frees the space again. */
  free(): Promise<void>;
}

/**
 * A small disk for the describe block's browser profile: mounted before its tests; after them the filler removed,
 * the browser closed (its profile kept for the unmount) and the disk unmounted, whatever the tests left.
 */
export function useFullDisk(prefix: string): FullDisk {
  let mounted = false;
  const disk: FullDisk = {
    dir: '',
    get profileDir() {
      return join(disk.dir, 'profile');
    },
    fill: () => (disk.filler = fill(disk.dir)),
    free: async () => {
      if (disk.filler) await rm(disk.filler, { force: true });
      disk.filler = undefined;
    },
  };
  beforeAll(async () => {
    disk.dir = await mkdtemp(join(tmpdir(), prefix));
    mountTmpfs(disk.dir);
    mounted = true;
  });
  afterAll(async () => {
    await disk.free();
    await disk.browser?.close({ keepProfile: true }).catch(() => undefined);
    if (mounted) unmount(disk.dir);
    await rmdir(disk.dir).catch(() => undefined);
  });
  return disk;
}
