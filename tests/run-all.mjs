#!/usr/bin/env node
// `npm test`: every suite in order — typecheck, lint, unit tests, the builds, bundle budgets, knowledge quality,
// end-to-end tests in real Chromium and Firefox ESR with the built extension, then every package.json script and
// README command block on a fresh copy of the repository (tooling). Runs them all even when one fails, prints the
// skipped and todo tests on the line before last, and ends with one plain line "N passed, N failed" covering
// everything (CI reads it). It must never read green when something did not pass:
// - a suite's report is deleted before the suite runs, so a report from an earlier run cannot stand in for a crash;
// - a runner that exits non-zero is a failure whatever its report says (vitest exits 1 on unhandled errors);
// - a vitest suite or test file that ran no test (all skipped, none found) is a failure, and so is a run that ran
//   nothing; single skipped tests are counted and printed;
// - an unknown suite name is refused with the list of valid ones.
//
// `node tests/run-all.mjs [suite…]` runs the named suites only. ODIGOS_RUN_ALL_ROOT=<folder> runs the suites in
// that folder instead of this checkout: it exists only so tests/unit/runner/ can prove the above on scratch suites.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const SUITES = ['static', 'unit', 'build', 'knowledge', 'e2e', 'tooling'];

const only = process.argv.slice(2);
const unknown = only.filter((s) => !SUITES.includes(s));
if (unknown.length) {
  console.error(`run-all: unknown suite ${unknown.map((s) => `'${s}'`).join(', ')}; the suites are: ${SUITES.join(', ')} (none: all of them).`);
  process.exit(2);
}
const want = (s) => only.length === 0 || only.includes(s);

const root = process.env.ODIGOS_RUN_ALL_ROOT
  ? resolve(process.env.ODIGOS_RUN_ALL_ROOT)
  : new URL('..', import.meta.url).pathname;
if (process.env.ODIGOS_RUN_ALL_ROOT) console.log(`run-all: suites run in ${root} (ODIGOS_RUN_ALL_ROOT)`);
const outDir = process.env.ODIGOS_OUT_DIR ?? '.output';
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
const skips = []; // "unit: 2 skipped, 1 todo"
let skipped = 0;
let todo = 0;

function fail(why) {
  failed++;
  failures.push(why);
}

