import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../../knowledge/cli/main';

export const ROOT = join(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'tests/unit/pack/fixtures');
export const GOOD = join(FIXTURES, 'good');
export const BAD = join(FIXTURES, 'bad');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, as bin/odigos.mjs does (fast: no new Node and no TypeScript compile per call). */
export async function odigos(...args: string[]): Promise<Run> {
  return odigosWith({}, ...args);
}

/** The same, with what standard input holds and the environment (LANG …) it runs in. */
export async function odigosWith(options: { stdin?: string | Uint8Array; env?: Record<string, string> }, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    stdin: () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? new Uint8Array())),
    // The terminal's language is the test's to give: none is English, whatever the machine running the tests speaks.
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Runs the real CLI as a subprocess (`node bin/odigos.mjs …`), from the repo root, with `input` on stdin. */
export function odigosProcess(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, 'bin/odigos.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (_e, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}
