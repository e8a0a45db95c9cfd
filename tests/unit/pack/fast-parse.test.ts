// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePack, serializePack } from '../../../knowledge/node';
import { checkFormat, checkFully, passes } from '../../../knowledge/pack/check-format';
import { checkCompiledPack } from '../../../knowledge/pack/compiled';
import { compileFast, FAIL } from '../../../knowledge/pack/fast-parse';
import { compiledPack, entry, index, meta } from '../../../knowledge/pack/format';
import { GOOD, NOW } from './helpers';

/** The good fixture with every optional part a pack may carry: variables, sites, names, a signature. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a pack as parsed JSON, edited field by field
type Json = any;

function richPack(): Json {
  const pack = JSON.parse(serializePack(compilePack(GOOD, { now: NOW })));
  pack.meta.description = 'Για δοκιμές.\nΔεύτερη γραμμή.';
  pack.meta.author = 'QC';
  pack.meta.variables = { 'policy.refundDays': '14' };
  pack.sites = [{ name: 'Acme desk', match: 'https://desk.acme.example', message: '.thread .bubble', reply: '#composer', ticketId: '/case\\/(\\d+)/' }];
  pack.names = [{ name: 'Νικολός', vocative: 'Νικολό', gender: 'm', kind: 'first' }];
  pack.signature = { alg: 'Ed25519', publicKey: 'MCowBQYDK2VwAyEA', value: 'c2lnbmF0dXJl' };
  const sop = pack.entries.find((e: { type: string }) => e.type === 'sop');
  sop.escalation = { when: 'Ο πελάτης επιμένει', to: 'Supervisor' };
  sop.terms = { Προέγκριση: 'Δέσμευση ποσού' };
  sop.stage = 'resolved';
  return pack;
}

/** Every place in the pack (lists cut to their first items: they repeat one shape). */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) value.slice(0, 3).forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, x]) => out.push(...paths(x, [...at, k])));
  return out;
}

function mutate(pack: unknown, path: Array<string | number>, change: (parent: Json, key: string | number) => void): unknown {
  const copy = structuredClone(pack) as Json;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path[path.length - 1]!);
  return copy;
}

const BAD_VALUES: unknown[] = [null, 0, -1, 1.5, 'x', '', ' ', 'a\u0001b', 'a\nb', 'a\ud800b', 'x'.repeat(2001), [], {}, true];

/** The result with its output as written (fields in their order), so that a reordered field counts as different. */
const asWritten = (x: unknown) => JSON.stringify(x);

describe('the fast path of the format check', () => {
  it('takes a right pack, with every optional part, and gives what the full check gives, in the same field order', () => {
    const pack = richPack();
    const fast = passes(structuredClone(pack));
    expect(fast).toBeDefined();
    expect(fast!.problems).toEqual([]);
    expect(asWritten(fast)).toBe(asWritten(checkFully(structuredClone(pack))));
  });

  it('compiles entries, meta and the index itself (only older indexes go to the schema library)', () => {
    for (const schema of [entry, meta, compiledPack.entries.sites]) {
      const handed: string[] = [];
      compileFast(schema, handed);
      expect(handed).toEqual([]);
    }
    const handed: string[] = [];
    compileFast(index, handed);
    expect(handed).toEqual(['loose_object']);
  });

  it('never passes what the full check reports: every field at every depth, wrong in every way, reads the same', () => {
    const pack = richPack();
    let tried = 0;
    let reported = 0;
    const same = (bad: unknown) => {
      tried++;
      const full = checkFully(structuredClone(bad) as Record<string, unknown>);
      if (full.problems.length) reported++;
      expect(asWritten(checkFormat(structuredClone(bad)))).toBe(asWritten(full));
      const fast = passes(structuredClone(bad) as Record<string, unknown>);
      if (fast) expect(asWritten(fast)).toBe(asWritten(full));
    };
    for (const path of paths(pack).filter((p) => p.length > 0)) {
      for (const value of BAD_VALUES) same(mutate(pack, path, (parent, key) => (parent[key] = value)));
      same(mutate(pack, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key])));
      same(mutate(pack, path, (parent, key) => parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key]) && (parent[key].surprise = 1)));
    }
    for (const reserved of ['__proto__', 'constructor', 'prototype']) {
      same(JSON.parse(JSON.stringify(pack).replace('"Προέγκριση":', `"${reserved}":`)));
      same(JSON.parse(JSON.stringify(pack).replace('"policy.refundDays":', `"${reserved}":`)));
    }
    same({ ...pack, entries: Array.from({ length: 50_001 }, () => 1) });
    // The mutations must mostly be wrong, or the test proves nothing.
    expect(tried).toBeGreaterThan(1000);
    expect(reported / tried).toBeGreaterThan(0.8);
  });

  it('fails rather than guessing on an object JSON cannot make (an inherited field)', () => {
    const parse = compileFast(compiledPack);
    expect(parse(richPack())).not.toBe(FAIL);
    expect(parse(Object.assign(Object.create({ inherited: 1 }), richPack()))).toBe(FAIL);
  });
});

