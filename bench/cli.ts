/**
 * CLI benchmark: every `odigos` command on packs of 1,000 / 5,000 / 20,000 generated entries (a source folder of
 * Markdown files and its pack.json), fresh for each size. Prints CPU time per entry (best of three runs, each of
 * which reads and checks its files anew) and its ratio to the smallest size: a ratio near 1 is linear growth, one
 * that grows with the size is not. Then `odigos suggest` as a user
 * runs it (a new process) on 500 and 5,000 entries, against the time to read the larger file: cold (every entry
 * checked) and warm (a pack checked before, remembered by its hash) apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../knowledge/cli/main';
import { checkCompiledPack } from '../knowledge/pack/compiled';
import { createMatcher } from '../knowledge/pack/engine';
import type { Entry } from '../knowledge/types';
import { generateEntries, generateQueries } from './corpus';

const ROOT = join(import.meta.dirname, '..');

/**
 * A pack source folder of `n` generated entries (SOPs link to templates, so link checks run too). `compact`: one
 * short step each, so that 20,000 entries fit in the 20 MB a pack may be (at the corpus's full length they take 50).
 */
export function writeSourcePack(dir: string, n: number, seed: number, options: { compact?: boolean } = {}): Entry[] {
  const entries = generateEntries(n, seed).map((e) => (options.compact ? compact(e) : e));
  mkdirSync(join(dir, 'sops'), { recursive: true });
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'pack.yaml'), `id: bench\nname: Bench\nversion: 1.0.0\nlang: el\nreviewBy: 2099-01-01\n`);
  const list = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  entries.forEach((e, i) => {
    const common = `id: ${e.id}\ntitle: ${JSON.stringify(e.title)}\ntriggers: ${list(e.triggers)}\ntags: ${list(e.tags)}\n`;
    if (e.type === 'template') {
      writeFileSync(join(dir, 'templates', `${e.id}.md`), `---\n${common}type: template\nshortcut: ${e.shortcut}\ntone: empathy\nchannels: [email, chat]\n---\n${e.body}\n`);
    } else {
      const link = `gen-${Math.floor(i / 3) * 3}`;
      const front = `${common}type: sop\ndepartment: CS\npurpose: ${JSON.stringify(e.purpose)}\nmetrics:\n  firstResponse: 15m\n  completion: 2d\n`;
      writeFileSync(join(dir, 'sops', `${e.id}.md`), `---\n${front}---\n${e.body.replace(/\.$/, `. [[${link}]]`)}\n`);
    }
  });
  return entries;
}

/**
 * The entry with its first step only, cut to three words, a title of two, one trigger, one tag and (an SOP) a
 * purpose of three words: 20,000 of them must fit, with room for the format to grow, in the 20 MB a pack may be.
 */
function compact(e: Entry): Entry {
  const words = (text: string, n: number) => text.split(' ').slice(0, n).join(' ');
  const short = { ...e, body: words(e.body.split('\n')[0]!, 3).replace(/\.?$/, '.'), triggers: e.triggers.slice(0, 1), tags: e.tags.slice(0, 1), title: words(e.title, 2) };
  return short.type === 'sop' ? { ...short, purpose: words(short.purpose, 3) } : short;
}

const cpu = async (fn: () => Promise<unknown>): Promise<number> => {
  const t0 = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};

/** Runs a command in this process, output counted but not kept (printing is not what is measured). */
async function odigos(...args: string[]): Promise<number> {
  let errors = '';
  const code = await runCli(args, { out: () => {}, err: (t) => (errors += `${t}\n`) });
  if (code !== 0) throw new Error(`odigos ${args.join(' ')} → ${code}\n${errors.slice(0, 2000)}`);
  return code;
}

interface Inputs {
  src: string;
  pack: string;
  changed: string;
  queries: string;
  cases: string;
  message: string;
  key: string;
  pub: string;
}

/** Everything one size needs, written fresh (a seed per size: no run sees another's input). */
async function prepare(dir: string, n: number): Promise<Inputs> {
  const src = join(dir, 'src');
  const entries = writeSourcePack(src, n, 1000 + n, { compact: true });
  const pack = join(dir, 'pack.json');
  await odigos('build', src, '-o', pack);
  const changedPack = JSON.parse(readFileSync(pack, 'utf8'));
  for (let i = 0; i < changedPack.entries.length; i += 100) changedPack.entries[i].title += ' (νέο)';
  changedPack.meta.version = '1.1.0';
  const changed = join(dir, 'changed.json');
  writeFileSync(changed, JSON.stringify(changedPack, null, 2));
  const { short, long } = generateQueries(entries, 20, 2000 + n);
  const queries = join(dir, 'queries.jsonl');
  writeFileSync(queries, short.map((text, id) => JSON.stringify({ id, text })).join('\n'));
  const cases = join(dir, 'cases.jsonl');
  writeFileSync(cases, long.map((text, i) => JSON.stringify({ text, expect: entries[i % entries.length]!.id })).join('\n'));
  const key = join(dir, 'key');
  await odigos('keygen', '-o', key);
  return { src, pack, changed, queries, cases, message: long[0]!, key: `${key}.key`, pub: `${key}.pub` };
}

