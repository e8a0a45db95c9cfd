/**
 * Pack variables across a pack: which entry text uses which variable (for the validator, with lines), and the
 * entries with the values filled in (for the compiler). The syntax and the filling itself live with the other
 * placeholders (knowledge/template/variables.ts).
 */
import { fillVariables, variablesUsed, type PackVariables } from '../template/variables';
import type { Entry, PackMeta } from '../types';
import type { LocatedEntry } from './located';
import type { Problem } from './problems';

/** One text of an entry that may use variables, and how its lines map to the file's. */
interface EntryText {
  text: string;
  /** File line of the text's line `n` (1-based), or the entry's line where the file is unknown. */
  lineOf(n: number): number | undefined;
}

/** Body, and for SOPs purpose, glossary meanings and the escalation condition. */
function entryTexts(e: LocatedEntry): EntryText[] {
  const { entry } = e;
  const field = (key: string) => () => e.fieldLine?.(key) ?? e.line;
  const texts: EntryText[] = [{ text: entry.body, lineOf: (n) => (e.bodyFirstLine ? e.bodyFirstLine + n - 1 : e.line) }];
  if (entry.type === 'sop') {
    texts.push({ text: entry.purpose, lineOf: field('purpose') });
    for (const [term, meaning] of Object.entries(entry.terms)) texts.push({ text: meaning, lineOf: () => e.fieldLine?.(`terms.${term}`) ?? field('terms')() });
    if (entry.escalation) texts.push({ text: entry.escalation.when, lineOf: () => e.fieldLine?.('escalation.when') ?? field('escalation')() });
  }
  return texts;
}

/** Does any text entryTexts gives hold "{{"? */
function mayUseVariables(entry: Entry): boolean {
  if (entry.body.includes('{{')) return true;
  if (entry.type !== 'sop') return false;
  if (entry.purpose.includes('{{') || entry.escalation?.when.includes('{{')) return true;
  return Object.values(entry.terms).some((meaning) => meaning.includes('{{'));
}

/**
 * Variables an entry uses that the pack does not define (errors). `filled`: the entries come from a compiled pack,
 * whose text odigos build has already filled in, so any variable left is an error too.
 */
export function checkEntryVariables(e: LocatedEntry, meta: PackMeta | undefined, filled: boolean): Problem[] {
  const problems: Problem[] = [];
  // Most entries use no placeholder at all: their texts are not gathered, with a line finder each, to find none.
  if (!mayUseVariables(e.entry)) return problems;
  const defined = meta?.variables ?? {};
  for (const { text, lineOf } of entryTexts(e)) {
    for (const [name, n] of variablesUsed(text)) {
      const isDefined = Object.hasOwn(defined, name);
      if (isDefined && !filled) continue;
      const message = isDefined
        ? `variable {{${name}}} was not filled in: build the pack with odigos build`
        : `variable {{${name}}} is not defined: add it under "variables" in pack.yaml${Object.keys(defined).length ? ` (defined: ${Object.keys(defined).sort().join(', ')})` : ''}`;
      problems.push({ severity: 'error', file: e.file, line: lineOf(n), message: (e.label ?? '') + message });
    }
  }
  return problems;
}

/** Variables pack.yaml defines that no entry uses (warnings at their line in pack.yaml). */
export function unusedVariables(meta: PackMeta | undefined, entries: readonly LocatedEntry[], metaFile: string, metaLine: (key: string) => number | undefined): Problem[] {
  const defined = Object.keys(meta?.variables ?? {});
  if (!defined.length) return [];
  const used = new Set<string>();
  for (const e of entries) for (const { text } of entryTexts(e)) for (const name of variablesUsed(text).keys()) used.add(name);
  return defined
    .filter((name) => !used.has(name))
    .map((name) => ({
      severity: 'warning' as const,
      file: metaFile,
      line: metaLine(`variables.${name}`) ?? metaLine('variables'),
      message: `variable "${name}" is defined but no entry uses it: use it as {{${name}}} or remove it`,
    }));
}

/** The entry with every defined variable filled into the texts that may hold them (steps too). */
export function fillEntryVariables<E extends Entry>(entry: E, variables: PackVariables | undefined): E {
  if (!variables || !Object.keys(variables).length) return entry;
  const fill = (text: string) => fillVariables(text, variables);
  if (entry.type === 'template') return { ...entry, body: fill(entry.body) };
  return {
    ...entry,
    body: fill(entry.body),
    purpose: fill(entry.purpose),
    terms: Object.fromEntries(Object.entries(entry.terms).map(([term, meaning]) => [term, fill(meaning)])),
    ...(entry.escalation ? { escalation: { ...entry.escalation, when: fill(entry.escalation.when) } } : {}),
    steps: entry.steps.map((s) => ({ ...s, text: fill(s.text), branches: s.branches.map((b) => ({ ...b, condition: fill(b.condition) })) })),
  };
}
