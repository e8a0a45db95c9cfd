/**
 * Fills a template body for one conversation: customer and agent names (Greek first names in the
 * vocative), the formal salutation, the ticket id, today's date, fill-in fields and the caret position.
 * Pure: the overlay and the shortcut expander call it with what the CRM adapter read.
 */
import type { Lang } from '../types';
import { formatLongDate } from './dates';
import { parsePlaceholders, type Placeholder } from './placeholders';
import { customerGender, salutation, splitCustomerName, type CustomerName } from './salutation';
import { vocative } from './vocative';

export interface ExpansionContext {
  customer?: CustomerName;
  ticket?: { id?: string };
  agent?: { name?: string; firstName?: string };
}

export interface ExpandOptions {
  /** The pack's (or entry's) language: decides vocative, salutation and date format. */
  lang: Lang;
  /** Values of `{{field:Label}}` placeholders, by label. */
  fields?: Record<string, string>;
  /** Today, for `{{date.today}}` (injectable for tests). */
  now?: Date;
  /**
   * Where a value is missing and there is no `|fallback`: leave nothing (default), or show it for a preview (a
   * fill-in field as `[Label]`, as the agent will be asked for it; another placeholder as written).
   */
  onMissing?: 'empty' | 'keep';
}

export interface Expansion {
  text: string;
  /** Where the caret goes: the first `{{cursor}}`, else the end of the text. */
  cursorOffset: number;
  /** Placeholder keys that had no value and no fallback (`customer.firstName`, `field:Αριθμός`), once each. */
  missing: string[];
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The value of one placeholder, or undefined when the context does not have it. */
function valueOf(p: Placeholder, context: ExpansionContext, options: ExpandOptions): string | undefined {
  const customer = context.customer ?? {};
  const names = splitCustomerName(customer);
  switch (p.kind) {
    case 'customer.firstName': {
      const first = present(names.firstName);
      if (!first) return undefined;
      return options.lang === 'el' ? vocative(first, { role: 'first', gender: customerGender(customer) }) : first;
    }
    case 'customer.lastName':
      return present(names.lastName);
    case 'customer.name':
      return present(customer.name) ?? present([names.firstName, names.lastName].filter(Boolean).join(' '));
    case 'customer.salutation': {
      const s = salutation(customer, options.lang);
      // A template's own fallback («Καλησπέρα σας») reads better than the generic neutral opening.
      return s.isNeutral && p.fallback !== undefined ? undefined : s.text;
    }
    case 'ticket.id':
      return present(context.ticket?.id);
    case 'agent.name':
      return present(context.agent?.name);
    case 'agent.firstName':
      return present(context.agent?.firstName) ?? present(context.agent?.name)?.split(/\s+/)[0];
    case 'date.today':
      return formatLongDate(options.now ?? new Date(), options.lang);
    case 'field':
      return present(options.fields?.[p.label ?? '']);
    case 'cursor':
      return '';
    case 'unknown':
      return undefined;
  }
}

/** Expands every placeholder of `body`; text outside placeholders is kept exactly as written. */
export function expandTemplate(body: string, context: ExpansionContext, options: ExpandOptions): Expansion {
  const { placeholders } = parsePlaceholders(body);
  const missing: string[] = [];
  let text = '';
  let cursorOffset: number | undefined;
  let from = 0;
  for (const p of placeholders) {
    text += body.slice(from, p.start);
    from = p.end;
    if (p.kind === 'cursor') {
      cursorOffset ??= text.length;
      continue;
    }
    const value = valueOf(p, context, options);
    if (value !== undefined) text += value;
    else if (p.fallback !== undefined) text += p.fallback;
    else {
      if (!missing.includes(p.key)) missing.push(p.key);
      if (options.onMissing === 'keep') text += p.kind === 'field' && p.label ? `[${p.label}]` : p.raw;
    }
  }
  text += body.slice(from);
  return { text, cursorOffset: cursorOffset ?? text.length, missing };
}
