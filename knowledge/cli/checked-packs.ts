/**
 * The compiled packs this odigos has checked before, remembered by the SHA-256 of their bytes together with the
 * checker's own code: `odigos suggest` on the same pack.json again (or eval after suggest) need not check every
 * entry again, which on 5,000 entries costs more than reading the file. The trust is local: a hash written into the
 * pack itself would prove nothing (whoever edits the file can rewrite it), while here a changed byte, or a changed
 * checker, is another key, and the pack is checked in full. Only packs that passed whole, and that checking left
 * exactly as they were read, are remembered. ODIGOS_CACHE=off turns it off; ODIGOS_CACHE_DIR moves it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CheckedPacks } from '../node/load';
import { makeFolders } from '../node/write';

/** The code whose verdict is remembered: the pack format, its checks, and the engine's index it validates. */
const CHECKER = ['../pack', '../engine'];

let fingerprint: string | undefined;

/** A hash of the checker's source (odigos runs from it): a new odigos, or an edited check, forgets old verdicts. */
function checkerFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  for (const rel of CHECKER) {
    const dir = new URL(rel, import.meta.url).pathname;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  }
  hash.update(readFileSync(new URL('../types.ts', import.meta.url)));
  return (fingerprint = hash.digest('hex').slice(0, 16));
}

function cacheDir(): string | undefined {
  if (process.env.ODIGOS_CACHE === 'off') return undefined;
  return process.env.ODIGOS_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'odigos', 'checked-packs');
}

/** The remembered verdicts, or undefined when turned off. A cache that cannot be written is simply not used. */
export function checkedPacks(): CheckedPacks | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  return {
    key: (bytes) => `${createHash('sha256').update(bytes).digest('hex')}-${checkerFingerprint()}`,
    has: (key) => existsSync(join(dir, key)),
    add(key) {
      try {
        makeFolders(dir);
        writeFileSync(join(dir, key), '');
      } catch {
        // A read-only home or a full disk: the next run checks the pack again, nothing worse.
      }
    },
  };
}
