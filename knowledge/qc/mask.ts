/**
 * Masks personal data in notes before they leave the agent's browser for QC. Numbers are masked only when their
 * check digits say they really are what they look like (cards: Luhn; ΑΦΜ: mod 11; ΑΜΚΑ: birth date + Luhn), so
 * order and ticket numbers stay readable. Pure functions, no DOM.
 */
export const MASKS = {
  email: '[EMAIL]',
  phone: '[ΤΗΛΕΦΩΝΟ/PHONE]',
  iban: '[IBAN]',
  card: '[ΚΑΡΤΑ/CARD]',
  afm: '[ΑΦΜ/TIN]',
  amka: '[ΑΜΚΑ/SSN]',
} as const;

const digitsOf = (s: string) => s.replace(/\D/g, '');

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Greek tax number: 9 digits, the last one (Σ d_i·2^(9-i) mod 11) mod 10. */
export function afmValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * 2 ** (8 - i);
  return (sum % 11) % 10 === digits.charCodeAt(8) - 48;
}

/** Greek social security number: 11 digits, DDMMYY birth date first, Luhn over all. */
export function amkaValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  // Any century: 29 February needs a leap year in one of them (1900 was not, 2000 was).
  const daysIn = (y: number) => new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (day > Math.max(daysIn(1900 + yy), daysIn(2000 + yy))) return false;
  return luhnValid(digits);
}

export function ibanValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Greek IBANs are 27 characters; others 15–34, often written in groups of four.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/gi;
const CARD = /(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])/g;
const ELEVEN = /(?<![\d])\d{11}(?![\d])/g;
const NINE = /(?<![\d])\d{9}(?![\d])/g;
// +30 or 0030 then 10 digits; bare Greek numbers: landlines start with 2, mobiles with 69; other +country numbers.
const PHONE =
  /(?:(?<![\d+])(?:\+|00)30[ .-]?|(?<![\d+]))(?:2\d|69)(?:[ .-]?\d){8}(?![\d])|(?<![\d+])(?:\+|00)(?!30)[1-9]\d{0,2}(?:[ .-]?\d){6,12}(?![\d])/g;

export interface MaskOptions {
  email?: boolean;
  phone?: boolean;
  iban?: boolean;
  card?: boolean;
  afm?: boolean;
  amka?: boolean;
}

/** Replaces personal data with labelled placeholders; order matters (an IBAN holds card-length digit runs). */
export function maskPersonalData(text: string, options: MaskOptions = {}): string {
  const on = (k: keyof MaskOptions) => options[k] !== false;
  let out = text;
  if (on('email')) out = out.replace(EMAIL, MASKS.email);
  if (on('iban')) out = out.replace(IBAN, (m) => (ibanValid(m) || /^GR\d{2}/i.test(m) ? MASKS.iban : m));
  if (on('amka')) out = out.replace(ELEVEN, (m) => (amkaValid(m) ? MASKS.amka : m));
  if (on('card')) out = out.replace(CARD, (m) => (luhnValid(digitsOf(m)) && digitsOf(m).length >= 13 ? MASKS.card : m));
  if (on('afm')) out = out.replace(NINE, (m) => (afmValid(m) ? MASKS.afm : m));
  if (on('phone')) out = out.replace(PHONE, MASKS.phone);
  return out;
}
