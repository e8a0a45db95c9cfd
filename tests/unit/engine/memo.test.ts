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

  it('remembers undefined results too', () => {
    const memo = new Memo<string | undefined>(4);
    let calls = 0;
    memo.get('x', () => (calls++, undefined));
    memo.get('x', () => (calls++, undefined));
    expect(calls).toBe(1);
  });
});
