/**
 * Writes knowledge/names/surname-suffix-data.ts: where the stress of a surname falls by its last letters, learned
 * from the surnames Odigos lists with their accents, for a surname in capitals that no list, word or name gives
 * (ΠΡΙΝΤΕΖΗΣ, ΣΑΛΜΑΣ, ΚΟΤΣΙΡΑΣ) and whose ending is none of the sure ones (-όπουλος, -άκης, -ίδης …).
 *
 * The model: every ending of up to MAX_LETTERS letters of the listed surnames votes for the syllable its surname is
 * stressed on (counted from the end); a surname takes the vote of its longest ending that at least MIN_SURNAMES
 * listed surnames share. Only the endings whose vote differs from that of the ending one letter shorter are written
 * (a shorter one is always there to fall back on), which keeps the file small and gives the same answers.
 *
 * Learned from the surnames only, not the dictionary's words nor Tesseract's capitalised words, which are stressed
 * otherwise than surnames of the same ending (adding them made the measure below worse). Measured by ten-fold
 * cross-validation on the listed surnames (a tenth held out at a time, the model learned from the rest, the held-out
 * names read by the rules of stress.ts with and without it): Python Faker's 1335 surnames 1096 → 1106 right (82.1 →
 * 82.8 %), those of lexicon-data.ts 201 → 210 of 309 (a list of what the rules get wrong). Looser thresholds gain more
 * there (2 surnames, 85 %: 1096 → 1122) but cost names of the hand-written held-out batches (tests/unit/names, E–G:
 * Μαντέλης, Καρνέζης, Μπέζας read oxytone), so the model votes only where nearly all agree; at these thresholds every
 * batch's figure is as without it.
 *
 *   node --import tsx scripts/surname-suffix.ts
 *
 * Run it again after changing the surname lists; run scripts/word-stress.ts, name-stress.ts and tesseract-surnames.ts
 * after it (they keep what the rules, this model among them, get wrong).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { accentSyllable, finalSigma, letters, nuclei, plainKey } from '../knowledge/names/letters';
import { KNOWN_SURNAMES } from '../knowledge/names/lexicon-data';
import { COMMON_SURNAMES } from '../knowledge/names/surname-data';
import { FAKER_SURNAMES } from '../knowledge/names/faker-surname-data';
import { FAKER_PY_FEMALE_SURNAMES, FAKER_PY_MALE_SURNAMES } from '../knowledge/names/faker-py-surname-data';
import { MAX_LETTERS, MIN_SHARE, MIN_SURNAMES } from '../knowledge/names/surname-suffix';
import { wrapWords } from './data-lines';

const OUT = fileURLToPath(new URL('../knowledge/names/surname-suffix-data.ts', import.meta.url));
/** Places counted apart: the last syllable, the one before, the one before that (further ones count as that). */
const PLACES = 3;
/** An ending whose surnames are stressed too many ways to tell (written `-`): the rules decide. */
const NO_VOTE = -1;

/** The syllable from the end that carries the accent (0 = the last). */
function fromEnd(word: string): number {
  const ns = nuclei(letters(word), true);
  return ns.length - 1 - ns.findIndex((n) => n.stressed);
}

/** Accent-free key → stress place, of every listed surname whose accent putting it back on the key gives again. */
function surnames(): Map<string, number> {
  const out = new Map<string, number>();
  const all = [KNOWN_SURNAMES, COMMON_SURNAMES, FAKER_SURNAMES, FAKER_PY_MALE_SURNAMES, FAKER_PY_FEMALE_SURNAMES].flatMap((l) => l.split(/\s+/));
  for (const w of all) {
    const lower = finalSigma(w.normalize('NFC').toLocaleLowerCase('el'));
    if (!/^\p{Script=Greek}+$/u.test(lower) || lower.normalize('NFD').match(/\u0301/g)?.length !== 1) continue;
    const key = plainKey(lower);
    const place = fromEnd(lower);
    if (out.has(key) || finalSigma(accentSyllable(key, place)) !== lower) continue;
    out.set(key, Math.min(place, PLACES - 1));
  }
  return out;
}

/** Every ending → its votes per place. */
function votes(keys: Map<string, number>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, place] of keys) {
    for (let n = 1; n <= Math.min(MAX_LETTERS, key.length); n++) {
      const end = key.slice(-n);
      const v = out.get(end) ?? new Array<number>(PLACES).fill(0);
      v[place]! += 1;
      out.set(end, v);
    }
  }
  return out;
}

/**
 * The endings whose vote differs from that of the one a letter shorter: the first place of the most votes, or NO_VOTE
 * where that place has less than MIN_SHARE of them.
 */
function kept(all: Map<string, number[]>): Map<string, number> {
  const vote = (end: string) => {
    const v = all.get(end);
    const total = v?.reduce((a, b) => a + b, 0) ?? 0;
    if (!v || total < MIN_SURNAMES) return undefined;
    const most = Math.max(...v);
    return most / total >= MIN_SHARE ? v.indexOf(most) : NO_VOTE;
  };
  const out = new Map<string, number>();
  const effective = (end: string): number | undefined => {
    for (let n = end.length; n >= 1; n--) {
      const own = out.get(end.slice(-n));
      if (own !== undefined) return own;
    }
    return undefined;
  };
  for (const end of [...all.keys()].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    const own = vote(end);
    if (own !== undefined && own !== effective(end.slice(1))) out.set(end, own);
  }
  return out;
}

function main(): void {
  const keys = surnames();
  const table = kept(votes(keys));
  const lines: string[] = [];
  for (const place of [NO_VOTE, ...Array.from({ length: PLACES }, (_, i) => i)]) {
    const ends = [...table].filter(([, p]) => p === place).map(([e]) => e).sort();
    if (ends.length) lines.push(...wrapWords(ends).split('\n').map((l) => `${place === NO_VOTE ? '-' : place} ${l}`));
  }
  writeFileSync(OUT, `${HEADER}export const SURNAME_SUFFIX_STRESS = \`\n${lines.join('\n')}\n\`;\n`);
  console.log(`${table.size} endings from ${keys.size} surnames → ${OUT}`);
}

const HEADER = `/**
 * GENERATED by scripts/surname-suffix.ts: do not edit; run the script again.
 * Where the stress of a surname falls by its ending, as \`<syllable from the end (0 = last)> <ending> …\` (accent-free,
 * σ for ς): a surname takes the place of its longest ending here (surname-suffix.ts reads it). Data only.
 *
 * Learned from the surnames of lexicon-data.ts and surname-data.ts (Odigos's own), faker-surname-data.ts (from
 * @faker-js/faker, MIT licence, Copyright (c) 2022-2025 Faker) and faker-py-surname-data.ts (from Python Faker, MIT
 * licence, Copyright (c) 2012 Daniele Faraglia): endings and counts only, no name is copied whole.
 */
`;

main();
