// @vitest-environment node
/**
 * A name in capitals takes its stress from the conversation's own text (knowledge/names/page-stress.ts): the
 * customer signs «Γιώργος Μαχλάς», an agent's earlier reply quotes «κ. Μαχλά», the order is «του Τσακνή». Greek
 * capitals carry no accent, and for surnames no list holds the rules can only guess (ΜΑΧΛΑΣ: Μάχλας).
 */
import { describe, expect, it } from 'vitest';
import { understandName } from '../../../knowledge/names';
import { pageWords, stressFromPage } from '../../../knowledge/names/page-stress';
import { expandTemplate, type CustomerName } from '../../../knowledge/template';

const formal = (customer: CustomerName) => expandTemplate('{{customer.salutation}}', { customer }, { lang: 'el' }).text;
const informal = (customer: CustomerName) => expandTemplate('{{customer.salutation}}', { customer }, { lang: 'el', formality: 'informal' }).text;

describe('the stress of a name in capitals from the page', () => {
  it('guesses without the page: the baseline the page corrects', () => {
    // If the rules learn these names one day, pick other surnames no list holds: the tests below need a wrong guess.
    expect(formal({ name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ' })).toBe('Αγαπητέ κύριε Μάχλα');
    expect(formal({ name: 'ΤΣΑΚΝΗΣ ΝΙΚΟΣ' })).toBe('Αγαπητέ κύριε Τσάκνη');
  });

  it.each<[string, CustomerName, string]>([
    [
      'a signature under the customer\'s message',
      { name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['Καλησπέρα σας,\nη παραγγελία 100482 δεν έχει έρθει ακόμα.\n\nΜε εκτίμηση,\nΓιώργος Μαχλάς\n210 1234567'] },
      'Αγαπητέ κύριε Μαχλά',
    ],
    ['a signature with the surname alone under «Με εκτίμηση,»', { name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['Ευχαριστώ πολύ.\nΜε εκτίμηση,\nΜαχλάς'] }, 'Αγαπητέ κύριε Μαχλά'],
    ['an earlier reply quoting «κ. Μαχλά»', { name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['Καλημέρα σας κ. Μαχλά, ελέγχουμε την παραγγελία σας.'] }, 'Αγαπητέ κύριε Μαχλά'],
    ['the sender line of an e-mail', { name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['Γιώργος Μαχλάς <g.machlas@example.gr>'] }, 'Αγαπητέ κύριε Μαχλά'],
    ['a genitive «του Τσακνή»', { name: 'ΤΣΑΚΝΗΣ ΝΙΚΟΣ', texts: ['Γράφω για λογαριασμό του πατέρα μου, του Τσακνή Νικολάου.'] }, 'Αγαπητέ κύριε Τσακνή'],
    ['a woman\'s surname signed', { name: 'ΜΑΧΛΑ ΕΛΕΝΗ', texts: ['Σας ευχαριστώ,\nΕλένη Μαχλά'] }, 'Αγαπητή κυρία Μαχλά'],
    ['a woman\'s surname from her husband\'s, quoted', { name: 'ΜΑΧΛΑ ΕΛΕΝΗ', texts: ['Ο σύζυγός μου, ο κ. Μαχλάς, σας τηλεφώνησε χθες.'] }, 'Αγαπητή κυρία Μαχλά'],
    ['Latin look-alike capitals in the CRM\'s field', { name: 'MAXΛAΣ ΓΙΩΡΓΟΣ', texts: ['Με εκτίμηση,\nΓιώργος Μαχλάς'] }, 'Αγαπητέ κύριε Μαχλά'],
    ['the surname as a labelled field', { fields: [{ label: 'Επώνυμο', value: 'ΜΑΧΛΑΣ' }, { label: 'Όνομα', value: 'ΓΙΩΡΓΟΣ' }], texts: ['Γιώργος Μαχλάς'] }, 'Αγαπητέ κύριε Μαχλά'],
  ])('%s', (_, customer, want) => {
    expect(formal(customer)).toBe(want);
  });

  it('says where the stress came from', () => {
    const who = understandName({ name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['Καλημέρα σας κ. Μαχλά'] });
    expect(who.last).toBe('Μαχλάς');
    expect(who.reasons).toContainEqual({ code: 'stress.page', params: { name: 'Μαχλάς', seen: 'Μαχλά' } });
  });

  it('keeps a listed name against a common word in lower case that folds alike', () => {
    // λαμπρό (bright) is the accusative of λαμπρός, folding like ΛΑΜΠΡΟΣ; the first name is Λάμπρος.
    const customer = { name: 'ΛΑΜΠΡΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ', texts: ['Λαμπρό το μέλλον σας, έγραψε, και ο ήλιος λαμπρός.'] };
    expect(informal(customer)).toBe('Γεια σου, Λάμπρο');
    expect(understandName(customer).reasons.map((r) => r.code)).not.toContain('stress.page');
  });

  it('takes the stress of a capitalised name on the page over the lists', () => {
    // ΛΑΜΠΡΟΣ as a surname under a signature: the page writes the customer's own name.
    expect(formal({ name: 'ΛΑΜΠΡΟΣ ΓΙΩΡΓΟΣ' })).toBe('Αγαπητέ κύριε Λάμπρο');
    expect(formal({ name: 'ΛΑΜΠΡΟΣ ΓΙΩΡΓΟΣ', texts: ['Με εκτίμηση,\nΓιώργος Λαμπρός'] })).toBe('Αγαπητέ κύριε Λαμπρέ');
  });

  it('lets a word in lower case beat only the rules\' guess', () => {
    const page = pageWords(['είναι πολύ μαχλάς, όπως λένε']);
    expect(stressFromPage('ΜΑΧΛΑΣ', page, 'μάχλας')).toEqual({ lower: 'μαχλάς', seen: 'μαχλάς', nameLike: false });
    expect(formal({ name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['είναι πολύ μαχλάς, όπως λένε'] })).toBe('Αγαπητέ κύριε Μαχλά');
  });

  it('prefers the name-like spelling to a common word and the majority among names', () => {
    const page = pageWords(['Μάχλας, είπε.', 'Με εκτίμηση,\nΓιώργος Μαχλάς', 'ο κ. Μαχλάς']);
    expect(stressFromPage('ΜΑΧΛΑΣ', page, 'μάχλας')?.lower).toBe('μαχλάς');
  });

  it('trusts the customer\'s own spelling over an earlier reply that addressed them otherwise', () => {
    const texts = ['Αγαπητέ κύριε Μάχλα, λάβαμε το αίτημά σας.', 'Με εκτίμηση,\nΓιώργος Μαχλάς'];
    expect(formal({ name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts })).toBe('Αγαπητέ κύριε Μαχλά');
  });

  it('reads a genitive stressed before -ου as the lists\' proparoxytone where they agree', () => {
    // «του Παπαδοπούλου» is the learned genitive of Παπαδόπουλος: it does not move the name's stress.
    const page = pageWords(['η σύζυγος του κ. Παπαδοπούλου']);
    expect(stressFromPage('ΠΑΠΑΔΟΠΟΥΛΟΣ', page, 'παπαδόπουλος')?.lower).toBe('παπαδόπουλος');
    // Where they do not (a guess on the last syllable), the genitive's own syllable.
    expect(stressFromPage('ΒΕΝΙΖΕΛΟΣ', pageWords(['του κ. Βενιζέλου']), 'βενιζελός')?.lower).toBe('βενιζέλος');
  });

  it('reads a woman\'s surname in -ου through a man\'s in -ος on the page', () => {
    expect(stressFromPage('ΖΕΡΒΟΥ', pageWords(['ο κ. Ζερβός']), 'ζέρβου')?.lower).toBe('ζερβού');
    expect(formal({ name: 'ΚΑΤΡΟΥΓΚΑΛΟΥ ΜΑΡΙΑ', texts: ['Ο σύζυγός μου, Νίκος Κατρούγκαλος'] })).toBe('Αγαπητή κυρία Κατρουγκάλου');
  });

  it('ignores words in capitals and texts without the name', () => {
    expect(formal({ name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: ['ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', 'Καλημέρα, το δέμα δεν ήρθε.'] })).toBe('Αγαπητέ κύριε Μάχλα');
    expect(formal({ name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ', texts: [] })).toBe('Αγαπητέ κύριε Μάχλα');
  });

  it('leaves a name written with its accents as written', () => {
    expect(formal({ name: 'Γιώργος Μάχλας', texts: ['Με εκτίμηση,\nΓιώργος Μαχλάς'] })).toBe('Αγαπητέ κύριε Μάχλα');
  });
});
