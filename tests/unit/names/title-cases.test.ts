// @vitest-environment node
/**
 * A name the page writes after a title that marks its case («κον Γιώργο Παπαδόπουλο», «του κου Γιώργου
 * Παπαδόπουλου», «της κας Μαρίας Παπαδοπούλου»), as address lines and registries do: every placeholder and the
 * salutation work from the nominative («Γιώργος Παπαδόπουλος» → «κύριε Παπαδόπουλε»), read by the rules of the
 * title's case and the name's ending with the name lists, and where those lists cannot tell the nominative (a man's
 * «Οικονόμου» in the genitive: Οικονόμος or Οικονόμου), the page's form is kept and the customer is not addressed by
 * it. The customer arrives as the readers hand it over (lib/crm/dom.ts splitName).
 */
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template/expand';
import { understandName, withoutTitles } from '../../../knowledge/names/understand';
import { splitName } from '../../../lib/crm/dom';

const PLACEHOLDERS = '{{customer.name}} / {{customer.firstName}} / {{customer.lastName}} / {{customer.salutation}} / {{customer.formalName}} / {{customer.vocative}}';

const fill = (name: string, lang: 'el' | 'en' = 'el', body = PLACEHOLDERS) => expandTemplate(body, { customer: splitName(name) }, { lang }).text;

const GIORGOS = 'Γιώργος Παπαδόπουλος / Γιώργο / Παπαδόπουλος / Αγαπητέ κύριε Παπαδόπουλε / κύριε Παπαδόπουλε / Γιώργο Παπαδόπουλε';

