import { describe, expect, it } from 'vitest';
import { Memo } from '../../../knowledge/text/memo';

describe('Memo: bounded cache of pure per-word results', () => {
  it('computes once per key and forgets the oldest beyond its size', () => {
    const memo = new Memo<string>(2);
    let calls = 0;
    const upper = (s: string) => memo.get(s, () => (calls++, s.toUpperCase()));
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
    upper('c'); // evicts 'a'
    expect(memo.size).toBe(2);
    upper('a');
    expect(calls).toBe(4);
  });

  it('keeps forgetting the oldest, in the order the keys came, round after round', () => {
    const memo = new Memo<number>(3);
    const held: string[] = [];
    for (let i = 0; i < 20; i++) {
      const key = `k${i % 7}`;
      let computed = false;
      memo.get(key, () => ((computed = true), i));
      // A model of the cache: first in, first out, a hit changes nothing.
      expect(computed).toBe(!held.includes(key));
      if (computed) held.push(key);
      if (held.length > 3) held.shift();
      expect(memo.size).toBe(held.length);
    }
  });

  it('remembers undefined results too', () => {
    const memo = new Memo<string | undefined>(4);
    let calls = 0;
    memo.get('x', () => (calls++, undefined));
    memo.get('x', () => (calls++, undefined));
    expect(calls).toBe(1);
  });
});
