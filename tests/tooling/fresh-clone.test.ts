/**
 * On a fresh clone, every package.json script and every command block of the README works as written.
 *
 * The clone is the files git tracks or would track (this checkout's working copy of them, so uncommitted work is
 * tested too) in a temporary folder, with this checkout's node_modules linked in: `npm ci` needs the registry,
 * so the README's `npm ci` is played by `npm run postinstall`, the part of it that is ours. Builds run once each where
 * scripts allow; the test scripts run on a slice (one unit folder, one e2e file, one `npm test` section) and the
 * benchmarks with --quick: what is checked is that each script works, not the whole suite again.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const MINUTES = 60_000;

let clone: string;
let tracked: string[];
/** Every script some step below ran (`npm run x`, `npm test`). */
const ran = new Set<string>();

interface Result {
  code: number | null;
  output: string;
}

/** Runs `command` with bash in the clone (no display: the demo and dev server run as on CI), output kept. */
function sh(command: string, options: { until?: (output: string) => boolean; timeout?: number } = {}): Promise<Result> {
  for (const m of command.matchAll(/\bnpm (?:run ([\w:-]+)|(test)\b)/g)) ran.add(m[1] ?? m[2]!);
  // As a newcomer's shell has it: none of vitest's variables (with TEST set, WXT's logger hides its progress lines).
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (/^(VITEST|VITE_|TEST$|NODE_ENV$|MODE$|DISPLAY$|WAYLAND_DISPLAY$|ODIGOS_OUT_DIR$)/.test(k)) delete env[k];
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd: clone, env, detached: true });
    let output = '';
    let settled = false;
    const stop = (code: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      resolve({ code, output });
    };
    const timer = setTimeout(() => stop(null), options.timeout ?? 10 * MINUTES);
    const take = (chunk: Buffer) => {
      if (output.length < 4_000_000) output += chunk.toString();
      if (options.until?.(output)) stop(0);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => stop(code));
  });
}

/** The end of a long output, for failure messages. */
const tail = (r: Result) => `exit ${r.code}\n${r.output.slice(-3000)}`;

function copyTrackedFiles(): string[] {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && existsSync(join(REPO, f)) && statSync(join(REPO, f)).isFile());
  for (const f of files) {
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    copyFileSync(join(REPO, f), join(clone, f));
  }
  // Executable bits (bin/odigos.mjs, .ci/run) as git has them.
  execFileSync('bash', ['-c', `cd '${REPO}' && git ls-files -s | awk '$1 == "100755" {print $4}' | while read f; do [ -f "${clone}/$f" ] && chmod +x "${clone}/$f"; done`]);
  return files;
}

/** The ```sh blocks of the README (the clone's is a copy of this one), each as its lines. */
function readmeBlocks(): string[][] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim().split('\n'));
}

beforeAll(() => {
  clone = join(mkdtempSync(join(tmpdir(), 'odigos-fresh-')), 'odigos');
  mkdirSync(clone);
  tracked = copyTrackedFiles();
  symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');
});

afterAll(() => {
  if (clone) rmSync(dirname(clone), { recursive: true, force: true });
});

describe('the README, block by block, on a fresh clone', () => {
  it('has the blocks a newcomer needs: set-up, demo, tests, the trainer CLI and signing', () => {
    const blocks = readmeBlocks().map((b) => b.join('\n'));
    expect(blocks).toEqual(expect.arrayContaining(['npm ci && npm run build\nnpm run demo', 'npm test']));
    expect(blocks.some((b) => b.includes('npx odigos validate'))).toBe(true);
    expect(blocks.some((b) => b.includes('npx odigos keygen') && b.includes('npx odigos sign') && b.includes('npx odigos verify'))).toBe(true);
  });

  it('npm test is what CI runs (this test is part of it, so it is not run again here)', () => {
    const ci = readFileSync(join(clone, '.ci/run'), 'utf8').trim().split('\n');
    expect(ci.at(-1)).toBe('npm test');
    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).scripts.test).toBe('node tests/run-all.mjs');
    ran.add('test');
  });

  it.each(readmeBlocks().filter((b) => b.join('\n') !== 'npm test').map((b) => [b[0]!, b] as const))(
    'runs the block starting "%s"',
    async (_first, lines) => {
      // The one substitution (see the top of this file): dependencies come from the linked node_modules.
      const script = lines.map((l) => l.replace(/^npm ci\b/, 'npm run postinstall')).join('\n');
      const r = await sh(script);
      expect(r.code, tail(r)).toBe(0);
      if (lines.includes('npm run demo')) {
        const shot = /Screenshot: (\S+\.png)/.exec(r.output)?.[1];
        expect(shot, tail(r)).toBeDefined();
        expect(readFileSync(shot!).subarray(1, 4).toString()).toBe('PNG');
      }
    },
    15 * MINUTES,
  );

  it('leaves nothing in the clone outside the folders git ignores', () => {
    const ignored = new Set(['node_modules', '.output', '.wxt', 'test-results']);
    const trackedTop = new Set(tracked.map((f) => f.split('/')[0]));
    const stray = readdirSync(clone).filter((name) => !ignored.has(name) && !trackedTop.has(name));
    expect(stray).toEqual([]);
    expect(existsSync(join(clone, '.output/packs/el-core.json'))).toBe(true);
  });
});