/** The commands, each as a user runs it on a pack of the size at hand. */
const COMMANDS: Array<[string, (i: Inputs, dir: string) => string[]]> = [
  ['validate <src-dir>', (i) => ['validate', i.src]],
  ['build', (i, dir) => ['build', i.src, '-o', join(dir, 'rebuilt.json')]],
  ['validate <pack.json>', (i) => ['validate', i.pack]],
  ['list', (i) => ['list', i.pack]],
  ['list --json', (i) => ['list', i.pack, '--json']],
  ['suggest (one message)', (i) => ['suggest', '--pack', i.pack, i.message]],
  ['suggest --batch (20)', (i) => ['suggest', '--pack', i.pack, '--batch', i.queries]],
  ['eval (20 cases)', (i) => ['eval', '--pack', i.pack, '--cases', i.cases]],
  ['diff', (i) => ['diff', i.pack, i.changed]],
  ['sign', (i, dir) => ['sign', copy(i.pack, join(dir, 'signed.json')), '--key', i.key]],
  ['verify', (i, dir) => ['verify', join(dir, 'signed.json'), '--pub', i.pub]],
];

function copy(from: string, to: string): string {
  writeFileSync(to, readFileSync(from));
  return to;
}

const RUNS = 3;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(0) : ms.toFixed(0));
const us = (ms: number) => (ms * 1000).toFixed(1);

/** Reading + parsing, checking (validation) and matcher + one query of a pack.json, in this process (best of 3, ms). */
function loadTimes(file: string): { read: number; check: number; search: number } {
  const best = { read: Infinity, check: Infinity, search: Infinity };
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const text = readFileSync(file, 'utf8');
    const value = JSON.parse(text);
    const t1 = performance.now();
    const { pack } = checkCompiledPack(value, file, { today: '2026-01-01', text });
    const t2 = performance.now();
    createMatcher([{ pack: pack!, priority: 0 }]).search('με χρέωσαν δύο φορές στην κάρτα', { limit: 5 });
    const t3 = performance.now();
    best.read = Math.min(best.read, t1 - t0);
    best.check = Math.min(best.check, t2 - t1);
    best.search = Math.min(best.search, t3 - t2);
  }
  return best;
}

/**
 * A new Node process running `script` with `args`: wall time and its CPU time (user + system, from bash's `times`,
 * which a busy machine inflates far less than the wall clock), median of `runs`, in ms.
 */
function processTime(script: string[], runs: number, env: NodeJS.ProcessEnv = process.env): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  const quoted = [process.execPath, ...script].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = execFileSync('bash', ['-c', `${quoted} >/dev/null; times`], { cwd: ROOT, encoding: 'utf8', env });
    walls.push(performance.now() - t0);
    // `times` prints the shell's own user/system times, then its children's: "0m0.520s 0m0.040s".
    const [user, system] = [...out.trim().split('\n')[1]!.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
    cpus.push(user! + system!);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[runs >> 1]!;
  return { wall: median(walls), cpu: median(cpus) };
}

