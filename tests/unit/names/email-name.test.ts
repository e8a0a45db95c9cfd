// @vitest-environment node
/**
 * email-name.ts: a name read from an e-mail address when the page shows nothing else. Only what is certain: every
 * word of the address an initial or a listed name, and one Greek spelling for each name kept; a wrong name is worse
 * than the neutral opening.
 */
import { describe, expect, it } from 'vitest';
import { nameFromEmail } from '../../../knowledge/names/email-name';
import { nameLexicon } from '../../../knowledge/names/lexicon';
import { understandName } from '../../../knowledge/names/understand';
import { salutation } from '../../../knowledge/template/salutation';

const lexicon = nameLexicon();

describe('a name from an e-mail address alone', () => {
  it.each([
    ['maria.konstantinou@gmail.com', 'Μαρία', 'Κωνσταντίνου'],
    ['konstantinou.maria@gmail.com', 'Μαρία', 'Κωνσταντίνου'],
    ['nikos_georgiou82@yahoo.gr', 'Νίκος', 'Γεωργίου'],
    ['g.papadopoulos@example.gr', undefined, 'Παπαδόπουλος'],
    ['gpapadopoulos@example.gr', undefined, 'Παπαδόπουλος'],
    ['mariakonstantinou@example.gr', 'Μαρία', 'Κωνσταντίνου'],
    ['xristos.papadakis@example.gr', 'Χρήστος', 'Παπαδάκης'],
    ['eleni1985@gmail.com', 'Ελένη', undefined],
    // After an initial of its own the word is the surname, also a man's first name that is a surname too (Δ. Δήμος);
    // not a woman's first name, and not with the initial after it (the surname's: Δήμος Δ.).
    ['d.dimos@example.gr', undefined, 'Δήμος'],
    ['a_dimos82@example.gr', undefined, 'Δήμος'],
    ['k.stamatis@example.gr', undefined, 'Σταμάτης'],
    ['k.maria@example.gr', 'Μαρία', undefined],
    ['dimos.d@example.gr', 'Δήμος', undefined],
  ])('%s → %s %s', (email, first, last) => {
    const found = nameFromEmail(email, lexicon);
    expect(found?.first).toBe(first);
    expect(found?.last).toBe(last);
  });

  it.each(['info@dimos.gr', 'sales@papadopoulos.gr', 'office.athens@example.gr', 'maria.sales@example.gr', 'john.smith@example.com', 'rodos@example.gr', 'kerkyra@example.gr', 'thalassa@example.gr', 'noreply@example.gr'])(
    '%s holds no name it could be sure of',
    (email) => {
      const found = nameFromEmail(email, lexicon);
      expect(found?.first ?? found?.last).toBeUndefined();
    },
  );

  it('leaves out a name whose Greek spelling is not certain, and a surname of the other gender', () => {
    expect(nameFromEmail('papas.kostas@gmail.com', lexicon)).toMatchObject({ first: 'Κώστας' });
    expect(nameFromEmail('papas.kostas@gmail.com', lexicon)?.last).toBeUndefined();
    const clash = understandName({ name: 'maria.papadopoulos@example.gr' });
    expect(clash).toMatchObject({ first: 'Μαρία', gender: 'f' });
    expect(clash.last).toBeUndefined();
  });

  it('greets formally by the surname only, and neutrally without it, also from an e-mail field with no name', () => {
    expect(salutation({ email: 'maria.konstantinou@gmail.com' }, 'el').text).toBe('Αγαπητή κυρία Κωνσταντίνου');
    expect(salutation({ name: 'g.papadopoulos@example.gr' }, 'el', { formality: 'informal' }).text).toBe('Αγαπητέ κύριε Παπαδόπουλε');
    expect(salutation({ name: 'eleni1985@gmail.com' }, 'el').text).toBe('Αγαπητέ/ή πελάτη');
    expect(salutation({ name: 'eleni1985@gmail.com' }, 'el', { formality: 'informal' }).text).toBe('Γεια σου, Ελένη');
    expect(salutation({ fields: [{ label: 'E-mail', value: 'nikos_georgiou82@yahoo.gr' }] }, 'el', { formality: 'informal' }).text).toBe('Γεια σου, Νίκο');
  });

  it('leaves a name the page shows as it was: the address only orders its words', () => {
    expect(understandName({ name: 'Βασίλης Οικονόμου', email: 'maria.konstantinou@gmail.com' })).toMatchObject({ first: 'Βασίλης', last: 'Οικονόμου' });
  });

  it('a word with an initial after it («olivia.b», «papadopoulos.g») does not say which of the shown words is the surname', () => {
    // "Olivia Bennett" <olivia.b@…> (RT's requester): Olivia was taken for the surname, "Dear Bennett Olivia".
    expect(understandName({ name: 'Olivia Bennett', email: 'olivia.b@example.com' })).toMatchObject({ first: 'Olivia', last: 'Bennett' });
    expect(understandName({ name: 'Γιώργος Παπαδόπουλος', email: 'papadopoulos.g@example.gr' })).toMatchObject({ first: 'Γιώργος', last: 'Παπαδόπουλος' });
    expect(understandName({ name: 'Παπαδόπουλος Γιώργος', email: 'gpapadopoulos@example.gr' })).toMatchObject({ first: 'Γιώργος', last: 'Παπαδόπουλος' });
  });
});
