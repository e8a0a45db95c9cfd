// @vitest-environment node
/**
 * A CRM that writes the customer's name with a title («κα Μαρία Παπαδοπούλου», «κ. Γιώργος Παπαδόπουλος», "Mrs Jane
 * Smith", «Δρ Νίκος Ιωάννου»): every placeholder writes the name without it, in Greek and English templates, and the
 * title still says the gender where the first name does not. The customer arrives as the readers hand it over
 * (lib/crm/dom.ts splitName: the whole name, its first word as the first name, the rest as the surname).
 */
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template/expand';
import { withoutTitles } from '../../../knowledge/names/understand';
import { splitName } from '../../../lib/crm/dom';

const PLACEHOLDERS = '{{customer.name}} / {{customer.firstName}} / {{customer.lastName}} / {{customer.salutation}} / {{customer.formalName}} / {{customer.vocative}}';

const fill = (name: string, lang: 'el' | 'en') => expandTemplate(PLACEHOLDERS, { customer: splitName(name) }, { lang }).text;

describe('titles before the customer\'s name', () => {
  it.each([
    // Greek titles, abbreviated and whole.
    ['κα Μαρία Παπαδοπούλου', 'Μαρία Παπαδοπούλου / Μαρία / Παπαδοπούλου / Αγαπητή κυρία Παπαδοπούλου / κυρία Παπαδοπούλου / Μαρία Παπαδοπούλου'],
    ['Κα Μαρία Παπαδοπούλου', 'Μαρία Παπαδοπούλου / Μαρία / Παπαδοπούλου / Αγαπητή κυρία Παπαδοπούλου / κυρία Παπαδοπούλου / Μαρία Παπαδοπούλου'],
    ['κυρία Ελένη Γεωργίου', 'Ελένη Γεωργίου / Ελένη / Γεωργίου / Αγαπητή κυρία Γεωργίου / κυρία Γεωργίου / Ελένη Γεωργίου'],
    ['Κυρ. Ελένη Γεωργίου', 'Ελένη Γεωργίου / Ελένη / Γεωργίου / Αγαπητή κυρία Γεωργίου / κυρία Γεωργίου / Ελένη Γεωργίου'],
    ['κ. Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος / Γιώργο / Παπαδόπουλος / Αγαπητέ κύριε Παπαδόπουλε / κύριε Παπαδόπουλε / Γιώργο Παπαδόπουλε'],
    ['κος Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος / Γιώργο / Παπαδόπουλος / Αγαπητέ κύριε Παπαδόπουλε / κύριε Παπαδόπουλε / Γιώργο Παπαδόπουλε'],
    ['Δρ Νίκος Ιωάννου', 'Νίκος Ιωάννου / Νίκο / Ιωάννου / Αγαπητέ κύριε Ιωάννου / κύριε Ιωάννου / Νίκο Ιωάννου'],
    // English titles in a Greek template: the name stays in Latin letters, undeclined.
    ['Mrs Jane Smith', 'Jane Smith / Jane / Smith / Αγαπητή κυρία Smith / κυρία Smith / Jane Smith'],
    ['Mr. John Smith', 'John Smith / John / Smith / Αγαπητέ κύριε Smith / κύριε Smith / John Smith'],
    ['Ms Anna Lee', 'Anna Lee / Anna / Lee / Αγαπητή κυρία Lee / κυρία Lee / Anna Lee'],
  ])('a Greek template writes «%s» without its title', (name, expected) => {
    expect(fill(name, 'el')).toBe(expected);
  });

  it.each([
    ['κα Μαρία Παπαδοπούλου', 'Maria Papadopoulou / Maria / Papadopoulou / Dear Ms Papadopoulou / Ms Papadopoulou / Maria Papadopoulou'],
    ['κ. Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos / Giorgos / Papadopoulos / Dear Mr Papadopoulos / Mr Papadopoulos / Giorgos Papadopoulos'],
    ['Mrs Jane Smith', 'Jane Smith / Jane / Smith / Dear Ms Smith / Ms Smith / Jane Smith'],
    ['Mr. John Smith', 'John Smith / John / Smith / Dear Mr Smith / Mr Smith / John Smith'],
    ['Ms Anna Lee', 'Anna Lee / Anna / Lee / Dear Ms Lee / Ms Lee / Anna Lee'],
    // An academic title is written by the salutation, once, and never in the name itself.
    ['Dr Alan Carter', 'Alan Carter / Alan / Carter / Dear Dr Carter / Dr Carter / Alan Carter'],
    ['Δρ Νίκος Ιωάννου', 'Nikos Ioannou / Nikos / Ioannou / Dear Dr Ioannou / Dr Ioannou / Nikos Ioannou'],
  ])('an English template writes "%s" without its title', (name, expected) => {
    expect(fill(name, 'en')).toBe(expected);
  });

  it('reads the gender from the title where the first name does not say it', () => {
    // Άλεξ is a man's and a woman's name: «κα» says which.
    expect(expandTemplate('{{customer.salutation}}', { customer: splitName('κα Άλεξ Ιωάννου') }, { lang: 'el' }).text).toBe('Αγαπητή κυρία Ιωάννου');
    expect(expandTemplate('{{customer.salutation}}', { customer: splitName('κον Άλεξ Ιωάννου') }, { lang: 'el' }).text).toBe('Αγαπητέ κύριε Ιωάννου');
    // A title in a first name the page labels apart says it too.
    expect(expandTemplate('{{customer.salutation}} / {{customer.firstName}}', { customer: { firstName: 'κα Άλεξ', lastName: 'Ιωάννου' } }, { lang: 'el' }).text)
      .toBe('Αγαπητή κυρία Ιωάννου / Άλεξ');
  });

  it('keeps an initial, which is no title, and what the page wrote beside the title', () => {
    expect(withoutTitles('Κ. Παπαδόπουλος')).toBe('Κ. Παπαδόπουλος');
    expect(withoutTitles('κ. Γ. Παπαδόπουλος')).toBe('Γ. Παπαδόπουλος');
    expect(withoutTitles('Μαρία-Ελένη Κωστοπούλου-Ράλλη')).toBe('Μαρία-Ελένη Κωστοπούλου-Ράλλη');
    expect(withoutTitles('Mrs. Jane  Smith')).toBe('Jane Smith');
    expect(expandTemplate('{{customer.name}}', { customer: splitName('κ. Γ. Παπαδόπουλος') }, { lang: 'el' }).text).toBe('Γ. Παπαδόπουλος');
  });
});
