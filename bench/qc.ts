/**
 * `npm run bench:qc`: `odigos qc` and `odigos insights` on generated exports of 10 k, 100 k and 1 M interactions
 * (50 / 50 / 500 agents over 30 days; bench/qc-generate.ts), each run a fresh process as a QC team runs it. For
 * each size and command: a cold run (the first report this bench makes on those exports: Node, tsx and DuckDB
 * start from nothing) and a warm one (the same report again), each with wall time, CPU time (user + system, all
 * threads) and peak memory (max RSS of the whole process, DuckDB included); then the cost per 100 k interactions
 * above a run's fixed cost (starting Node, DuckDB, the pack's matcher and the chart library, measured the same way
 * on 100 interactions), with its ratio to the smallest size in the same run: ×1.00 all the way down is linear cost.
 * On a machine shared with other work the wall clock mostly measures the others: the load average is printed
 * beside each size, and CPU time is the figure to compare. Targets at 1 M: each report < 60 s wall, < 2 GB.
 *
 * `npm run bench:qc -- --quick`: 1 k and 10 k only (seconds; the fresh-clone test runs it).
 * `npm run bench:qc -- 10000 100000`: only those sizes.
 * Generated exports are kept in $TMPDIR/odigos-qc-bench (delete it to generate them again).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExports } from './qc-generate';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const given = args.map(Number).filter((n) => n > 0);
const sizes = given.length ? given : quick ? [1_000, 10_000] : [10_000, 100_000, 1_000_000];
const root = join(tmpdir(), 'odigos-qc-bench');
const bin = new URL('../bin/odigos.mjs', import.meta.url).pathname;
const pack = new URL('../knowledge/packs/el-core', import.meta.url).pathname;
const COMMANDS = ['qc', 'insights'] as const;
type Cmd = (typeof COMMANDS)[number];

interface Run {
  wall: number;
  /** User + system CPU seconds of the process and its threads. */
  cpu: number;
  peakMb: number;
}
interface Pair {
  cold: Run;
  warm: Run;
}

/** One command in its own process under /usr/bin/time: wall and CPU seconds, max resident set. */
function timed(cmd: Cmd, n: number, dir: string): Run {
  const stats = join(root, `time-${process.pid}.txt`);
  const extra = cmd === 'insights' ? ['--pack', pack] : [];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', stats, process.execPath, bin, cmd, dir, ...extra, '-o', join(root, `${cmd}-${n}.html`)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`odigos ${cmd} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const [wall, kb, user, sys] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  rmSync(stats);
  return { wall, cpu: user + sys, peakMb: Math.round(kb / 1024) };
}

function both(n: number, dir: string): Record<Cmd, Pair> {
  const out = {} as Record<Cmd, Pair>;
  for (const c of COMMANDS) out[c] = { cold: timed(c, n, dir), warm: timed(c, n, dir) };
  return out;
}

const load = () => loadavg()[0].toFixed(1);
const s = (x: number) => `${x.toFixed(1)} s`;
const run = (r: Run) => `${s(r.wall)} / ${s(r.cpu)}`;

// What a run costs whatever the data, measured on 100 interactions and taken off the larger runs.
const FIXED_N = 100;
await generateExports(join(root, `n${FIXED_N}`), FIXED_N, 5);
const fixed = both(FIXED_N, join(root, `n${FIXED_N}`));

interface Row {
  n: number;
  agents: number;
  load: string;
  gen: string;
  res: Record<Cmd, Pair>;
}
const rows: Row[] = [];
for (const n of sizes) {
  const agents = n >= 1_000_000 ? 500 : 50;
  const dir = join(root, `n${n}`);
  const g = performance.now();
  await generateExports(dir, n, agents);
  const genS = (performance.now() - g) / 1000;
  const before = load();
  const res = both(n, dir);
  rows.push({ n, agents, load: `${before}→${load()}`, gen: genS > 1 ? `generated in ${genS.toFixed(0)} s` : 'cached', res });
  console.log(`${n.toLocaleString('en')} interactions done (load ${rows.at(-1)!.load})`);
}

/**
 * Seconds per 100 k interactions above the fixed cost, or undefined while the difference is within the noise of
 * timing a whole process on a shared machine (up to a second): the ratios start at the smallest size that costs more.
 */
const NOISE_S = 1;
const per = (r: number, f: number, n: number) => (r - f < NOISE_S ? undefined : ((r - f) / (n - FIXED_N)) * 100_000);
for (const c of COMMANDS) {
  console.log(`\n=== odigos ${c} === (wall / CPU; per 100 k: above the fixed cost, × the first size that measurably costs more)`);
  console.log('interactions | agents | load avg | cold | warm | peak RSS | CPU per 100k cold | CPU per 100k warm | wall per 100k warm | exports');
  const f = fixed[c];
  console.log(`${FIXED_N} (fixed cost) | 5 | | ${run(f.cold)} | ${run(f.warm)} | ${Math.max(f.cold.peakMb, f.warm.peakMb)} MB | | | |`);
  const base: (number | undefined)[] = [];
  for (const r of rows) {
    const p = r.res[c];
    const v = [per(p.cold.cpu, f.cold.cpu, r.n), per(p.warm.cpu, f.warm.cpu, r.n), per(p.warm.wall, f.warm.wall, r.n)];
    const cell = (i: number) => {
      const x = v[i];
      if (x === undefined) return `within noise (< ${NOISE_S} s over the fixed cost)`;
      base[i] ??= x;
      return `${s(x)} (×${(x / base[i]!).toFixed(2)})`;
    };
    console.log([r.n.toLocaleString('en'), r.agents, r.load, run(p.cold), run(p.warm), `${Math.max(p.cold.peakMb, p.warm.peakMb)} MB`, cell(0), cell(1), cell(2), r.gen].join(' | '));
  }
}
const million = rows.find((r) => r.n === 1_000_000);
if (million) {
  const verdict = (p: Pair) => {
    const best = Math.min(p.cold.wall, p.warm.wall);
    const mb = Math.max(p.cold.peakMb, p.warm.peakMb);
    return `${best < 60 && mb < 2048 ? 'met' : 'MISSED'} (best wall ${s(best)}, CPU ${s(p.warm.cpu)}, ${mb} MB)`;
  };
  console.log(`\ntarget at 1 M (< 60 s, < 2 GB): qc ${verdict(million.res.qc)}; insights ${verdict(million.res.insights)}`);
}
