import { describe, expect, it } from 'vitest';
import { afmValid, amkaValid, ibanValid, luhnValid, maskPersonalData, MASKS } from '@/lib/notes/mask';

describe('check digits', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('ΑΦΜ (mod 11)', () => {
    expect(afmValid('090000045')).toBe(true);
    expect(afmValid('094014201')).toBe(true);
    expect(afmValid('094014202')).toBe(false);
    expect(afmValid('000000000')).toBe(false);
  });
  it('ΑΜΚΑ (birth date + Luhn)', () => {
    expect(amkaValid('01018012347')).toBe(luhnValid('01018012347'));
    // A Luhn-valid number whose first six digits are no date is not an ΑΜΚΑ.
    const noDate = '99138012345';
    expect(amkaValid(noDate)).toBe(false);
  });
  it('IBAN (mod 97)', () => {
    expect(ibanValid('GR16 0110 1250 0000 0001 2300 695')).toBe(true);
    expect(ibanValid('GR16 0110 1250 0000 0001 2300 696')).toBe(false);
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

  it('masks only the kinds asked for', () => {
    expect(maskPersonalData('a@b.gr 6971234567', { phone: false })).toBe(`${MASKS.email} 6971234567`);
  });
});