export async function runCliBench(options: { quick?: boolean } = {}): Promise<boolean> {
  const sizes = options.quick ? [50, 100, 200] : [1_000, 5_000, 20_000];
  // The table measures the full check of every pack (a pack remembered as checked skips it: measured apart below).
  const cache = process.env.ODIGOS_CACHE;
  process.env.ODIGOS_CACHE = 'off';
  const root = mkdtempSync(join(tmpdir(), 'odigos-cli-bench-'));
  let linear = true;
  try {
    // Warm-up on a pack no measured run uses: the first size should not pay for compiling the code.
    const warm = await prepare(join(root, 'warm'), options.quick ? 30 : 100);
    for (const [, args] of COMMANDS) await odigos(...args(warm, join(root, 'warm')));

    const packMb: number[] = [];
    const perEntry = new Map<string, number[]>();
    const totals = new Map<string, number[]>();
    for (const n of sizes) {
      const dir = join(root, String(n));
      const inputs = await prepare(dir, n);
      packMb.push(statSync(inputs.pack).size / 1048576);
      for (const [name, args] of COMMANDS) {
        // Best of three: a garbage collection or a busy neighbour lands on one run, not on all three.
        let ms = Infinity;
        for (let run = 0; run < RUNS; run++) ms = Math.min(ms, await cpu(() => odigos(...args(inputs, dir))));
        perEntry.set(name, [...(perEntry.get(name) ?? []), ms / n]);
        totals.set(name, [...(totals.get(name) ?? []), ms]);
      }
      rmSync(join(dir, 'src'), { recursive: true, force: true });
    }
    const labels = sizes.map((n) => n.toLocaleString('en'));
    console.log(`CLI bench: CPU ms per command (best of ${RUNS}), µs per entry, and per-entry ratio to ${labels[0]} entries (≈1 = linear)`);
    console.log(`pack.json: ${sizes.map((n, i) => `${labels[i]} entries ${packMb[i]!.toFixed(1)} MB`).join(', ')}`);
    console.log(`${'command'.padEnd(24)}${labels.map((l) => `${l} ms`.padStart(11)).join('')}${labels.map((l) => `${l} µs/e`.padStart(13)).join('')}  ratios`);
    for (const [name] of COMMANDS) {
      const t = totals.get(name)!;
      const p = perEntry.get(name)!;
      const ratios = p.slice(1).map((x) => x / p[0]!);
      // Fixed costs (process set-up, 20 queries) weigh on the smallest size, so a ratio below 1 is fine. Quick sizes
      // take milliseconds, too few to judge on a busy machine.
      const ok = ratios.every((r) => r <= 1.6);
      if (!options.quick) linear &&= ok;
      const verdict = options.quick ? '' : ok ? 'linear' : 'NOT LINEAR';
      console.log(
        `${name.padEnd(24)}${t.map((x) => fmt(x).padStart(11)).join('')}${p.map((x) => us(x).padStart(13)).join('')}  ` +
          `${ratios.map((r) => `${r.toFixed(2)}×`).join(' ')} ${verdict}`,
      );
    }
    await cuesBench(sizes);
    const asUsers = await suggestAsUsersRunIt(root, options.quick ?? false);
    if (!options.quick) linear &&= asUsers;
  } finally {
    rmSync(root, { recursive: true, force: true });
    if (cache === undefined) delete process.env.ODIGOS_CACHE;
    else process.env.ODIGOS_CACHE = cache;
  }
  console.log(options.quick ? 'CLI bench ran (--quick: sizes too small to judge growth)' : `CLI cost grows linearly with the pack: ${linear ? 'yes' : 'NO'}`);
  return linear;
}

/** cues reads only the message (capped like the extension caps it): its cost must stay flat as messages grow. */
async function cuesBench(sizes: number[]): Promise<void> {
  const times: number[] = [];
  for (const n of sizes) {
    const words = generateQueries(generateEntries(50, n), n / 20, n).long.join(' ');
    times.push(await cpu(() => odigos('cues', words)));
  }
  console.log(`${'cues (n words)'.padEnd(24)}${times.map((x) => fmt(x).padStart(11)).join('')}  (bounded: long messages are capped)`);
}

/** One pack of the suggest table: its size, whether its entries are compact (20,000 fit in 20 MB only so). */
interface SuggestPack {
  n: number;
  compact: boolean;
  /** The size the next ones are measured against. */
  base?: boolean;
  src: string;
  pack: string;
}

type SuggestMode = 'read' | 'cold' | 'built' | 'remembered';
const MODES: SuggestMode[] = ['read', 'cold', 'built', 'remembered'];

/** Runs `fn` with these variables set in this process's environment, then puts them back. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * One round over every pack, each mode once, interleaved so that a busy spell of the machine falls on all of them:
 * reading the file alone; suggest cold (nothing remembered); suggest just after `odigos build` wrote the pack (the
 * verdict build recorded, in a fresh cache); suggest again (remembered).
 */
async function suggestRound(packs: SuggestPack[], root: string, times: Map<string, Array<{ wall: number; cpu: number }>>): Promise<void> {
  const q = 'με χρέωσαν δύο φορές στην κάρτα, θέλω τα χρήματά μου πίσω';
  const suggestArgs = (p: string) => [join(ROOT, 'bin/odigos.mjs'), 'suggest', '--pack', p, q];
  for (const p of packs) {
    const cacheDir = join(root, 'checked-packs', `${p.n}-${p.compact}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const cached = { ODIGOS_CACHE: 'on', ODIGOS_CACHE_DIR: cacheDir };
    await withEnv(cached, () => odigos('build', p.src, '-o', p.pack));
    const run: Record<SuggestMode, () => { wall: number; cpu: number }> = {
      read: () => processTime(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(p.pack)}, 'utf8'))`], 1),
      cold: () => processTime(suggestArgs(p.pack), 1, { ...process.env, ODIGOS_CACHE: 'off' }),
      built: () => processTime(suggestArgs(p.pack), 1, { ...process.env, ...cached }),
      remembered: () => processTime(suggestArgs(p.pack), 1, { ...process.env, ...cached }),
    };
    for (const mode of MODES) {
      const key = `${p.n}-${p.compact}-${mode}`;
      times.set(key, [...(times.get(key) ?? []), run[mode]()]);
    }
  }
}

