/**
 * A fingerprint of what the engine answers, for speed work that must not change a single result:
 *
 *   node --import tsx bench/identical.ts [--data /work/data]
 *
 * Runs every evaluation set (the bundled packs' knowledge/eval/*.jsonl, also in four Greeklish styles; the
 * development pack's queries), the engine benchmark's generated queries at 1,000 and 5,000 entries, and, when
 * present, intent data sets (`intent<TAB>text` lines under --data: first 5 lines of an intent as triggers, the
 * lines after the 10th as queries), through createMatcher, and prints the number of searches and a SHA-256 of
 * every result (ids, scores, explanations, cues) per set. Each set is searched twice in one matcher (cold caches,
 * then warm), and once more with an index that must be rebuilt at load (an older version), so caching and the
 * migration path answer the same too. Compare the printed hashes before and after a change. Each set is also
 * searched by a matcher that first ran its warm-up (Matcher.warmUp) and by a new one: «warmed up: same» when they
 * answer alike (the warm-up forgets what its searches cached; it must change no answer).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CompiledPack, Entry } from '../knowledge/types';
import { buildIndex, createMatcher } from '../knowledge/engine';
import { compilePack } from '../knowledge/node/compile';
import { ALL } from '../tests/unit/engine/eval-queries';
import { evalPack } from '../tests/unit/engine/eval-pack';
import { generateEntries, generateQueries } from './corpus';
import { GREEKLISH_STYLES, toGreeklish } from './greeklish';

const { values } = parseArgs({ options: { data: { type: 'string', default: '/work/data' } } });

function fingerprint(name: string, packs: CompiledPack[], queries: string[]): number {
  const hash = createHash('sha256');
  const stale = packs.map((p) => ({ ...p, index: { ...(p.index as object), v: -1 } }) as CompiledPack);
  for (const [label, list] of [['built', packs], ['stale', stale]] as const) {
    const m = createMatcher(list.map((pack, i) => ({ pack, priority: i })));
    for (let pass = 0; pass < (label === 'built' ? 2 : 1); pass++) {
      for (const q of queries) hash.update(JSON.stringify(m.search(q, { limit: 10 }))).update('\n');
      for (const q of queries.slice(0, 20)) {
        hash.update(JSON.stringify(m.search(q, { limit: 10, stage: 'working', step: [] }))).update('\n');
        hash.update(JSON.stringify(m.search(q, { limit: 10, type: 'template' }))).update('\n');
      }
    }
  }
  const searches = 3 * (queries.length + 2 * Math.min(20, queries.length));
  const warm = warmedAnswersSame(packs, queries) ? 'warmed up: same' : 'warmed up: DIFFERS';
  console.log(`${name.padEnd(28)} ${String(searches).padStart(6)} searches  ${hash.digest('hex').slice(0, 16)}  ${warm}`);
  return searches;
}

/** Whether a matcher that ran its warm-up (Matcher.warmUp, as the extension does after load) answers as a new one. */
function warmedAnswersSame(packs: CompiledPack[], queries: string[]): boolean {
  const answers = (warm: boolean) => {
    const m = createMatcher(packs.map((pack, i) => ({ pack, priority: i })));
    while (warm && !m.warmUp!());
    const hash = createHash('sha256');
    for (const q of queries) hash.update(JSON.stringify(m.search(q, { limit: 10 }))).update('\n');
    return hash.digest('hex');
  };
  return answers(true) === answers(false);
}

const packOf = (entries: Entry[], id: string): CompiledPack => ({
  schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: buildIndex(entries),
  meta: { id, name: id, version: '1.0.0', lang: entries[0]?.lang ?? 'en' },
});

const cases = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);

let total = 0;
const el = compilePack('knowledge/packs/el-core');
const en = compilePack('knowledge/packs/en-core');
for (const set of ['el', 'en', 'greeklish']) total += fingerprint(`bundled ${set}`, [en, el], cases(`knowledge/eval/${set}.jsonl`));
const greek = cases('knowledge/eval/el.jsonl');
GREEKLISH_STYLES.forEach((style, i) => (total += fingerprint(`bundled el greeklish-${i}`, [el], greek.map((t) => toGreeklish(t, style)))));
total += fingerprint('development pack', [evalPack()], ALL.map(([text]) => text));
for (const size of [1_000, 5_000]) {
  const entries = generateEntries(size);
  const { short, long } = generateQueries(entries, 350, 2);
  total += fingerprint(`bench ${size} 3-word`, [packOf(entries, 'bench')], short);
  total += fingerprint(`bench ${size} 60-word`, [packOf(entries, 'bench')], long);
}
for (const dir of existsSync(values.data!) ? readdirSync(values.data!, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : []) {
  for (const file of readdirSync(join(values.data!, dir)).filter((f) => f.endsWith('.tsv'))) {
    const byIntent = new Map<string, string[]>();
    for (const line of readFileSync(join(values.data!, dir, file), 'utf8').split(/\r?\n/)) {
      const [intent, ...rest] = line.split('\t');
      if (!intent || !rest.length) continue;
      byIntent.set(intent, [...(byIntent.get(intent) ?? []), rest.join('\t')]);
    }
    const entries: Entry[] = [...byIntent].map(([intent, lines]) => ({
      id: intent, type: 'template', title: intent.replace(/_/g, ' '), lang: 'en', triggers: lines.slice(0, 5), tags: [], body: lines[0]!,
      tone: 'information', channels: ['email'], formality: 'formal',
    }) as Entry);
    total += fingerprint(`${dir}/${file}`, [packOf(entries, dir)], [...byIntent.values()].flatMap((l) => l.slice(10)));
  }
}
console.log(`total ${total} searches`);
