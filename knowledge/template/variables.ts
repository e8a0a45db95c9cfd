/**
 * Pack variables in text: `{{policy.refundCardDays}}` becomes the value pack.yaml gives it. The compiler fills
 * every entry with them (knowledge/pack/variables.ts), so SOP steps, purposes and template bodies read with the
 * values wherever they are shown; the expander fills them too when it is handed a body that still has them.
 */
import { parsePlaceholders } from './placeholders';
import { agreeUnitsAfter } from './unit-agreement';

export type PackVariables = Readonly<Record<string, string>>;

/**
 * `text` with every defined variable filled in, the unit words after a number agreeing with it («1 εργάσιμη», «2
 * εργάσιμες»). Everything else — other placeholders, variables the pack does not define — is kept exactly as written
 * (the validator reports those).
 */
export function fillVariables(text: string, variables: PackVariables | undefined): string {
  if (!variables || !text.includes('{{')) return text;
  const placeholders = parsePlaceholders(text).placeholders;
  let out = '';
  let from = 0;
  let value: string | undefined;
  for (const p of placeholders) {
    if (p.kind !== 'variable' || !Object.hasOwn(variables, p.key)) continue;
    out += following(text.slice(from, p.start), value) + variables[p.key];
    value = variables[p.key];
    from = p.end;
  }
  return from === 0 ? text : out + following(text.slice(from), value);
}

/** The text between a filled value and the next variable, its units agreeing with the value. */
function following(segment: string, value: string | undefined): string {
  return value === undefined ? segment : agreeUnitsAfter(value, segment);
}

/** The variable names `text` uses, once each, with the line (1-based) of their first use. */
export function variablesUsed(text: string): Map<string, number> {
  const used = new Map<string, number>();
  if (!text.includes('{{')) return used;
  for (const p of parsePlaceholders(text).placeholders) if (p.kind === 'variable' && !used.has(p.key)) used.set(p.key, p.line);
  return used;
}
