// @vitest-environment node
// Pack content of any size costs linear time: each of these was quadratic or overflowed the stack before
// (a 1 MB body of {{x}} froze the service worker for 84 s). Generous timeouts: a regression hangs, not slows.
import { describe, expect, it } from 'vitest';
import { checkCompiledPack, compilePack, compareSemver, serializePack } from '../../../knowledge/node';
import { parsePlaceholders } from '../../../knowledge/template/placeholders';
import { checkPack } from '../../../knowledge/pack/checks';
import type { CompiledPack, SopEntry, TemplateEntry } from '../../../knowledge/types';
import { GOOD, NOW } from './helpers';

const fresh = (): CompiledPack => JSON.parse(serializePack(compilePack(GOOD, { now: NOW })));
const check = (pack: CompiledPack) => checkCompiledPack(pack, 'pack.json', { today: '2026-01-15' });
const MB = 1024 * 1024;

describe('pack content of any size', () => {
  it('reads 1.7 million placeholders of a 10 MB body, each with its line', () => {
    const count = Math.floor((10 * MB) / 6);
    const { placeholders } = parsePlaceholders('{{x}}\n'.repeat(count));
    expect(placeholders).toHaveLength(count);
    expect(placeholders.at(-1)!.line).toBe(placeholders.length);
  }, 120_000);

  it('finds every unclosed {{ of a 10 MB line without searching again from each', () => {
    expect(parsePlaceholders('{{'.repeat((10 * MB) / 2)).unclosed).toHaveLength((10 * MB) / 2);
  }, 120_000);

  // A compiled pack's texts are refused past their length limits (format.ts: MAX_TEXT) before these checks run; a
  // source folder's entries meet the whole-pack checks first, so those checks still take any size.
  const wholePack = (pack: CompiledPack) =>
    checkPack({ metaFile: 'pack.json', entries: pack.entries.map((entry) => ({ entry, file: 'pack.json' })), today: '2026-01-15' });

  it('checks a 1 MB template of {{x}}: one warning, not a million (a compiled one is refused once, for its length)', () => {
    const pack = fresh();
    (pack.entries.find((e) => e.type === 'template') as TemplateEntry).body = '{{x}}'.repeat(MB / 5);
    expect(wholePack(pack).filter((p) => p.message.includes('unknown placeholder {{x}}'))).toHaveLength(1);
    const { problems } = check(pack);
    expect(problems.filter((p) => p.message.includes('{{x}}'))).toEqual([]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringMatching(/"body" is 1,048,575 characters long, more than the 20,000/)]);
  }, 60_000);

  it('reports 1.7 million [[links]] to a missing template once, without overflowing the stack', () => {
    const pack = fresh();
    const sop = pack.entries.find((e) => e.type === 'sop') as SopEntry;
    sop.body = `1. a\n${'[[nope]] '.repeat(1_700_000)}`;
    expect(wholePack(pack).filter((p) => p.message.includes('[[nope]]'))).toHaveLength(1);
    const { pack: accepted, problems } = check(pack);
    expect(accepted).toBeUndefined();
    expect(problems.filter((p) => p.message.includes('[[nope]]'))).toEqual([]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringMatching(/"body" is 15,300,005 characters long, more than the 50,000/)]);
  }, 120_000);

  it('keeps a thousand problems of millions, and says how many more', () => {
    const pack = fresh();
    const template = pack.entries.find((e) => e.type === 'template') as TemplateEntry;
    for (let i = 0; i < 3000; i++) pack.entries.push({ ...template, id: `t-${i}`, tone: 'nope' as 'closing' });
    const { problems } = check(pack);
    expect(problems.length).toBeLessThanOrEqual(1001);
    expect(problems.at(-1)!.message).toMatch(/… and [\d,]+ more problems/);
  }, 60_000);
});

describe('compareSemver', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.1', '1.0.0', 1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-rc.2', '1.0.0-rc.10', -1],
    ['1.0.0-alpha', '1.0.0-1', 1],
    ['10.0.0', '9.0.0', 1],
    ['99999999999999999999.0.0', '99999999999999999998.0.0', 1],
    ['1.0.0 ', '1.0.0', -1],
    ['junk', 'junk', 0],
  ])('%s vs %s → %i (never NaN)', (a, b, expected) => {
    expect(compareSemver(a, b)).toBe(expected);
  });
});
