/**
 * The formal opening of a message, by the customer's gender where it is known or clearly guessable
 * from a Greek first name, and neutral otherwise.
 */
import type { Lang } from '../types';
import { guessGender, vocative, type Gender } from './vocative';

export interface CustomerName {
  firstName?: string;
  lastName?: string;
  /** Full name as the CRM shows it; first and last names are taken from it when not given. */
  name?: string;
  gender?: Gender;
}

export const NEUTRAL_SALUTATION: Record<Lang, string> = { el: 'Αγαπητέ/ή πελάτη', en: 'Hello' };

/**
 * First and last name of a customer: as given, or the first and last words of the full name
 * ("Γιώργος Παπαδόπουλος"; CRMs show names first-name first).
 */
export function splitCustomerName(customer: CustomerName): { firstName?: string; lastName?: string } {
  const clean = (s: string | undefined) => s?.trim() || undefined;
  const words = customer.name?.trim().split(/\s+/).filter(Boolean) ?? [];
  const firstName = clean(customer.firstName) ?? (words.length >= 2 ? words[0] : undefined);
  const lastName = clean(customer.lastName) ?? (words.length >= 2 ? words[words.length - 1] : undefined);
  return { firstName, lastName };
}

/** The gender given by the CRM, or a guess from a clearly Greek first name, or undefined. */
export function customerGender(customer: CustomerName): Gender | undefined {
  return customer.gender ?? guessGender(splitCustomerName(customer).firstName);
}

/**
 * «Αγαπητέ κύριε Παπαδόπουλε», «Αγαπητή κυρία Παπαδοπούλου», "Dear Mr Smith", "Dear Ms Smith";
 * without a surname: «Αγαπητέ πελάτη»/«Αγαπητή πελάτισσα», "Hello John"; nothing known: neutral.
 * `isNeutral` tells the expander when a template's own fallback should be used instead.
 */
export function salutation(customer: CustomerName, lang: Lang): { text: string; isNeutral: boolean } {
  const { firstName, lastName } = splitCustomerName(customer);
  const gender = customerGender(customer);
  if (lang === 'el') {
    if (gender === 'm') {
      return lastName
        ? { text: `Αγαπητέ κύριε ${vocative(lastName, { role: 'last', gender })}`, isNeutral: false }
        : { text: 'Αγαπητέ πελάτη', isNeutral: false };
    }
    if (gender === 'f') {
      return lastName
        ? { text: `Αγαπητή κυρία ${lastName}`, isNeutral: false }
        : { text: 'Αγαπητή πελάτισσα', isNeutral: false };
    }
    return { text: NEUTRAL_SALUTATION.el, isNeutral: true };
  }
  if (gender && lastName) return { text: `Dear ${gender === 'm' ? 'Mr' : 'Ms'} ${lastName}`, isNeutral: false };
  if (firstName) return { text: `Hello ${firstName}`, isNeutral: false };
  return { text: NEUTRAL_SALUTATION.en, isNeutral: true };
}
