// @vitest-environment node
/**
 * Salutations through a template's placeholders, as the agent gets them: formal and informal, men, women and
 * customers whose gender nothing shows, names in capitals written surname first, double first names, Latin
 * look-alike letters, labelled fields, e-mail addresses and the gender a CRM states.
 */
import { describe, expect, it } from 'vitest';
import { expandTemplate, type CustomerName } from '../../../knowledge/template';

const BODY = '{{customer.salutation}},\n{{customer.firstName|-}} / {{customer.lastName|-}} / {{customer.vocative|-}} / {{customer.formalName|-}}';

function expand(customer: CustomerName, formality: 'formal' | 'informal' = 'formal', lang: 'el' | 'en' = 'el'): string[] {
  return expandTemplate(BODY, { customer }, { lang, formality }).text.split(/,\n| \/ /);
}

describe('salutations through the template placeholders', () => {
  it.each<[string, CustomerName, string[]]>([
    ['surname first in capitals', { name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ' }, ['Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο', 'Παπαδόπουλος', 'Γιώργο Παπαδόπουλε', 'κύριε Παπαδόπουλε']],
    ['first name first in capitals', { name: 'ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ' }, ['Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο', 'Παπαδόπουλος', 'Γιώργο Παπαδόπουλε', 'κύριε Παπαδόπουλε']],
    ['a woman, surname first', { name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ' }, ['Αγαπητή κυρία Παπαδοπούλου', 'Μαρία', 'Παπαδοπούλου', 'Μαρία Παπαδοπούλου', 'κυρία Παπαδοπούλου']],
    ['a double first name', { name: 'Άννα-Μαρία Κωστοπούλου' }, ['Αγαπητή κυρία Κωστοπούλου', 'Άννα-Μαρία', 'Κωστοπούλου', 'Άννα-Μαρία Κωστοπούλου', 'κυρία Κωστοπούλου']],
    ['a double first name in capitals', { name: 'ΑΝΝΑ-ΜΑΡΙΑ ΠΑΠΑΔΑΚΗ' }, ['Αγαπητή κυρία Παπαδάκη', 'Άννα-Μαρία', 'Παπαδάκη', 'Άννα-Μαρία Παπαδάκη', 'κυρία Παπαδάκη']],
    ['a man\'s double first name', { name: 'Γιάννης-Αλέξανδρος Νικολάου' }, ['Αγαπητέ κύριε Νικολάου', 'Γιάννη-Αλέξανδρε', 'Νικολάου', 'Γιάννη-Αλέξανδρε Νικολάου', 'κύριε Νικολάου']],
    ['-άκος surname', { name: 'Αλέκος Σαραντάκος' }, ['Αγαπητέ κύριε Σαραντάκο', 'Αλέκο', 'Σαραντάκος', 'Αλέκο Σαραντάκο', 'κύριε Σαραντάκο']],
    ['-ές surname', { name: 'Νικόλαος Τσελεμεντές' }, ['Αγαπητέ κύριε Τσελεμεντέ', 'Νικόλαε', 'Τσελεμεντές', 'Νικόλαε Τσελεμεντέ', 'κύριε Τσελεμεντέ']],
    ['Latin look-alike letters', { name: 'ΠAΠAΔOΠOYΛOΣ NIKOΣ' }, ['Αγαπητέ κύριε Παπαδόπουλε', 'Νίκο', 'Παπαδόπουλος', 'Νίκο Παπαδόπουλε', 'κύριε Παπαδόπουλε']],
    // Two first names (Αγγελής is also a surname): in capitals, registry order; written in mixed case, page order.
    ['two first names in capitals', { name: 'ΑΓΓΕΛΗΣ ΝΙΚΟΣ' }, ['Αγαπητέ κύριε Αγγελή', 'Νίκο', 'Αγγελής', 'Νίκο Αγγελή', 'κύριε Αγγελή']],
    ['two first names in mixed case', { name: 'Νίκος Αγγελής' }, ['Αγαπητέ κύριε Αγγελή', 'Νίκο', 'Αγγελής', 'Νίκο Αγγελή', 'κύριε Αγγελή']],
    ['a first name in -ονας of a listed -ων, surname first', { name: 'ΟΙΚΟΝΟΜΟΣ ΤΙΜΟΛΕΟΝΤΑΣ' }, ['Αγαπητέ κύριε Οικονόμε', 'Τιμολέοντα', 'Οικονόμος', 'Τιμολέοντα Οικονόμε', 'κύριε Οικονόμε']],
    ['a comma after the surname', { name: 'Σταθάκης, Ηλίας' }, ['Αγαπητέ κύριε Σταθάκη', 'Ηλία', 'Σταθάκης', 'Ηλία Σταθάκη', 'κύριε Σταθάκη']],
    ['registry order with the father\'s name', { name: 'ΙΩΑΝΝΙΔΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ ΔΗΜΗΤΡΙΟΣ' }, ['Αγαπητέ κύριε Ιωαννίδη', 'Κωνσταντίνε', 'Ιωαννίδης', 'Κωνσταντίνε Ιωαννίδη', 'κύριε Ιωαννίδη']],
    ['a woman known only by her surname', { lastName: 'Γεωργιάδου' }, ['Αγαπητή κυρία Γεωργιάδου', '-', 'Γεωργιάδου', 'Γεωργιάδου', 'κυρία Γεωργιάδου']],
    ['gender from the surname when the first name says nothing', { name: 'Άλεξ Σγουρός' }, ['Αγαπητέ κύριε Σγουρέ', 'Άλεξ', 'Σγουρός', 'Άλεξ Σγουρέ', 'κύριε Σγουρέ']],
    ['nothing shows the gender', { name: 'Άλεξ Γεωργίου' }, ['Αγαπητέ/ή πελάτη', 'Άλεξ', 'Γεωργίου', 'Άλεξ Γεωργίου', '-']],
    ['the CRM states the gender', { name: 'Άλεξ Γεωργίου', gender: 'f' }, ['Αγαπητή κυρία Γεωργίου', 'Άλεξ', 'Γεωργίου', 'Άλεξ Γεωργίου', 'κυρία Γεωργίου']],
    ['a title in the name', { name: 'κ. Βασιλείου Νίκη' }, ['Αγαπητή κυρία Βασιλείου', 'Νίκη', 'Βασιλείου', 'Νίκη Βασιλείου', 'κυρία Βασιλείου']],
    ['a man\'s title and no first name', { name: 'κος Γεωργίου' }, ['Αγαπητέ κύριε Γεωργίου', '-', 'Γεωργίου', 'Γεωργίου', 'κύριε Γεωργίου']],
    ['a woman keeps a masculine-form surname', { firstName: 'Μαρία', lastName: 'Παπαδόπουλος' }, ['Αγαπητή κυρία Παπαδόπουλος', 'Μαρία', 'Παπαδόπουλος', 'Μαρία Παπαδόπουλος', 'κυρία Παπαδόπουλος']],
    ['first name and surname given apart but swapped by the CRM', { firstName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ', lastName: 'ΓΙΩΡΓΟΣ' }, ['Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο', 'Παπαδόπουλος', 'Γιώργο Παπαδόπουλε', 'κύριε Παπαδόπουλε']],
    ['a reader\'s split of a surname-first name is not taken for labels', { name: 'ΚΩΝΣΤΑΝΤΙΝΟΥ ΕΛΕΝΗ', firstName: 'ΚΩΝΣΤΑΝΤΙΝΟΥ', lastName: 'ΕΛΕΝΗ' }, ['Αγαπητή κυρία Κωνσταντίνου', 'Ελένη', 'Κωνσταντίνου', 'Ελένη Κωνσταντίνου', 'κυρία Κωνσταντίνου']],
    ['labelled fields', { fields: [{ label: 'Επώνυμο', value: 'ΚΑΡΑΓΙΑΝΝΗΣ' }, { label: 'Όνομα', value: 'ΣΤΥΛΙΑΝΟΣ' }, { label: 'Όνομα πατρός', value: 'ΝΙΚΟΛΑΟΣ' }] }, ['Αγαπητέ κύριε Καραγιάννη', 'Στυλιανέ', 'Καραγιάννης', 'Στυλιανέ Καραγιάννη', 'κύριε Καραγιάννη']],
    ['a surname that is also a first name, before an official first name', { name: 'ΣΤΑΜΑΤΗΣ ΝΙΚΟΛΑΟΣ' }, ['Αγαπητέ κύριε Σταμάτη', 'Νικόλαε', 'Σταμάτης', 'Νικόλαε Σταμάτη', 'κύριε Σταμάτη']],
    ['a surname that is also a first name, before a first name', { name: 'ΛΟΥΚΑΣ ΓΙΑΝΝΗΣ' }, ['Αγαπητέ κύριε Λουκά', 'Γιάννη', 'Λουκάς', 'Γιάννη Λουκά', 'κύριε Λουκά']],
    ['a company name and a login are no parts of the name; the gender field is read', { name: 'Άλεξ Γεωργίου', fields: [{ label: 'Επωνυμία', value: 'ΑΦΟΙ ΠΑΠΑΔΟΠΟΥΛΟΙ ΟΕ' }, { label: 'Όνομα χρήστη:', value: 'alexg' }, { label: 'Φύλο', value: 'Γυναίκα' }] }, ['Αγαπητή κυρία Γεωργίου', 'Άλεξ', 'Γεωργίου', 'Άλεξ Γεωργίου', 'κυρία Γεωργίου']],
    ['a surname in -ιός', { name: 'ΚΟΛΙΟΣ ΓΙΩΡΓΟΣ' }, ['Αγαπητέ κύριε Κολιέ', 'Γιώργο', 'Κολιός', 'Γιώργο Κολιέ', 'κύριε Κολιέ']],
    ['an English title field', { name: 'Alex Morgan', fields: [{ label: 'Title', value: 'Mr.' }] }, ['Αγαπητέ κύριε Morgan', 'Alex', 'Morgan', 'Alex Morgan', 'κύριε Morgan']],
    ['two words that are both first names and surnames: the order given', { name: 'Θεοχάρης Σαράντης' }, ['Αγαπητέ κύριε Σαράντη', 'Θεοχάρη', 'Σαράντης', 'Θεοχάρη Σαράντη', 'κύριε Σαράντη']],
    ['… unless the e-mail address says otherwise', { name: 'Θεοχάρης Σαράντης', email: 'sarantis.theocharis@example.gr' }, ['Αγαπητέ κύριε Θεοχάρη', 'Σαράντη', 'Θεοχάρης', 'Σαράντη Θεοχάρη', 'κύριε Θεοχάρη']],
    ['an e-mail address made of an initial and the surname', { name: 'Σαράντης Θεοχάρης', email: 'ssarantis@example.gr' }, ['Αγαπητέ κύριε Σαράντη', 'Θεοχάρη', 'Σαράντης', 'Θεοχάρη Σαράντη', 'κύριε Σαράντη']],
    ['the e-mail address\'s name in the From line', { name: 'ΜΙΧΑΗΛ ΔΑΝΙΗΛ <daniil.michail@example.gr>' }, ['Αγαπητέ κύριε Μιχαήλ', 'Δανιήλ', 'Μιχαήλ', 'Δανιήλ Μιχαήλ', 'κύριε Μιχαήλ']],
    ['Latin script stays as written', { name: 'Maria Papadopoulou' }, ['Αγαπητή κυρία Papadopoulou', 'Maria', 'Papadopoulou', 'Maria Papadopoulou', 'κυρία Papadopoulou']],
    ['a name typed in lower case without accents', { name: 'γιωργος παπαδοπουλος' }, ['Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο', 'Παπαδόπουλος', 'Γιώργο Παπαδόπουλε', 'κύριε Παπαδόπουλε']],
    ['an initial is no first name', { name: 'Γ. Παπαδόπουλος' }, ['Αγαπητέ κύριε Παπαδόπουλε', '-', 'Παπαδόπουλος', 'Παπαδόπουλε', 'κύριε Παπαδόπουλε']],
    ['a foreign surname keeps its particles', { name: 'Juan de la Cruz' }, ['Αγαπητέ κύριε de la Cruz', 'Juan', 'de la Cruz', 'Juan de la Cruz', 'κύριε de la Cruz']],
    ['no name at all', {}, ['Αγαπητέ/ή πελάτη', '-', '-', '-', '-']],
  ])('formal: %s', (_what, customer, expected) => {
    expect(expand(customer)).toEqual(expected);
  });

  it.each<[string, CustomerName, string]>([
    ['surname first in capitals', { name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ' }, 'Γεια σου, Γιώργο'],
    ['a woman', { name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ' }, 'Γεια σου, Μαρία'],
    ['a double first name', { name: 'Άννα-Μαρία Κωστοπούλου' }, 'Γεια σου, Άννα-Μαρία'],
    ['an unknown gender needs no gendered word', { name: 'Άλεξ Γεωργίου' }, 'Γεια σου, Άλεξ'],
    ['-ος of three syllables', { name: 'Κυριάκος Μητσοτάκης' }, 'Γεια σου, Κυριάκο'],
    ['no first name: the formal opening', { lastName: 'Παπαδάκης' }, 'Αγαπητέ κύριε Παπαδάκη'],
    // -άκης, -άκος, -ίδης also make first names; -όπουλος and -ογλου only surnames.
    ['a first name with a surname\'s ending after an -όπουλος', { name: 'Παπαδόπουλος Ασημάκης' }, 'Γεια σου, Ασημάκη'],
    ['the same in capitals', { name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΔΙΟΣΚΟΥΡΙΔΗΣ' }, 'Γεια σου, Διοσκουρίδη'],
    ['… and after an -ογλου', { name: 'ΚΕΧΑΓΙΟΓΛΟΥ ΛΙΑΚΟΣ' }, 'Γεια σου, Λιάκο'],
    // Two syllables in -ιος: a church or Latin name after a stop or sibilant takes -ε, an everyday one -ο.
    ['-ιος of a church name', { name: 'Σέργιος Παπαδάκης' }, 'Γεια σου, Σέργιε'],
    ['-ιος of a Latin name', { name: 'ΛΟΥΚΙΟΣ ΠΑΠΑΔΑΚΗΣ' }, 'Γεια σου, Λούκιε'],
    ['-ιος of an everyday name', { name: 'Κώτσιος Παπαδάκης' }, 'Γεια σου, Κώτσιο'],
    ['-ιός of a diminutive', { name: 'Μανωλιός Παπαδάκης' }, 'Γεια σου, Μανωλιό'],
    ['-ιός of a learned name', { name: 'Ασκληπιός Παπαδάκης' }, 'Γεια σου, Ασκληπιέ'],
  ])('informal: %s', (_what, customer, expected) => {
    expect(expand(customer, 'informal')[0]).toBe(expected);
  });

  it('writes the name in the nominative, in title case, in Latin letters in English templates', () => {
    // The title from the Greek name's gender, the name as his passport spells it (was "Dear Mr Παπαδόπουλος").
    expect(expand({ name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ' }, 'formal', 'en')).toEqual([
      'Dear Mr Papadopoulos', 'Giorgos', 'Papadopoulos', 'Giorgos Papadopoulos', 'Mr Papadopoulos',
    ]);
    expect(expand({ name: 'PAPADOPOULOU MARIA' }, 'informal', 'en')[0]).toBe('Hi Maria');
    // English guesses no gender to put a title: "Dear Sarah Collins" (a formal letter's "Dear", not "Hello Sarah"),
    // unless the page says (or a Greek name did).
    expect(expand({ name: 'Sarah Collins' }, 'formal', 'en')).toEqual(['Dear Sarah Collins', 'Sarah', 'Collins', 'Sarah Collins', '-']);
    expect(expand({ name: 'Sarah Collins', gender: 'f' }, 'formal', 'en')[0]).toBe('Dear Ms Collins');
    expect(expand({ name: 'Mr John Smith' }, 'formal', 'en')[0]).toBe('Dear Mr Smith');
  });

  it('writes the full name first name first, in title case, when the page had it in capitals or surname first', () => {
    const full = (customer: CustomerName) => expandTemplate('{{customer.name}}', { customer }, { lang: 'el' }).text;
    expect(full({ name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ' })).toBe('Γιώργος Παπαδόπουλος');
    expect(full({ name: 'Παπαδοπούλου, Μαρία' })).toBe('Μαρία Παπαδοπούλου');
    expect(full({ name: 'Γιώργος Νικόλαος Παπαδόπουλος' })).toBe('Γιώργος Νικόλαος Παπαδόπουλος');
  });
});
