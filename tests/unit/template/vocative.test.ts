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

  it('declines each part of a compound name, hyphenated or not', () => {
    expect(vocative('Γιώργος-Νικόλαος')).toBe('Γιώργο-Νικόλαε');
    expect(vocative('Ιωάννης Αλέξανδρος')).toBe('Ιωάννη Αλέξανδρε');
  });

  // Each rule on its own: -ης → -η, -ας → -α, -ος → -ο (two syllables) or -ε (more), accent and capitals kept.
  it.each([
    ['Γιάννης', 'Γιάννη'],
    ['Θανάσης', 'Θανάση'],
    ['Αντώνης', 'Αντώνη'],
    ['Ανδρέας', 'Ανδρέα'],
    ['Θωμάς', 'Θωμά'],
    ['Μάρκος', 'Μάρκο'],
    ['Ευάγγελος', 'Ευάγγελε'],
    ['Ευγένιος', 'Ευγένιε'],
    ['Θεόδωρος', 'Θεόδωρε'],
    ['Χριστόφορος', 'Χριστόφορε'],
    ['ΚΩΝΣΤΑΝΤΙΝΟΣ', 'ΚΩΝΣΤΑΝΤΙΝΕ'],
    ['ΔΗΜΗΤΡΗΣ', 'ΔΗΜΗΤΡΗ'],
    ['ΗΛΙΑΣ', 'ΗΛΙΑ'],
    ['Κώστας', 'Κώστα'],
  ])('%s → %s', (name, expected) => {
    expect(vocative(name)).toBe(expected);
  });

  it('leaves feminine names and other endings as they are', () => {
    for (const name of ['Κατερίνα', 'Σοφία', 'Αγγελική', 'Φρόσω', 'Ίρις', 'Ξενοφών']) expect(vocative(name), name).toBe(name);
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
    ['Γιαννόπουλος', 'Γιαννόπουλε'],
    ['Καραγιάννης', 'Καραγιάννη'],
    ['Αντωνίου', 'Αντωνίου'],
  ])('%s → %s', (name, expected) => {
    expect(vocative(name, { role: 'last' })).toBe(expected);
  });

  it('keeps -ο for a surname stressed on the syllable before last however long, but not for a learned first name', () => {
    expect(vocative('Βενιζέλος', { role: 'last' })).toBe('Βενιζέλο');
    expect(vocative('ΤΣΑΚΑΛΩΤΟΣ', { role: 'last' })).toBe('ΤΣΑΚΑΛΩΤΟ');
    expect(vocative('Κατρούγκαλος', { role: 'last' })).toBe('Κατρούγκαλε');
    expect(vocative('Κωνσταντίνος', { role: 'first' })).toBe('Κωνσταντίνε');
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
    // Each rule on its own: a digraph is one vowel; an accent or a dialytika splits it; an unaccented ι between
    // a consonant and a vowel merges; an accented one does not.
    ['Ευάγγελος', 4],
    ['Ρωμαίος', 3],
    ['Λάιος', 3],
    ['Προϊστάμενος', 5],
    ['Ευγένιος', 3],
    ['Ηλίας', 3],
    ['Μαρία', 3],
    ['ΓΙΩΡΓΟΣ', 2],
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

  it.each([
    ['Ίρις', 'f'],
    ['Άννα Μαρία', 'f'],
    ['Άννα-Μαρία', 'f'],
    ['ΓΙΩΡΓΟΣ', 'm'],
    ['Maria', 'f'],
    ['Giorgos', 'm'],
    ['George', 'm'],
  ])('knows %s from the name lists (%s)', (name, gender) => {
    expect(guessGender(name)).toBe(gender);
  });

  it.each(['Άλεξ', 'Alex', 'Sam', '', undefined])('does not guess for %s', (name) => {
    expect(guessGender(name)).toBeUndefined();
  });
});
