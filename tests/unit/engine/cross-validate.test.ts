import { describe, expect, it } from 'vitest';
import { buildIndex, crossValidate } from '../../../knowledge/engine';
import type { CompiledPack, Entry } from '../../../knowledge/types';

const entry = (id: string, triggers: string[]): Entry => ({
  id, type: 'sop', title: id.replace(/-/g, ' '), lang: 'en', triggers, tags: [], body: '', department: '', purpose: '',
  terms: {}, metrics: {}, steps: [],
});
const pack = (entries: Entry[]): CompiledPack => ({
  schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: buildIndex(entries),
  meta: { id: 'cv', name: 'CV', version: '1.0.0', lang: 'en' },
});

describe('cross-validation over the entries\' own triggers', () => {
  it('holds out every trigger once and finds its entry when the wording is the entry\'s own', () => {
    const cv = crossValidate([pack([
      entry('late-parcel', ['my parcel is late', 'parcel still not delivered', 'late parcel delivery', 'where is my parcel']),
      entry('double-charge', ['charged twice for my order', 'double charge on my card', 'card charged twice', 'two charges for one order']),
    ])], 4);
    expect(cv.cases).toBe(8);
    expect(cv.top1).toBe(1);
    expect(cv.confusions).toEqual([]);
  });

  it('counts confusions by pair, with an example, most frequent first; single-trigger entries only compete', () => {
    const cv = crossValidate([pack([
      entry('refund-status', ['refund not received', 'where is my refund money']),
      entry('refund-request', ['refund please', 'i want a refund', 'give me a refund']),
      entry('greeting', ['hello']),
    ])], 2);
    expect(cv.cases).toBe(5);
    expect(cv.confusions.every((c) => c.expected !== 'greeting')).toBe(true);
    const counts = cv.confusions.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const c of cv.confusions) expect(c.example.length).toBeGreaterThan(0);
  });
});
