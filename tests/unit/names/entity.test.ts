// @vitest-environment node
/**
 * entity.ts: a name field that names a company, nobody or an e-mail address, told from a person's name. The
 * salutation cases (salutation-cases-2.test.ts) check what the agent gets; here, that the signs are general and
 * that no real person's name in the names data (over 4,000 rows of Greek, Greeklish and foreign names, registry
 * order and capitals) is taken for a company or a placeholder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEmailAddress, isNobody, isOrganisation, personPart } from '../../../knowledge/names/entity';
import { understandName } from '../../../knowledge/names/understand';
import { KNOWN_SURNAMES, MALE_FIRST_NAMES } from '../../../knowledge/names/lexicon-data';
import { COMMON_SURNAMES } from '../../../knowledge/names/surname-data';
import { FAKER_SURNAMES } from '../../../knowledge/names/faker-surname-data';
import { FAKER_PY_MALE_SURNAMES } from '../../../knowledge/names/faker-py-surname-data';
import { NAMEDAY_MALE_FIRST_NAMES } from '../../../knowledge/names/nameday-name-data';

const dir = fileURLToPath(new URL('./data/', import.meta.url));

describe('a person, a company or nobody in the name field', () => {
  it.each(['ΜΠΟΥΓΑΤΣΑΔΙΚΟ Η ΘΕΣΣΑΛΟΝΙΚΗ', 'Κρεοπωλείο Νίκος', 'ΕΡΓΑΣΤΗΡΙΟ ΖΑΧΑΡΟΠΛΑΣΤΙΚΗΣ', 'Acme GmbH', 'ΨΗΤΟΠΩΛΕΙΟ Ο ΜΠΑΜΠΗΣ', 'ΑΔΕΛΦΟΙ ΚΑΡΑΓΙΑΝΝΗ', 'Οικονόμου & Υιοί', 'ΤΑ ΚΑΛΑΜΑΚΙΑ', 'The Coffee Lab', 'Κ. ΝΙΚΟΛΑΟΥ ΑΒΕΕ', 'Σταθόπουλος Ι.Κ.Ε.'])(
    '%s is a company',
    (name) => expect(isOrganisation(name)).toBe(true),
  );

  it.each(['Α.Ε. Παπαδόπουλος', 'Δήμος Παπαδόπουλος', 'Ιωάννης Κ. Παπαδόπουλος', 'ΤΣΑΚΝΗΣ ΓΙΩΡΓΟΣ', 'Mary Smith'])('%s is a person', (name) => {
    expect(isOrganisation(name)).toBe(false);
    expect(isNobody(name)).toBe(false);
  });

  it.each(['Guest', 'Άγνωστος', 'unknown', '—', '6971234567', 'Customer 31'])('%s stands for nobody', (name) => expect(isNobody(name)).toBe(true));

  it('takes the person out of «contact - company», and a spaced dash between surnames as a double surname', () => {
    expect(personPart('Anna Smith | Acme Ltd')).toBe('Anna Smith');
    expect(personPart('ΚΑΦΕ ΤΟ ΣΤΕΚΙ – Ελένη Μάρκου')).toBe('Ελένη Μάρκου');
    expect(personPart('ΑΝΤΩΝΙΟΥ - ΣΤΑΥΡΟΥ ΕΛΕΝΗ')).toBe('ΑΝΤΩΝΙΟΥ-ΣΤΑΥΡΟΥ ΕΛΕΝΗ');
    expect(isEmailAddress(' sales@acme.co.uk ')).toBe(true);
    expect(understandName({ name: 'Ιωάννα Παπαδάκη - Λογιστήριο' })).toMatchObject({ first: 'Ιωάννα', last: 'Παπαδάκη' });
  });

  it('reads a degree after a comma as no part of the name («…, MSc» is not a «surname, first name»)', () => {
    expect(understandName({ name: 'Σωτήρης Π. Ιωάννου, MSc' })).toMatchObject({ first: 'Σωτήρης', last: 'Ιωάννου', gender: 'm' });
    expect(understandName({ name: 'Jack Ma' })).toMatchObject({ first: 'Jack', last: 'Ma' });
  });

  it('addresses no one by name in a company, and says why', () => {
    const who = understandName({ name: 'ΑΔΕΛΦΟΙ ΚΑΡΑΓΙΑΝΝΗ Ο.Ε.' });
    expect(who.first).toBeUndefined();
    expect(who.last).toBeUndefined();
    expect(who.reasons.map((r) => r.code)).toContain('company');
  });

  it('takes no real person in the names data for a company, a placeholder or an e-mail address', () => {
    const taken: string[] = [];
    let names = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv') && !/^salutation-cases-[234]\./.test(f))) {
      for (const line of readFileSync(dir + file, 'utf8').split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        // Every column: the name, its vocatives and salutations (none of them a company either).
        for (const cell of line.split('\t').filter((c) => /\p{L}{2}/u.test(c))) {
          names++;
          if (isOrganisation(cell) || isNobody(cell) || isEmailAddress(cell)) taken.push(`${file}: ${cell}`);
        }
      }
    }
    expect(names).toBeGreaterThan(4000);
    expect(taken).toEqual([]);
  });

  const named = (name: string) => {
    const who = understandName({ name });
    return !!(who.first || who.last);
  };

  it.each(['Δήμος Θεσσαλονίκης', 'ΔΗΜΟΣ ΧΑΝΙΩΝ', 'Δήμος Ηρακλείου', 'Δημος Λαρισαιων', 'Δήμος Αγίας Παρασκευής', 'ΔΗΜΟΣ ΚΑΡΔΙΤΣΑΣ', 'Δήμος Αιγάλεω'])(
    '%s is a municipality: no one to address by name',
    (name) => expect(named(name)).toBe(false),
  );

  it.each([
    ['Δήμος Παπαδόπουλος', 'Δήμος', 'Παπαδόπουλος'],
    ['Δήμος Κρανιάς', 'Δήμος', 'Κρανιάς'],
    ['Δήμος Μουζάλας', 'Δήμος', 'Μουζάλας'],
    ['ΔΗΜΟΣ ΣΤΑΥΡΟΥ', 'Δήμος', 'Σταύρου'],
    ['Δήμος Χατζηνικολάου', 'Δήμος', 'Χατζηνικολάου'],
    ['Δήμος Τσιόδρας', 'Δήμος', 'Τσιόδρας'],
    ['Δήμος του Νικολάου Βλάχος', 'Δήμος', 'Βλάχος'],
  ])('%s is a man called Δήμος', (name, first, last) => expect(understandName({ name })).toMatchObject({ first, last }));

  it('reads «Δήμος» before every listed surname and first name as a man, not a municipality', () => {
    const lists = [KNOWN_SURNAMES, COMMON_SURNAMES, FAKER_SURNAMES, FAKER_PY_MALE_SURNAMES, MALE_FIRST_NAMES, NAMEDAY_MALE_FIRST_NAMES];
    const words = [...new Set(lists.join(' ').split(/\s+/).filter((w) => w && w !== 'Δήμος'))];
    const taken = words.filter((w) => !named(`Δήμος ${w}`) || !named(`ΔΗΜΟΣ ${w.toLocaleUpperCase('el')}`));
    expect(words.length).toBeGreaterThan(2000);
    expect(taken).toEqual([]);
  });

  it('takes few of the unlisted surnames of the names data after «Δήμος» for a place (a surname shaped as a place genitive)', () => {
    const words = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /^held-out-/.test(f))) {
      for (const line of readFileSync(dir + file, 'utf8').split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        for (const w of line.split(/[\s|,]+/)) if (/^\p{Script=Greek}{3,}(ς|Σ|ου|ΟΥ)$/u.test(w)) words.add(w);
      }
    }
    const taken = [...words].filter((w) => !named(`Δήμος ${w}`));
    console.log(`«Δήμος» + ${words.size} name words of the held-out batches: ${taken.length} read as a municipality (${((100 * taken.length) / words.size).toFixed(1)} %): ${taken.join(' ')}`);
    // Only surnames that are also a municipality's name in the genitive (Ζωγράφου, Παπάγου) are left.
    expect(taken.length / words.size).toBeLessThan(0.005);
  });

  it.each(['Δήμος Παύλου Μελά', 'ΔΗΜΟΣ ΑΡΙΣΤΟΤΕΛΗ', 'Δήμος Πειραιά', 'Δήμος Αγίου Στεφάνου', 'Δήμος Λυκόβρυσης - Πεύκης', 'Δήμος Πεύκης', 'Δήμος Μελισσίων', 'Δήμος Σταυρούπολης', 'ΔΗΜΟΣ ΒΑΡΗΣ-ΒΟΥΛΑΣ-ΒΟΥΛΙΑΓΜΕΝΗΣ'])(
    '%s is a municipality by its official or everyday name, a place word before it, a genitive plural or a -πολη',
    (name) => expect(named(name)).toBe(false),
  );

  it.each([
    ['Δήμος Παύλου', 'Παύλου'],
    ['Δήμος Παλαμάς', 'Παλαμάς'],
    ['Δήμος Πλάτων', 'Πλάτων'],
  ])('%s is a man: a part of a municipality\'s name, a nominative beside its genitive, a listed name in -ων', (name, last) =>
    expect(understandName({ name })).toMatchObject({ first: 'Δήμος', last }),
  );
});