describe('every package.json script on the same clone', () => {
  it('build:firefox and build:e2e', async () => {
    for (const name of ['build:firefox', 'build:e2e']) {
      const r = await sh(`npm run ${name}`);
      expect(r.code, tail(r)).toBe(0);
    }
    expect(existsSync(join(clone, '.output/firefox-mv2/manifest.json'))).toBe(true);
    expect(existsSync(join(clone, '.output/chrome-mv3-e2e/manifest.json'))).toBe(true);
  }, 10 * MINUTES);

  it('typecheck and lint (ESLint, then web-ext on a Firefox build it makes itself)', async () => {
    rmSync(join(clone, '.output/firefox-mv2'), { recursive: true, force: true });
    for (const name of ['typecheck', 'lint']) {
      const r = await sh(`npm run ${name}`);
      expect(r.code, tail(r)).toBe(0);
    }
    ran.add('lint:firefox');
  }, 10 * MINUTES);

  it('zip writes the Chrome zip, the Firefox zip and a sources zip of tracked files only', async () => {
    // What an earlier test run leaves behind, ignored by git, must not end up in the sources zip.
    mkdirSync(join(clone, 'test-results/screenshots'), { recursive: true });
    writeFileSync(join(clone, 'test-results/screenshots/old.png'), Buffer.alloc(100_000));
    writeFileSync(join(clone, 'debug.log'), 'x');
    const r = await sh('npm run zip');
    expect(r.code, tail(r)).toBe(0);
    rmSync(join(clone, 'debug.log'));
    const zips = readdirSync(join(clone, '.output')).filter((f) => f.endsWith('.zip')).sort();
    expect(zips).toEqual(['odigos-0.1.0-chrome.zip', 'odigos-0.1.0-firefox.zip', 'odigos-0.1.0-sources.zip']);
    const inSources = execFileSync('unzip', ['-Z1', join(clone, '.output', zips[2]!)], { encoding: 'utf8' }).trim().split('\n');
    const allowed = new Set(tracked);
    expect(inSources.filter((f) => !allowed.has(f))).toEqual([]);
    expect(inSources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
  }, 10 * MINUTES);

  it('test:unit, test:e2e and npm test, each on a slice', async () => {
    for (const command of ['npm run test:unit -- tests/unit/cli', 'npm run test:e2e -- tests/e2e/site-access.e2e.ts', 'npm test -- knowledge']) {
      const r = await sh(command);
      expect(r.code, tail(r)).toBe(0);
      expect(r.output).toMatch(/(\d+) passed/);
      expect(r.output).not.toMatch(/[1-9]\d* failed/);
    }
  }, 15 * MINUTES);

  it('bench (every section, --quick) and odigos', async () => {
    const bench = await sh('npm run bench -- --quick');
    expect(bench.code, tail(bench)).toBe(0);
    for (const section of ['engine', 'cli', 'import', 'notes']) expect(bench.output).toContain(`=== ${section} ===`);
    // The QC reports' benchmark at its two small sizes (its default sizes go up to a million interactions).
    const qc = await sh('npm run bench:qc -- --quick');
    expect(qc.code, tail(qc)).toBe(0);
    for (const c of ['qc', 'insights']) expect(qc.output).toContain(`=== odigos ${c} ===`);
    const odigos = await sh('npm run odigos -- --help');
    expect(odigos.code, tail(odigos)).toBe(0);
    expect(odigos.output).toContain('Exit codes:');
  }, 15 * MINUTES);

  it('screenshots takes the README pictures again from the demo desk', async () => {
    const r = await sh('npm run screenshots');
    expect(r.code, tail(r)).toBe(0);
  }, 10 * MINUTES);

  it('schema writes the published JSON Schema, the same as the one committed', async () => {
    const file = join(clone, 'knowledge/schema/pack.schema.json');
    const committed = readFileSync(file, 'utf8');
    rmSync(file);
    const r = await sh('npm run schema');
    expect(r.code, tail(r)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(committed);
  }, 5 * MINUTES);

  it('dev builds the development extension and keeps watching', async () => {
    const r = await sh('npm run dev', { until: (out) => /Load "\.output\/chrome-mv3-dev" as an unpacked extension manually|Opened browser/.test(out), timeout: 5 * MINUTES });
    expect(r.code, tail(r)).toBe(0);
    expect(existsSync(join(clone, '.output/chrome-mv3-dev/manifest.json'))).toBe(true);
  }, 6 * MINUTES);

  it('studio serves the trainers’ studio for the bundled Greek pack and prints its address', async () => {
    // A server that runs until stopped: it is up once it prints where to open it (its own e2e works in it).
    const r = await sh('npm run studio', { until: (out) => /Open: http:\/\/127\.0\.0\.1:\d+\//.test(out), timeout: 5 * MINUTES });
    expect(r.code, tail(r)).toBe(0);
  }, 6 * MINUTES);

  it('new:adapter and new:inserter write a file, its registration, a fixture page and a test', async () => {
    for (const kind of ['adapter', 'inserter']) {
      const r = await sh(`npm run new:${kind} -- fresh-${kind}`);
      expect(r.code, tail(r)).toBe(0);
      expect(r.output, tail(r)).toMatch(/created \S+fresh-/);
    }
  }, 5 * MINUTES);

  it('left no script untried', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).scripts);
    expect(scripts.filter((s) => !ran.has(s))).toEqual([]);
  });
});
