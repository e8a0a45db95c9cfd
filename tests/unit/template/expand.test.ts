// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  expandTemplate,
  listFields,
  parsePlaceholders,
  pickVariant,
  salutation,
} from '../../../knowledge/template';

const now = new Date(2026, 10, 22, 12, 0, 0);

describe('parsePlaceholders', () => {
  it('reads keys, fallbacks, field labels and lines', () => {
    const { placeholders, unclosed } = parsePlaceholders(
      'Γεια σας {{customer.firstName|φίλε}},\n{{ field:Αριθμός παραγγελίας }} {{cursor}} {{foo}}',
    );
    expect(unclosed).toEqual([]);
    expect(placeholders.map((p) => [p.kind, p.key, p.fallback, p.label, p.line])).toEqual([
      ['customer.firstName', 'customer.firstName', 'φίλε', undefined, 1],
      ['field', 'field:Αριθμός παραγγελίας', undefined, 'Αριθμός παραγγελίας', 2],
      ['cursor', 'cursor', undefined, undefined, 2],
      ['unknown', 'foo', undefined, undefined, 2],
    ]);
  });

  it('reports a placeholder left open on its line', () => {
    const { placeholders, unclosed } = parsePlaceholders('Γεια {{customer.firstName,\nκαι {{agent.name}}');
    expect(unclosed.map((u) => u.line)).toEqual([1]);
    expect(unclosed[0].excerpt).toBe('{{customer.firstName,');
    expect(placeholders.map((p) => p.key)).toEqual(['agent.name']);
  });

  it('lists fill-in fields once each, in order', () => {
    expect(listFields('{{field:Ποσό}} {{field:Αριθμός}} {{field:Ποσό}}')).toEqual(['Ποσό', 'Αριθμός']);
  });
});

describe('expandTemplate', () => {
  const context = {
    customer: { firstName: 'Γιώργος', lastName: 'Παπαδόπουλος' },
    ticket: { id: 'T-1042' },
    agent: { name: 'Ελένη Κωστοπούλου' },
  };

  it('fills a Greek template with vocative, salutation, date, fields and the caret', () => {
    const body =
      '{{customer.salutation}},\nΓιώργο; {{customer.firstName}}! Αίτημα {{ticket.id}}, {{date.today}}.\n' +
      'Παραγγελία {{field:Αριθμός}}. {{cursor}}\n{{agent.firstName}} / {{agent.name}}';
    const result = expandTemplate(body, context, { lang: 'el', fields: { Αριθμός: '5531' }, now });
    expect(result.text).toBe(
      'Αγαπητέ κύριε Παπαδόπουλε,\nΓιώργο; Γιώργο! Αίτημα T-1042, 22 Νοεμβρίου 2026.\n' +
        'Παραγγελία 5531. \nΕλένη / Ελένη Κωστοπούλου',
    );
    expect(result.text.slice(0, result.cursorOffset).endsWith('Παραγγελία 5531. ')).toBe(true);
    expect(result.missing).toEqual([]);
  });

  it('formats the date in English for English packs', () => {
    expect(expandTemplate('{{date.today}}', {}, { lang: 'en', now }).text).toBe('22 November 2026');
  });

  it('uses the fallback when a value is missing, and reports missing values without one', () => {
    const result = expandTemplate('Hi {{customer.firstName|there}} {{ticket.id}} {{field:Order}} {{nope}}', {}, {
      lang: 'en',
    });
    expect(result.text).toBe('Hi there   ');
    expect(result.missing).toEqual(['ticket.id', 'field:Order', 'nope']);
    expect(result.cursorOffset).toBe(result.text.length);
  });

  it('can keep missing placeholders visible: a fill-in field as [Label], as the agent will be asked for it', () => {
    const result = expandTemplate('Order {{field:Order}} for {{nope}}', {}, { lang: 'en', onMissing: 'keep' });
    expect(result.text).toBe('Order [Order] for {{nope}}');
  });

  it('takes first and last names from the full name when the CRM only has that', () => {
    const result = expandTemplate('{{customer.salutation}} / {{customer.firstName}} / {{customer.name}}', {
      customer: { name: 'Νικόλαος Παπαδάκης' },
    }, { lang: 'el' });
    expect(result.text).toBe('Αγαπητέ κύριε Παπαδάκη / Νικόλαε / Νικόλαος Παπαδάκης');
  });

  it('prefers a template fallback to the generic neutral salutation', () => {
    expect(expandTemplate('{{customer.salutation|Καλησπέρα σας}}', {}, { lang: 'el' }).text).toBe('Καλησπέρα σας');
    expect(expandTemplate('{{customer.salutation}}', {}, { lang: 'el' }).text).toBe('Αγαπητέ/ή πελάτη');
  });

  it('keeps the first cursor and drops later ones', () => {
    const result = expandTemplate('a{{cursor}}b{{cursor}}c', {}, { lang: 'en' });
    expect(result).toEqual({ text: 'abc', cursorOffset: 1, missing: [] });
  });

  it('addresses by first name in the vocative in Greek only, and never declines a woman’s name', () => {
    const first = (customer: object, lang: 'el' | 'en') => expandTemplate('{{customer.firstName}}', { customer }, { lang }).text;
    expect(first({ firstName: 'Κωνσταντίνος' }, 'el')).toBe('Κωνσταντίνε');
    // English: the nominative, in Latin letters (was «Κωνσταντίνος» in an English sentence).
    expect(first({ firstName: 'Κωνσταντίνος' }, 'en')).toBe('Konstantinos');
    expect(first({ firstName: 'Νίκος', gender: 'f' }, 'el')).toBe('Νίκος');
  });

  it('keeps a first name in Latin script as written in a Greek template', () => {
    expect(expandTemplate('{{customer.firstName}}', { customer: { firstName: 'George' } }, { lang: 'el' }).text).toBe(
      'George',
    );
  });
});

