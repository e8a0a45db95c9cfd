// @vitest-environment node
/**
 * Surnames that are words of Greek take the word's accent in capitals (knowledge/names/word-stress.ts, generated
 * from the Greek spelling dictionary): the classes of miss the rules alone had, each on names of no other list.
 */
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template';
import { nameLexicon } from '../../../knowledge/names/lexicon';
import { accented } from '../../../knowledge/names/stress';

const vocativeOf = (lastName: string) => expandTemplate('{{customer.vocative}}', { customer: { lastName, gender: 'm' } }, { lang: 'el' }).text;
const formal = (name: string) => expandTemplate('{{customer.salutation}}', { customer: { name } }, { lang: 'el', formality: 'formal' }).text;

describe('surnames that are words', () => {
  it.each([
    // -ής oxytone: trades and agents (τερζής, γανωτής).
    ['ΤΕΡΖΗΣ', 'Τερζή'], ['ΓΑΝΩΤΗΣ', 'Γανωτή'],
    // Proparoxytone nouns (δάσκαλος).
    ['ΔΑΣΚΑΛΟΣ', 'Δάσκαλε'],
    // -ός oxytone adjectives, -έ in the vocative (ξανθός, γαλανός), also where Ξάνθος is a listed first name.
    ['ΞΑΝΘΟΣ', 'Ξανθέ'], ['ΓΑΛΑΝΟΣ', 'Γαλανέ'],
  ])('%s → %s', (name, want) => {
    expect(vocativeOf(name)).toBe(want);
  });

  it("reads a woman's surname through the man's word", () => {
    expect(formal('ΓΑΛΑΝΟΥ ΜΑΡΙΑ')).toBe('Αγαπητή κυρία Γαλανού');
    expect(formal('ΔΑΣΚΑΛΟΥ ΜΑΡΙΑ')).toBe('Αγαπητή κυρία Δασκάλου');
  });

  it('takes the accent of a surname Greek text writes only in its other cases («του Λαναρά»)', () => {
    // Tesseract's word list has Λαναρά, never Λαναράς: the genitive keeps the nominative's accent, and the woman's
    // surname is read through the man's (surname-stress-data.ts, scripts/tesseract-surnames.ts fromOblique).
    expect(vocativeOf('ΛΑΝΑΡΑΣ')).toBe('Λαναρά');
    expect(formal('ΛΑΝΑΡΑ ΜΑΡΙΑ')).toBe('Αγαπητή κυρία Λαναρά');
  });

  it('yields to the names a pack teaches (names.yaml)', () => {
    const lexicon = nameLexicon([{ name: 'Τέρζης', kind: 'last' }]);
    expect(accented('ΤΕΡΖΗΣ', lexicon, 'last').lower).toBe('τέρζης');
    expect(accented('ΤΕΡΖΗΣ', nameLexicon(), 'last').lower).toBe('τερζής');
  });
});