describe('what the fast path gives back', () => {
  it('is the parsed pack itself when it was right and in order, and a copy in the declared order when not', () => {
    // As odigos build writes it (the rich pack's additions come last in their objects, out of order).
    const pack = JSON.parse(serializePack(compilePack(GOOD, { now: NOW })));
    expect(passes(pack)!.pack).toStrictEqual(pack);
    expect(passes(pack)!.pack!.entries).toBe(pack.entries);
    expect(passes(pack)!.pack!.index).toBe(pack.index);
    const { id, ...rest } = pack.meta;
    const shuffled = { ...pack, meta: { ...rest, id } };
    const checked = passes(shuffled)!;
    expect(Object.keys(checked.pack!.meta)).toEqual(Object.keys(pack.meta));
    expect(checked.pack!.entries).toBe(shuffled.entries);
    const rich = richPack();
    expect(asWritten(passes(rich)!.pack)).toBe(asWritten(checkFully(rich).pack));
    expect(passes(rich)!.pack!.entries).not.toBe(rich.entries);
  });
});

describe('the postings, read once for their characters and their numbers', () => {
  const pack = () => JSON.parse(serializePack(compilePack(GOOD, { now: NOW })));
  const terms: string[] = pack().index.k.split(' ');
  const checked = (bad: Json) => {
    expect(asWritten(checkFormat(structuredClone(bad)))).toBe(asWritten(checkFully(structuredClone(bad))));
    return checkCompiledPack(bad, 'p.json', { today: '2026-01-01' }).problems.map((p) => p.message).filter((m) => m.startsWith('"index'));
  };
  /** The pack with the postings of its terms set (by their place), as checked for use: its messages. */
  const messages = (postings: Record<number, string>) => {
    const bad = pack();
    const lists = bad.index.p.split(';');
    for (const [at, s] of Object.entries(postings)) lists[Number(at)] = s;
    bad.index.p = lists.join(';');
    return checked(bad);
  };
  const corrupt = (problem: string) => [`"index" is corrupt: ${problem} (rebuild the pack with odigos build)`];

  it('words characters the format refuses as the full check does, wherever they are', () => {
    for (const s of ['', ',', '1,', ',1', '1,,2', '1234567,1', 'A,1', '1 ,2', '1,2\n', 'é,1', '1,2;', ';1,2']) {
      expect(messages({ 0: s })).toEqual(['"index.p" is not a postings list']);
    }
    // A term whose numbers are wrong before a term whose characters are: the characters are reported.
    expect(messages({ 0: '0,2,1', 2: '1,,2' })).toEqual(['"index.p" is not a postings list']);
  });

  it('reports wrong numbers in the first term that has them, as the index check always did', () => {
    const of = (at: number, problem: string) => corrupt(`the postings of ${JSON.stringify(terms[at])} ${problem}`);
    expect(messages({ 1: '0,2,1' })).toEqual(of(1, 'are not in pairs'));
    expect(messages({ 1: '0,1,0,1' })).toEqual(of(1, 'list a document twice'));
    expect(messages({ 1: 'zzzzzz,1' })).toEqual(of(1, 'hold a number that is too large'));
    expect(messages({ 1: '9999,1' })).toEqual(of(1, `point to entry ${parseInt("9999", 36) + 1} of ${pack().entries.length}`));
    expect(messages({ 1: '0,2,1', 2: '0,1,0,1' })).toEqual(of(1, 'are not in pairs'));
  });

  it('holds one list per term, and terms in the order the matcher searches them in', () => {
    const bad = pack();
    bad.index.p = `${bad.index.p};0,1`;
    expect(checked(bad)).toEqual(corrupt(`it has postings for ${terms.length + 1} terms, not its ${terms.length}`));
    const short = pack();
    short.index.k = terms.slice(1).join(' ');
    expect(checked(short)).toEqual(corrupt(`it has postings for ${terms.length} terms, not its ${terms.length - 1}`));
    const swapped = pack();
    swapped.index.k = [terms[0], terms[2], terms[1], ...terms.slice(3)].join(' ');
    expect(checked(swapped)).toEqual(corrupt(`its terms ${JSON.stringify(terms[2])} and ${JSON.stringify(terms[1])} are not in order`));
    const twice = pack();
    twice.index.k = [terms[0], terms[1], terms[1], ...terms.slice(3)].join(' ');
    expect(checked(twice)).toEqual(corrupt(`its terms ${JSON.stringify(terms[1])} and ${JSON.stringify(terms[1])} are not in order`));
  });
});
