#!/usr/bin/env node
// `npm test`: every suite in order — typecheck, lint, unit tests, the builds, bundle budgets, knowledge quality,
// then end-to-end tests in real Chromium with the built extension. Runs them all even when one fails, and
// ends with one plain line "N passed, N failed" covering everything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env.ODIGOS_OUT_DIR ?? '.output';
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, { env = {} } = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is one check: passes or fails as a whole. */
function step(name, cmd, args, opts) {
  console.log(`\n▶ ${name}`);
  const r = run(cmd, args, opts);
  console.log(`${r.ok ? '✔' : '✖'} ${name} (${r.seconds}s)`);
  if (r.ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return r.ok;
}

/** A vitest suite: counts every test, read from its JSON report. */
function vitestSuite(name, configArgs) {
  console.log(`\n▶ ${name}`);
  const report = join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  const r = run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  let counted = false;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    for (const file of json.testResults ?? [])
      for (const t of file.assertionResults ?? []) if (t.status === 'failed') failures.push(`${name}: ${t.fullName}`);
    // A file that fails to load has no assertions: count it, or a crash would read as green.
    for (const file of json.testResults ?? [])
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failed++;
        failures.push(`${name}: ${file.name} (did not run: ${String(file.message).split('\n')[0]})`);
      }
    counted = json.numTotalTests > 0;
  }
  if (!r.ok && !counted) {
    failed++;
    failures.push(`${name} (runner failed)`);
  }
  console.log(`${r.ok ? '✔' : '✖'} ${name} (${r.seconds}s)`);
  return r.ok;
}

const CONTENT_SCRIPT_BUDGET = 40 * 1024;
function budget() {
  console.log('\n▶ content script budget');
  for (const build of ['chrome-mv3', 'chrome-mv3-e2e', 'firefox-mv2']) {
    const file = join(root, outDir, build, 'content-scripts', 'content.js');
    if (!existsSync(file)) {
      failed++;
      failures.push(`budget: ${build} has no content script`);
      continue;
    }
    const size = gzipSync(readFileSync(file)).length;
    const ok = size <= CONTENT_SCRIPT_BUDGET;
    console.log(`${ok ? '✔' : '✖'} ${build} content script: ${(size / 1024).toFixed(1)} KB gzip (budget 40 KB)`);
    if (ok) passed++;
    else {
      failed++;
      failures.push(`budget: ${build} content script ${(size / 1024).toFixed(1)} KB gzip > 40 KB`);
    }
  }
}

const only = process.argv.slice(2);
const want = (s) => only.length === 0 || only.includes(s);

if (want('static')) {
  step('typecheck', 'npx', ['tsc', '--noEmit']);
  step('eslint', 'npx', ['eslint', '.']);
}
if (want('unit')) vitestSuite('unit', []);
let built = true;
if (want('build') || want('e2e')) {
  built = step('build chrome-mv3', 'npx', ['wxt', 'build']) && built;
  built = step('build firefox-mv2', 'npx', ['wxt', 'build', '-b', 'firefox']) && built;
  built = step('build chrome-mv3-e2e', 'npx', ['wxt', 'build', '--mode', 'e2e']) && built;
  step('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--warnings-as-errors', '--source-dir', join(outDir, 'firefox-mv2'), '--output', 'text']);
  budget();
}
if (want('knowledge')) {
  for (const pack of ['el-core', 'en-core']) {
    step(`validate --strict ${pack}`, 'node', ['bin/odigos.mjs', 'validate', '--strict', `knowledge/packs/${pack}`]);
  }
  const evals = [
    ['el-core', 'el.jsonl', '0.75'],
    ['el-core', 'greeklish.jsonl', '0.7'],
    ['en-core', 'en.jsonl', '0.75'],
  ];
  for (const [pack, cases, min] of evals) {
    step(`eval ${pack} ${cases} (top-1 ≥ ${min})`, 'node', ['bin/odigos.mjs', 'eval', '--pack', `knowledge/packs/${pack}`, '--cases', `knowledge/eval/${cases}`, '--min-top1', min]);
  }
}
if (want('e2e')) {
  if (built) vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts']);
  else {
    failed++;
    failures.push('e2e (skipped: a build failed)');
  }
}

if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ✖ ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
