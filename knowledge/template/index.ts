/** Template expansion: placeholders, Greek vocative, salutations, dates and formality variants. */
export { KNOWN_PLACEHOLDERS, listFields, parsePlaceholders } from './placeholders';
export type { KnownPlaceholder, ParsedPlaceholders, Placeholder, PlaceholderKind, UnclosedPlaceholder } from './placeholders';
export { countGreekSyllables, guessGender, isGreekWord, vocative } from './vocative';
export type { Gender, NameRole } from './vocative';
export { NEUTRAL_SALUTATION, customerGender, salutation, splitCustomerName } from './salutation';
export type { CustomerName } from './salutation';
export { formatLongDate } from './dates';
export { expandTemplate } from './expand';
export type { ExpandOptions, Expansion, ExpansionContext } from './expand';
export { pickVariant } from './variant';
export { fillVariables, variablesUsed } from './variables';
export type { PackVariables } from './variables';
