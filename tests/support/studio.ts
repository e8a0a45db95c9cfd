/** `odigos studio <dir>` as a trainer starts it, for the end-to-end tests of the studio. */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './static-server';

export interface Studio {
  url: string;
  child: ChildProcess;
}

/**
 * `odigos studio <dir>` as a trainer runs it, from a folder of their own (not the repository: its imports must still
 * resolve); resolves with the address it prints (the first run builds the page).
 */
export function startStudio(dir: string, ...options: string[]): Promise<Studio> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/odigos.mjs'), 'studio', dir, ...options], { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the studio did not start: ${out}${err}`)), 240_000);
    child.stderr!.on('data', (c) => (err += c));
    child.stdout!.on('data', (c) => {
      out += c;
      const url = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        ok({ url, child });
      }
    });
    child.on('exit', (code) => fail(new Error(`the studio exited (${code}): ${out}${err}`)));
  });
}

export const stopStudio = (s: Studio, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((done) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) return done();
    s.child.once('exit', () => done());
    s.child.kill(signal);
  });
