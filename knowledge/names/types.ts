/** Words shared by the name modules: a customer's gender, which part of a name a word is, a pack's own name. */
import type { GENDERS, NAME_KINDS } from '../pack/rules';

export type Gender = (typeof GENDERS)[number];
export type NameRole = (typeof NAME_KINDS)[number];

/**
 * One name a pack teaches Odigos (names.yaml): how it is written with its accents, its vocative where the
 * rules get it wrong, the gender of a first name, and whether it is a first name or a surname. Declared with
 * the pack format (knowledge/pack/format.ts).
 */
export type { NameEntry } from '../pack/format';
