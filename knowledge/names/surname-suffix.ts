/**
 * Where the stress of a surname falls by its ending, for a surname in capitals that no list, word or name gives and
 * whose ending is none of the sure ones: the vote of the listed surnames that end alike, where nearly all of them
 * agree (ΚΟΥΤΣΟΝΙΑΣ like the surnames in -νιάς, Μπουρνιάς, Σμπονιάς: not -ίας as learned names are). Learned by
 * scripts/surname-suffix.ts (surname-suffix-data.ts says from what, the script how it was measured); read once, on
 * first use.
 */
import { SURNAME_SUFFIX_STRESS } from './surname-suffix-data';

/** The longest ending the model looks at, and how many listed surnames must share an ending for it to vote. */
export const MAX_LETTERS = 6;
export const MIN_SURNAMES = 4;
/** The share of those surnames the commonest place must have for the ending to vote (the rules decide otherwise). */
export const MIN_SHARE = 0.9;

let table: Map<string, number> | undefined;

function read(data: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of data.split('\n')) {
    const [head, ...ends] = line.split(' ').filter(Boolean);
    if (head !== undefined) for (const end of ends) out.set(end, head === '-' ? -1 : Number(head));
  }
  return out;
}

/**
 * The syllable from the end (0 = the last) that the surnames ending like `plain` (an accent-free key, σ for ς) are
 * mostly stressed on, or undefined where no ending of it is known.
 */
export function surnameSuffixPlace(plain: string): number | undefined {
  table ??= read(SURNAME_SUFFIX_STRESS);
  let place: number | undefined;
  for (let n = 1; n <= Math.min(MAX_LETTERS, plain.length - 1); n++) place = table.get(plain.slice(-n)) ?? place;
  return place === undefined || place < 0 ? undefined : place;
}
