/**
 * A lock shared by every studio working on one folder (two terminals, two trainers on a shared drive): a directory
 * created with mkdir, which succeeds for one process only. A lock left by a crashed studio is taken over once its
 * process is gone or it is older than any write could take.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STALE_MS = 30_000;
const WAIT_MS = 10_000;

function holderGone(lock: string): boolean {
  let owner: { pid: number; at: number };
  try {
    owner = JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')) as { pid: number; at: number };
  } catch {
    // No owner yet: the holder is between mkdir and writing it, or died there (then the lock grows old).
    try {
      return Date.now() - statSync(lock).mtimeMs > 2_000;
    } catch {
      return true;
    }
  }
  if (Date.now() - owner.at > STALE_MS) return true;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Another studio (or a crashed one's fresh lock) holds the folder: the page says so and to try again. */
export class LockBusy extends Error {}

export async function withLock<T>(dir: string, fn: () => Promise<T> | T): Promise<T> {
  const lock = join(dir, 'write.lock');
  mkdirSync(dir, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, at: Date.now() }));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (holderGone(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new LockBusy('another studio holds the folder lock; try again');
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
