import type { Formality, TemplateEntry } from '../types';

/**
 * Of the templates that share a shortcut (best first), the one in the agent's preferred formality;
 * when none has it, the first (best) one, so a shortcut never expands to nothing.
 */
export function pickVariant<T extends Pick<TemplateEntry, 'formality'>>(
  candidates: readonly T[],
  preferred: Formality,
): T | undefined {
  return candidates.find((t) => t.formality === preferred) ?? candidates[0];
}
