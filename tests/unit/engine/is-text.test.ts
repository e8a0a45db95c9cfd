import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectCues } from '../../../knowledge/engine';
import { looksLikeText } from '../../../knowledge/text/is-text';
import { rng } from '../../../bench/corpus';

/** Bytes as a command line or a careless paste delivers them: decoded as UTF-8, NULs dropped. */
const noise = (seed: number, n: number) => {
  const r = rng(seed);
  return Buffer.from(Array.from({ length: n }, () => 1 + Math.floor(r() * 255))).toString('utf8');
};

describe('looksLikeText', () => {
  it('takes Greek, English, Greeklish and short outbursts as text', () => {
    for (const t of ['Είναι η τρίτη φορά που γράφω, είναι ΑΠΑΡΑΔΕΚΤΟ!!', 'Where is my order?!', 'me xreosan 2 fores', '!!!', '???', '12/03 #4411 — 59,90 €']) {
      expect(looksLikeText(t), t).toBe(true);
    }
  });

  it('refuses random bytes and symbol soup', () => {
    for (let seed = 1; seed <= 20; seed++) expect(looksLikeText(noise(seed, 2_000))).toBe(false);
    expect(looksLikeText('%$#@&*()_+{}|:<>?~=[];,./'.repeat(5))).toBe(false);
  });
});

describe('detectCues on noise', () => {
  it('finds no cue in random bytes, even with "!!" and runs of capitals in them', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = `${noise(seed, 5_000)} !!! ABCD EFGH ${noise(seed + 100, 5_000)}`;
      expect(detectCues(text)).toEqual([]);
    }
    expect(detectCues(randomBytes(4_000).toString('latin1'))).toEqual([]);
  });

  it('still finds anger in a real message written in capitals', () => {
    expect(detectCues('ΑΥΤΟ ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ!! ΘΕΛΩ ΤΑ ΛΕΦΤΑ ΜΟΥ').map((c) => c.kind)).toContain('anger');
  });
});
