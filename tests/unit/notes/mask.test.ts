import { describe, expect, it } from 'vitest';
import { afmValid, amkaValid, ibanValid, importPseudonymKey, luhnValid, maskName, maskPersonalData, MASKS, pseudonymOf } from '@/lib/notes/mask';

// Each rule of the check digits is pinned by its own case: breaking any one of them turns a case red.
describe('check digits', () => {
  it('Luhn: doubles every second digit from the right, folds two-digit results, needs a multiple of 10', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true); // doubled 9 and 7 fold to 9 and 5
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('18')).toBe(true); // 1 doubled is 2: only the second digit from the right is doubled
    expect(luhnValid('81')).toBe(false);
  });

  it('Luhn: digits only, and at least one', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4111 1111 1111 1111')).toBe(false);
    expect(luhnValid('0a')).toBe(false);
  });

  it('ΑΦΜ: weights 2^8…2, the remainder mod 11 is the check digit, 10 counts as 0', () => {
    expect(afmValid('090000045')).toBe(true);
    expect(afmValid('094014201')).toBe(true);
    expect(afmValid('094014202')).toBe(false);
    expect(afmValid('100000090')).toBe(true); // Σ mod 11 = 10 → check digit 0
    expect(afmValid('100000091')).toBe(false);
  });

  it('ΑΦΜ: nine digits, not all zeros', () => {
    expect(afmValid('000000000')).toBe(false);
    expect(afmValid('94014201')).toBe(false);
    expect(afmValid('0094014201')).toBe(false);
  });

  it('ΑΜΚΑ: a birth date DDMMYY and a Luhn check digit', () => {
    expect(amkaValid('15038512347')).toBe(true); // 15 March 1985
    expect(amkaValid('15038512348')).toBe(false); // Luhn
    expect(amkaValid('1503851234')).toBe(false); // ten digits
    expect(amkaValid('150385123470')).toBe(false); // twelve
  });

  it('ΑΜΚΑ: a Luhn-valid number whose first six digits are no date is not an ΑΜΚΑ', () => {
    for (const noDate of ['99038512341', '00038512349', '15138512346', '15008512343']) {
      expect(luhnValid(noDate), noDate).toBe(true);
      expect(amkaValid(noDate), noDate).toBe(false); // day 99, day 00, month 13, month 00
    }
  });

  it('ΑΜΚΑ: the day exists in that month, 29 February in a leap year of either century', () => {
    expect(amkaValid('30048512344')).toBe(true); // 30 April
    expect(amkaValid('31048512342')).toBe(false); // 31 April
    expect(amkaValid('29028812344')).toBe(true); // 29 February 1988
    expect(amkaValid('30028812342')).toBe(false); // 30 February
    expect(amkaValid('29020112347')).toBe(false); // 29 February 2001 (and 1901)
    expect(amkaValid('29020012349')).toBe(true); // 29 February 2000 (1900 was no leap year)
  });

  it('IBAN: the country moves to the end, letters count 10–35, mod 97 leaves 1', () => {
    expect(ibanValid('GR16 0110 1250 0000 0001 2300 695')).toBe(true);
    expect(ibanValid('GR16 0110 1250 0000 0001 2300 696')).toBe(false);
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true); // letters inside the account part
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });

  it('IBAN: any spacing and case, two letters, two digits and 11–30 more', () => {
    expect(ibanValid('gr1601101250000000012300695')).toBe(true);
    // Each of these passes mod 97, but is no IBAN.
    expect(ibanValid('GR18 0110 1250 0000 0000 1230 0695 1234 5678 9')).toBe(false); // 34 after the check digits
    expect(ibanValid('GR17 0110 1250 00')).toBe(false); // 10 after the check digits
    expect(ibanValid('1245 0110 1250 0000 0001 2300 695')).toBe(false); // no country
  });
});

