// @vitest-environment node
/**
 * The vote of the listed surnames that end alike (surname-suffix.ts), for a surname in capitals no list, word or
 * name gives: it decides where nearly all of them agree, never over a sure ending, never for a first name, and the
 * generated table (surname-suffix-data.ts) answers as the vote over today's lists would (else: run
 * scripts/surname-suffix.ts again).
 */
import { describe, expect, it } from 'vitest';
import { accentSyllable, finalSigma, letters, nuclei, plainKey } from '../../../knowledge/names/letters';
import { nameLexicon } from '../../../knowledge/names/lexicon';
import { KNOWN_SURNAMES } from '../../../knowledge/names/lexicon-data';
import { COMMON_SURNAMES } from '../../../knowledge/names/surname-data';
import { FAKER_SURNAMES } from '../../../knowledge/names/faker-surname-data';
import { FAKER_PY_FEMALE_SURNAMES, FAKER_PY_MALE_SURNAMES } from '../../../knowledge/names/faker-py-surname-data';
import { accented, accentedByRules } from '../../../knowledge/names/stress';
import { MAX_LETTERS, MIN_SHARE, MIN_SURNAMES, surnameSuffixPlace } from '../../../knowledge/names/surname-suffix';
import { wordStress } from '../../../knowledge/names/word-stress';

/**
 * The listed surnames (one accent, put back where it was by its syllable: not Ζαΐμης) by accent-free key, with the
 * syllable from the end they are stressed on (2 = further).
 */
function listed(): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of [KNOWN_SURNAMES, COMMON_SURNAMES, FAKER_SURNAMES, FAKER_PY_MALE_SURNAMES, FAKER_PY_FEMALE_SURNAMES].flatMap((l) => l.split(/\s+/))) {
    const lower = w.normalize('NFC').toLocaleLowerCase('el');
    if (!/^\p{Script=Greek}+$/u.test(lower) || lower.normalize('NFD').match(/\u0301/g)?.length !== 1) continue;
    const ns = nuclei(letters(lower), true);
    const place = ns.length - 1 - ns.findIndex((n) => n.stressed);
    const key = plainKey(lower);
    if (!out.has(key) && finalSigma(accentSyllable(key, place)) === finalSigma(lower)) out.set(key, Math.min(2, place));
  }
  return out;
}

/** The vote straight from the lists: the longest ending MIN_SURNAMES share, if MIN_SHARE of them agree. */
function vote(key: string, surnames: Map<string, number>): number | undefined {
  let place: number | undefined;
  for (let n = 1; n <= Math.min(MAX_LETTERS, key.length - 1); n++) {
    const votes = [0, 0, 0];
    for (const [k, p] of surnames) if (k.endsWith(key.slice(-n))) votes[p]! += 1;
    const total = votes[0]! + votes[1]! + votes[2]!;
    if (total < MIN_SURNAMES) break;
    const most = Math.max(...votes);
    place = most / total >= MIN_SHARE ? votes.indexOf(most) : undefined;
  }
  return place;
}

describe('the vote of surnames that end alike', () => {
  it('answers as the vote over the lists would (the generated table is up to date)', () => {
    const surnames = listed();
    // Every 7th listed surname (the vote is slow), and made-up ones of the commonest endings.
    const keys = [...surnames.keys()].filter((_, i) => i % 7 === 0).concat(['κουτσονιασ', 'μπλαμπλαρησ', 'τσιρτσιλοσ', 'ξυζυφασ']);
    expect(keys.length).toBeGreaterThan(200);
    for (const key of keys) expect(surnameSuffixPlace(key), key).toBe(vote(key, surnames));
  });

  it('reads a surname no list gives by its ending where the listed ones agree, and not a first name', () => {
    // The listed surnames in -νιάς (Περπινιάς, Σμπονιάς) are oxytone, where the rules read -ίας as a learned name's.
    const lexicon = nameLexicon();
    expect(lexicon.lookup('ΚΟΥΤΣΟΝΙΑΣ')).toBeUndefined();
    expect(wordStress('κουτσονιασ')).toBeUndefined();
    expect(surnameSuffixPlace('κουτσονιασ')).toBe(0);
    expect(accented('ΚΟΥΤΣΟΝΙΑΣ', lexicon, 'last').lower).toBe('κουτσονιάς');
    expect(accentedByRules('ΚΟΥΤΣΟΝΙΑΣ', lexicon, 'first').lower).toBe('κουτσονίας');
  });

  it('leaves the sure endings and a woman\'s -ου to the rules', () => {
    const lexicon = nameLexicon();
    expect(accentedByRules('ΞΥΖΥΦΟΠΟΥΛΟΣ', lexicon, 'last').lower).toBe('ξυζυφόπουλος');
    expect(accentedByRules('ΞΥΖΥΦΑΚΗΣ', lexicon, 'last').lower).toBe('ξυζυφάκης');
    // -ιανού as the man's -ιανός, though listed women's surnames in -ανου are mostly stressed before it.
    expect(surnameSuffixPlace('ξυζυφιανου')).toBe(1);
    expect(accentedByRules('ΞΥΖΥΦΙΑΝΟΥ', lexicon, 'last').lower).toBe('ξυζυφιανού');
  });
});
