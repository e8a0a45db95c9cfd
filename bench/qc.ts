/**
 * `npm run bench:qc`: `odigos qc` and `odigos insights` on generated exports of 10 k, 100 k and 1 M interactions
 * (50 / 50 / 500 agents over 30 days; bench/qc-generate.ts), each a fresh process as a QC team runs it: wall
 * time, peak memory (max RSS of the whole process, DuckDB included) and time per 100 k interactions, whose ratio
 * to the 10 k run shows whether cost grows linearly. Targets at 1 M: both reports < 60 s, < 2 GB.
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
  peakMb: number;
}

/** One command in its own process under /usr/bin/time: wall seconds and max resident set. */
function timed(args: string[]): Run {
  const stats = join(root, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', stats, process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`odigos ${args[0]} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const [seconds, kb] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  rmSync(stats);
  return { seconds, peakMb: Math.round(kb / 1024) };
}

const rows: string[] = [];
let base: { qc: number; insights: number } | undefined;
for (const n of sizes) {
  const agents = n >= 1_000_000 ? 500 : 50;
  const dir = join(root, `n${n}`);
  const g = performance.now();
  await generateExports(dir, n, agents);
  const genS = (performance.now() - g) / 1000;
  const qc = timed(['qc', dir, '-o', join(root, `qc-${n}.html`)]);
  const ins = timed(['insights', dir, '--pack', pack, '-o', join(root, `insights-${n}.html`)]);
  const per = { qc: (qc.seconds / n) * 100_000, insights: (ins.seconds / n) * 100_000 };
  base ??= per;
  rows.push(
    [
      n.toLocaleString('en'),
      agents,
      `${qc.seconds.toFixed(1)} s`,
      `${qc.peakMb} MB`,
      `${per.qc.toFixed(2)} s (×${(per.qc / base.qc).toFixed(2)})`,
      `${ins.seconds.toFixed(1)} s`,
      `${ins.peakMb} MB`,
      `${per.insights.toFixed(2)} s (×${(per.insights / base.insights).toFixed(2)})`,
      genS > 1 ? `generated in ${genS.toFixed(0)} s` : 'cached',
    ].join(' | '),
  );
  console.log(rows.at(-1));
}
console.log('\ninteractions | agents | qc | qc peak | qc per 100k (× the smallest run) | insights | insights peak | insights per 100k | exports');
for (const r of rows) console.log(r);
