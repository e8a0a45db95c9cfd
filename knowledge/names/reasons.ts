/**
 * Why a name was read as it was, as a code and its named parts: the name module says no sentence itself. The CLI
 * says each code in the reader's language from its words table (knowledge/cli/cli-words.ts, `greet.reason.<code>`),
 * so `odigos greet` prints Greek without reading English sentences back by their shape.
 */
export interface NameReasonParams {
  /** The address's first name / surname has more than one Greek spelling: left out (email-name.ts). */
  'email.firstUnsure': { name: string };
  'email.surnameUnsure': { name: string };
  /** The name read from the address alone: its local part and what was read. */
  'email.read': { local: string; name: string };
  /** The address beside a shown name tells which word is the first name / that it is made from the surname. */
  'email.showsFirst': { local: string };
  'email.ofSurname': { local: string };
  'email.surnameGender': Record<never, never>;
  'field.email': Record<never, never>;
  'field.personPart': { text: string };
  company: Record<never, never>;
  placeholder: Record<never, never>;
  'labels.firstLast': Record<never, never>;
  'labels.company': Record<never, never>;
  soleTrader: Record<never, never>;
  swapped: Record<never, never>;
  'oneWord.surname': Record<never, never>;
  'oneWord.first': Record<never, never>;
  'order.comma': Record<never, never>;
  'order.surnameFirst': Record<never, never>;
  'order.firstFirst': Record<never, never>;
  'order.firstFirstDefault': Record<never, never>;
  'gender.title': Record<never, never>;
  'gender.firstName': { name: string };
  'gender.surnameEnding': Record<never, never>;
  'gender.firstEnding': Record<never, never>;
  'gender.unknown': Record<never, never>;
  /** A name in capitals stressed as the page spells it (`seen`: the page's word). */
  'stress.page': { name: string; seen: string };
  /** The name the person goes by beside their own: after it in brackets or quotes / one of the two in brackets. */
  'goesBy.after': { name: string; beside: string };
  'goesBy.brackets': { name: string; beside: string };
  /** The name written after a title in another case («κον Γιώργο Παπαδόπουλο»), read in the nominative. */
  'case.nominative': { written: string; name: string };
  /** A word after such a title whose nominative the name lists cannot tell («Οικονόμου»): kept, not addressed by. */
  'case.unsure': { name: string };
}

export type NameReasonCode = keyof NameReasonParams;

export type NameReason = { [C in NameReasonCode]: { code: C; params: NameReasonParams[C] } }[NameReasonCode];

/** A reason with no named parts, or one with them: `because('gender.unknown')`, `because('stress.page', { … })`. */
export function because<C extends NameReasonCode>(code: C, ...params: NameReasonParams[C] extends Record<never, never> ? [NameReasonParams[C]?] : [NameReasonParams[C]]): NameReason {
  return { code, params: params[0] ?? {} } as NameReason;
}

/** Every code once (the type makes the list whole), for the tests that hold the CLI's words table to them. */
const EVERY: Record<NameReasonCode, true> = {
  'email.firstUnsure': true, 'email.surnameUnsure': true, 'email.read': true, 'email.showsFirst': true, 'email.ofSurname': true,
  'email.surnameGender': true, 'field.email': true, 'field.personPart': true, company: true, placeholder: true,
  'labels.firstLast': true, 'labels.company': true, soleTrader: true, swapped: true, 'oneWord.surname': true,
  'oneWord.first': true, 'order.comma': true, 'order.surnameFirst': true, 'order.firstFirst': true,
  'order.firstFirstDefault': true, 'gender.title': true, 'gender.firstName': true, 'gender.surnameEnding': true,
  'gender.firstEnding': true, 'gender.unknown': true, 'stress.page': true, 'goesBy.after': true, 'goesBy.brackets': true,
  'case.nominative': true, 'case.unsure': true,
};
export const NAME_REASON_CODES = Object.keys(EVERY) as NameReasonCode[];
