/**
 * How a message addresses the customer: the opening («Αγαπητέ κύριε Παπαδόπουλε», «Γεια σου, Γιώργο»), the
 * formal form of address («κυρία Παπαδοπούλου») and the name in the vocative, from the customer's name as
 * the page gives it (knowledge/names works out first name, surname and gender), neutral only where the
 * gender is truly unknown.
 */
import type { Formality, Lang } from '../types';
import { nameLexicon, type NameLexicon } from '../names/lexicon';
import { understandName, type LabelledField, type UnderstoodName } from '../names/understand';
import { romanise } from '../names/romanise';
import { vocative, type Gender, type NameRole } from './vocative';

export interface CustomerName {
  firstName?: string;
  lastName?: string;
  /** Full name as the CRM shows it (any order, capitals or not); first name and surname are worked out from it. */
  name?: string;
  gender?: Gender;
  /** The customer's e-mail address (maria.papadopoulou@… says which word is the first name). */
  email?: string;
  /** Fields the page labels («Επώνυμο», «Όνομα», «Φύλο» …). */
  fields?: readonly LabelledField[];
  /** Texts of the conversation that may spell a name in capitals with its accent (see NameEvidence). */
  texts?: readonly string[];
}

export interface AddressOptions {
  formality?: Formality;
  /** The names a pack teaches (names.yaml) over the built-in ones. */
  lexicon?: NameLexicon;
}

export const NEUTRAL_SALUTATION: Record<Lang, string> = { el: 'Αγαπητέ/ή πελάτη', en: 'Hello' };

/** The customer's name understood: first name, surname, gender, in the case and order a salutation writes. */
export function readCustomer(customer: CustomerName, lexicon: NameLexicon = nameLexicon()): UnderstoodName {
  return understandName(customer, lexicon);
}

/** First name and surname of a customer, worked out from what the page gave. */
export function splitCustomerName(customer: CustomerName, lexicon?: NameLexicon): { firstName?: string; lastName?: string } {
  const { first, last } = readCustomer(customer, lexicon);
  return { ...(first ? { firstName: first } : {}), ...(last ? { lastName: last } : {}) };
}

/** The gender the CRM gives, or the one the name shows (first-name list, surname ending), or undefined. */
export function customerGender(customer: CustomerName, lexicon?: NameLexicon): Gender | undefined {
  return readCustomer(customer, lexicon).gender;
}

/**
 * A name (in the nominative) as a message in `lang` writes it. In English, a name the page gives in Greek letters in
 * Latin ones, as the customer's passport spells it: "Dear Mr Papadopoulos", not "Dear Mr Παπαδόπουλος". In Greek, as
 * it is: a name in Latin letters is not made Greek («κύριε Smith», «κυρία Papadopoulou»), nor declined.
 */
export function nameInLanguage(name: string, lang: Lang): string {
  return lang === 'el' ? name : romanise(name);
}

/**
 * A part of the name the page wrote in another case that the lists cannot take back to the nominative («του κου
 * Οικονόμου»): no one is addressed by it, as its vocative may be wrong (UnderstoodName.caseUnknown).
 */
const unsure = (who: UnderstoodName, role: NameRole) => !!who.caseUnknown?.includes(role);

/** The first name or surname as a template addresses the customer by it: in the vocative in Greek, else as it is. */
export function partAddressed(who: UnderstoodName, role: NameRole, lang: Lang, lexicon?: NameLexicon): string | undefined {
  const name = role === 'first' ? who.first : who.last;
  if (!name) return undefined;
  if (lang !== 'el') return nameInLanguage(name, lang);
  return unsure(who, role) ? name : vocative(name, { role, gender: who.gender, lexicon });
}

