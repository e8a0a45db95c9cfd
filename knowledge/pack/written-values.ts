/**
 * A number written out where the pack has a variable for it: «ξεκλειδώνει σε 30 λεπτά» in a pack whose
 * {{policy.lockMinutes}} is 30 and is written with «λεπτά» elsewhere. The text reads right today and wrong the day
 * the policy changes in pack.yaml — the agent then sees two numbers for one rule. A number counts only with the unit
 * the pack writes after that variable (or «€» before it, "€{{policy.goodwillLimit}}"), compared by its stem so
 * «1 εργάσιμη» meets «εργάσιμες»; «30 δευτερόλεπτα», a bare «30», and the examples inside a fill-in field's label
 * («π.χ. 20 λεπτά») are left alone. Warnings, at the line, naming the variable or variables it could be.
 */
import { parsePlaceholders } from '../template/placeholders';
import { inEntry, type LocatedEntry } from './located';
import { problemAt, said, type Problem } from './problems';
import { entryTexts, type VariablesMeta } from './variables';

/** A number as pack.yaml and text write it: 30, 1.000, 1,000, 5–10. */
const NUMBER = String.raw`\d+(?:[.,]\d+)*(?:\s?[–-]\s?\d+(?:[.,]\d+)*)?`;
const IS_NUMBER = new RegExp(`^${NUMBER}$`);
/** A written number, with «€» before or after it or the word after it. Not inside a longer number or word. */
const WRITTEN = new RegExp(String.raw`(?<![\p{L}\p{N}.,–-])(€\s?)?(${NUMBER})(?![\p{N}])(?:\s?(€)|\s+(\p{L}+))?`, 'gu');

const normalNumber = (n: string) => n.replace(/\s/g, '').replace(/-/g, '–');

/** A unit word's stem: lower case, no accents, without its ending («εργάσιμες», «εργάσιμη» → «εργασιμ»; "days" → "day"). */
function stem(word: string): string {
  const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ς/g, 'σ');
  return folded.replace(/[αεηιουωσaeious]+$/u, '') || folded;
}

/** Each numeric variable's value and the unit stems the pack writes with it. */
function variableUnits(meta: VariablesMeta | undefined, texts: string[]): Map<string, { value: string; units: Set<string> }> {
  const found = new Map<string, { value: string; units: Set<string> }>();
  const variables = meta?.variables ?? {};
  for (const text of texts) {
    if (!text.includes('{{')) continue;
    for (const p of parsePlaceholders(text).placeholders) {
      if (p.kind !== 'variable' || !Object.hasOwn(variables, p.key)) continue;
      const value = normalNumber(String(variables[p.key]));
      if (!IS_NUMBER.test(value)) continue;
      const entry = found.get(p.key) ?? { value, units: new Set<string>() };
      found.set(p.key, entry);
      if (/€\s?$/.test(text.slice(0, p.start))) entry.units.add('€');
      const after = /^\s?(€)|^\s+(\p{L}+)/u.exec(text.slice(p.end));
      if (after) entry.units.add(after[1] ?? stem(after[2]!));
    }
  }
  return found;
}

/** `text` with every placeholder blanked (its label's examples are not the text's numbers), lines kept. */
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}\n]*\}\}/g, ' ¤ ');

export function writtenVariableValues(meta: VariablesMeta | undefined, entries: readonly LocatedEntry[]): Problem[] {
  const all = entries.map((e) => ({ e, texts: entryTexts(e, true) }));
  const units = variableUnits(meta, all.flatMap(({ texts }) => texts.map((t) => t.text)));
  if (!units.size) return [];
  const problems: Problem[] = [];
  for (const { e, texts } of all) {
    for (const { text, lineOf } of texts) {
      const lines = withoutPlaceholders(text).split('\n');
      lines.forEach((line, i) => {
        for (const m of line.matchAll(WRITTEN)) {
          const unit = m[1] || m[3] ? '€' : m[4] ? stem(m[4]) : undefined;
          if (!unit) continue;
          const value = normalNumber(m[2]!);
          const names = [...units].filter(([, u]) => u.value === value && u.units.has(unit)).map(([name]) => `{{${name}}}`);
          if (!names.length) continue;
          const shown = m[1] ? `€${m[2]}` : m[3] ? `${m[2]} €` : `${m[2]} ${m[4]}`;
          problems.push(problemAt('warning', e.file, lineOf(i + 1), inEntry(e, said('variable.writtenValue', { shown, names, value }))));
        }
      });
    }
  }
  return problems;
}
