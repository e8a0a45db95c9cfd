import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeInPack } from '../../../lib/background/pack-intake';
import { compilePack } from '../../../knowledge/node/compile';
import { serializePack } from '../../../knowledge/pack/serialize';

/**
 * A pack.json refused on import names the entry of each problem for the options page. A whole-pack check names it
 * only as where its problem is: read from the problem's code (`at.entry`), not from the English words.
 */
describe('the entry a refused pack.json names', () => {
  it('is the entry of a whole-pack check\'s problem, from its code', async () => {
    const pack = compilePack(join(import.meta.dirname, 'fixtures/good'), { now: new Date('2026-12-06T10:00:00Z') });
    const [first, second] = pack.entries;
    const twice = { ...pack, entries: [first!, { ...second!, id: first!.id }, ...pack.entries.slice(2)] };
    const taken = await takeInPack(serializePack(twice), { from: 'pack.json', pinnedKeys: [], now: new Date('2026-12-06T10:00:00Z') });
    expect(taken.ok).toBe(false);
    if (taken.ok || taken.failure.code !== 'pack.unusable') throw new Error('not refused for its errors');
    const { problems } = taken.failure;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.text.startsWith(`entry "${p.entry}": `), p.text).toBe(true);
    expect(problems.some((p) => p.entry === first!.id && /duplicate id/.test(p.text))).toBe(true);
  });
});
