// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { checkCompiledPack, compilePack, formatProblem, serializePack } from '../../../knowledge/node';
import { entryLines } from '../../../knowledge/pack/entry-lines';

const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../knowledge/pack/entry-lines', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../knowledge/pack/entry-lines')>();
  return { ...real, entryLines: (text: string) => (scans.count++, real.entryLines(text)) };
});
import { GOOD, NOW } from './helpers';

/** The line of each `"id": "<id>"` found the slow way, for comparison. */
const lineOfText = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('entryLines', () => {
  it('finds the "id" line of every entry of a pack the compiler wrote', () => {
    const pack = compilePack(GOOD, { now: NOW });
    const text = serializePack(pack);
    expect(entryLines(text)).toEqual(pack.entries.map((e) => lineOfText(text, `"id": ${JSON.stringify(e.id)}`)));
  });

  it('is not fooled by braces, quotes and "entries" inside strings or nested objects', () => {
    const text = [
      '{',
      '  "meta": {"id": "x", "entries": [1, 2, 3], "note": "a \\"quoted\\" { [ brace"},',
      '  "entries": [',
      '    {',
      '      "title": "} ] \\\\",',
      '      "steps": [{"id": "nested"}],',
      '      "id": "first"',
      '    },',
      '    42,',
      '    {"body": "no id here"',
      '    },',
      '    "text"',
      '  ],',
      '  "index": {"entries": [{"id": "not-an-entry"}]}',
      '}',
    ].join('\n');
    JSON.parse(text);
    expect(entryLines(text)).toEqual([7, 9, 10, 12]);
  });

  it('gives every entry line 1 in a pack written on one line', () => {
    const pack = compilePack(GOOD, { now: NOW });
    expect(entryLines(JSON.stringify(pack))).toEqual(pack.entries.map(() => 1));
  });
});

describe('checkCompiledPack with the file text', () => {
  it('does not look for lines in a pack with nothing to report', () => {
    const pack = compilePack(GOOD, { now: new Date('2026-01-15') });
    pack.entries = pack.entries.map((e) => (e.type === 'template' && e.triggers.length === 0 ? { ...e, triggers: ['x'] } : e));
    const text = serializePack(pack);
    scans.count = 0;
    const { problems } = checkCompiledPack(JSON.parse(text), 'p.json', { today: '2026-01-15', text });
    expect(problems).toEqual([]);
    expect(scans.count).toBe(0);
    pack.entries.push(pack.entries[0]!);
    const dup = serializePack(pack);
    checkCompiledPack(JSON.parse(dup), 'p.json', { today: '2026-01-15', text: dup });
    expect(scans.count).toBe(1);
  });

  it('points duplicate ids and field errors at the entries\' lines', () => {
    const pack = JSON.parse(serializePack(compilePack(GOOD, { now: NOW })));
    pack.entries.push({ ...pack.entries[0] }, { ...pack.entries[1], tone: 'sad' });
    const text = JSON.stringify(pack, null, 2);
    const problems = checkCompiledPack(JSON.parse(text), 'p.json', { today: '2026-01-15', text }).problems.map((p) => formatProblem(p));
    const [dupLine, toneLine] = entryLines(text).slice(-2);
    expect(problems).toContain(`p.json:${dupLine}: error: entry "${pack.entries[0].id}": duplicate id "${pack.entries[0].id}" (also used by p.json:${entryLines(text)[0]})`);
    expect(problems.some((p) => p.startsWith(`p.json:${toneLine}: error: entry "${pack.entries[1].id}": `))).toBe(true);
  });
});
