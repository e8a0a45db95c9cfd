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

/** An item of a ranked list and the other variants of the same template, which stay reachable beside it. */
export interface VariantGroup<T> {
  main: T;
  others: T[];
}

export interface VariantAccess<T> {
  /** Identity of an item (pack and entry id). */
  key(item: T): string;
  /** The item's template variants (itself included); empty or just itself for anything without twins. */
  twins(item: T): readonly T[];
  formality(item: T): Formality | undefined;
}

/**
 * One rule for every list of templates (the palette, the panel's search and its suggestions): where a template has
 * twins in the other register (same shortcut, same language), the one in the agent's formality takes the place of
 * the best-ranked twin, and the others follow it, to be shown labelled beside it. Nothing is dropped.
 */
export function groupVariants<T>(ranked: readonly T[], access: VariantAccess<T>, preferred: Formality): VariantGroup<T>[] {
  const placed = new Set<string>();
  const groups: VariantGroup<T>[] = [];
  for (const item of ranked) {
    if (placed.has(access.key(item))) continue;
    const group = [item, ...access.twins(item).filter((t) => access.key(t) !== access.key(item))].filter(
      (t) => !placed.has(access.key(t)),
    );
    const main = group.find((t) => access.formality(t) === preferred) ?? item;
    for (const t of group) placed.add(access.key(t));
    groups.push({ main, others: group.filter((t) => t !== main) });
  }
  return groups;
}