describe('salutation', () => {
  it.each([
    [{ firstName: 'Γιώργος', lastName: 'Παπαδόπουλος' }, 'Αγαπητέ κύριε Παπαδόπουλε'],
    [{ firstName: 'Μαρία', lastName: 'Παπαδοπούλου' }, 'Αγαπητή κυρία Παπαδοπούλου'],
    [{ lastName: 'Παπαδάκης', gender: 'm' as const }, 'Αγαπητέ κύριε Παπαδάκη'],
    [{ lastName: 'Παπαδάκη', gender: 'f' as const }, 'Αγαπητή κυρία Παπαδάκη'],
    // The name shows the gender even in Latin letters or without a first name; neutral only where nothing does.
    [{ firstName: 'Maria', lastName: 'Papadopoulou' }, 'Αγαπητή κυρία Papadopoulou'],
    [{ lastName: 'Παπαδοπούλου' }, 'Αγαπητή κυρία Παπαδοπούλου'],
    [{ lastName: 'Γεωργίου' }, 'Αγαπητέ/ή πελάτη'],
    [{ firstName: 'Άλεξ', lastName: 'Αντωνίου' }, 'Αγαπητέ/ή πελάτη'],
    [{}, 'Αγαπητέ/ή πελάτη'],
    // Gender known or clear from the first name, no surname: the customer, by gender.
    [{ firstName: 'Γιώργος' }, 'Αγαπητέ πελάτη'],
    [{ firstName: 'Μαρία' }, 'Αγαπητή πελάτισσα'],
    // The full name as the CRM shows it: first word the first name, last word the surname.
    [{ name: 'Γιώργος Νικόλαος Παπαδόπουλος' }, 'Αγαπητέ κύριε Παπαδόπουλε'],
    [{ name: 'Ελένη Κωστοπούλου' }, 'Αγαπητή κυρία Κωστοπούλου'],
    // A woman's surname stays as written, even in the masculine form some keep abroad.
    [{ firstName: 'Μαρία', lastName: 'Παπαδόπουλος' }, 'Αγαπητή κυρία Παπαδόπουλος'],
    // The CRM's gender wins where the name says nothing.
    [{ firstName: 'Alex', lastName: 'Σγουρός', gender: 'm' as const }, 'Αγαπητέ κύριε Σγουρέ'],
  ])('el %j → %s', (customer, expected) => {
    expect(salutation(customer, 'el').text).toBe(expected);
  });

  it.each([
    [{ firstName: 'John', lastName: 'Smith', gender: 'm' as const }, 'Dear Mr Smith'],
    [{ firstName: 'Jane', lastName: 'Smith', gender: 'f' as const }, 'Dear Ms Smith'],
    [{ firstName: 'Sam', lastName: 'Smith' }, 'Dear Sam Smith'],
    [{ firstName: 'Jane', gender: 'f' as const }, 'Dear Jane'],
    [{ firstName: 'Γιώργος', lastName: 'Παπαδόπουλος' }, 'Dear Mr Papadopoulos'],
    [{}, 'Hello'],
  ])('en %j → %s', (customer, expected) => {
    expect(salutation(customer, 'en').text).toBe(expected);
  });
});

describe('pickVariant', () => {
  const formal = { id: 'a', formality: 'formal' as const };
  const informal = { id: 'b', formality: 'informal' as const };
  it('picks the preferred formality, else the best candidate', () => {
    expect(pickVariant([formal, informal], 'informal')).toBe(informal);
    expect(pickVariant([formal, informal], 'formal')).toBe(formal);
    expect(pickVariant([formal], 'informal')).toBe(formal);
    expect(pickVariant([], 'formal')).toBeUndefined();
  });
});

describe('a sentence the agent ends inside a fill-in field', () => {
  it('keeps one full stop where the body closes the field with another', () => {
    const fill = (value: string, body: string) => expandTemplate(body, {}, { lang: 'el', fields: { Λύση: value } }).text;
    expect(fill('Πέρασα την έκπτωση χειροκίνητα.', '{{field:Λύση}}. Ευχαριστώ.')).toBe('Πέρασα την έκπτωση χειροκίνητα. Ευχαριστώ.');
    expect(fill('Πέρασα την έκπτωση χειροκίνητα', '{{field:Λύση}}. Ευχαριστώ.')).toBe('Πέρασα την έκπτωση χειροκίνητα. Ευχαριστώ.');
    expect(fill('Το δοκιμάσατε;', '{{field:Λύση}}.')).toBe('Το δοκιμάσατε;');
    expect(fill('καλώδια κ.λπ.', 'Ελέγξτε {{field:Λύση}}.')).toBe('Ελέγξτε καλώδια κ.λπ.');
    expect(fill('Περιμένετε.', '{{field:Λύση}}...')).toBe('Περιμένετε....');
  });
});

describe('a count typed into a fill-in field', () => {
  it('makes the unit after it agree, as a pack variable does', () => {
    const wait = (minutes: string, lang: 'el' | 'en', body: string) => expandTemplate(body, {}, { lang, fields: { Λεπτά: minutes, Minutes: minutes } }).text;
    expect(wait('1', 'el', 'Θα σας καλέσουμε σε {{field:Λεπτά}} λεπτά.')).toBe('Θα σας καλέσουμε σε 1 λεπτό.');
    expect(wait('10', 'el', 'Θα σας καλέσουμε σε {{field:Λεπτά}} λεπτά.')).toBe('Θα σας καλέσουμε σε 10 λεπτά.');
    expect(wait('1', 'en', 'About {{field:Minutes}} minutes.')).toBe('About 1 minute.');
  });
});
