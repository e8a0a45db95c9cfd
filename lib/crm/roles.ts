/**
 * Who wrote each message of a thread found by shape: what the markup says (classes, data attributes), a note
 * badge ("Internal note", «Εσωτερική σημείωση», "Comments added"), the author compared with the customer and the
 * agent the page names, and, when nothing else tells, the helpdesk convention that whoever opened the ticket is
 * the customer and the others answer.
 */
import { personOf, tidy } from './dom';
import { authorOf, bodyElement, type Author, type KnownPeople } from './heuristics';

const AUTHOR_IN_ITEM = [
  '[data-author-name]',
  '[itemprop=author]',
  '[email]',
  '[data-email]',
  '[data-testid*="author" i],[data-test-id*="author" i],[data-testid*="sender" i],[data-test-id*="sender" i]',
  '[class*="createdby" i],[class*="created-by" i]',
  '[class*="author" i]',
  '[class*="sender" i]',
  '[class*="from" i]',
  // Not Bootstrap's user-select-* (GLPI's header badge «Δημιουργήθηκε: … από …» is .user-select-auto).
  '[class*="user" i]:not([class*="user-select" i])',
  '[class*="name" i]',
  'a[href*="user" i],a[href*="contact" i],a[href*="people" i],a[href*="profile" i]',
  'a[href^="mailto:"]',
];
const INITIALS = /^\p{Lu}{1,3}$/u;
const TIME_LIKE = /\d{1,2}:\d{2}|\b\d{4}-\d{2}-\d{2}|\bago\b|πριν/i;
// RT in Greek says «Τα Σχόλια προστέθηκαν» where in English it says "Comments added".
const NOTE_BADGE =
  /\b(internal note|private note|internal comment|private comment|work notes?|comments? added|note added|internal|private)\b|εσωτερικ[ήό] (σημείωση|σχόλιο)|ιδιωτικ[ήό] (σημείωση|σχόλιο)|σχόλι[οα] προστέθηκ|προστέθηκ(?:ε|αν) σχόλι/i;

/** Marks a header sets inside the author's element that are no part of a name: badges, chips, tags, role labels. */
const MARK_CLASS = '[class*="badge" i],[class*="chip" i],[class*="label" i],[class*="tag" i],[class*="pill" i],[class*="lozenge" i],[class*="role" i]';
const ROLE_WORD =
  /^(?:agent|customer|requester|end[- ]user|staff|admin(?:istrator)?|owner|assignee|collaborator|bot|you|πελάτης|πελάτισσα|αιτών|αιτούσα|πράκτορας|εκπρόσωπος|υπάλληλος|διαχειριστής|διαχειρίστρια|τεχνικός|εσύ|εσείς)$/i;

function isMark(el: Element): boolean {
  const text = tidy(el.textContent);
  return el.matches(MARK_CLASS) || ROLE_WORD.test(text) || (text.length < 40 && NOTE_BADGE.test(text));
}

/**
 * The author element's text without the marks inside it: «Dana Reyes <span class="badge">Internal note</span>» names
 * Dana Reyes (read whole, the note's author was "Dana Reyes Internal note", nobody the thread knew).
 */
function withoutMarks(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isMark(node as Element)) out += ` ${withoutMarks(node as Element)} `;
  }
  return out;
}

export interface ItemAuthor {
  name?: string;
  email?: string;
  /** The login a helpdesk writes beside the name (RT's «jcarter (James Carter)»): tells people apart, never shown. */
  login?: string;
}

/** The author an item shows in its header (outside its body): a name or an address, never its time. */
export function itemAuthor(item: Element): ItemAuthor {
  const body = bodyElement(item);
  for (const selector of AUTHOR_IN_ITEM) {
    for (const el of item.querySelectorAll(selector)) {
      if (body && body !== item && body.contains(el)) continue;
      if (el.tagName === 'TIME' || el.hasAttribute('datetime')) continue;
      const name = el.getAttribute('data-author-name') ?? el.getAttribute('name');
      const email = el.getAttribute('email') ?? el.getAttribute('data-email');
      const shown = el.childElementCount ? tidy(withoutMarks(el)) : '';
      const raw = tidy(name || email ? `${name ?? ''} ${email ? `<${email}>` : ''}` : /\p{L}/u.test(shown) ? shown : el.textContent);
      // An avatar's initials (GLPI's div.user-part shows «ΣΑ») are no name: the author's link follows.
      if (!raw || raw.length > 100 || INITIALS.test(raw) || (TIME_LIKE.test(raw) && !/[a-zα-ω]{3}/i.test(raw.replace(TIME_LIKE, '')))) continue;
      const person = personOf(raw.replace(/\s+(\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}.*)$/, ''));
      if (person.name || person.email) return person;
    }
  }
  return mailSender(item, body) ?? nameInHeader(item, body);
}

