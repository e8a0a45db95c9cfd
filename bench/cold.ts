/**
 * One cold query, in its own process (bench/engine.ts spawns it): what a service worker that just woke up pays. The
 * entries and the stored index (written by the parent) are read first; the clock covers loading the engine's code,
 * parsing the stored index and answering one query this process has never seen.
 *   node --import tsx bench/cold.ts <engine> <entries> <short|long> <seed> <index.json>
 */
import { readFileSync } from 'node:fs';
import { generateEntries, generateQueries } from './corpus';

const [engineName, size, kind, seed, file] = process.argv.slice(2);
const entries = generateEntries(Number(size));
const { short, long } = generateQueries(entries, 1, 100 + Number(seed));
const query = (kind === 'long' ? long : short)[0]!;
const json = readFileSync(file!, 'utf8');

const t0 = process.cpuUsage();
const { ENGINES } = await import('./engines');
const engine = ENGINES.find((e) => e.name === engineName);
if (!engine) throw new Error(`unknown engine ${engineName}`);
engine.load(json, entries)(query);
const d = process.cpuUsage(t0);
console.log(`cold-ms ${(d.user + d.system) / 1000}`);
