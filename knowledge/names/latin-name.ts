/**
 * The agent's own name as they spell it in Latin letters ("Helen Georgiou" for «Ελένη Γεωργίου»), which English
 * templates write instead of ELOT's transcription (Eleni): checked where it is typed (Options) and where it is read
 * back from storage, so a damaged or mistyped value never reaches a customer.
 */

/** Longer than any name an agent signs with: a paste of something else. */
export const LATIN_NAME_MAX = 60;

export type LatinNameProblem = 'script' | 'length';

/**
 * Why `value` cannot be the agent's name in English replies, or undefined when it can (empty too: ELOT then).
 * Latin letters with their accents (Zoë, José), spaces, hyphens, apostrophes and full stops (Mary-Jane O'Neill, J.).
 */
export function latinNameProblem(value: string): LatinNameProblem | undefined {
  const name = value.trim();
  if (!name) return undefined;
  if (name.length > LATIN_NAME_MAX) return 'length';
  return /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’-]*$/u.test(name) ? undefined : 'script';
}