const FROM_LABEL = /^(from|sender|από|αποστολέας)\s*:$/i;

/**
 * The sender a mail's headers name over its body (Znuny's article: «Από: Ευαγγελία Μαυρίδου <e.mavridou@…>» as a
 * label and its value, the mail itself in a frame): the entry's author, where nothing else marks one. Without it the
 * customer's mail was nobody's, and QC never saw the customer write.
 */
function mailSender(item: Element, body: Element | undefined): ItemAuthor | undefined {
  for (const el of item.querySelectorAll('label,dt,th,td,b,strong,span')) {
    if ((body && body !== item && body.contains(el)) || !FROM_LABEL.test(tidy(el.textContent))) continue;
    const person = personOf(tidy(el.nextElementSibling?.textContent));
    if (person.name || person.email) return person;
  }
  return undefined;
}

const NAME_LIKE = /^(\p{Lu}[\p{Ll}'’.-]+)(\s+\p{Lu}[\p{Ll}'’.-]+){1,3}$/u;

/** A short "First Last" in the item's header, when nothing marks the author. */
function nameInHeader(item: Element, body: Element | undefined): ItemAuthor {
  for (const el of item.querySelectorAll('span,div,b,strong,a,h3,h4,h5,p')) {
    if (el.childElementCount || (body && body !== item && body.contains(el))) continue;
    const text = tidy(el.textContent);
    if (NAME_LIKE.test(text)) return { name: text };
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

/**
 * Roles for the thread's items, oldest first. Items nothing can attribute stay undefined. `looksNote`: items drawn
 * as notes are (generic-reader.ts), where neither a badge nor the markup's words say otherwise.
 */
export function assignRoles(items: readonly Element[], people: KnownPeople & { customerEmail?: string }, list?: Element, looksNote?: Set<Element>): RoledItem[] {
  const authors = items.map(itemAuthor);
  const marked = items.map((el) => authorOf(el, {}, list));
  const layout = layoutWord(marked, authors);
  const out: RoledItem[] = items.map((el, i) => {
    const author = authors[i];
    const said = layout && marked[i] === 'customer' ? undefined : marked[i];
    // Notes are written by agents and often marked so: the note badge decides first.
    const role = noteBadge(el) ? 'internal' : (said ?? (looksNote?.has(el) ? 'internal' : byPeople(author, people)));
    return { el, role, author };
  });
  // Whoever opened the ticket is its customer (the requester the page names, else the first author); the people
  // who answer them are agents. Applied only if it leaves the thread with a customer message.
  const named: ItemAuthor = { name: people.customerName, email: people.customerEmail };
  const first = out.find((m) => m.role !== 'internal' && (m.author.name || m.author.email))?.author;
  for (const opener of [named, first]) {
    if (!opener || !(opener.name || opener.email) || out.some((m) => m.role === 'agent' && samePerson(m.author, opener))) continue;
    const roles = out.map((m) => m.role ?? (m.author.name || m.author.email ? (samePerson(m.author, opener) ? 'customer' : 'agent') : undefined));
    if (!roles.includes('customer')) continue;
    roles.forEach((r, i) => (out[i].role = r));
    break;
  }
  return out;
}

/**
 * The customer's mark on entries by different people: a word of the layout, not of the author. GLPI draws every
 * timeline entry with its avatar in div.user-part, whoever wrote it; read as the customer's mark, the technician's
 * follow-ups and solution were the customer's words and the requester's description (drawn without it) the agent's.
 * A conversation has one customer and may have many agents, so only the customer's mark is doubted so.
 */
function layoutWord(marked: readonly (Author | undefined)[], authors: readonly ItemAuthor[]): boolean {
  const people = new Set<string>();
  marked.forEach((role, i) => {
    const who = (authors[i].email ?? authors[i].name)?.toLowerCase();
    if (role === 'customer' && who) people.add(who);
  });
  return people.size >= 2;
}

/** The same person, by address or login when both show one, else by name (one may carry more of it). */
function samePerson(a: ItemAuthor, b: ItemAuthor): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  if (a.login && b.login) return a.login === b.login;
  const x = a.name?.toLowerCase().trim();
  const y = b.name?.toLowerCase().trim();
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
}
