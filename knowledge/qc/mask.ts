/**
 * Masks personal data in notes before they leave the agent's browser for QC (and in older exports that
 * `odigos qc` reads unmasked). Numbers are masked only when their
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
// An ΑΦΜ as people write it: 094014201, 094 014 201, 094-014-201, 094.014.201 (not part of a longer number).
const NINE = /(?<!\d[ .-]?)(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3})(?![ .-]?\d)/g;
// Named as one («ΑΦΜ: 123 456 789», "TIN 123456789"), nine digits are masked whatever their check digit says.
/**
 * An ΑΜΚΑ the agent named as one is masked even when its check digits fail or it is written in groups: a typo
 * («ΑΜΚΑ 01018012345») or «0101 8012 345» stayed in clear in the export, where a named ΑΦΜ never did.
 */
const NAMED_AMKA = /(?<!\p{L})(?:Α\.?\s?Μ\.?\s?Κ\.?\s?Α\.?|AMKA|SSN)\s*[:#.]?\s*((?:\d[ .-]?){10}\d)(?![ .-]?\d)/giu;
const NAMED_AFM = /(?:Α\.?\s?Φ\.?\s?Μ\.?|\bTIN\b|\bVAT(?:\s?(?:no|number))?\b|tax\s?(?:id|number))\s*[:#.]?\s*(?:ΕL|EL|GR)?\s*(\d{3}[ .-]?\d{3}[ .-]?\d{3})(?![ .-]?\d)/giu;
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
  if (on('amka')) {
    out = out.replace(NAMED_AMKA, (m, digits: string) => m.slice(0, m.length - digits.length) + MASKS.amka);
    out = out.replace(ELEVEN, (m) => (amkaValid(m) ? MASKS.amka : m));
  }
  if (on('card')) out = out.replace(CARD, (m) => (luhnValid(digitsOf(m)) && digitsOf(m).length >= 13 ? MASKS.card : m));
  if (on('afm')) {
    out = out.replace(NAMED_AFM, (m, digits: string) => m.slice(0, m.length - digits.length) + MASKS.afm);
    out = out.replace(NINE, (m) => (afmValid(digitsOf(m)) ? MASKS.afm : m));
  }
  if (on('phone')) out = out.replace(PHONE, MASKS.phone);
  return out;
}

/**
 * Customer names in an export become pseudonyms: the same customer gets the same one (the QC team can still
 * group by customer), and nobody without the key can tell who it is. The key is per machine: made once, kept in
 * the extension's storage and never exported, so an agent's exports of different weeks agree (overlapping
 * exports de-duplicate, a repeat customer stays recognisable across months), while a name list hashed by
 * someone else, or another agent's export, reveals nothing. A per-export key would break both.
 */
export const CUSTOMER_PSEUDONYM_PREFIX = '[ΠΕΛΑΤΗΣ/CUSTOMER-';

/**
 * Case, accents, final sigma, spacing and the apostrophe typed (' or the helpdesk's ’) don't make another
 * customer: «O'Brien» in a note stayed in clear when the customer field said «O’Brien».
 */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ').replace(/[’‘ʼ`´]/g, "'").replace(/\s+/g, ' ').trim();
}

const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** HMAC-SHA-256 of the normalised name under the key, as ten base-32 characters (50 bits: no collisions in practice). */
export async function pseudonymOf(name: string, key: CryptoKey): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(normaliseName(name))));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of mac) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 10) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === 10) break;
  }
  return `${CUSTOMER_PSEUDONYM_PREFIX}${out}]`;
}

export function importPseudonymKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** Pseudonyms of every distinct customer name, by normalised name (computed once per export). */
export async function pseudonymsFor(names: Iterable<string>, key: CryptoKey): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of names) {
    const n = normaliseName(name);
    if (n && !out.has(n)) out.set(n, await pseudonymOf(n, key));
  }
  return out;
}

const NAME_WORD = /[\p{L}][\p{L}'’-]*/gu;
// Greek names change their ending by case (Παπαδόπουλος, -ου, -ε); English ones take a possessive.
const ENDING = /(οσ|ου|ε|ασ|α|ησ|η|εσ|ων|οι|ι|ο|υ|σ|'s|’s)$/;

function stemOf(word: string): string {
  const w = normaliseName(word);
  const stem = w.replace(ENDING, '');
  return stem.length >= 3 ? stem : w;
}

/**
 * Replaces a customer's name in free text, in any case form (and runs of its parts: first and last name
 * together make one pseudonym), with their pseudonym. Words shorter than three letters are never names here.
 */
export function maskName(text: string, name: string, pseudonym: string): string {
  const stems = [...new Set(Array.from(name.matchAll(NAME_WORD), (m) => m[0]).filter((w) => w.length >= 3).map(stemOf))];
  if (!stems.length || !text) return text;
  const isPart = (word: string) => {
    const w = normaliseName(word);
    return stems.some((s) => w.startsWith(s) && w.length - s.length <= 3);
  };
  let out = '';
  let last = 0;
  let runEnd = -1;
  for (const m of text.matchAll(NAME_WORD)) {
    if (!isPart(m[0])) continue;
    const start = m.index!;
    // The previous part ended just before (only spaces between): one name, one pseudonym.
    if (runEnd >= 0 && /^\s+$/.test(text.slice(runEnd, start))) {
      runEnd = start + m[0].length;
      last = runEnd;
      continue;
    }
    out += text.slice(last, start) + pseudonym;
    last = runEnd = start + m[0].length;
  }
  return out + text.slice(last);
}
