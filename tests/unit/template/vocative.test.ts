// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countGreekSyllables, guessGender, vocative } from '../../../knowledge/template';

describe('vocative of Greek first names', () => {
  it.each([
    ['Γιώργος', 'Γιώργο'],
    ['Νίκος', 'Νίκο'],
    ['Πέτρος', 'Πέτρο'],
    ['Στέλιος', 'Στέλιο'],
    ['Μάριος', 'Μάριο'],
    ['Παύλος', 'Παύλο'],
    ['Κωνσταντίνος', 'Κωνσταντίνε'],
    ['Αλέξανδρος', 'Αλέξανδρε'],
    ['Νικόλαος', 'Νικόλαε'],
    ['Γεώργιος', 'Γεώργιε'],
    ['Άγγελος', 'Άγγελε'],
    ['Στυλιανός', 'Στυλιανέ'],
    ['Κυριάκος', 'Κυριάκο'],
    ['Δημήτρης', 'Δημήτρη'],
    ['Ηρακλής', 'Ηρακλή'],
    ['Ηλίας', 'Ηλία'],
    ['Λουκάς', 'Λουκά'],
    ['Μαρία', 'Μαρία'],
    ['Ελένη', 'Ελένη'],
    ['ΓΙΩΡΓΟΣ', 'ΓΙΩΡΓΟ'],
    ['γιώργος', 'γιώργο'],
  ])('%s → %s', (name, expected) => {
    expect(vocative(name)).toBe(expected);
  });

  it('leaves names in Latin script as written', () => {
    expect(vocative('Giorgos')).toBe('Giorgos');
    expect(vocative('John')).toBe('John');
  });

  it('declines each part of a compound name', () => {
    expect(vocative('Γιώργος-Νικόλαος')).toBe('Γιώργο-Νικόλαε');
  });

  it('leaves a name unchanged when the customer is known to be a woman', () => {
    expect(vocative('Νίκος', { gender: 'f' })).toBe('Νίκος');
  });
});

describe('vocative of Greek surnames', () => {
  it.each([
    ['Παπαδόπουλος', 'Παπαδόπουλε'],
    ['Παπάς', 'Παπά'],
    ['Σγουρός', 'Σγουρέ'],
    ['Παπαδάκης', 'Παπαδάκη'],
    ['Παπαδοπούλου', 'Παπαδοπούλου'],
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ', 'ΠΑΠΑΔΟΠΟΥΛΕ'],
    ['Smith', 'Smith'],
  ])('%s → %s', (name, expected) => {
    expect(vocative(name, { role: 'last' })).toBe(expected);
  });
});

describe('syllable counting', () => {
  it.each([
    ['Γιώργος', 2],
    ['Στέλιος', 2],
    ['Παύλος', 2],
    ['Γεώργιος', 3],
    ['Νικόλαος', 4],
    ['Κωνσταντίνος', 4],
  ])('%s has %i syllables', (word, n) => {
    expect(countGreekSyllables(word)).toBe(n);
  });
});

describe('gender guess from a Greek first name', () => {
  it.each([
    ['Γιώργος', 'm'],
    ['Δημήτρης', 'm'],
    ['Ηλίας', 'm'],
    ['Μαρία', 'f'],
    ['Ελένη', 'f'],
    ['Φρόσω', 'f'],
  ])('%s → %s', (name, gender) => {
    expect(guessGender(name)).toBe(gender);
  });

  it.each(['George', 'Maria', 'Ίρις', 'Άννα Μαρία', '', undefined])('does not guess for %s', (name) => {
    expect(guessGender(name)).toBeUndefined();
  });
});
