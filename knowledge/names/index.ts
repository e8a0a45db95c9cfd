/** Personal names: Greek letters and stress, the names Odigos knows, and reading a customer's name from a page. */
export { asGreek, countGreekSyllables, isGreekWord, plainKey } from './letters';
export { nameLexicon } from './lexicon';
export type { NameInfo, NameLexicon } from './lexicon';
export { displayName, displayWord } from './display';
export { guessGender, understandName } from './understand';
export { fieldKind } from './fields';
export type { NameEvidence, UnderstoodName } from './understand';
export type { FieldKind, LabelledField } from './fields';
export type { Gender, NameEntry, NameRole } from './types';
