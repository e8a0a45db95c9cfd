/**
 * A name as a salutation writes it: names stored in capitals (ΠΑΠΑΔΟΠΟΥΛΟΣ) in title case with their accent
 * put back («Παπαδόπουλος»), Latin look-alike letters read as Greek; other names as the page wrote them.
 */
import { asGreek, isAllCaps, isGreekWord, titleCase } from './letters';
import { nameLexicon, type NameLexicon } from './lexicon';
import { accented } from './stress';

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

export function displayWord(word: string, lexicon: NameLexicon = nameLexicon(), greekContext = false): string {
  const greek = readAsGreek(word, greekContext, lexicon);
  if (!isAllCaps(greek)) return greek;
  if (!isGreekWord(greek)) return titleCase(greek.toLocaleLowerCase());
  return titleCase(accented(greek, lexicon).lower);
}

/** Every word and each part of a hyphenated one («ΑΝΝΑ-ΜΑΡΙΑ» → «Άννα-Μαρία»). */
export function displayName(name: string, lexicon: NameLexicon = nameLexicon()): string {
  const greekContext = /\p{Script=Greek}/u.test(name);
  return name.replace(/[\p{L}\p{M}]+/gu, (word) => displayWord(word, lexicon, greekContext));
}
