/**
 * The compiled packs this odigos has checked before, remembered by the SHA-256 of their bytes together with the
 * checker's own code: `odigos suggest` on the same pack.json again (or eval after suggest) need not check every
 * entry again, which on 5,000 entries costs more than reading the file. The trust is local: a hash written into the
 * pack itself would prove nothing (whoever edits the file can rewrite it), while here a changed byte, or a changed
 * checker, is another key, and the pack is checked in full. Only packs that passed whole, and that checking left
 * exactly as they were read, are remembered. ODIGOS_CACHE=off turns it off; ODIGOS_CACHE_DIR moves it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleGraph, type ModuleGraph } from './module-graph';
import type { CheckedPacks } from '../node/load';
import { makeFolders } from '../node/write';

/**
 * The code whose verdict is remembered: the loader of a compiled pack and the check it runs, with every module they
 * import (the pack format, its checks, the engine's index, the text and template code the checks call) and the
 * versions of the packages among them (the schema library).
 */
const CHECKER = ['../node/load.ts', '../pack/compiled.ts'];

/** The project folder: where `@/` imports point and node_modules is. */
const project = (): string => fileURLToPath(new URL('../..', import.meta.url));

/** The checker's modules and packages (tests read it). */
export const checkerGraph = (): ModuleGraph => moduleGraph(CHECKER.map((rel) => fileURLToPath(new URL(rel, import.meta.url))), project());

/** A hash of a module graph's files (by their path in `root` and their bytes) and packages. */
export function graphFingerprint(graph: ModuleGraph, root: string): string {
  const hash = createHash('sha256');
  for (const file of graph.files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  hash.update(graph.packages.join('\n'));
  return hash.digest('hex').slice(0, 16);
}

let fingerprint: string | undefined;

/** A hash of the checker's source (odigos runs from it): a new odigos, or an edited check, forgets old verdicts. */
const checkerFingerprint = (): string => (fingerprint ??= graphFingerprint(checkerGraph(), project()));

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
