/** Words shared by the name modules: a customer's gender, which part of a name a word is, a pack's own name. */

export type Gender = 'm' | 'f';
export type NameRole = 'first' | 'last';

/**
 * One name a pack teaches Odigos (names.yaml): how it is written with its accents, its vocative where the
 * rules get it wrong, the gender of a first name, and whether it is a first name or a surname.
 */
export interface NameEntry {
  name: string;
  vocative?: string;
  gender?: Gender;
  kind?: NameRole;
}
