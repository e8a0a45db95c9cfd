/**
 * Subject, ticket number, customer and agent of the ticket the agent has open, read from the same region as the
 * conversation (its heading, title, breadcrumb, requester block), preferring what the page shows over the URL.
 * A list of other tickets beside it never lends its words: headings inside links, lists and navigation are not
 * the open ticket's.
 */
import { readValue, splitName, tidy } from './dom';
import { classWords } from './evidence';

export interface TicketFacts {
  subject?: string;
  ticketId?: string;
  customerName?: string;
  customerEmail?: string;
  agentName?: string;
}

const HEADINGS =
  'h1,h2,h3,[role=heading],[class*="subject" i],[class*="title" i],[data-test-id*="subject" i],[aria-label*="subject" i],input[name*="subject" i]';
/** Containers of other tickets and of the product's chrome: their headings are not the open ticket's. */
const ELSEWHERE = 'nav,[role=navigation],[role=listbox],[role=tablist],[role=menu],[role=dialog],aside,a,[role=row],[role=option],[role=tab]';
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const GENERIC_HEADING = /^(history|activity|conversation|messages|details|ticket|tickets|customer|contact|people|requester|reply|notes?|comments?|ιστορικό|συνομιλία|μηνύματα|πελάτης|απάντηση|σημειώσεις|σχόλια|αιτήματα|λεπτομέρειες)\s*:?$/i;