/** The name in the vocative, first name before surname («Γιώργο Παπαδόπουλε»); in English in the nominative. */
export function nameInVocative(who: UnderstoodName, lang: Lang, lexicon?: NameLexicon): string | undefined {
  const { gender } = who;
  const first = unsure(who, 'first') ? undefined : who.first;
  const last = unsure(who, 'last') ? undefined : who.last;
  if (!first && !last) return undefined;
  if (lang !== 'el') return nameInLanguage([first, last].filter(Boolean).join(' '), lang);
  const parts = [
    first && vocative(first, { role: 'first', gender, lexicon }),
    last && vocative(last, { role: 'last', gender, lexicon }),
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * English needs no gender to address someone: "Mr"/"Ms" only where the page states the gender or a Greek name
 * has told it (as Greek grammar must); a guess from "Sarah" or "Maria" stays "Dear Sarah Collins".
 */
function titledInEnglish(who: UnderstoodName): boolean {
  return who.genderStated || /\p{Script=Greek}/u.test(`${who.first ?? ''}${who.last ?? ''}`);
}

/**
 * «κύριε Παπαδόπουλε», «κυρία Παπαδοπούλου», "Mr Smith", "Dr Carter": undefined without gender or surname (English:
 * see above; an academic title the page gives needs no gender).
 */
export function formalName(who: UnderstoodName, lang: Lang, lexicon?: NameLexicon): string | undefined {
  const { gender } = who;
  const last = unsure(who, 'last') ? undefined : who.last;
  if (lang !== 'el' && last && who.title) return `${who.title} ${nameInLanguage(last, lang)}`;
  if (!last || !gender) return undefined;
  // The title from the Greek name's gender, then the name in Latin letters ("Mr Papadopoulos").
  if (lang !== 'el') return titledInEnglish(who) ? `${gender === 'm' ? 'Mr' : 'Ms'} ${nameInLanguage(last, lang)}` : undefined;
  return gender === 'm' ? `κύριε ${vocative(last, { role: 'last', gender, lexicon })}` : `κυρία ${last}`;
}

function formalSalutation(who: UnderstoodName, lang: Lang, lexicon?: NameLexicon): { text: string; isNeutral: boolean } {
  const address = formalName(who, lang, lexicon);
  if (who.fromEmail && !address) return { text: NEUTRAL_SALUTATION[lang], isNeutral: true };
  if (lang === 'el') {
    if (address) return { text: `${who.gender === 'm' ? 'Αγαπητέ' : 'Αγαπητή'} ${address}`, isNeutral: false };
    if (who.gender === 'm') return { text: 'Αγαπητέ πελάτη', isNeutral: false };
    if (who.gender === 'f') return { text: 'Αγαπητή πελάτισσα', isNeutral: false };
    return { text: NEUTRAL_SALUTATION.el, isNeutral: true };
  }
  if (address) return { text: `Dear ${address}`, isNeutral: false };
  // A formal letter's "Dear", with the whole name where no title is known ("Dear Daniel Whitmore"), not "Hello Daniel".
  const whole = nameInVocative(who, lang);
  if (who.first && !unsure(who, 'first') && whole) return { text: `Dear ${whole}`, isNeutral: false };
  return { text: NEUTRAL_SALUTATION.en, isNeutral: true };
}

/**
 * The opening of a message. Formal (the default): «Αγαπητέ κύριε Παπαδόπουλε», «Αγαπητή κυρία
 * Παπαδοπούλου», "Dear Mr Smith", "Dear John Smith" (no title known); without a surname «Αγαπητέ πελάτη»/«Αγαπητή
 * πελάτισσα», "Dear John";
 * nothing known: neutral. Informal, by first name: «Γεια σου, Γιώργο», "Hi John" (else as formal).
 * `isNeutral` tells the expander when a template's own fallback should be used instead.
 */
export function salutation(customer: CustomerName, lang: Lang, options: AddressOptions = {}): { text: string; isNeutral: boolean } {
  const lexicon = options.lexicon ?? nameLexicon();
  return salutationFor(readCustomer(customer, lexicon), lang, { ...options, lexicon });
}

/** salutation() for a name already understood. */
export function salutationFor(who: UnderstoodName, lang: Lang, options: AddressOptions = {}): { text: string; isNeutral: boolean } {
  if (options.formality === 'informal' && who.first && !unsure(who, 'first')) {
    const first = lang === 'el' ? vocative(who.first, { role: 'first', gender: who.gender, lexicon: options.lexicon }) : nameInLanguage(who.first, lang);
    return { text: lang === 'el' ? `Γεια σου, ${first}` : `Hi ${first}`, isNeutral: false };
  }
  return formalSalutation(who, lang, options.lexicon);
}
