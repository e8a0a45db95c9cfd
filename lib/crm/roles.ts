/**
 * Who wrote each message of a thread found by shape: what the markup says (classes, data attributes), a note
 * badge ("Internal note", «Εσωτερική σημείωση», "Comments added"), the author compared with the customer and the
 * agent the page names, and, when nothing else tells, the helpdesk convention that whoever opened the ticket is
 * the customer and the others answer.
 */
import { tidy } from './dom';
import { authorOf, bodyElement, type Author, type KnownPeople } from './heuristics';
import { personOf } from './ticket-facts';

const AUTHOR_IN_ITEM = [
  '[data-author-name]',
  '[itemprop=author]',
  '[class*="author" i]',
  '[class*="sender" i]',
  '[class*="from" i]',
  '[class*="user" i]',
  '[class*="name" i]',
  'a[href*="user" i]',
  'a[href^="mailto:"]',
];
const NOTE_BADGE = /\b(internal note|private note|internal comment|comments? added|note added|internal|private)\b|εσωτερικ[ήό] (σημείωση|σχόλιο)|ιδιωτική σημείωση/i;

export interface ItemAuthor {
  name?: string;
  email?: string;
}

/** The author an item shows in its header (outside its body). */
export function itemAuthor(item: Element): ItemAuthor {
  const body = bodyElement(item);
  for (const selector of AUTHOR_IN_ITEM) {
    for (const el of item.querySelectorAll(selector)) {
      if (body && body !== item && body.contains(el)) continue;
      const raw = tidy(el.getAttribute('data-author-name') ?? el.textContent);
      if (!raw || raw.length > 100) continue;
      const person = personOf(raw);
      if (person.name || person.email) return person;
    }
  }
  return {};
}

/** A badge in the item's header saying it is a note for colleagues. */
function noteBadge(item: Element): boolean {
  const body = bodyElement(item);
  for (const el of item.querySelectorAll('*')) {
    if (body && body !== item && (body.contains(el) || el.contains(body))) continue;
    const text = el.childElementCount ? '' : tidy(el.textContent);
    if (text && text.length < 80 && NOTE_BADGE.test(text)) return true;
  }
  // Headers that mix text and markup ("<user> - Comments added").
  for (const el of item.querySelectorAll('[class*="description" i],[class*="header" i],[class*="meta" i],[class*="type" i]')) {
    if (body && body !== item && body.contains(el)) continue;
    const text = tidy(el.textContent);
    if (text.length < 160 && NOTE_BADGE.test(text)) return true;
  }
  return false;
}

const same = (a: string | undefined, b: string | undefined) => !!a && !!b && a.toLowerCase().trim() === b.toLowerCase().trim();

function byPeople(author: ItemAuthor, people: KnownPeople & { customerEmail?: string }): Author | undefined {
  if (same(author.email, people.agentEmail) || same(author.name, people.agentName)) return 'agent';
  if (same(author.email, people.customerEmail) || same(author.name, people.customerName)) return 'customer';
  if (author.name && people.customerName && author.name.toLowerCase().includes(people.customerName.toLowerCase())) return 'customer';
  return undefined;
}

export interface RoledItem {
  el: Element;
  role?: Author;
  author: ItemAuthor;
}

/** Roles for the thread's items, oldest first. Items nothing can attribute stay undefined. */
export function assignRoles(items: readonly Element[], people: KnownPeople & { customerEmail?: string }, list?: Element): RoledItem[] {
  const out: RoledItem[] = items.map((el) => {
    const author = itemAuthor(el);
    const marked = authorOf(el, {}, list);
    const role = marked ?? (noteBadge(el) ? 'internal' : byPeople(author, people));
    return { el, role, author };
  });
  // Whoever opened the ticket is its customer; the people who answer them are agents.
  const opener = out.find((m) => m.role !== 'internal')?.author;
  const openerKey = (opener?.email ?? opener?.name)?.toLowerCase();
  const openerIsAgent = out.some((m) => m.role === 'agent' && (m.author.email ?? m.author.name)?.toLowerCase() === openerKey);
  if (openerKey && !openerIsAgent) {
    for (const m of out) {
      if (m.role) continue;
      const key = (m.author.email ?? m.author.name)?.toLowerCase();
      if (key) m.role = key === openerKey ? 'customer' : 'agent';
    }
  }
  return out;
}