const ID_PATTERNS = [
  /(?:^|[\s([])#\s?([A-Z]{0,6}-?\d{1,12})\b/,
  /\b(?:ticket|case|request|issue|incident|conversation|bug|task|feature|support|αίτημα|αιτήματος|υπόθεση|δελτίο)\s*(?:no\.?|number|nr\.?|αρ\.?|αριθμός)?\s*[:#]?\s*([A-Z]{0,6}-?\d{2,12})\b/i,
  /\b((?:INC|REQ|RITM|CS|CASE|SR|TASK|CHG|PRB)\d{5,})\b/,
  /\b([A-Z][A-Z0-9]{1,9}-\d{1,7})\b/,
];

/** The ticket number a piece of text shows ("#1: …", "Ticket 534317", "HELP-42", "INC0010023"). */
export function idIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const re of ID_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** "#1: Double charge", "[#48213] Parcel late : Desk", "Bug #12: Login" → the subject words alone. */
export function cleanSubject(text: string): string {
  return tidy(text)
    .replace(/^(?:update\s+)?(?:ticket|case|request|issue|bug|task|feature|support|αίτημα|υπόθεση)?\s*\[?#?\s?[A-Z]{0,6}-?\d{1,12}\]?\s*[:\-–—·|]?\s*/i, '')
    .replace(/\s+[-–—|:]\s+[^-–—|:]{1,40}$/, (tail) => (tail.length < 30 ? '' : tail))
    .trim();
}

function textOfHeading(el: Element): string {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return tidy((el as HTMLInputElement).value);
  return tidy(el.textContent);
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

interface HeadingPick {
  el: Element;
  text: string;
  score: number;
}

function scoreHeading(el: Element, title: string, level: number): HeadingPick | undefined {
  if (el.closest(ELSEWHERE) && !el.closest('[aria-current="page"],[aria-selected="true"]')) return undefined;
  const text = textOfHeading(el).split('\n')[0].trim();
  if (!text || text.length > 160 || GENERIC_HEADING.test(text)) return undefined;
  const words = classWords(el);
  const subjectish = words.includes('subject') || /subject/i.test(`${el.getAttribute('data-test-id')} ${el.getAttribute('aria-label')} ${el.getAttribute('name')}`);
  const cleaned = cleanSubject(text);
  if (!subjectish && cleaned.split(/\s+/).length < 2 && !idIn(text)) return undefined;
  let score = subjectish ? 3 : 0;
  if (el.tagName === 'H1') score += 2;
  else if (el.tagName === 'H2' || el.getAttribute('role') === 'heading') score += 1;
  if (words.includes('title')) score += 1;
  if (cleaned && fold(title).includes(fold(cleaned))) score += 3;
  return { el, text, score: score - level * 0.5 };
}

/** The open ticket's heading: the best-scored heading climbing out from the conversation. */
function ticketHeading(doc: Document, from: Element | undefined): HeadingPick | undefined {
  const title = doc.title ?? '';
  let best: HeadingPick | undefined;
  let level = 0;
  const seen = new Set<Element>();
  for (let region: Element | null = from ?? doc.body; region; region = region.parentElement, level++) {
    for (const el of region.querySelectorAll(HEADINGS)) {
      if (seen.has(el) || (from && from.contains(el))) continue;
      seen.add(el);
      const pick = scoreHeading(el, title, level);
      if (pick && (!best || pick.score > best.score)) best = pick;
    }
    if (region === doc.body) break;
  }
  return best && best.score > -1 ? best : undefined;
}

/** Elements that name the number: "ticket-number", "case-id", a breadcrumb's last step. */
function shownNumber(doc: Document, from: Element | undefined): string | undefined {
  const candidates = [
    ...(from?.closest('main,[role=main],article,section') ?? doc).querySelectorAll(
      '[class*="number" i],[class*="ticket-id" i],[class*="ticketid" i],[class*="case-id" i],[class*="display-id" i],[data-ticket-number],[class*="breadcrumb" i] li:last-child,[aria-label*="breadcrumb" i] li:last-child',
    ),
  ];
  for (const el of candidates) {
    if (el.closest('nav:not([aria-label*="breadcrumb" i]),a:not([aria-current]),[role=listbox],[role=row],tr')) continue;
    const text = tidy(el.getAttribute('data-ticket-number') ?? el.textContent);
    if (text.length > 60) continue;
    const id = idIn(text) ?? /^\s*(\d{1,12})\s*$/.exec(text)?.[1];
    if (id) return id;
  }
  return undefined;
}

const URL_ID = [
  'url:/tickets?/(\\d+)',
  'url:/(?:conversations?|cases?|requests?|issues?|chats?)/([\\w-]+)',
  'url:[?&#;](?:ticket_?id|ticket|case|id)=(\\w+)',
  '[data-ticket-id]@data-ticket-id',
];

const CUSTOMER_LABEL = /^(requesters?|requestors?|customer|contact|client|reporter|caller|submitter|submitted by|raised by|opened by|end user|πελάτης|πελάτισσα|αιτών|αιτούσα|αιτούντες|επαφή|υποβλήθηκε από)\s*:?$/i;
const LABELS = 'dt,th,label,[class*="label" i],[class*="key" i],[class*="field-name" i],[class*="title" i],strong,b';

/** Value next to a "Requester:" / «Πελάτης:» label. */
function labelledCustomer(doc: Document): string | undefined {
  for (const label of doc.querySelectorAll(LABELS)) {
    const text = tidy(label.textContent);
    if (text.length > 30 || !CUSTOMER_LABEL.test(text)) continue;
    if (label.closest('nav,[role=navigation],[role=listbox]')) continue;
    const value = label.nextElementSibling ?? label.parentElement?.nextElementSibling;
    const raw = value && tidy(value.getAttribute('data-customer-name') ?? value.textContent).split('\n')[0];
    if (raw && raw.length < 120 && !CUSTOMER_LABEL.test(raw)) return raw;
  }
  return undefined;
}

export const CUSTOMER_NAME = [
  '[data-customer-name]@data-customer-name',
  '[class*="customer" i][class*="name" i]',
  '[class*="requester" i][class*="name" i]',
  '[class*="contact" i][class*="name" i]',
  '[class*="client" i][class*="name" i]',
];
const AGENT_NAME = [
  '[data-agent-name]@data-agent-name',
  '[class*="agent" i][class*="name" i]',
  '[class*="current-user" i]',
  '[class*="signed-in" i]',
  '[class*="logged-in" i]',
];
/** "Signed in as Dana Reyes", «Συνδεδεμένη ως Ελένη»: the name is what follows. */
const SIGNED_IN_AS = /^(?:(?:signed|logged) in as|συνδεδεμέν(?:ος|η|ο)\s+ως)\s*:?\s*/i;

/** A person as a page writes them: "Μαρία Παπαδοπούλου <maria@example.com>", "\"Dana\" <d@x>", "d@x". */
export function personOf(raw: string | undefined): { name?: string; email?: string } {
  if (!raw) return {};
  const email = EMAIL.exec(raw)?.[0];
  const name = splitName(raw.replace(/<[^>]*>/g, '').replace(EMAIL, '').replace(/[()]/g, '').trim()).name;
  return { name, email };
}

function outsideLists(doc: Document, sources: string[]): string | undefined {
  for (const source of sources) {
    const [selector, attr] = source.split('@');
    for (const el of doc.querySelectorAll(selector)) {
      if (el.closest('nav,[role=navigation],[role=listbox],a[href]:not([href*="user" i]):not([href*="contact" i]):not([href*="customer" i])')) continue;
      const text = tidy(attr ? el.getAttribute(attr) : el.textContent);
      if (text && text.length < 120) return text;
    }
  }
  return undefined;
}

/** Everything the page shows about the open ticket besides its messages. */
export function ticketFacts(doc: Document, thread: Element | undefined): TicketFacts {
  const heading = ticketHeading(doc, thread);
  const ticketId = idIn(heading?.text) ?? shownNumber(doc, thread) ?? idIn(doc.title) ?? readValue(doc, doc, URL_ID)?.replace(/^#/, '');
  const customer = personOf(labelledCustomer(doc) ?? outsideLists(doc, CUSTOMER_NAME));
  const agentRaw = readValue(doc, doc, AGENT_NAME)?.replace(SIGNED_IN_AS, '');
  const subject = heading ? cleanSubject(heading.text) || undefined : undefined;
  return { subject, ticketId, customerName: customer.name, customerEmail: customer.email, agentName: agentRaw || undefined };
}
