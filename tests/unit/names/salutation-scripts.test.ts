// @vitest-environment node
/**
 * A template in one language, a name in the other's script. An English template on a Greek ticket writes the name
 * as the customer's passport does, in the nominative («Γιώργος Παπαδόπουλος» → "Dear Mr Papadopoulos", never
 * "Dear Mr Παπαδόπουλος" nor the vocative «Γιώργο»), with Mr/Ms from the Greek name. A Greek template keeps a name
 * in Latin letters as written and undeclined («κύριε Smith», «κυρία Papadopoulou»): nothing makes Greeklish Greek.
 */
import { describe, expect, it } from 'vitest';
import { expandTemplate, type CustomerName } from '../../../knowledge/template';

const BODY = '{{customer.salutation}} | {{customer.firstName|-}} | {{customer.lastName|-}} | {{customer.vocative|-}} | {{customer.formalName|-}} | {{customer.name|-}}';

function fill(customer: CustomerName, lang: 'el' | 'en', formality: 'formal' | 'informal' = 'formal'): string[] {
  return expandTemplate(BODY, { customer }, { lang, formality }).text.split(' | ');
}

describe('an English template, a name in Greek letters', () => {
  it.each<[string, CustomerName, string[]]>([
    ['a man, as the demo desk shows him', { name: 'Γιώργος Παπαδόπουλος' },
      ['Dear Mr Papadopoulos', 'Giorgos', 'Papadopoulos', 'Giorgos Papadopoulos', 'Mr Papadopoulos', 'Giorgos Papadopoulos']],
    ['a woman, surname first in capitals (-ου surname)', { name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ ΑΙΚΑΤΕΡΙΝΗ' },
      ['Dear Ms Papadopoulou', 'Aikaterini', 'Papadopoulou', 'Aikaterini Papadopoulou', 'Ms Papadopoulou', 'Aikaterini Papadopoulou']],
    ['a man whose surname starts with ΜΠ', { name: 'ΜΠΑΚΟΓΙΑΝΝΗΣ ΕΥΑΓΓΕΛΟΣ' },
      ['Dear Mr Bakogiannis', 'Evangelos', 'Bakogiannis', 'Evangelos Bakogiannis', 'Mr Bakogiannis', 'Evangelos Bakogiannis']],
    ['a woman with a double first name and a double surname', { name: 'Άννα-Μαρία Παπαδοπούλου-Οικονόμου' },
      ['Dear Ms Papadopoulou-Oikonomou', 'Anna-Maria', 'Papadopoulou-Oikonomou', 'Anna-Maria Papadopoulou-Oikonomou',
        'Ms Papadopoulou-Oikonomou', 'Anna-Maria Papadopoulou-Oikonomou']],
    ['fields the page labels', { fields: [{ label: 'Επώνυμο', value: 'ΝΤΟΚΟΥ' }, { label: 'Όνομα', value: 'ΕΥΤΥΧΙΑ' }] },
      ['Dear Ms Dokou', 'Eftychia', 'Dokou', 'Eftychia Dokou', 'Ms Dokou', 'Eftychia Dokou']],
    ['only the e-mail address, read as a Greek name', { email: 'maria.papadopoulou@example.gr' },
      ['Dear Ms Papadopoulou', 'Maria', 'Papadopoulou', 'Maria Papadopoulou', 'Ms Papadopoulou', 'Maria Papadopoulou']],
    ['an academic title', { name: 'Δρ. Ευθύμιος Χατζηδάκης' },
      ['Dear Dr Chatzidakis', 'Efthymios', 'Chatzidakis', 'Efthymios Chatzidakis', 'Dr Chatzidakis', 'Efthymios Chatzidakis']],
    // The page's «κα» is no part of the name ("ka Maria Papadopoulou").
    ['a Greek honorific before the name', { name: 'κα Μαρία Παπαδοπούλου' },
      ['Dear Ms Papadopoulou', 'Maria', 'Papadopoulou', 'Maria Papadopoulou', 'Ms Papadopoulou', 'Maria Papadopoulou']],
  ])('%s', (_what, customer, expected) => {
    expect(fill(customer, 'en')).toEqual(expected);
  });

  it('informal: the first name in the nominative, in Latin letters ("Hi Nikos", not «Νίκο»)', () => {
    expect(fill({ name: 'Νίκος Ψαρράς' }, 'en', 'informal')[0]).toBe('Hi Nikos');
    expect(fill({ name: 'ΨΑΡΡΑ ΘΕΟΔΩΡΑ' }, 'en', 'informal')[0]).toBe('Hi Theodora');
  });

  it('signs with the agent\'s name in Latin letters too', () => {
    const sign = (agent: { name?: string; firstName?: string }, lang: 'el' | 'en') =>
      expandTemplate('{{agent.name}} / {{agent.firstName}}', { agent }, { lang }).text;
    expect(sign({ name: 'Ελένη Γεωργίου' }, 'en')).toBe('Eleni Georgiou / Eleni');
    expect(sign({ name: 'Ελένη Γεωργίου' }, 'el')).toBe('Ελένη Γεωργίου / Ελένη');
    expect(sign({ name: 'James Carter' }, 'el')).toBe('James Carter / James');
  });

  it('leaves a name in Latin letters as it was', () => {
    expect(fill({ name: 'Sarah Collins' }, 'en')).toEqual(['Dear Sarah Collins', 'Sarah', 'Collins', 'Sarah Collins', '-', 'Sarah Collins']);
  });

  it('gives the same names in Greek templates as before: Greek, declined', () => {
    expect(fill({ name: 'Γιώργος Παπαδόπουλος' }, 'el')).toEqual([
      'Αγαπητέ κύριε Παπαδόπουλε', 'Γιώργο', 'Παπαδόπουλος', 'Γιώργο Παπαδόπουλε', 'κύριε Παπαδόπουλε', 'Γιώργος Παπαδόπουλος',
    ]);
  });
});

describe('a Greek template, a name in Latin letters', () => {
  it.each<[string, CustomerName, string[]]>([
    ['an English name', { name: 'John Smith', gender: 'm' },
      ['Αγαπητέ κύριε Smith', 'John', 'Smith', 'John Smith', 'κύριε Smith', 'John Smith']],
    ['a Greek name in Greeklish: as written, no vocative («Georgie»)', { name: 'Georgios Papadopoulos' },
      ['Αγαπητέ κύριε Papadopoulos', 'Georgios', 'Papadopoulos', 'Georgios Papadopoulos', 'κύριε Papadopoulos', 'Georgios Papadopoulos']],
    ['a woman in Greeklish: the gender from the name, the name as written', { name: 'Maria Papadopoulou' },
      ['Αγαπητή κυρία Papadopoulou', 'Maria', 'Papadopoulou', 'Maria Papadopoulou', 'κυρία Papadopoulou', 'Maria Papadopoulou']],
  ])('%s', (_what, customer, expected) => {
    expect(fill(customer, 'el')).toEqual(expected);
  });
});
