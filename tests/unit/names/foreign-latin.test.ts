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
import { ENGLISH_FEMALE, ENGLISH_MALE, FOREIGN_FEMALE, FOREIGN_MALE } from '../../../knowledge/names/lexicon-data';

/** Each line: the Latin spelling, the gender where the name has one (m / f), then the Greek spellings. */
const lines = FOREIGN_LATIN_NAMES.split('\n').filter((line) => line.trim() && !line.startsWith('#')).map((line) => line.split(' '));
const genderOf = (line: string[]) => (/^[mf]$/.test(line[1] ?? '') ? line[1] : undefined);
const rows = lines.map((line) => (genderOf(line) ? [line[0], ...line.slice(2)] : line));

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

describe('the gender of the foreign first names', () => {
  const say = (name: string, lang: 'el' | 'en', body = '{{customer.salutation}}') => expandTemplate(body, { customer: { name } }, { lang }).text;

  it('addresses their owners as Greek names of known gender are: title and surname', () => {
    // Was "Dear Jennifer Lopez" and «Αγαπητέ/ή πελάτη»: the list knew how to spell Jennifer, not that she is a woman.
    expect(say('Τζένιφερ Λόπεζ', 'en', '{{customer.name}}: {{customer.salutation}}')).toBe('Jennifer Lopez: Dear Ms Lopez');
    expect(say('Τζένιφερ Λόπεζ', 'el')).toBe('Αγαπητή κυρία Λόπεζ');
    expect(say('Κρίστοφερ Σμιθ', 'en')).toBe('Dear Mr Smith');
    expect(say('Μπριζίτ Ντιπόν', 'en')).toBe('Dear Ms Dipon');
    // Surname first, as registries write it: the first name is known for one now.
    expect(say('ΛΟΠΕΖ ΤΖΕΝΙΦΕΡ', 'en', '{{customer.name}}: {{customer.salutation}}')).toBe('Jennifer Lopez: Dear Ms Lopez');
    // A name of both sexes gets no title: "Dear Camille Dipon", as "Dear Sam Collins".
    expect(say('Καμίλ Ντιπόν', 'en')).toBe('Dear Camille Dipon');
    expect(say('Καμίλ Ντιπόν', 'el')).toBe('Αγαπητέ/ή πελάτη');
  });

  it('gives each name its gender, by hand, and none to a name of both sexes', () => {
    const unisex = ['Jean', 'Claude', 'Camille', 'Ashley', 'Sharon'];
    for (const line of lines) {
      const [latin] = line;
      if (unisex.includes(latin)) expect(genderOf(line), latin).toBeUndefined();
      else expect(genderOf(line), latin).toMatch(/^[mf]$/);
    }
  });

  it('agrees with the other lists wherever both give the name a gender', () => {
    const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map((w) => plainKey(w)));
    const [male, female] = [words(`${ENGLISH_MALE} ${FOREIGN_MALE}`), words(`${ENGLISH_FEMALE} ${FOREIGN_FEMALE}`)];
    let checked = 0;
    for (const line of lines) {
      const gender = genderOf(line);
      // A name of both sexes that an English list counts as a woman's (Ashley, Sharon) stays without one.
      if (!gender) continue;
      for (const spelling of [line[0], ...line.slice(gender ? 2 : 1)]) {
        const listed = male.has(plainKey(spelling)) ? 'm' : female.has(plainKey(spelling)) ? 'f' : undefined;
        if (!listed || (male.has(plainKey(spelling)) && female.has(plainKey(spelling)))) continue;
        checked++;
        expect(gender, spelling).toBe(listed);
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
