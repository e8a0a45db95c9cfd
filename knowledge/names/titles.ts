/**
 * The titles a page writes beside a customer's name («κα», «κ.», «κον», «του κου», "Mrs", «Δρ», "(Mr)"), and what
 * they say: the gender, and for Greek titles in the accusative or genitive the case the name after them is in
 * («κον Γιώργο Παπαδόπουλο», «της κας Μαρίας»). Without name lists, so a page reader (the panel's header) can leave
 * the titles out too; the name reading (understand.ts) takes the name back to the nominative (nominative.ts).
 */
import { plainKey } from './letters';
import type { Gender } from './types';

/** The case a title puts the name after it in: the nominative needs no mark (and «κα», «κυρία» say none). */
export type NameCase = 'acc' | 'gen';

export interface CaseMark {
  case: NameCase;
  gender: Gender;
}

// With the forms an address line uses: «προς τον κον», «της κας», «Δις» (δεσποινίς).
const HONORIFIC = /^(κ|κοσ|κον|κου|κα|κασ|κυρ|κυριοσ|κυριον|κυριο|κυριου|κυρια|κυριασ|κυριε|δισ|δεσποινισ|δεσποινιδοσ|mr|mrs|ms|miss|mister|mx|dr|δρ|prof|καθ|sir|madam)\.?$/;

/** An address line's words before a title: «Προς τον κον …», «της κας …», «στον κ. …». */
const LEAD_IN = /^(προσ:?|τον|την|του|τησ|στον|στην|στου|στησ)$/;

/** What the case-marking titles and articles say (the article also where the title says no case: «της κ. Ιωάννου»). */
const MARKS: Record<string, CaseMark> = {
  κον: { case: 'acc', gender: 'm' }, κυριον: { case: 'acc', gender: 'm' }, κυριο: { case: 'acc', gender: 'm' },
  τον: { case: 'acc', gender: 'm' }, στον: { case: 'acc', gender: 'm' },
  κου: { case: 'gen', gender: 'm' }, κυριου: { case: 'gen', gender: 'm' }, του: { case: 'gen', gender: 'm' }, στου: { case: 'gen', gender: 'm' },
  κασ: { case: 'gen', gender: 'f' }, κυριασ: { case: 'gen', gender: 'f' }, δεσποινιδοσ: { case: 'gen', gender: 'f' },
  τησ: { case: 'gen', gender: 'f' }, στησ: { case: 'gen', gender: 'f' },
};

const key = (word: string) => plainKey(word).replace(/[.,:]+$/, '');

/** «κ.», «κα», «κυρία», "Mrs", «Δρ»: a title before a name, not part of it. «Κ.» is an initial (Κωνσταντίνος). */
export function isTitleWord(word: string): boolean {
  const k = plainKey(word.replace(/,$/, ''));
  return HONORIFIC.test(k) && !(/^κ\.?$/.test(k) && word.startsWith('Κ'));
}

/** The case and gender a title or an address line's article gives the name after it («κον», «του», «κας»). */
export function caseMark(word: string): CaseMark | undefined {
  return MARKS[key(word)];
}

/** Brackets that hold titles only: "Maria Lopez (Mrs)", «Παπαδοπούλου (κα)», «Ιωάννου Άλεξ [κος]». */
const BRACKETS = /\(([^()]*)\)|\[([^[\]]*)\]/gu;

/** The titles a name holds in brackets, each word, and the name without those brackets. */
export function bracketTitles(name: string): { titles: string[]; rest: string } {
  const titles: string[] = [];
  const rest = name.replace(BRACKETS, (all, round: string | undefined, square: string | undefined) => {
    const words = (round ?? square ?? '').split(/[\s,]+/).filter(Boolean);
    if (!words.length || !words.every(isTitleWord)) return all;
    titles.push(...words);
    return ' ';
  });
  return { titles, rest };
}

/**
 * The words of a name that are titles or an address line's words before them: the leading «Προς τον», «της» when a
 * title follows, and each title word. A lone «του»/«της» inside the name is a father's name's («Γεώργιος του
 * Ιωάννη»), not this.
 */
export function titleWords(words: readonly string[]): boolean[] {
  const out = words.map(isTitleWord);
  let lead = 0;
  while (lead < words.length && LEAD_IN.test(key(words[lead]))) lead++;
  if (lead > 0 && out[lead]) for (let i = 0; i < lead; i++) out[i] = true;
  return out;
}

/**
 * The name as the page wrote it without its titles («κα Μαρία Παπαδοπούλου» → «Μαρία Παπαδοπούλου», "Mr. John
 * Smith" → "John Smith", "Maria Lopez (Mrs)" → "Maria Lopez", «της κας Μαρίας» → «Μαρίας»): what a message or the
 * panel's header writes for the whole name, where the title would be said twice («Αγαπητή κυρία κα …») or in the
 * wrong language ("Dear κα Maria"). The case the title put it in stays (see nominative.ts).
 */
export function withoutTitles(name: string): string {
  const words = bracketTitles(name).rest.split(/\s+/).filter(Boolean);
  const titles = titleWords(words);
  return words.filter((_, i) => !titles[i]).join(' ');
}
