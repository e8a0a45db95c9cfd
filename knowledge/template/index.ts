/** Template expansion: placeholders, Greek vocative, salutations, dates and formality variants. */
export { KNOWN_PLACEHOLDERS, listFields, parsePlaceholders } from './placeholders';
export type { KnownPlaceholder, ParsedPlaceholders, Placeholder, PlaceholderKind, UnclosedPlaceholder } from './placeholders';
export { countGreekSyllables, isGreekWord, vocative } from './vocative';
export type { Gender, NameRole, VocativeOptions } from './vocative';
export { guessGender, understandName } from '../names/understand';
export type { NameEvidence, UnderstoodName } from '../names/understand';
export {
  NEUTRAL_SALUTATION, customerGender, formalName, nameInLanguage, nameInVocative, readCustomer, salutation, salutationFor, splitCustomerName,
} from './salutation';
export type { AddressOptions, CustomerName } from './salutation';
export { formatLongDate } from './dates';
export { expandTemplate } from './expand';
export type { ExpandOptions, Expansion, ExpansionContext } from './expand';
export { pickVariant } from './variant';
export { fillVariables, variablesUsed } from './variables';
export type { PackVariables } from './variables';
