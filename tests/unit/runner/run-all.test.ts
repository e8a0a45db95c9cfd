// @vitest-environment node
// The test runner itself (`npm test` = tests/run-all.mjs), run for real on scratch suites in a temporary folder
// (ODIGOS_RUN_ALL_ROOT): each way a run could read green while something broke must end red, with a non-zero exit.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const RUNNER = join(ROOT, 'tests/run-all.mjs');
const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const HEALTHY_CONFIG = "export default { test: { include: ['tests/unit/**/*.test.mjs'] } };\n";

/** A scratch project: the repository's node_modules, a vitest config and the given files. */
function project(files: Record<string, string>, config = HEALTHY_CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-run-all-'));
  scratch.push(dir);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'vitest.config.mjs'), config);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

interface Outcome {
  code: number | null;
  out: string;
  err: string;
  last: string;
  beforeLast: string;
}

/** Runs the real runner on a scratch project, without the vitest state of this very test run. */
function runAll(dir: string, ...suites: string[]): Promise<Outcome> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [RUNNER, ...suites],
      { cwd: dir, env: { ...env, ODIGOS_RUN_ALL_ROOT: dir, FORCE_COLOR: '0', NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 8 << 20 },
      (_e, out, err) => {
        const lines = out.trimEnd().split('\n');
        done({ code: child.exitCode, out, err, last: lines.at(-1) ?? '', beforeLast: lines.at(-2) ?? '' });
      },
    );
  });
}

const test = (body: string) => `import { expect, it } from 'vitest';\n${body}\n`;

describe.concurrent('npm test (tests/run-all.mjs) cannot read green when something broke', { timeout: 120_000 }, () => {
  it('reads green on a healthy suite, and counts what it skipped on the line before the last', async () => {
    const dir = project({
      'tests/unit/ok.test.mjs': test("it('adds', () => expect(1 + 1).toBe(2));\nit.skip('later', () => {});\nit.todo('someday');"),
    });
    const r = await runAll(dir, 'unit');
    expect(r.last).toBe('1 passed, 0 failed');
    expect(r.beforeLast).toBe('1 skipped, 1 todo (unit: 1 skipped, 1 todo)');
    expect(r.code).toBe(0);
  });

  it('counts a failing test by name', async () => {
    const dir = project({ 'tests/unit/bad.test.mjs': test("it('adds wrongly', () => expect(1 + 1).toBe(3));\nit('adds', () => expect(2).toBe(2));") });
    const r = await runAll(dir, 'unit');
    expect(r.last).toBe('1 passed, 1 failed');
    expect(r.out).toContain('✖ unit: adds wrongly');
    expect(r.code).toBe(1);
  });

  it('fails a crashing vitest config, even with an old report claiming 500 passed', async () => {
    const old = { numPassedTests: 500, numFailedTests: 0, numTotalTests: 500, numPendingTests: 0, numTodoTests: 0, testResults: [] };
    const dir = project(
      { 'tests/unit/ok.test.mjs': test("it('adds', () => expect(1 + 1).toBe(2));"), 'test-results/unit.json': JSON.stringify(old) },
      "throw new Error('this config is broken');\n",
    );
    const r = await runAll(dir, 'unit');
    expect(r.last).toBe('0 passed, 1 failed');
    expect(r.out).toMatch(/✖ unit: no test report \(vitest exit code [1-9]/);
    expect(r.code).toBe(1);
  });

  it('fails a suite whose tests pass but which leaves an unhandled rejection', async () => {
    const dir = project({
      'tests/unit/leaky.test.mjs': test("it('passes but leaks', async () => {\n  Promise.reject(new Error('nobody waits for me'));\n  await new Promise((r) => setTimeout(r, 50));\n  expect(1).toBe(1);\n});"),
    });
    const r = await runAll(dir, 'unit');
    expect(r.last).toBe('1 passed, 1 failed');
    expect(r.out).toMatch(/✖ unit: vitest exit code 1 though its report shows no failed test/);
    expect(r.code).toBe(1);
  });

  it('fails a suite where every test is skipped, and prints the skipped count', async () => {
    const dir = project({
      'tests/unit/skipped.test.mjs': test("it.skip('one', () => expect(1).toBe(2));\nit.skip('two', () => {});\nit.todo('three');"),
    });
    const r = await runAll(dir, 'unit');
    expect(r.beforeLast).toBe('2 skipped, 1 todo (unit: 2 skipped, 1 todo)');
    expect(r.last).toBe('0 passed, 1 failed');
    expect(r.out).toMatch(/✖ unit: \S+skipped\.test\.mjs \(no test ran: all 3 skipped or todo\)/);
    expect(r.code).toBe(1);
  });

  it('fails a test file whose every test is skipped, even beside files that pass', async () => {
    const dir = project({
      'tests/unit/ok.test.mjs': test("it('adds', () => expect(1 + 1).toBe(2));"),
      'tests/unit/off.test.mjs': test("import { describe } from 'vitest';\ndescribe.skip('switched off', () => { it('would fail', () => expect(1).toBe(2)); });"),
    });
    const r = await runAll(dir, 'unit');
    expect(r.beforeLast).toBe('1 skipped, 0 todo (unit: 1 skipped, 0 todo)');
    expect(r.last).toBe('1 passed, 1 failed');
    expect(r.out).toMatch(/✖ unit: \S+off\.test\.mjs \(no test ran: all 1 skipped or todo\)/);
    expect(r.code).toBe(1);
  });

  it('fails a suite that finds no test file at all', async () => {
    const dir = project({ 'tests/unit/notes.md': 'not a test' });
    const r = await runAll(dir, 'unit');
    expect(r.last).toBe('0 passed, 1 failed');
    expect(r.out).toContain('✖ unit: no test');
    expect(r.code).toBe(1);
  });

  it('refuses a misspelt suite name, naming the valid ones, before running anything', async () => {
    const dir = project({});
    const r = await runAll(dir, 'uint');
    expect(r.err).toContain("unknown suite 'uint'; the suites are: static, unit, build, knowledge, e2e, tooling");
    expect(r.out).not.toContain('passed');
    expect(r.code).toBe(2);
  });
});
