// @vitest-environment node
/**
 * Edges of the CLI a trainer meets by mistake: an empty batch file, a huge standard input, a mistyped studio folder,
 * an output path that cannot be made. Each ends at once with one message and the exit code of its kind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../knowledge/cli/failures';
import { MAX_MESSAGE_BYTES } from '../../../knowledge/cli/inputs';
import { GOOD, odigos, odigosWith, ROOT, type Run } from './run';

/** Generous: the machine is shared, and a child process compiles TypeScript on start. */
const SLOW = 60_000;

let tmp: string;
let built: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'odigos-edges-'));
  built = join(tmp, 'good.json');
  expect((await odigos('build', GOOD, '-o', built)).code).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The one line on stderr, starting "odigos <command>: ", with nothing on stdout. */
function oneMessage(r: Run, command: string): string {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`odigos ${command}: `), r.stderr).toBe(true);
  expect(r.stdout).toBe('');
  return lines[0]!;
}

/** The real CLI as a child process, killed if it has not ended within `SLOW` (a hang fails, it does not block). */
function child(args: string[], input: Buffer | string = ''): Promise<Run & { killed: boolean }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin/odigos.mjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      p.kill('SIGKILL');
    }, SLOW - 5_000);
    p.stdout.on('data', (c) => (stdout += c));
    p.stderr.on('data', (c) => (stderr += c));
    // The CLI may stop reading early (that is the point of a limit): a closed pipe is no error here.
    p.stdin.on('error', () => undefined);
    p.stdin.end(input);
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

describe('suggest --batch with nothing in it', () => {
  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n\n'],
  ])('%s: one message naming the file, exit 5 (wrong input), nothing run', async (_what, content) => {
    const file = join(tmp, 'queries.jsonl');
    writeFileSync(file, content);
    const r = await odigos('suggest', '--pack', built, '--batch', file);
    expect(r.code).toBe(EXIT.wrongInput);
    expect(oneMessage(r, 'suggest')).toBe(`odigos suggest: ${file}: has no queries (it is empty); give a JSON Lines file of {"id": …, "text": "…"}, one per line`);
  });

  it('greet --file with no names says the file is empty (exit 5), not that the name is missing', async () => {
    const file = join(tmp, 'names.txt');
    writeFileSync(file, '# names\n\n');
    const r = await odigos('greet', '--file', file);
    expect(r.code).toBe(EXIT.wrongInput);
    expect(oneMessage(r, 'greet')).toBe(`odigos greet: ${file}: has no names (it is empty); give a text file of names, one a line`);
  });

  it('the same from an empty standard input', async () => {
    const r = await odigosWith({ stdin: '' }, 'suggest', '--pack', built, '--batch', '-');
    expect(r.code).toBe(EXIT.wrongInput);
    expect(oneMessage(r, 'suggest')).toMatch(/^odigos suggest: standard input: has no queries/);
  });
});

describe('standard input has a size limit, named in the message', () => {
  it('a customer message beyond 1 MB is refused (suggest, cues)', async () => {
    const huge = Buffer.alloc(MAX_MESSAGE_BYTES + 1, 'α');
    for (const args of [['suggest', '--pack', built, '--stdin'], ['cues', '-']]) {
      const r = await odigosWith({ stdin: huge }, ...args);
      expect(r.code).toBe(EXIT.wrongInput);
      expect(oneMessage(r, args[0]!)).toBe(`odigos ${args[0]}: standard input: more than 1 MB, the most odigos takes as a customer message (pipe in the message alone)`);
    }
    // Just under the limit is read as usual.
    const fits = await odigosWith({ stdin: `διπλή χρέωση ${' '.repeat(MAX_MESSAGE_BYTES - 100)}` }, 'suggest', '--pack', built, '--stdin', '--json');
    expect(fits.code).toBe(0);
  });

  it('the real process stops reading a huge pipe at the limit and says so', { timeout: SLOW }, async () => {
    const r = await child(['cues', '--stdin'], Buffer.alloc(8 * MAX_MESSAGE_BYTES, 'a'));
    expect(r.killed).toBe(false);
    expect(r.code).toBe(EXIT.wrongInput);
    expect(r.stderr).toContain('standard input: more than 1 MB, the most odigos takes as a customer message');
  });
});

describe('studio does not make a folder it was not asked to', () => {
  it('a folder that does not exist: exit 3, says --new, and nothing is created', async () => {
    const folder = join(tmp, 'acme-suport');
    const r = await odigos('studio', folder);
    expect(r.code).toBe(EXIT.missing);
    expect(oneMessage(r, 'studio')).toBe(
      `odigos studio: ${folder}: no such folder; give a pack source folder (the folder with pack.yaml), or add --new to start a new pack there`,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('a file: exit 5, pointing to its folder when it is the pack.yaml', async () => {
    const r = await odigos('studio', join(GOOD, 'pack.yaml'));
    expect(r.code).toBe(EXIT.wrongInput);
    expect(oneMessage(r, 'studio')).toBe(`odigos studio: ${join(GOOD, 'pack.yaml')}: is a file, not a pack folder; give the folder with pack.yaml (${GOOD})`);
  });

  it('--new on a folder that cannot be made: exit 6 with the reason, at once', { timeout: SLOW }, async () => {
    const folder = `/proc/odigos-studio-${process.pid}`;
    const r = await child(['studio', folder, '--new']);
    expect(r.killed, 'it hung').toBe(false);
    expect(r.code).toBe(EXIT.cannotWrite);
    expect(r.stderr.trim()).toBe(`odigos studio: ${folder}: cannot write: the folder ${folder} cannot be created (no such file or folder)`);
  });

  it('documents --new in its help', async () => {
    const r = await odigos('studio', '--help');
    expect(r.stdout).toMatch(/--new +create the pack folder when it does not exist/);
  });
});

describe('an output path that cannot be made fails at once', () => {
  // Node's recursive mkdir never returns under /proc; run as a child so a hang fails the test instead of freezing it.
  it.each([
    ['keygen', (out: string) => ['keygen', '-o', join(out, 'trainer')], 'trainer.key'],
    ['build', (out: string) => ['build', GOOD, '-o', join(out, 'pack.json')], 'pack.json'],
  ])('%s -o under /proc: exit 6 naming the folder that cannot be created', { timeout: SLOW }, async (command, args, file) => {
    const out = `/proc/odigos-edges-${process.pid}`;
    const r = await child(args(out));
    expect(r.killed, 'it hung').toBe(false);
    expect(r.code).toBe(EXIT.cannotWrite);
    // (build may first print the pack's warnings; the failure is the last line)
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`odigos ${command}: ${join(out, file)}: cannot write: the folder ${out} cannot be created (no such file or folder)`);
  });

  it('keygen into folders that do not exist yet still makes them', async () => {
    const r = await odigos('keygen', '-o', join(tmp, 'a', 'b', 'trainer'));
    expect(r.code).toBe(0);
    expect(existsSync(join(tmp, 'a', 'b', 'trainer.key'))).toBe(true);
  });
});