describe('a name after a title in the accusative or genitive', () => {
  it.each([
    // The accusative of an address line («Προς τον κον …»), in capitals and without accents too.
    ['κον Γιώργο Παπαδόπουλο', GIORGOS],
    ['Κον Γιώργο Παπαδόπουλο', GIORGOS],
    ['ΚΟΝ ΓΙΩΡΓΟ ΠΑΠΑΔΟΠΟΥΛΟ', GIORGOS],
    ['κον γιωργο παπαδοπουλο', GIORGOS],
    ['Προς τον κον Γιώργο Παπαδόπουλο', GIORGOS],
    ['τον κύριο Γιώργο Παπαδόπουλο', GIORGOS],
    // The genitive, colloquial and learned (the stress of -όπουλος comes back).
    ['κου Γιώργου Παπαδόπουλου', GIORGOS],
    ['του κου Γιώργου Παπαδοπούλου', GIORGOS],
    ['ΤΟΥ ΚΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ', GIORGOS],
    ['του κυρίου Γιώργου Παπαδόπουλου', GIORGOS],
    // -ας, -ης, -ής, -ές give -α, -η, -ή, -έ in both cases; a surname in -ου stays.
    ['κον Ανδρέα Παπαδάκη', 'Ανδρέας Παπαδάκης / Ανδρέα / Παπαδάκης / Αγαπητέ κύριε Παπαδάκη / κύριε Παπαδάκη / Ανδρέα Παπαδάκη'],
    ['κου Θανάση Χατζή', 'Θανάσης Χατζής / Θανάση / Χατζής / Αγαπητέ κύριε Χατζή / κύριε Χατζή / Θανάση Χατζή'],
    ['κον Κωνσταντίνο Τσελεμεντέ', 'Κωνσταντίνος Τσελεμεντές / Κωνσταντίνε / Τσελεμεντές / Αγαπητέ κύριε Τσελεμεντέ / κύριε Τσελεμεντέ / Κωνσταντίνε Τσελεμεντέ'],
    ['κον Γιώργο Γεωργίου', 'Γιώργος Γεωργίου / Γιώργο / Γεωργίου / Αγαπητέ κύριε Γεωργίου / κύριε Γεωργίου / Γιώργο Γεωργίου'],
    // A surname in -ου from a father's name stays so in the genitive; the first name is declined back.
    ['κου Νικολάου Γεωργίου', 'Νικόλαος Γεωργίου / Νικόλαε / Γεωργίου / Αγαπητέ κύριε Γεωργίου / κύριε Γεωργίου / Νικόλαε Γεωργίου'],
    ['κου Κωνσταντίνου Παπαδόπουλου', 'Κωνσταντίνος Παπαδόπουλος / Κωνσταντίνε / Παπαδόπουλος / Αγαπητέ κύριε Παπαδόπουλε / κύριε Παπαδόπουλε / Κωνσταντίνε Παπαδόπουλε'],
    // The lists hold Βλάχου only as a woman's surname: his is Βλάχος.
    ['του κου Νίκου Βλάχου', 'Νίκος Βλάχος / Νίκο / Βλάχος / Αγαπητέ κύριε Βλάχο / κύριε Βλάχο / Νίκο Βλάχο'],
    // A woman's genitive: the first name back in the nominative, her surname unchanged (it is never declined).
    ['της κας Μαρίας Παπαδοπούλου', 'Μαρία Παπαδοπούλου / Μαρία / Παπαδοπούλου / Αγαπητή κυρία Παπαδοπούλου / κυρία Παπαδοπούλου / Μαρία Παπαδοπούλου'],
    ['ΤΗΣ ΚΑΣ ΕΛΕΝΗΣ ΠΑΠΑΔΑΚΗ', 'Ελένη Παπαδάκη / Ελένη / Παπαδάκη / Αγαπητή κυρία Παπαδάκη / κυρία Παπαδάκη / Ελένη Παπαδάκη'],
    ['κυρίας Ζωής Σαμαρά', 'Ζωή Σαμαρά / Ζωή / Σαμαρά / Αγαπητή κυρία Σαμαρά / κυρία Σαμαρά / Ζωή Σαμαρά'],
  ])('«%s»', (name, expected) => {
    expect(fill(name)).toBe(expected);
  });

  it.each([
    ['κον Παπαδάκη', { last: 'Παπαδάκης', gender: 'm' }],
    ['κον Ανδρέα', { first: 'Ανδρέας', gender: 'm' }],
    ['κον Νίκο', { first: 'Νίκος', gender: 'm' }],
    ['κον Θανάση', { first: 'Θανάσης', gender: 'm' }],
    ['κου Γιώργου', { first: 'Γιώργος', gender: 'm' }],
    ['ΚΟΝ ΝΙΚΟ', { first: 'Νίκος', gender: 'm' }],
    ['κας Μαρίας', { first: 'Μαρία', gender: 'f' }],
    ['κας Παπαδοπούλου', { last: 'Παπαδοπούλου', gender: 'f' }],
    ['κου Παπαδόπουλου', { last: 'Παπαδόπουλος', gender: 'm' }],
  ])('one word: «%s»', (name, expected) => {
    const who = understandName(splitName(name));
    expect({ first: who.first, last: who.last, gender: who.gender }).toEqual({ first: undefined, last: undefined, ...expected });
  });

  it('addresses a man named after a title by his first name as it is said («Γεια σου, Νίκο»)', () => {
    expect(expandTemplate('{{customer.salutation}}', { customer: splitName('κον Νίκο') }, { lang: 'el', formality: 'informal' }).text).toBe('Γεια σου, Νίκο');
    expect(expandTemplate('{{customer.salutation}}', { customer: splitName('κας Μαρίας') }, { lang: 'el', formality: 'informal' }).text).toBe('Γεια σου, Μαρία');
    expect(fill('κον Γιώργο Παπαδόπουλο', 'en')).toBe('Giorgos Papadopoulos / Giorgos / Papadopoulos / Dear Mr Papadopoulos / Mr Papadopoulos / Giorgos Papadopoulos');
    expect(fill('της κας Μαρίας Παπαδοπούλου', 'en')).toBe('Maria Papadopoulou / Maria / Papadopoulou / Dear Ms Papadopoulou / Ms Papadopoulou / Maria Papadopoulou');
  });

  it('keeps a foreign name after the title as it is, since it is not declined', () => {
    expect(fill('κον Ρομπέρτο Ρόσι')).toBe('Ρομπέρτο Ρόσι / Ρομπέρτο / Ρόσι / Αγαπητέ κύριε Ρόσι / κύριε Ρόσι / Ρομπέρτο Ρόσι');
    expect(fill('κον Μιχαήλ Σμιθ', 'el', '{{customer.name}} / {{customer.salutation}}')).toBe('Μιχαήλ Σμιθ / Αγαπητέ κύριε Σμιθ');
  });

  it('where the lists cannot tell the nominative, keeps the page\'s form and does not address him by it', () => {
    // Καραμήτσου, a surname the lists lack, may be Καραμήτσος in the genitive or a surname in -ου as it is.
    expect(fill('κου Γιώργου Καραμήτσου')).toBe('Γιώργος Καραμήτσου / Γιώργο / Καραμήτσου / Αγαπητέ πελάτη /  / Γιώργο');
    expect(fill('κου Γιώργου Καραμήτσου', 'en', '{{customer.salutation}}')).toBe('Dear Giorgos');
    expect(fill('κου Καραμήτσου', 'el', '{{customer.salutation}}')).toBe('Αγαπητέ πελάτη');
    expect(fill('κου Καραμήτσου', 'en', '{{customer.salutation}}')).toBe('Hello');
    expect(understandName(splitName('κου Γιώργου Καραμήτσου')).caseUnknown).toEqual(['last']);
    // Where they can: a surname in -ου men are listed with, an -ος surname no man has in -ου, an -ού that is no name's.
    expect(fill('κου Οικονόμου', 'el', '{{customer.salutation}}')).toBe('Αγαπητέ κύριε Οικονόμου');
    expect(fill('κου Σταύρου Ζερβού', 'el', '{{customer.name}}: {{customer.salutation}}')).toBe('Σταύρος Ζερβός: Αγαπητέ κύριε Ζερβέ');
    expect(fill('κου Νίκου Λαμπρού', 'el', '{{customer.name}}: {{customer.salutation}}')).toBe('Νίκος Λαμπρός: Αγαπητέ κύριε Λαμπρέ');
  });

  it('leaves «κ.», which says no case, and a name the page writes in the nominative after «κον» as it is', () => {
    expect(understandName(splitName('κ. Ανδρέα Παπαδάκη')).first).toBe('Ανδρέα');
    expect(fill('κον Γιώργος Παπαδόπουλος')).toBe(GIORGOS);
    expect(fill('κα Μαρία Παπαδοπούλου')).toBe('Μαρία Παπαδοπούλου / Μαρία / Παπαδοπούλου / Αγαπητή κυρία Παπαδοπούλου / κυρία Παπαδοπούλου / Μαρία Παπαδοπούλου');
  });
});