function run(cmd, args, { env = {} } = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const how = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`;
  return { ok: r.status === 0, how, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is one check: passes or fails as a whole. */
function step(name, cmd, args, opts) {
  console.log(`\n▶ ${name}`);
  const r = run(cmd, args, opts);
  console.log(`${r.ok ? '✔' : '✖'} ${name} (${r.seconds}s)`);
  if (r.ok) passed++;
  else fail(`${name} (${r.how})`);
  return r.ok;
}

/** Counts from a vitest JSON report, or null when there is none to trust. */
function readReport(file) {
  if (!existsSync(file)) return null;
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const files = Array.isArray(json.testResults) ? json.testResults : [];
  const failedTests = [];
  const brokenFiles = [];
  for (const f of files) {
    const tests = f.assertionResults ?? [];
    for (const t of tests) if (t.status === 'failed') failedTests.push(t.fullName);
    // A file that fails to load has no failed assertion: count it, or a crash would read as green.
    if (f.status === 'failed' && !tests.some((t) => t.status === 'failed'))
      brokenFiles.push(`${f.name} (did not run: ${String(f.message).split('\n')[0]})`);
    // A file whose every test is skipped or todo cannot fail: as good as no file at all.
    else if (tests.length && !tests.some((t) => t.status === 'passed' || t.status === 'failed'))
      brokenFiles.push(`${f.name} (no test ran: all ${tests.length} skipped or todo)`);
  }
  return {
    passed: Number(json.numPassedTests) || 0,
    failedTests,
    brokenFiles,
    skipped: Number(json.numPendingTests) || 0,
    todo: Number(json.numTodoTests) || 0,
  };
}

/** A vitest suite: counts every test from its JSON report, and fails on anything the report does not show. */
function vitestSuite(name, configArgs) {
  console.log(`\n▶ ${name}`);
  const report = join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true }); // never read an earlier run's report as this one's
  const r = run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  console.log(`${r.ok ? '✔' : '✖'} ${name} (${r.seconds}s)`);
  const counts = readReport(report);
  if (!counts) {
    fail(`${name}: no test report (vitest ${r.how}: it crashed before reporting; see its output above)`);
    return false;
  }
  passed += counts.passed;
  for (const t of counts.failedTests) fail(`${name}: ${t}`);
  for (const f of counts.brokenFiles) fail(`${name}: ${f}`);
  if (counts.skipped || counts.todo) {
    skipped += counts.skipped;
    todo += counts.todo;
    skips.push(`${name}: ${counts.skipped} skipped, ${counts.todo} todo`);
  }
  const executed = counts.passed + counts.failedTests.length;
  if (counts.failedTests.length || counts.brokenFiles.length) return false;
  if (executed === 0) fail(`${name}: no test ran (${counts.skipped} skipped, ${counts.todo} todo; vitest ${r.how})`);
  // Vitest exits non-zero on unhandled errors and rejections while every test in its report passed.
  else if (!r.ok) fail(`${name}: vitest ${r.how} though its report shows no failed test (an unhandled error or rejection; see its output above)`);
  return r.ok && executed > 0;
}

// The content script runs on every helpdesk page the agent opens. Raised 42 → 43 KB once (hearing a sent reply must
// run there before anything else is set up, +1.0 KB; the panel's failure words, +0.4 KB) and lowered back to 42 KB
// on 2026-12-06 by taking 1.3 KB out: four function-word lists of lib/crm/evidence.ts and lib/crm/snapshot.ts the
// content script carried unread (a split string the bundler could not tell was pure: @__PURE__, 0.8 KB), and
// inserting a template at the caret (fill-in form, expansion, insertion, record; the palette's search and preview),
// moved to the extras bundle (app/extras/caret-templates.tsx, 0.5 KB); it measured 40.7 KB (the e2e build 40.8).
// Raised 42 → 43 KB again on 2026-12-06 (eleventh session), as a decision and not a slip: four fixes an agent meets
// hourly had to run before or during the panel's first reading — the panel folding itself where it would cover the
// reply box (zoom, narrow windows; +0.75 KB), a reply on an unknown helpdesk held until its words leave the box
// (+0.4), the open SOP kept across a ticket's pages (+0.6), true words for a damaged pack storage (+0.3) — and only
// 0.6 KB could be moved out the same day; it measured 42.6 KB (e2e build 42.7).
// Lowered back to 42 KB on 2026-12-06 (later that day) by moving to the extras bundle, as measured by source
// map, what the agent meets only after the extras are there or can wait for them: the notes frame and its link
// (app/extras/notes-view.tsx: made when the notes open, the extras loading as the pointer or focus reaches the switch;
// −0.6 KB), the words for a refused pack storage (the panel says at once only that a part of Odigos was not reached,
// which must be said even when the extras do not load; other kinds' words follow from the extras: −0.3 KB), and
// opening a template an SOP step links and recording an insertion (lib/overlay/session-later.ts, −0.15 KB). It
// measured 41.6 KB (the e2e build 41.7). Not to be raised again without taking as much out.
const CONTENT_SCRIPT_BUDGET_KB = 42;
const CONTENT_SCRIPT_BUDGET = CONTENT_SCRIPT_BUDGET_KB * 1024;
function budget() {
  console.log('\n▶ content script budget');
  for (const build of ['chrome-mv3', 'chrome-mv3-e2e', 'firefox-mv2']) {
    const file = join(root, outDir, build, 'content-scripts', 'content.js');
    if (!existsSync(file)) {
      fail(`budget: ${build} has no content script`);
      continue;
    }
    const size = gzipSync(readFileSync(file)).length;
    const ok = size <= CONTENT_SCRIPT_BUDGET;
    console.log(`${ok ? '✔' : '✖'} ${build} content script: ${(size / 1024).toFixed(1)} KB gzip (budget ${CONTENT_SCRIPT_BUDGET_KB} KB)`);
    if (ok) passed++;
    else fail(`budget: ${build} content script ${(size / 1024).toFixed(1)} KB gzip > ${CONTENT_SCRIPT_BUDGET_KB} KB`);
  }
}

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
  // The Firefox e2e (tests/e2e/firefox.e2e.ts, firefox-pages.e2e.ts) loads the Firefox build that also runs on loopback pages.
  built = step('build firefox-mv2-e2e', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']) && built;
  step('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--warnings-as-errors', '--source-dir', join(outDir, 'firefox-mv2'), '--output', 'text']);
  budget();
}
if (want('knowledge')) {
  for (const pack of ['el-core', 'en-core']) {
    step(`validate --strict ${pack}`, 'node', ['bin/odigos.mjs', 'validate', '--strict', `knowledge/packs/${pack}`]);
  }
  // Gates just under today's top-1 (el 97.7 %, Greeklish 100 %, en 96.2 % since issue 14's pack vocabulary; at least
  // half of each set paraphrased: tests/unit/knowledge/eval-sets.test.ts): a drop of two or three queries fails the
  // run. The sealed sets in customers' own words (el-fresh2 75.0 %, greeklish-fresh2 73.3 %, en-fresh 90.2 % since the
  // el-tune3 / en-tune2 vocabulary) are gated the same way, upward only; nobody tunes on them. el-fresh3 (200 lines,
  // sealed 2026-12-05, written from the entries' titles and purposes only) measured 68.5 % (BM25 61.0 %) when added.
  const evals = [
    ['el-core', 'el.jsonl', '0.95'],
    ['el-core', 'greeklish.jsonl', '0.97'],
    // Open Greek tuning sets written fresh for issue 14 (el-tune7 227 lines at 89.4 %, el-tune8 287 lines at 85.0 %, el-tune9
    // 252 lines at 84.9 % when committed, BM25 78.4 / 80.5 / 77.4 %): gated like the others, so a change tuned on one set
    // cannot quietly cost another.
    ['el-core', 'el-tune7.jsonl', '0.88'],
    ['el-core', 'el-tune8.jsonl', '0.84'],
    ['el-core', 'el-tune9.jsonl', '0.84'],
    ['en-core', 'en.jsonl', '0.94'],
    ['el-core', 'el-fresh2.jsonl', '0.73'],
    ['el-core', 'greeklish-fresh2.jsonl', '0.71'],
    ['el-core', 'el-fresh3.jsonl', '0.66'],
    ['en-core', 'en-fresh.jsonl', '0.88'],
  ];
  for (const [pack, cases, min] of evals) {
    step(`eval ${pack} ${cases} (top-1 ≥ ${min})`, 'node', ['bin/odigos.mjs', 'eval', '--pack', `knowledge/packs/${pack}`, '--cases', `knowledge/eval/${cases}`, '--min-top1', min]);
  }
}
if (want('e2e')) {
  if (built) vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts']);
  else fail('e2e (not run: a build failed)');
}

// Every package.json script and README command block on a fresh copy of the repository (tests/tooling).
if (want('tooling')) vitestSuite('tooling', ['--config', 'vitest.tooling.config.ts']);

if (passed + failed === 0) fail('nothing ran: no suite executed a single test');
if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ✖ ${f}`);
}
console.log(`\n${skipped} skipped, ${todo} todo${skips.length ? ` (${skips.join('; ')})` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
