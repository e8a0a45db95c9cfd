// @vitest-environment node
/**
 * The project's evaluation sets (knowledge/eval/*.jsonl, run by `odigos eval` in npm test) must measure
 * understanding: at least half of each set's queries share no whole trigger with the entries they expect.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/pack';
import { readCases, recallShare } from '../../support/trigger-recall';

const ROOT = join(import.meta.dirname, '../../..');
const SETS = [
  ['el.jsonl', 'el-core'],
  ['greeklish.jsonl', 'el-core'],
  ['en.jsonl', 'en-core'],
] as const;

describe('evaluation sets measure understanding, not recall of the triggers', () => {
  const packs = new Map(['el-core', 'en-core'].map((p) => [p, compilePack(join(ROOT, 'knowledge/packs', p))] as const));

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
