/**
 * Placeholder syntax of template bodies: `{{key}}` or `{{key|fallback}}`, where key is one of the
 * known names, `field:Label` (a fill-in field) or `cursor`. Pure: used by the validator, the expander
 * and the editor's fill-in form.
 */

export const KNOWN_PLACEHOLDERS = [
  'customer.firstName',
  'customer.lastName',
  'customer.name',
  'customer.salutation',
  'ticket.id',
  'agent.name',
  'agent.firstName',
  'date.today',
  'cursor',
] as const;
export type KnownPlaceholder = (typeof KNOWN_PLACEHOLDERS)[number];

export type PlaceholderKind = KnownPlaceholder | 'field' | 'unknown';

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

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function classify(key: string): Pick<Placeholder, 'kind' | 'label'> {
  if (KNOWN.has(key)) return { kind: key as KnownPlaceholder };
  const field = /^field\s*:\s*(.+)$/s.exec(key);
  if (field) return { kind: 'field', label: field[1].trim() };
  return { kind: 'unknown' };
}

/**
 * Finds every `{{…}}` in a body. A placeholder may not span lines: an opening `{{` without `}}` on
 * the same line is reported as unclosed (a trainer's typo that would otherwise swallow the text).
 */
export function parsePlaceholders(body: string): ParsedPlaceholders {
  const placeholders: Placeholder[] = [];
  const unclosed: UnclosedPlaceholder[] = [];
  let from = 0;
  for (;;) {
    const start = body.indexOf('{{', from);
    if (start < 0) break;
    const lineEnd = body.indexOf('\n', start);
    const close = body.indexOf('}}', start + 2);
    const opensAgain = body.indexOf('{{', start + 2);
    const closedOnLine = close >= 0 && (lineEnd < 0 || close < lineEnd);
    if (!closedOnLine || (opensAgain >= 0 && opensAgain < close)) {
      const stop = lineEnd < 0 ? body.length : lineEnd;
      unclosed.push({ start, line: lineAt(body, start), excerpt: body.slice(start, Math.min(stop, start + 40)) });
      from = start + 2;
      continue;
    }
    const end = close + 2;
    const inner = body.slice(start + 2, close);
    const bar = inner.indexOf('|');
    const key = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar < 0 ? undefined : inner.slice(bar + 1).trim();
    placeholders.push({
      raw: body.slice(start, end),
      start,
      end,
      line: lineAt(body, start),
      key,
      ...classify(key),
      ...(fallback === undefined ? {} : { fallback }),
    });
    from = end;
  }
  return { placeholders, unclosed };
}

/** The fill-in fields of a body (`{{field:Label}}`), each label once, in order of appearance. */
export function listFields(body: string): string[] {
  const labels: string[] = [];
  for (const p of parsePlaceholders(body).placeholders) {
    if (p.kind === 'field' && p.label && !labels.includes(p.label)) labels.push(p.label);
  }
  return labels;
}
