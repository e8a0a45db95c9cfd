/**
 * `npm run bench:qc`: `odigos qc` and `odigos insights` on generated exports of 10 k, 100 k and 1 M interactions
 * (50 / 50 / 500 agents over 30 days; bench/qc-generate.ts), each a fresh process as a QC team runs it: wall
 * time and CPU time, peak memory (max RSS of the whole process, DuckDB included) and CPU time per 100 k
 * interactions above the fixed cost of a run (measured on 100 interactions), whose ratio to the 10 k run shows
 * whether the cost grows linearly with the data (wall time on a shared machine mostly measures the others). Targets at 1 M: both reports < 60 s, < 2 GB.
 * Generated exports are kept in $TMPDIR/odigos-qc-bench (delete it to generate them again).
 * `npm run bench:qc -- 10000 100000` runs only those sizes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExports } from './qc-generate';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [10_000, 100_000, 1_000_000];
const root = join(tmpdir(), 'odigos-qc-bench');
const bin = new URL('../bin/odigos.mjs', import.meta.url).pathname;
const pack = new URL('../knowledge/packs/el-core', import.meta.url).pathname;

interface Run {
  seconds: number;
  /** User + system CPU seconds: on a machine shared with other work, wall time says more about the others. */
  cpu: number;
  peakMb: number;
}

/** One command in its own process under /usr/bin/time: wall seconds and max resident set. */
function timed(args: string[]): Run {
  const stats = join(root, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', stats, process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`odigos ${args[0]} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const [seconds, kb, user, sys] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  rmSync(stats);
  return { seconds, cpu: user + sys, peakMb: Math.round(kb / 1024) };
}

/** Both reports on one set of exports. */
function both(n: number, dir: string): { qc: Run; insights: Run } {
  return {
    qc: timed(['qc', dir, '-o', join(root, `qc-${n}.html`)]),
    insights: timed(['insights', dir, '--pack', pack, '-o', join(root, `insights-${n}.html`)]),
  };
}

// What a run costs whatever the data (starting Node, DuckDB, the pack's matcher, the chart library): measured on
// 100 interactions and taken off, so the per-100k figures show how the cost grows with the data alone.
const FIXED_N = 100;
await generateExports(join(root, `n${FIXED_N}`), FIXED_N, 5);
const fixed = both(FIXED_N, join(root, `n${FIXED_N}`));
console.log(`fixed cost (${FIXED_N} interactions): qc ${fixed.qc.seconds.toFixed(1)} s (CPU ${fixed.qc.cpu.toFixed(1)} s), insights ${fixed.insights.seconds.toFixed(1)} s (CPU ${fixed.insights.cpu.toFixed(1)} s)`);

const rows: string[] = [];
let base: { qc: number; insights: number } | undefined;
for (const n of sizes) {
  const agents = n >= 1_000_000 ? 500 : 50;
  const dir = join(root, `n${n}`);
  const g = performance.now();
  await generateExports(dir, n, agents);
  const genS = (performance.now() - g) / 1000;
  const run = both(n, dir);
  // CPU seconds, not wall: on a machine others share, the wall clock mostly measures them.
  const perOf = (r: Run, f: Run) => (Math.max(0, r.cpu - f.cpu) / (n - FIXED_N)) * 100_000;
  const per = { qc: perOf(run.qc, fixed.qc), insights: perOf(run.insights, fixed.insights) };
  base ??= { qc: per.qc || 1e-9, insights: per.insights || 1e-9 };
  rows.push(
    [
      n.toLocaleString('en'),
      agents,
      `${run.qc.seconds.toFixed(1)} s (CPU ${run.qc.cpu.toFixed(1)} s)`,
      `${run.qc.peakMb} MB`,
      `${per.qc.toFixed(2)} s (×${(per.qc / base.qc).toFixed(2)})`,
      `${run.insights.seconds.toFixed(1)} s (CPU ${run.insights.cpu.toFixed(1)} s)`,
      `${run.insights.peakMb} MB`,
      `${per.insights.toFixed(2)} s (×${(per.insights / base.insights).toFixed(2)})`,
      genS > 1 ? `generated in ${genS.toFixed(0)} s` : 'cached',
    ].join(' | '),
  );
  console.log(rows.at(-1));
}
console.log(
  `\ninteractions | agents | qc | qc peak | qc CPU per 100k above the fixed cost (× the smallest run) | insights | insights peak | insights CPU per 100k above the fixed cost | exports`,
);
console.log(
  `fixed cost | | ${fixed.qc.seconds.toFixed(1)} s (CPU ${fixed.qc.cpu.toFixed(1)} s) | ${fixed.qc.peakMb} MB | | ${fixed.insights.seconds.toFixed(1)} s (CPU ${fixed.insights.cpu.toFixed(1)} s) | ${fixed.insights.peakMb} MB | |`,
);
for (const r of rows) console.log(r);
