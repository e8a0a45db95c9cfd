/**
 * Pack variables across a pack: which entry text uses which variable (for the validator, with lines), and the
 * entries with the values filled in (for the compiler). The syntax and the filling itself live with the other
 * placeholders (knowledge/template/variables.ts).
 */
import { fillVariables, variablesUsed, type PackVariables } from '../template/variables';
import type { Entry, PackMeta, SopEntry } from '../types';

/** What the checks read of a pack's metadata: pack.yaml's variables (and review date), whole or not. */
export type VariablesMeta = Pick<PackMeta, 'variables' | 'reviewBy'>;
import { inEntry, type LocatedEntry } from './located';
import { problemAt, said, type Problem } from './problems';

/** Where a shown text sits: the field key its line is found by (fieldLine), the body, or a step read from the body. */
type TextAt = { key: string; parent?: string } | 'body' | 'step';

/**
 * THE texts of an entry shown to agents, and so the ones pack variables are filled into and checked in, declared
 * once: the entry with `f` applied to each, told where it sits. The build fills through it, the validator reads
 * through it. Triggers and tags are left out (agents are not shown them: they find the entry); ids, shortcuts and
 * the fixed-choice fields cannot hold "{{". Steps and branches are read from the body, which the validator checks
 * at their lines, so it skips them; the build fills them, as the compiled pack keeps them beside the body.
 */
function mapShownTexts<E extends Entry>(entry: E, f: (text: string, at: TextAt) => string): E {
  const shown = { title: f(entry.title, { key: 'title' }), body: f(entry.body, 'body') };
  if (entry.type === 'template') return { ...entry, ...shown };
  const sop: SopEntry = entry;
  const term = (name: string) => ({ key: `terms.${name}`, parent: 'terms' });
  return {
    ...entry,
    ...shown,
    department: f(sop.department, { key: 'department' }),
    purpose: f(sop.purpose, { key: 'purpose' }),
    terms: Object.fromEntries(Object.entries(sop.terms).map(([name, meaning]) => [f(name, term(name)), f(meaning, term(name))])),
    ...(sop.escalation
      ? { escalation: { when: f(sop.escalation.when, { key: 'escalation.when', parent: 'escalation' }), to: f(sop.escalation.to, { key: 'escalation.to', parent: 'escalation' }) } }
      : {}),
    steps: sop.steps.map((s) => ({ ...s, text: f(s.text, 'step'), branches: s.branches.map((b) => ({ ...b, condition: f(b.condition, 'step') })) })),
  };
}

/** One shown text that may use variables, and the file line of its line `n` (1-based; the entry's line where the file is unknown). */
export interface EntryText {
  text: string;
  lineOf(n: number): number | undefined;
}

/**
 * The shown texts of an entry that hold "{{" (most entries have none: no line finder is made for them), or with
 * `all`, every shown text (the steps are read in the body).
 */
export function entryTexts(e: LocatedEntry, all = false): EntryText[] {
  const texts: EntryText[] = [];
  mapShownTexts(e.entry, (text, at) => {
    if (at === 'step' || (!all && !text.includes('{{'))) return text;
    const lineOf =
      at === 'body'
        ? (n: number) => (e.bodyFirstLine ? e.bodyFirstLine + n - 1 : e.line)
        : () => e.fieldLine?.(at.key) ?? (at.parent === undefined ? undefined : e.fieldLine?.(at.parent)) ?? e.line;
    texts.push({ text, lineOf });
    return text;
  });
  return texts;
}

/**
 * Variables an entry uses that the pack does not define (errors). `filled`: the entries come from a compiled pack,
 * whose text odigos build has already filled in, so any variable left is an error too.
 */
export function checkEntryVariables(e: LocatedEntry, meta: VariablesMeta | undefined, filled: boolean): Problem[] {
  const problems: Problem[] = [];
  const defined = meta?.variables ?? {};
  for (const { text, lineOf } of entryTexts(e)) {
    for (const [name, n] of variablesUsed(text)) {
      const isDefined = Object.hasOwn(defined, name);
      if (isDefined && !filled) continue;
      const others = Object.keys(defined).sort();
      const problem = isDefined ? said('variable.notFilled', { name }) : others.length ? said('variable.undefinedOthers', { name, defined: others }) : said('variable.undefined', { name });
      problems.push(problemAt('error', e.file, lineOf(n), inEntry(e, problem)));
    }
  }
  return problems;
}

/**
 * Glossary terms of an SOP that read the same once the pack's variables are filled in («{{company.name}} Plus» and
 * «Acme Plus»): the compiled glossary is a map, so the build would keep one and drop the other in silence. Errors,
 * at the later term's line, naming both.
 */
export function termClashes(e: LocatedEntry, meta: VariablesMeta | undefined): Problem[] {
  const variables = meta?.variables;
  if (e.entry.type !== 'sop' || !variables) return [];
  const names = Object.keys(e.entry.terms);
  if (!names.some((name) => name.includes('{{'))) return [];
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const name of names) {
    const filled = fillVariables(name, variables);
    const earlier = first.get(filled);
    if (earlier === undefined) {
      first.set(filled, name);
      continue;
    }
    const line = e.fieldLine?.(`terms.${name}`) ?? e.fieldLine?.('terms') ?? e.line;
    problems.push(problemAt('error', e.file, line, inEntry(e, said('glossary.clash', { earlier, name, filled }))));
  }
  return problems;
}

/** Variables pack.yaml defines that no entry uses (warnings at their line in pack.yaml). */
export function unusedVariables(meta: VariablesMeta | undefined, entries: readonly LocatedEntry[], metaFile: string, metaLine: (key: string) => number | undefined): Problem[] {
  const defined = Object.keys(meta?.variables ?? {});
  if (!defined.length) return [];
  const used = new Set<string>();
  for (const e of entries) for (const { text } of entryTexts(e)) for (const name of variablesUsed(text).keys()) used.add(name);
  return defined
    .filter((name) => !used.has(name))
    .map((name) => problemAt('warning', metaFile, metaLine(`variables.${name}`) ?? metaLine('variables'), said('variable.unused', { name })));
}

/** The entry with every defined variable filled into every text agents are shown (mapShownTexts). */
export function fillEntryVariables<E extends Entry>(entry: E, variables: PackVariables | undefined): E {
  if (!variables || !Object.keys(variables).length) return entry;
  return mapShownTexts(entry, (text) => fillVariables(text, variables));
}
