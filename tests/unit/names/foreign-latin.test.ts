// @vitest-environment node
/**
 * Foreign first names written in Greek letters take their own Latin spelling in an English template («Τζον» → John,
 * not ELOT's "Tzon"); Greek names keep ELOT. The list itself (knowledge/names/foreign-latin-data.ts) is checked as
 * the other names data is: its shape, its accents, one Latin spelling per Greek one, nothing ELOT already gets
 * right, and no name the hand-kept Greek lists hold.
 */
import { describe, expect, it } from 'vitest';
import { FOREIGN_LATIN_NAMES } from '../../../knowledge/names/foreign-latin-data';
import { elot, foreignLatin, romanise } from '../../../knowledge/names/romanise';
import { nameLexicon } from '../../../knowledge/names/lexicon';
import { countGreekSyllables, hasAccent, plainKey } from '../../../knowledge/names/letters';
import { expandTemplate } from '../../../knowledge/template/expand';

const rows = FOREIGN_LATIN_NAMES.split('\n').filter((line) => line.trim() && !line.startsWith('#')).map((line) => line.split(' '));

describe('foreign first names in Greek letters, in Latin letters', () => {
  it.each([
    ['Τζον', 'John'], ['Μάικλ', 'Michael'], ['Τζένιφερ', 'Jennifer'], ['Ντέιβιντ', 'David'], ['Τζέιμς', 'James'],
    ['Σάρα', 'Sarah'], ['Ρόμπερτ', 'Robert'], ['Πίτερ', 'Peter'], ['Ουίλιαμ', 'William'], ['Ελίζαμπεθ', 'Elizabeth'],
    ['Ζαν', 'Jean'], ['Φρανσουά', 'François'], ['Ζακλίν', 'Jacqueline'], ['Χανς', 'Hans'], ['Γιούργκεν', 'Jürgen'],
    ['Τζουζέπε', 'Giuseppe'], ['Φραντσέσκα', 'Francesca'], ['Χοσέ', 'José'], ['Χαβιέρ', 'Javier'], ['Λουσία', 'Lucía'],
    // Other spellings in use, without the accent, in capitals, in lower case.
    ['Τζων', 'John'], ['Μάικολ', 'Michael'], ['Μαικλ', 'Michael'], ['ΤΖΕΝΙΦΕΡ', 'JENNIFER'], ['τζον', 'John'],
    // With a Greek or foreign surname, which ELOT spells.
    ['Τζον Σμιθ', 'John Smith'], ['Σάρα Παπαδοπούλου', 'Sarah Papadopoulou'], ['ΜΑΙΚΛ ΠΑΠΑΔΟΠΟΥΛΟΣ', 'MICHAEL PAPADOPOULOS'],
    ['Ζαν-Πιερ Ντιπόν', 'Jean-Pierre Dipon'],
    // Greek names keep ELOT, as their passports write them.
    ['Γιώργος', 'Giorgos'], ['Ελένη', 'Eleni'], ['Ιωάννης', 'Ioannis'], ['Σάντρα', 'Santra'], ['Νικόλας', 'Nikolas'],
  ])('%s → %s', (greek, latin) => {
    expect(romanise(greek)).toBe(latin);
  });

  it('writes them so in every placeholder of an English template, and keeps them as written in a Greek one', () => {
    const body = '{{customer.salutation}}, {{customer.name}} / {{customer.firstName}} / {{customer.vocative}}';
    expect(expandTemplate(body, { customer: { name: 'Τζον Σμιθ' } }, { lang: 'en' }).text).toBe('Dear Mr Smith, John Smith / John / John Smith');
    expect(expandTemplate(body, { customer: { name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ ΣΑΡΑ' } }, { lang: 'en', formality: 'informal' }).text)
      .toBe('Hi Sarah, Sarah Papadopoulou / Sarah / Sarah Papadopoulou');
    expect(expandTemplate('{{customer.name}}', { customer: { name: 'Τζον Σμιθ' } }, { lang: 'el' }).text).toBe('Τζον Σμιθ');
    expect(expandTemplate('My name is {{agent.firstName}}.', { agent: { name: 'Μάικλ Γεωργίου' } }, { lang: 'en' }).text).toBe('My name is Michael.');
  });
});

describe('the foreign names list (foreign-latin-data.ts)', () => {
  it('holds a Latin spelling and at least one Greek spelling on each line, over 150 names', () => {
    expect(rows.length).toBeGreaterThan(150);
    for (const [latin, ...greek] of rows) {
      expect(latin, latin).toMatch(/^\p{Lu}[\p{Script=Latin}'-]+$/u);
      expect(greek.length, latin).toBeGreaterThan(0);
      for (const spelling of greek) expect(spelling, latin).toMatch(/^\p{Lu}[\p{Script=Greek}\p{M}]+$/u);
    }
  });

  it('writes each Greek spelling with its accent (none on one syllable), and once', () => {
    const seen = new Map<string, string>();
    for (const [latin, ...greek] of rows) {
      for (const spelling of greek) {
        expect(hasAccent(spelling), spelling).toBe(countGreekSyllables(spelling) > 1);
        expect(seen.get(plainKey(spelling)), spelling).toBeUndefined();
        seen.set(plainKey(spelling), latin);
        expect(foreignLatin(spelling)).toBe(latin);
      }
    }
  });

  it('lists only names ELOT spells otherwise, and no Greek name of the hand-kept lists', () => {
    const lexicon = nameLexicon();
    for (const [latin, ...greek] of rows) {
      for (const spelling of greek) {
        expect(romanise(spelling), spelling).toBe(latin);
        // The letters' own transcription must differ, or the line is needless.
        expect(elot(spelling), spelling).not.toBe(latin);
        const info = lexicon.lookup(spelling);
        // A foreign name of the lexicon (Τζέιμς), a rare one of the name-day list (Πάτρικ), or none.
        if (info) expect(info.foreign || (info.first && info.rare && !info.last), `${spelling} is a Greek name`).toBeTruthy();
      }
    }
  });
});
