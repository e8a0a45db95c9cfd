/**
 * A name as a salutation writes it: names stored in capitals (ΠΑΠΑΔΟΠΟΥΛΟΣ) in title case with their accent
 * put back («Παπαδόπουλος»), Latin look-alike letters read as Greek; other names as the page wrote them.
 */
import { asGreek, hasAccent, isAllCaps, isGreekWord, titleCase } from './letters';
import { nameLexicon, type NameLexicon } from './lexicon';
import { accented } from './stress';
import type { NameRole } from './types';

/**
 * The word read as Greek where it is (asGreek), and also where it is made only of Latin look-alikes and
 * only the Greek reading is a name anyone has: "MAPIA" is Μαρία, "ANNA" stays Anna.
 */
export function readAsGreek(word: string, greekContext: boolean, lexicon: NameLexicon): string {
  const greek = asGreek(word, greekContext);
  if (isGreekWord(greek)) return greek;
  const reading = asGreek(word, true);
  return isGreekWord(reading) && lexicon.lookup(reading) && !lexicon.latinFirstName(word) ? reading : greek;
}

/** Particles of foreign surnames that stay in lower case (de la Cruz, van Dijk). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'y']);

export const isParticle = (word: string): boolean => PARTICLES.has(word.toLowerCase());

const isAllLower = (word: string) => word === word.toLocaleLowerCase('el') && word !== word.toLocaleUpperCase('el');

/**
 * One word as a salutation writes it: a Greek word in capitals, in lower case or without its accent comes out
 * in title case with the accent (ΓΙΩΡΓΟΣ, γιωργος → Γιώργος); a Latin word in capitals or lower case in title
 * case (MARIA → Maria); a word written properly, as written.
 */
export function displayWord(word: string, lexicon: NameLexicon = nameLexicon(), greekContext = false, role?: NameRole): string {
  const greek = readAsGreek(word, greekContext, lexicon);
  if (!isGreekWord(greek)) {
    if (isParticle(greek)) return greek.toLowerCase();
    return isAllCaps(greek) || isAllLower(greek) ? titleCase(greek.toLocaleLowerCase()) : greek;
  }
  if (hasAccent(greek) && !isAllCaps(greek) && !isAllLower(greek)) return greek;
  return titleCase(accented(greek, lexicon, role).lower);
}

/** Every word and each part of a hyphenated one («ΑΝΝΑ-ΜΑΡΙΑ» → «Άννα-Μαρία»). */
export function displayName(name: string, lexicon: NameLexicon = nameLexicon(), role?: NameRole): string {
  const greekContext = /\p{Script=Greek}/u.test(name);
  return name.replace(/[\p{L}\p{M}]+/gu, (word) => displayWord(word, lexicon, greekContext, role));
}