/**
 * `odigos suggest` in a new process, as a user types it, at 1,000 / 5,000 / 20,000 entries against 500: it should
 * take about as long as on 500 entries plus the time to read the larger file, so each size prints
 * time(n) / (time(500) + read(n) − read(500)), 1× being exactly that: cold (every entry checked), just after
 * `odigos build` (which remembers the pack it wrote) and remembered. 20,000 entries fit in a pack only compact, so
 * they are measured against 500 compact ones.
 */
export async function suggestAsUsersRunIt(root: string, quick: boolean): Promise<boolean> {
  const shapes = quick
    ? [{ n: 50, compact: false, base: true }, { n: 100, compact: false }, { n: 200, compact: false }]
    : [{ n: 500, compact: false, base: true }, { n: 1_000, compact: false }, { n: 5_000, compact: false }, { n: 500, compact: true, base: true }, { n: 20_000, compact: true }];
  const runs = quick ? 1 : 5;
  const packs: SuggestPack[] = shapes.map((shape: Pick<SuggestPack, 'n' | 'compact' | 'base'>) => {
    const dir = join(root, `process-${shape.n}${shape.compact ? '-compact' : ''}`);
    writeSourcePack(join(dir, 'src'), shape.n, 3000 + shape.n + (shape.compact ? 1 : 0), { compact: shape.compact });
    return { ...shape, src: join(dir, 'src'), pack: join(dir, 'pack.json') };
  });
  const times = new Map<string, Array<{ wall: number; cpu: number }>>();
  for (let r = 0; r < runs; r++) await suggestRound(packs, root, times);
  const median = (p: SuggestPack, mode: SuggestMode, of: 'cpu' | 'wall') => {
    const xs = times.get(`${p.n}-${p.compact}-${mode}`)!.map((t) => t[of]).sort((a, b) => a - b);
    return xs[xs.length >> 1]!;
  };
  const label = (p: SuggestPack) => `${p.n.toLocaleString('en')}${p.compact ? ' compact' : ''}`;
  console.log(`odigos suggest as a new process, CPU ms (wall ms), median of ${runs} interleaved rounds (load average ${loadavg()[0]!.toFixed(1)})`);
  console.log(`${'entries'.padEnd(16)}${['read the file', 'cold', 'after build', 'remembered'].map((h) => h.padStart(16)).join('')}`);
  for (const p of packs) console.log(`${label(p).padEnd(16)}${MODES.map((m) => `${fmt(median(p, m, 'cpu'))} (${fmt(median(p, m, 'wall'))})`.padStart(16)).join('')}`);
  console.log('  time(n) / (time(base) + read(n) − read(base)), CPU (wall); 1× = the base plus reading the larger file:');
  let ok = true;
  let base = packs[0]!;
  for (const p of packs) {
    if (p.base) {
      base = p;
      continue;
    }
    const ratio = (mode: SuggestMode, of: 'cpu' | 'wall') => median(p, mode, of) / (median(base, mode, of) + median(p, 'read', of) - median(base, 'read', of));
    const cells = (['cold', 'built', 'remembered'] as const).map((m) => `${m === 'built' ? 'after build' : m} ${ratio(m, 'cpu').toFixed(2)}× (${ratio(m, 'wall').toFixed(2)}×)`);
    console.log(`  ${label(p).padEnd(14)} vs ${label(base)}: ${cells.join(', ')}`);
    // "About as long": within a quarter, after a build and remembered (a pack never seen pays for its check once).
    if (p.n === 5_000) ok = ratio('built', 'cpu') <= 1.25 && ratio('remembered', 'cpu') <= 1.25;
  }
  const large = packs.find((p) => p.n === (quick ? 200 : 5_000))!;
  const [ls, ll] = [packs[0]!, large].map((p) => loadTimes(p.pack));
  console.log(
    `  in this process, ${label(packs[0]!)} → ${label(large)}: reading and parsing ${fmt(ls!.read)} → ${fmt(ll!.read)} ms, checking every entry ` +
      `${fmt(ls!.check)} → ${fmt(ll!.check)} ms (${(ll!.check / ll!.read).toFixed(2)}× the reading), matcher and query ${fmt(ls!.search)} → ${fmt(ll!.search)} ms`,
  );
  if (!quick) console.log(`  5,000 entries answer in about the time of 500 plus reading the file, after a build and remembered: ${ok ? 'yes' : 'NO'}`);
  return ok;
}

/** `npm run bench -- suggest`: the suggest table alone (it is part of the cli section too). */
export async function runSuggestBench(options: { quick?: boolean } = {}): Promise<boolean> {
  const root = mkdtempSync(join(tmpdir(), 'odigos-suggest-bench-'));
  try {
    return await suggestAsUsersRunIt(root, options.quick ?? false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
