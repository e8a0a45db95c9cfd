/**
 * The fields a page shows about the customer beside their name («Επώνυμο», «Όνομα», «Φύλο», "Title",
 * "E-mail", «Επωνυμία»): what tells the first name from the surname, the customer's gender, and a company from a
 * person, where the name alone cannot. Only the customer's own card counts (the nearest box that shows the customer's name and not the
 * agent's), so the agent's profile or a colleague's card never speaks for the customer.
 */
import { fieldKind, type FieldKind, type LabelledField } from '../../knowledge/names/fields';
import { tidy } from './dom';

const LABELS = 'dt,th,label,[class*="label" i],[class*="key" i],[class*="field-name" i],strong,b,span';
/**
 * «Επωνυμία»/«Εταιρεία» too: where it holds the name the page gives the customer, the customer is a company (greeted
 * neutrally, not «κύριε Γαλαξία»), unless it reads as a sole trader's own name (knowledge/names/understand.ts).
 */
const WANTED: readonly FieldKind[] = ['first', 'last', 'company', 'gender', 'email'];
/** How far up from a label its card may be. */
const CARD_DEPTH = 8;

/**
 * A grid's column heading beside the next one (GLPI's linked tickets: «ID | Τίτλος | Κατάσταση»): no field and its
 * value. Read as one, the subject was «Κατάσταση» (ticket-facts.ts asks too). Declared here, not there: this file is
 * imported on every page, and ticket-facts' word lists would come into the content script with it.
 */
export const columnHeading = (label: Element, value: Element): boolean => label.localName === 'th' && value.localName === 'th';

/** The value shown for a label: the control it names, the next element, or the next one of its parent. */
function valueFor(doc: Document, label: Element): string | undefined {
  const target = label.getAttribute('for');
  const next = (target && doc.getElementById(target)) || label.nextElementSibling || label.parentElement?.nextElementSibling;
  if (!next || columnHeading(label, next)) return undefined;
  if (next.matches('select')) return tidy((next as HTMLSelectElement).selectedOptions[0]?.textContent);
  const field = next.matches('input,textarea') ? next : next.querySelector('input:not([type=hidden]),textarea');
  const text = field ? (field as HTMLInputElement).value : next.textContent;
  const value = tidy(text).split('\n')[0];
  return value && value.length < 120 ? value : undefined;
}

/**
 * Lower case with one sigma: a card's text runs its elements together («ΓΑΛΑΞΙΑΣ» then «ΑΦΜ» lowers to «γαλαξιασαφμ»),
 * so the name's final «ς» must match the «σ» there.
 */
const folded = (text: string | null | undefined) => tidy(text).toLocaleLowerCase().replace(/ς/g, 'σ');

/** Is the label inside the customer's card: the nearest box around it naming the customer, not the agent? */
function inCustomerCard(label: Element, customer: string, agent: string | undefined): boolean {
  let box: Element | null = label.parentElement;
  for (let depth = 0; box && depth < CARD_DEPTH; depth++, box = box.parentElement) {
    const text = folded(box.textContent);
    if (agent && text.includes(agent)) return false;
    if (text.includes(customer)) return true;
  }
  return false;
}

/**
 * The customer's labelled fields on the page, one per kind. Without the customer's name to find their card
 * by, a kind counts only when the page shows it once.
 */
export function customerFields(doc: Document, who: { customer?: string; agent?: string }, outside: readonly Element[] = []): LabelledField[] {
  const customer = folded(who.customer);
  const agent = folded(who.agent) || undefined;
  const byKind = new Map<FieldKind, LabelledField[]>();
  for (const el of doc.querySelectorAll(LABELS)) {
    if (el.childElementCount > 1) continue;
    const label = tidy(el.textContent);
    const kind = label.length <= 30 ? fieldKind(label) : 'skip';
    if (!WANTED.includes(kind)) continue;
    if (el.closest('nav,[role=navigation],[role=listbox],[contenteditable=true],textarea') || outside.some((o) => o.contains(el))) continue;
    if (customer && !inCustomerCard(el, customer, agent)) continue;
    const value = valueFor(doc, el);
    if (!value || fieldKind(value) !== 'skip') continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), { label, value }]);
  }
  return [...byKind.values()].flatMap((found) => (customer || found.length === 1 ? [found[0]] : []));
}

/** The customer as a reader found them, with the fields of their card (the thread's messages left out). */
export function withFields<P extends { name?: string }>(doc: Document, customer: P, agent: string | undefined, thread?: Element): P & { fields?: LabelledField[] } {
  const fields = customerFields(doc, { customer: customer.name, agent }, thread ? [thread] : []);
  return fields.length ? { ...customer, fields } : customer;
}
