/**
 * One cold query, in its own process (bench/engine.ts spawns it): what a service worker that just woke up pays. The
 * entries and the stored index (written by the parent) are read first; the clock covers loading the engine's code,
 * parsing the stored index and answering one query this process has never seen.
 *   node --import tsx bench/cold.ts <engine> <entries> <short|long> <seed> <index.json> [warm]
 * With `warm` (an engine that warms itself up after load, as the extension does in the worker's idle time): the
 * warm-up runs to its end after the load, on its own clock (`warmup-ms`: what each wake of the worker pays for it,
 * and `slice-ms`: its longest slice in wall time, what a search arriving meanwhile may wait), and `cold-ms` is the
 * one query alone: the first search the agent makes once the warm-up is done.
 */
import { readFileSync } from 'node:fs';
import { generateEntries, generateQueries } from './corpus';

const [engineName, size, kind, seed, file, mode] = process.argv.slice(2);
const entries = generateEntries(Number(size));
const { short, long } = generateQueries(entries, 1, 100 + Number(seed));
const query = (kind === 'long' ? long : short)[0]!;
const json = readFileSync(file!, 'utf8');

const cpu = (t0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
let t0 = process.cpuUsage();
const { ENGINES } = await import('./engines');
const engine = ENGINES.find((e) => e.name === engineName);
if (!engine) throw new Error(`unknown engine ${engineName}`);
const search = engine.load(json, entries);
if (mode === 'warm' && search.warmUp) {
  t0 = process.cpuUsage();
  let longest = 0;
  for (let done = false; !done; ) {
    const w0 = performance.now();
    done = search.warmUp();
    longest = Math.max(longest, performance.now() - w0);
  }
  console.log(`warmup-ms ${cpu(t0)}`);
  console.log(`slice-ms ${longest}`);
  t0 = process.cpuUsage();
}
search(query);
console.log(`cold-ms ${cpu(t0)}`);
