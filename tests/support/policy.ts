import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './static-server';

const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its folder's path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The folder of a build under test (the e2e build by default). */
export function buildDir(build = 'chrome-mv3-e2e'): string {
  return join(REPO_ROOT, process.env.ODIGOS_OUT_DIR ?? '.output', build);
}

/**
 * Enterprise policy for the extension, as an administrator would set it: Debian's Chromium reads
 * /etc/chromium/policies/managed/*.json at start-up (tests run as root). Returns the remover for `finally`.
 */
export function writeExtensionPolicy(name: string, values: Record<string, unknown>, build?: string): () => void {
  const id = unpackedExtensionId(buildDir(build));
  // Unique to this checkout and run: two runs on one machine (two clones, or a run and a demo) must not
  // overwrite or delete each other's policy, and Chromium merges every file's per-extension values.
  const file = join(POLICY_DIR, `${name}-${id.slice(0, 12)}-${process.pid}.json`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw e;
    throw new Error(`the enterprise-policy tests write Chromium policy files into ${POLICY_DIR}: run npm test as root (README)`);
  }
  return () => rmSync(file, { force: true });
}
