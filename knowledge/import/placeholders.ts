/**
 * Placeholders of other tools as Odigos placeholders, where the meaning is clear: the customer's first name in a
 * Zendesk macro ({{ticket.requester.first_name}}), a Freshdesk response ({{ticket.requester.firstname}}) or a
 * Briskine template ({{to.first_name}}) is {{customer.firstName}}. Anything else becomes a fill-in field the agent
 * types ({{field:ticket title}}), so the template still works, and a note says so.
 */
import { KNOWN_PLACEHOLDERS } from '../template/placeholders';
import type { ImportNote } from './types';

const SAME_MEANING: Record<string, readonly string[]> = {
  'customer.firstName': ['ticket.requester.first_name', 'ticket.requester.firstname', 'requester.first_name', 'to.first_name', 'contact.first_name', 'customer.first_name', 'first_name', 'firstname'],
  'customer.lastName': ['ticket.requester.last_name', 'ticket.requester.lastname', 'requester.last_name', 'to.last_name', 'contact.last_name', 'customer.last_name', 'last_name', 'lastname'],
  'customer.name': ['ticket.requester.name', 'ticket.requester.full_name', 'requester.name', 'to.name', 'to.full_name', 'contact.name', 'customer.full_name'],
  'ticket.id': ['ticket.id', 'ticket.ticket_id', 'ticket.number', 'ticket_id'],
  'agent.name': ['current_user.name', 'ticket.assignee.name', 'ticket.agent.name', 'ticket.agent.full_name', 'from.name', 'from.full_name', 'agent.full_name', 'user.name'],
  'agent.firstName': ['current_user.first_name', 'ticket.assignee.first_name', 'ticket.agent.first_name', 'ticket.agent.firstname', 'from.first_name', 'agent.first_name'],
  'date.today': ['date', 'today', 'current_date', 'date.today'],
};

const FOREIGN = new Map<string, string>(Object.entries(SAME_MEANING).flatMap(([odigos, names]) => names.map((n) => [n.toLowerCase(), odigos])));
const OWN = new Set<string>(KNOWN_PLACEHOLDERS);

/** 'ticket.ticket_field_360' → 'ticket field 360': a label the agent can read. */
export function fieldLabel(name: string): string {
  const words = name.replace(/[._\-:]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.filter((w, i) => w !== words[i - 1]).join(' ') || 'value';
}

/** The Odigos placeholder for another tool's name, or undefined when the meaning is not clear. */
export function odigosPlaceholder(name: string): string | undefined {
  const key = name.trim();
  if (OWN.has(key) || /^field\s*:/.test(key)) return key;
  return FOREIGN.get(key.toLowerCase());
}

/** `{{name}}` → the Odigos placeholder, else a fill-in field; `fallback` becomes Odigos's `|fallback`. */
export function placeholderFor(name: string, fallback: string | undefined, notes: ImportNote[], raw: string): string {
  const mapped = odigosPlaceholder(name);
  const tail = fallback ? `|${fallback}` : '';
  if (mapped) {
    const out = `{{${mapped}${tail}}}`;
    if (out !== raw) notes.push({ code: 'mapped', from: raw, to: out });
    return out;
  }
  const out = `{{field:${fieldLabel(name)}${tail}}}`;
  notes.push({ code: 'as-field', from: raw, to: out });
  return out;
}

/**
 * Converts `{{ … }}` (Mustache, Liquid, Handlebars) in `text`. Liquid's `default: "x"` becomes the fallback; other
 * filters are dropped with a note; `{% … %}` logic tags are dropped (their text stays) with a note.
 */
export function convertMustache(text: string, notes: ImportNote[]): string {
  return text
    .replace(/\{%-?[\s\S]*?-?%\}/g, (tag) => {
      notes.push({ code: 'dropped', from: tag });
      return '';
    })
    .replace(/\{\{\{?\s*([^{}]*?)\s*\}?\}\}/g, (raw, inner: string) => {
      const [name, ...filters] = inner.split('|').map((s) => s.trim());
      // Already Odigos's own syntax ({{customer.firstName|fallback}}, {{field:Label}}): kept as written.
      if (OWN.has(name) || /^field\s*:/.test(name)) return raw;
      let fallback: string | undefined;
      for (const f of filters) {
        const d = /^default\s*:\s*(["'])(.*)\1$/.exec(f);
        if (d) fallback = d[2];
        else if (f) notes.push({ code: 'filter-dropped', from: `| ${f}` });
      }
      if (!name || name.startsWith('#') || name.startsWith('/') || name.startsWith('!')) {
        // Handlebars blocks ({{#if}} … {{/if}}) and comments: logic Odigos does not run.
        notes.push({ code: 'dropped', from: raw });
        return '';
      }
      return placeholderFor(name, fallback, notes, raw);
    });
}
