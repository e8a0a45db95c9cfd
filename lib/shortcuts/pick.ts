import { pickVariant } from '../../knowledge/template/variant';
import type { Formality, TemplateEntry } from '../../knowledge/types';

export interface ShortcutCandidate {
  entry: TemplateEntry;
  packId: string;
  /** The agent's own snippet: it wins over every pack template with the same shortcut. */
  personal: boolean;
}

/**
 * Of the templates a typed shortcut found (best first), the one to insert: personal snippets first, then the
 * variant in the agent's formality, else the best one.
 */
export function pickShortcutTemplate(
  candidates: readonly ShortcutCandidate[],
  formality: Formality,
): ShortcutCandidate | undefined {
  const personal = candidates.filter((c) => c.personal);
  const pool = personal.length ? personal : candidates;
  const chosen = pickVariant(
    pool.map((c) => ({ formality: c.entry.formality, c })),
    formality,
  );
  return chosen?.c;
}
