import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'tests/unit/pack/fixtures');
export const GOOD = join(FIXTURES, 'good');
export const BAD = join(FIXTURES, 'bad');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a subprocess (`node bin/odigos.mjs …`), from the repo root. */
export function odigos(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, 'bin/odigos.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' }, (_e, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}
