// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePack, compareSemver, diffPacks } from '../../../knowledge/node';
import type { CompiledPack } from '../../../knowledge/types';
import { GOOD, NOW } from './helpers';

const base = compilePack(GOOD, { now: NOW });
const clone = (): CompiledPack => structuredClone(base);

describe('diffPacks', () => {
  it('finds nothing between a pack and itself rebuilt later', () => {
    const later = { ...clone(), builtAt: new Date().toISOString() };
    expect(diffPacks(base, later)).toMatchObject({ added: [], removed: [], changed: [], metaChanged: [], versionBumped: false, warnings: [] });
  });

  it('lists added, removed and changed entries with the fields that differ', () => {
    const next = clone();
    next.meta.version = '1.3.0';
    next.meta.name = 'Νέο όνομα';
    next.entries = next.entries.filter((e) => e.id !== 'greeting-formal');
    const sop = next.entries.find((e) => e.id === 'double-card-charge')!;
    sop.title = 'Νέος τίτλος';
    sop.triggers = [...sop.triggers, 'dipli xreosi'];
    sop.source = { file: 'moved/elsewhere.md', line: 1 };
    next.entries.push({ ...structuredClone(base.entries.find((e) => e.id === 'apology-formal')!), id: 'apology-new', title: 'Νέα' });
    const d = diffPacks(base, next);
    expect(d.added).toEqual([{ id: 'apology-new', type: 'template', title: 'Νέα' }]);
    expect(d.removed).toEqual([{ id: 'greeting-formal', type: 'template', title: 'Επίσημος χαιρετισμός' }]);
    expect(d.changed).toEqual([{ id: 'double-card-charge', type: 'sop', title: 'Νέος τίτλος', fields: ['title', 'triggers'] }]);
    expect(d.metaChanged).toEqual(['name']);
    expect(d.versionBumped).toBe(true);
    expect(d.warnings).toEqual([]);
  });

  it('warns when the content changed but the version did not go up', () => {
    const next = clone();
    (next.entries[0] as { body: string }).body += '\nΑλλαγή';
    const d = diffPacks(base, next);
    expect(d.changed.map((c) => c.fields)).toEqual([['body']]);
    expect(d.warnings).toEqual(['the content changed but the version was not bumped (still 1.2.0): agents will not be offered the update']);
  });

  it('warns when the version goes backwards or the packs differ', () => {
    const next = clone();
    next.meta.version = '1.1.9';
    next.meta.id = 'other';
    expect(diffPacks(base, next).warnings).toEqual([
      'these are different packs ("fixture-good" and "other")',
      'the version goes backwards (1.2.0 → 1.1.9)',
    ]);
    // The same, by code and values: what the CLI says in the reader's language.
    expect(diffPacks(base, next).warningCodes).toEqual([
      { code: 'otherPack', params: { a: 'fixture-good', b: 'other' } },
      { code: 'backwards', params: { a: '1.2.0', b: '1.1.9' } },
    ]);
  });
});

describe('compareSemver', () => {
  it.each([
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '2.0.0', 0],
    ['1.0.0-beta', '1.0.0', -1],
    ['1.0.0+build', '1.0.0', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareSemver(a, b)).toBe(expected);
  });
  it('sorts a non-semver text below every version, never NaN (a NaN passed every downgrade check)', () => {
    expect(compareSemver('1.0', '1.0.0')).toBe(-1);
    expect(compareSemver('1.0.0', '1.0.0 ')).toBe(1);
  });
});