describe('a title in brackets after the name', () => {
  it.each([
    ['Maria Lopez (Mrs)', 'en', 'Maria Lopez / Maria / Lopez / Dear Ms Lopez / Ms Lopez / Maria Lopez'],
    ['John Smith (Mr.)', 'en', 'John Smith / John / Smith / Dear Mr Smith / Mr Smith / John Smith'],
    ['Smith, Sam (Mr)', 'en', 'Sam Smith / Sam / Smith / Dear Mr Smith / Mr Smith / Sam Smith'],
    // Άλεξ is a man's and a woman's name: the bracket says which.
    ['Άλεξ Ιωάννου (κα)', 'el', 'Άλεξ Ιωάννου / Άλεξ / Ιωάννου / Αγαπητή κυρία Ιωάννου / κυρία Ιωάννου / Άλεξ Ιωάννου'],
    ['Άλεξ Ιωάννου (κα)', 'en', 'Alex Ioannou / Alex / Ioannou / Dear Ms Ioannou / Ms Ioannou / Alex Ioannou'],
    ['Ιωάννου Άλεξ [κος]', 'el', 'Άλεξ Ιωάννου / Άλεξ / Ιωάννου / Αγαπητέ κύριε Ιωάννου / κύριε Ιωάννου / Άλεξ Ιωάννου'],
    ['Παπαδοπούλου (κα)', 'el', 'Παπαδοπούλου /  / Παπαδοπούλου / Αγαπητή κυρία Παπαδοπούλου / κυρία Παπαδοπούλου / Παπαδοπούλου'],
  ])('«%s» in a template in %s', (name, lang, expected) => {
    expect(fill(name, lang as 'el' | 'en')).toBe(expected);
  });

  it('leaves out the titles in brackets and before the name, and keeps a name in brackets', () => {
    expect(withoutTitles('Maria Lopez (Mrs)')).toBe('Maria Lopez');
    expect(withoutTitles('Παπαδοπούλου Μαρία [κα]')).toBe('Παπαδοπούλου Μαρία');
    expect(withoutTitles('Στυλιανός (Στέλιος) Παπαδόπουλος')).toBe('Στυλιανός (Στέλιος) Παπαδόπουλος');
    expect(withoutTitles('Προς τον κον Γιώργο Παπαδόπουλο')).toBe('Γιώργο Παπαδόπουλο');
    // A father's name keeps its article.
    expect(withoutTitles('Γεώργιος του Ιωάννη Παπαδόπουλος')).toBe('Γεώργιος του Ιωάννη Παπαδόπουλος');
  });

  it('reads it as the title the page gives, not as the name the person goes by', () => {
    const who = understandName(splitName('Sam Smith (Mrs)'));
    expect(who).toMatchObject({ first: 'Sam', last: 'Smith', gender: 'f', genderStated: true, written: 'Sam Smith' });
    expect(who.reasons.map((r) => r.code)).toContain('gender.title');
  });
});
