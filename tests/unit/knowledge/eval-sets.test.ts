// @vitest-environment node
/**
 * The project's evaluation sets (knowledge/eval/*.jsonl, run by `odigos eval` in npm test) must measure
 * understanding: at least half of each set's queries share no whole trigger with the entries they expect.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node';
import { readCases, recallShare, recalledTrigger } from '../../support/trigger-recall';

const ROOT = join(import.meta.dirname, '../../..');
const SETS = [
  ['el.jsonl', 'el-core'],
  ['greeklish.jsonl', 'el-core'],
  ['el-fresh.jsonl', 'el-core'],
  ['el-tune.jsonl', 'el-core'],
  ['el-tune2.jsonl', 'el-core'],
  ['el-tune3.jsonl', 'el-core'],
  ['el-tune4.jsonl', 'el-core'],
  ['el-tune5.jsonl', 'el-core'],
  ['el-tune6.jsonl', 'el-core'],
  ['el-tune7.jsonl', 'el-core'],
  ['el-tune8.jsonl', 'el-core'],
  ['el-tune9.jsonl', 'el-core'],
  ['greeklish-tune3.jsonl', 'el-core'],
  ['greeklish-fresh.jsonl', 'el-core'],
  ['el-fresh2.jsonl', 'el-core'],
  ['greeklish-fresh2.jsonl', 'el-core'],
  ['el-fresh3.jsonl', 'el-core'],
  ['en.jsonl', 'en-core'],
  ['en-fresh.jsonl', 'en-core'],
  ['en-tune.jsonl', 'en-core'],
  ['en-tune2.jsonl', 'en-core'],
  ['en-tune3.jsonl', 'en-core'],
] as const;

describe('evaluation sets measure understanding, not recall of the triggers', () => {
  const packs = new Map(['el-core', 'en-core'].map((p) => [p, compilePack(join(ROOT, 'knowledge/packs', p))] as const));

  it('counts a query that repeats a trigger in any spelling, one-word triggers too, and not a paraphrase', () => {
    const entries = new Map(packs.get('el-core')!.entries.map((e) => [e.id, e] as const));
    const recalled = (text: string, id: string) => recalledTrigger({ text, expect: [id] }, entries);
    expect(recalled('ΚΑΛΗΜΕΡΑ, ΔΙΠΛΗ ΧΡΕΩΣΗ ΣΤΗΝ ΚΑΡΤΑ', 'double-card-charge')).toBe('διπλη χρεωση');
    expect(recalled('kalhmera, diplh xrewsh sthn karta', 'double-card-charge')).toBe('διπλη χρεωση');
    expect(recalled('θέλω να κάνω εγγύηση στο ψυγείο', 'warranty-repair')).toBe('εγγυηση');
    expect(recalled('η τράπεζα μου έκοψε το ίδιο ποσό ξανά', 'double-card-charge')).toBeUndefined();
  });

  it.each(SETS)('%s: at most half of the queries contain a whole trigger of an entry they expect', (set, pack) => {
    const cases = readCases(join(ROOT, 'knowledge/eval', set));
    const entries = packs.get(pack)!.entries;
    const ids = new Set(entries.map((e) => e.id));
    for (const c of cases) for (const id of c.expect) expect(ids.has(id), `${set}: unknown entry ${id}`).toBe(true);
    const { recalled, total, share } = recallShare(cases, entries);
    console.log(`${set}: ${recalled} of ${total} queries (${(share * 100).toFixed(1)} %) contain a whole trigger of an expected entry`);
    expect(share).toBeLessThanOrEqual(0.5);
  });
});