/** An 11-digit ΑΜΚΑ for 15 March 1985 with a correct Luhn digit. */
function validAmka(): string {
  const body = '1503851234';
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

describe('maskPersonalData', () => {
  it('masks e-mails, Greek phones (+30, 0030, bare), IBAN, cards, ΑΦΜ and ΑΜΚΑ', () => {
    const amka = validAmka();
    const text = [
      'Email: maria.k@example.gr',
      'Κιν. +30 697 123 4567, σταθερό 210 1234567, 00302101234567',
      'IBAN GR16 0110 1250 0000 0001 2300 695',
      'Κάρτα 4111 1111 1111 1111',
      'ΑΦΜ 094014201',
      `ΑΜΚΑ ${amka}`,
    ].join('\n');
    expect(maskPersonalData(text)).toBe(
      [
        `Email: ${MASKS.email}`,
        `Κιν. ${MASKS.phone}, σταθερό ${MASKS.phone}, ${MASKS.phone}`,
        `IBAN ${MASKS.iban}`,
        `Κάρτα ${MASKS.card}`,
        `ΑΦΜ ${MASKS.afm}`,
        `ΑΜΚΑ ${MASKS.amka}`,
      ].join('\n'),
    );
  });

  it('leaves ticket and order numbers, amounts and dates alone', () => {
    const text = 'Αίτημα #48213, παραγγελία 1002003004, ποσό 149,90 €, 14/03/2026, κάρτα 4111 1111 1111 1112';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('masks only the kinds asked for, each kind on its own', () => {
    expect(maskPersonalData('a@b.gr 6971234567', { phone: false })).toBe(`${MASKS.email} 6971234567`);
    const each = {
      email: 'maria.k@example.gr',
      phone: '6971234567',
      iban: 'GR16 0110 1250 0000 0001 2300 695',
      card: '4111 1111 1111 1111',
      afm: '094014201',
      amka: '15038512347',
    } as const;
    const text = Object.values(each).join(' ; ');
    for (const kind of Object.keys(each) as Array<keyof typeof each>) {
      const expected = (Object.keys(each) as Array<keyof typeof each>).map((k) => (k === kind ? each[k] : MASKS[k])).join(' ; ');
      expect(maskPersonalData(text, { [kind]: false }), kind).toBe(expected);
    }
  });

  it('masks e-mails whole, with plus signs and in Greek letters', () => {
    expect(maskPersonalData('γράψτε στο maria.k+crm@example.gr ή στο μαρία@παράδειγμα.ελ.')).toBe(
      `γράψτε στο ${MASKS.email} ή στο ${MASKS.email}.`,
    );
    // An address made of a phone number is an e-mail, not a phone.
    expect(maskPersonalData('6971234567@example.gr')).toBe(MASKS.email);
  });

  it('masks phones: Greek mobiles (69…) and landlines (2…), with +30 or 0030, and other countries with + or 00', () => {
    expect(maskPersonalData('6971234567 / 2101234567 / +30 210-123-4567 / 0030 697.123.4567')).toBe(
      [MASKS.phone, MASKS.phone, MASKS.phone, MASKS.phone].join(' / '),
    );
    expect(maskPersonalData('UK +44 20 7946 0958, DE 0049 30 901820')).toBe(`UK ${MASKS.phone}, DE ${MASKS.phone}`);
  });

  it('leaves ten-digit numbers that are no Greek phone, and digits inside longer numbers, alone', () => {
    const text = 'παραγγελία 1002003004, αποστολή 3012345678, κωδικός 992101234567, 0697123456';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('masks a Greek IBAN even with a typo in it, and another country’s only when its check digits hold', () => {
    expect(maskPersonalData('IBAN GR16 0110 1250 0000 0001 2300 696')).toBe(`IBAN ${MASKS.iban}`);
    expect(maskPersonalData('IBAN DE89 3704 0044 0532 0130 00')).toBe(`IBAN ${MASKS.iban}`);
    expect(maskPersonalData('ref AB12 CDEF GHIJ KLMN OP')).toBe('ref AB12 CDEF GHIJ KLMN OP');
  });

  it('masks an IBAN whole before looking for cards, even when its digits hold a card number', () => {
    // Card first would leave «GR[ΚΑΡΤΑ/CARD] 1111 111»: most of the account number in the clear.
    expect(maskPersonalData('IBAN GR48 0110 1254 1111 1111 1111 111')).toBe(`IBAN ${MASKS.iban}`);
  });

  it('masks cards written with spaces, dashes or none, from 13 to 19 digits, only when Luhn holds', () => {
    expect(maskPersonalData('4111-1111-1111-1111, 4111111111111111, 4222222222222, 6011 0009 9013 9424')).toBe(
      [MASKS.card, MASKS.card, MASKS.card, MASKS.card].join(', '),
    );
    expect(maskPersonalData('17: 40000000000000006, 18: 400000000000000002, 19: 6222 0200 0000 0000 000')).toBe(
      `17: ${MASKS.card}, 18: ${MASKS.card}, 19: ${MASKS.card}`,
    );
    expect(maskPersonalData('κάρτα 4111 1111 1111 1112')).toBe('κάρτα 4111 1111 1111 1112');
  });

  it('masks an ΑΦΜ or ΑΜΚΑ only when its check digits hold, so order numbers of that length stay', () => {
    expect(maskPersonalData('ΑΦΜ 094014201, παραγγελία 094014202')).toBe(`ΑΦΜ ${MASKS.afm}, παραγγελία 094014202`);
    expect(maskPersonalData('ΑΜΚΑ 15038512347, αποστολή 99038512341')).toBe(`ΑΜΚΑ ${MASKS.amka}, αποστολή 99038512341`);
  });
});

describe('ΑΦΜ written with spaces, and named as one', () => {
  it.each(['094 014 201', '094-014-201', '094.014.201', '094014201'])('%s', (afm) => {
    expect(maskPersonalData(`Ο ΑΦΜ του είναι ${afm}.`)).toBe(`Ο ΑΦΜ του είναι ${MASKS.afm}.`);
  });
  it('masks nine digits named ΑΦΜ / TIN even when their check digit is wrong', () => {
    expect(maskPersonalData('ΑΦΜ: 123 456 789')).toBe(`ΑΦΜ: ${MASKS.afm}`);
    expect(maskPersonalData('TIN 123456789')).toBe(`TIN ${MASKS.afm}`);
  });
  it('leaves order numbers beside other numbers alone, and phones stay phones', () => {
    expect(maskPersonalData('παραγγελία 100482 123')).toBe('παραγγελία 100482 123');
    expect(maskPersonalData('210 555 0199')).toBe(MASKS.phone);
  });
});

describe('ΑΜΚΑ named as one (a QC week: «ΑΜΚΑ 01018012345» with a typo stayed in clear)', () => {
  it('masks eleven digits named ΑΜΚΑ / AMKA even when the check digit is wrong, or written in groups', () => {
    expect(maskPersonalData('ΑΜΚΑ 01018012345')).toBe(`ΑΜΚΑ ${MASKS.amka}`);
    expect(maskPersonalData('Α.Μ.Κ.Α.: 0101 8012 345.')).toBe(`Α.Μ.Κ.Α.: ${MASKS.amka}.`);
    expect(maskPersonalData('AMKA 01018012345')).toBe(`AMKA ${MASKS.amka}`);
  });
  it('leaves unnamed eleven-digit order numbers alone', () => {
    expect(maskPersonalData('αποστολή 99038512341, ΑΜΚΑΣ όχι')).toBe('αποστολή 99038512341, ΑΜΚΑΣ όχι');
  });
});

describe('customer names become pseudonyms', () => {
  it('whichever apostrophe the agent typed (O\'Brien in a note, O’Brien in the customer field)', async () => {
    expect(maskName("Mr O'Brien called; O’Brien again", 'Mark O’Brien', 'P')).toBe('Mr P called; P again');
    const key = await importPseudonymKey(new Uint8Array(32).fill(1));
    expect(await pseudonymOf("Mark O'Brien", key)).toBe(await pseudonymOf('Mark O’Brien', key));
  });
  it('in every case form, a first and last name together as one', () => {
    expect(maskName('Ο κ. Παπαδόπουλε, ο Γιώργος Παπαδόπουλος είπε. Του Παπαδόπουλου. Ο Παπαδάκης όχι.', 'Γιώργος Παπαδόπουλος', 'P')).toBe(
      'Ο κ. P, ο P είπε. Του P. Ο Παπαδάκης όχι.',
    );
    expect(maskName("#73105 — Sarah Collins; Sarah's card", 'Sarah Collins', 'P')).toBe('#73105 — P; P card');
  });
  it('the same customer (any case or accents) gets the same pseudonym; another key gives another', async () => {
    const key = await importPseudonymKey(new Uint8Array(32).fill(1));
    const other = await importPseudonymKey(new Uint8Array(32).fill(2));
    const a = await pseudonymOf('Γιώργος Παπαδόπουλος', key);
    expect(await pseudonymOf('ΓΙΩΡΓΟΣ  ΠΑΠΑΔΟΠΟΥΛΟΣ', key)).toBe(a);
    expect(await pseudonymOf('Μαρία Κωνσταντίνου', key)).not.toBe(a);
    expect(await pseudonymOf('Γιώργος Παπαδόπουλος', other)).not.toBe(a);
    expect(a).toMatch(/^\[ΠΕΛΑΤΗΣ\/CUSTOMER-[0-9A-Z]{10}\]$/);
  });
});
