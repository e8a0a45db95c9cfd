/**
 * Placeholder syntax of template bodies: `{{key}}` or `{{key|fallback}}`, where key is one of the
 * known names, `field:Label` (a fill-in field), `cursor`, or a pack variable (`policy.refundCardDays`, defined
 * in pack.yaml). Pure: used by the validator, the expander and the editor's fill-in form.
 */
import { isVariableName } from '../pack/rules';

export const KNOWN_PLACEHOLDERS = [
  'customer.firstName',
  'customer.lastName',
  'customer.name',
  'customer.salutation',
  'customer.vocative',
  'customer.formalName',
  'ticket.id',
  'agent.name',
  'agent.firstName',
  'date.today',
  'cursor',
] as const;
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number];

export type PlaceholderKind = KnownPlaceholder | 'field' | 'variable' | 'unknown';

export interface Placeholder {
  /** The placeholder as written, braces included. */
  raw: string;
  /** Offsets into the body: raw === body.slice(start, end). */
  start: number;
  end: number;
  /** 1-based line of the body where it starts. */
  line: number;
  /** Key as written, trimmed (`customer.firstName`, `field:Αριθμός παραγγελίας`, `foo`). */
  key: string;
  kind: PlaceholderKind;
  /** The label of a `field:` placeholder. */
  label?: string;
  fallback?: string;
}

export interface UnclosedPlaceholder {
  start: number;
  line: number;
  /** The start of the unclosed placeholder, for the message. */
  excerpt: string;
}

export interface ParsedPlaceholders {
  placeholders: Placeholder[];
  unclosed: UnclosedPlaceholder[];
}

const KNOWN = new Set<string>(KNOWN_PLACEHOLDERS);

function classify(key: string): Pick<Placeholder, 'kind' | 'label'> {
  if (KNOWN.has(key)) return { kind: key as KnownPlaceholder };
  const field = /^field\s*:\s*(.+)$/s.exec(key);
  if (field) return { kind: 'field', label: field[1].trim() };
  if (isVariableName(key)) return { kind: 'variable' };
  return { kind: 'unknown' };
}

/**
 * Finds every `{{…}}` in a body. A placeholder may not span lines: an opening `{{` without `}}` on
 * the same line is reported as unclosed (a trainer's typo that would otherwise swallow the text).
 */
export function parsePlaceholders(body: string): ParsedPlaceholders {
  const placeholders: Placeholder[] = [];
  const unclosed: UnclosedPlaceholder[] = [];
  // One pass: each search resumes after the last one found (a miss stays a miss), and lines are counted as the
  // scan moves on, so a body of a million placeholders costs what its length costs.
  let nextOpen = -2;
  let nextClose = -2;
  let nextBreak = -2;
  const kinds = new Map<string, Pick<Placeholder, 'kind' | 'label'>>();
  let line = 1;
  let counted = 0;
  const lineOf = (offset: number) => {
    for (; counted < offset; counted++) if (body.charCodeAt(counted) === 10) line++;
    return line;
  };
  let from = 0;
  for (;;) {
    const start = nextOpen === -1 || nextOpen >= from ? nextOpen : (nextOpen = body.indexOf('{{', from));
    if (start < 0) break;
    const lineEnd = nextBreak === -1 || nextBreak >= start ? nextBreak : (nextBreak = body.indexOf('\n', start));
    const close = nextClose === -1 || nextClose >= start + 2 ? nextClose : (nextClose = body.indexOf('}}', start + 2));
    const opensAgain = nextOpen === -1 || nextOpen >= start + 2 ? nextOpen : (nextOpen = body.indexOf('{{', start + 2));
    const closedOnLine = close >= 0 && (lineEnd < 0 || close < lineEnd);
    if (!closedOnLine || (opensAgain >= 0 && opensAgain < close)) {
      const stop = lineEnd < 0 ? body.length : lineEnd;
      unclosed.push({ start, line: lineOf(start), excerpt: body.slice(start, Math.min(stop, start + 40)) });
      from = start + 2;
      continue;
    }
    const end = close + 2;
    const inner = body.slice(start + 2, close);
    const bar = inner.indexOf('|');
    const key = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    let kind = kinds.get(key);
    if (!kind) kinds.set(key, (kind = classify(key)));
    const placeholder: Placeholder = { raw: body.slice(start, end), start, end, line: lineOf(start), key, kind: kind.kind };
    if (kind.label !== undefined) placeholder.label = kind.label;
    if (bar >= 0) placeholder.fallback = inner.slice(bar + 1).trim();
    placeholders.push(placeholder);
    from = end;
  }
  return { placeholders, unclosed };
}

/** The fill-in fields of a body (`{{field:Label}}`), each label once, in order of appearance. */
export function listFields(body: string): string[] {
  const labels = new Set<string>();
  for (const p of parsePlaceholders(body).placeholders) if (p.kind === 'field' && p.label) labels.add(p.label);
  return [...labels];
}

/** Does the body use the agent's name with no `|fallback` (so it must be known, or asked for, before inserting)? */
export function needsAgentName(body: string): boolean {
  return parsePlaceholders(body).placeholders.some(
    (p) => (p.kind === 'agent.name' || p.kind === 'agent.firstName') && p.fallback === undefined,
  );
}
