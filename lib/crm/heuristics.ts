/**
 * Shape heuristics for pages nobody wrote an adapter for (and for the parts of known helpdesks whose markup is
 * undocumented): where the conversation is, which repeated blocks are messages, who wrote each one.
 * Reading only; everything is bounded so a long thread stays cheap.
 */
import { composedParent, find, innerRoot, isEditable, textOf, tidy } from './dom';
import { isChrome, measureProse } from './evidence';
import type { Role } from './types';

export type Author = Role;

// Words in class names / data attributes that say who wrote a message. "user" is the customer in helpdesks
// (Intercom o__user-comment, Zendesk type="end-user"); "response" is osTicket's staff reply.
const AGENT_WORDS = /^(agent|agents|admin|staff|operator|support|outgoing|outbound|sent|me|mine|self|own|response|employee|teammate|rep)$/;
const CUSTOMER_WORDS = /^(customer|client|user|enduser|requester|visitor|guest|contact|incoming|inbound|received|them|buyer)$/;
const INTERNAL_WORDS = /^(note|notes|internal|private|system|event|whisper)$/;
const STRICT_INTERNAL = /^(internal|private|whisper)$/;
const AUTHOR_ATTRS = ['data-author', 'data-from', 'data-role', 'data-sender', 'data-sender-type', 'data-direction', 'data-author-type', 'type'];
const MESSAGE_LIKE = /messages?|comments?|thread|conversation|bubble|chat|timeline|history|replies|posts|log|feed|μηνύμ|συνομιλ/i;
const AREA_SELECTOR = '[role=log],[role=feed],[class*="message" i],[class*="thread" i],[class*="conversation" i],[class*="comment" i],[class*="chat" i],[class*="bubble" i]';

function words(el: Element): string[] {
  const parts = [el.getAttribute('class') ?? ''];
  for (const a of AUTHOR_ATTRS) parts.push(el.getAttribute(a) ?? '');
  return parts
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    // "has-notes" says the entry has text, not that it is a note.
    .filter((w, i, all) => w && all[i - 1] !== 'has');
}

/** `strict`: on an item's inner parts only unambiguous note words count ("ticket_note" is Freshdesk's body). */
function authorFromWords(el: Element, strict = false): Author | undefined {
  const w = words(el);
  if (w.some((x) => (strict ? STRICT_INTERNAL : INTERNAL_WORDS).test(x))) return 'internal';
  const agent = w.some((x) => AGENT_WORDS.test(x));
  const customer = w.some((x) => CUSTOMER_WORDS.test(x));
  return agent === customer ? undefined : agent ? 'agent' : 'customer';
}

/** Names that identify people on the page, compared with a message's author text. */
export interface KnownPeople {
  customerName?: string;
  agentName?: string;
  agentEmail?: string;
}

const AUTHOR_NAME = '[data-author-name],[itemprop=author],[class*="author" i],[class*="sender" i],[class*="from" i]';

/** Short author text of a message, when the item marks one. */
export function authorNameOf(item: Element): string | undefined {
  const el = find(item, AUTHOR_NAME);
  const text = el?.getAttribute('data-author-name') ?? textOf(el);
  return text && text.length < 80 ? text : undefined;
}

/**
 * Who wrote a message: the item's own classes/attributes first, then its wrappers up to the list, then its
 * first children (chat bubbles often mark the inner element), then the author's name compared with known people.
 */
export function authorOf(item: Element, people: KnownPeople = {}, list?: Element): Author | undefined {
  for (let el: Element | null = item; el && el !== list; el = el.parentElement) {
    const a = authorFromWords(el);
    if (a) return a;
    if (!list) break;
  }
  // A wrapper with a single child (li > div.message) is that child.
  let inner = item;
  while (inner.childElementCount === 1) {
    inner = inner.firstElementChild!;
    const a = authorFromWords(inner);
    if (a) return a;
  }
  let child = inner.firstElementChild;
  for (let i = 0; child && i < 4; i++, child = child.nextElementSibling) {
    const a = authorFromWords(child, true);
    if (a) return a;
  }
  const author = authorNameOf(item)?.toLowerCase();
  if (author) {
    if (people.agentName && author.includes(people.agentName.toLowerCase())) return 'agent';
    if (people.agentEmail && author.includes(people.agentEmail.toLowerCase())) return 'agent';
    if (people.customerName && author.includes(people.customerName.toLowerCase())) return 'customer';
  }
  return undefined;
}

function signature(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
}

/**
 * The repeated blocks of a message list: unwrap single-child wrappers, then take the largest group of
 * siblings sharing tag + first class that carry text (date separators and composers drop out). `every`: all the
 * blocks with text, whatever their shape, for a reader that tells messages from the rest by markup of its own.
 */
export function messageItems(container: Element, every = false): Element[] {
  let list = container;
  for (let i = 0; i < 6 && list.childElementCount === 1; i++) list = list.firstElementChild!;
  const groups = new Map<string, Element[]>();
  const all: Element[] = [];
  for (const child of list.children) {
    if (/^(SCRIPT|STYLE|TEMPLATE|FORM|TEXTAREA|INPUT|BUTTON|IFRAME)$/.test(child.tagName)) continue;
    if (isEditable(child) || !child.textContent?.trim()) continue;
    all.push(child);
    const sig = signature(child);
    const group = groups.get(sig);
    if (group) group.push(child);
    else groups.set(sig, [child]);
  }
  if (every) return all;
  let best: Element[] = [];
  for (const g of groups.values()) if (g.length >= best.length) best = g;
  return best;
}

function looksLikeConversation(el: Element): boolean {
  const items = messageItems(el);
  if (!items.length) return false;
  const named = MESSAGE_LIKE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('role') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`);
  if (named) return true;
  // Unnamed lists (ticket lists, menus) have short items; messages are sentences.
  const chars = items.reduce((n, it) => n + (it.textContent?.length ?? 0), 0);
  return items.length >= 2 && chars / items.length >= 40;
}

/**
 * The conversation near the reply box: walk up from the box and look at the siblings before (then after) each
 * ancestor — the thread sits beside the composer in every helpdesk layout we know. Without a box, the first
 * message-like region of the page.
 */
export function findConversationArea(doc: Document, replyBox?: Element): Element | undefined {
  for (let el = replyBox; el; el = composedParent(el)) {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
      const hit = conversationIn(s);
      if (hit) return hit;
    }
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
      const hit = conversationIn(s);
      if (hit) return hit;
    }
  }
  const candidates = doc.querySelectorAll(AREA_SELECTOR);
  for (const c of candidates) if (!isEditable(c) && looksLikeConversation(c)) return c;
  const main = doc.querySelector('main,[role=main]');
  return main && looksLikeConversation(main) ? main : undefined;
}

function conversationIn(el: Element): Element | undefined {
  if (el.tagName === 'NAV' || el.getAttribute('role') === 'navigation' || el.tagName === 'ASIDE') return undefined;
  const named = el.matches(AREA_SELECTOR) ? el : el.querySelector(AREA_SELECTOR);
  if (named && looksLikeConversation(named)) return named;
  return looksLikeConversation(el) ? el : undefined;
}

const BODY = '[class*="body" i],[class*="content" i],[class*="text" i],[itemprop=text],[class*="message" i],blockquote,p';
const QUOTE = 'blockquote,.gmail_quote,[class*="quote" i],[class*="signature" i]';
const BLOCK = /^(P|DIV|LI|TR|H[1-6]|BLOCKQUOTE|SECTION|ARTICLE|PRE|TABLE|UL|OL|DL|DT|DD|HEADER|FOOTER)$/;

/** Function words in an element's text: where the sentences of a message are. */
function sentences(el: Element): number {
  return measureProse(el).fn;
}

const MAIL_HEADER = /^(subject|from|to|cc|date|θέμα|από|προς|κοιν\.?|ημερομηνία)\s*:$/i;

/**
 * Mail headers shown over a message (RT: «Από:», «Προς:», «Θέμα:» in a table): the subject's words are no sentence
 * of the message, else a short mail's body held too few of the item's sentences and the headers joined its text.
 */
function mailHeaders(item: Element): Element[] {
  return [...item.querySelectorAll('table')].filter((t) => {
    // Only a table of headers: every row opens with a label (a layout table holding the body too is no header).
    const keys = [...t.rows].map((r) => tidy(r.cells[0]?.textContent));
    return keys.length > 0 && keys.every((k) => k.endsWith(':')) && keys.some((k) => MAIL_HEADER.test(k));
  });
}

/** A clock shown in an element marked as a date or time (RT's span.date «Κυρ Δεκ 06 23:00:45 2026»). */
const shownClock = (h: Element) => [...h.querySelectorAll('[class*="date" i],[class*="time" i]')].some((t) => /\d:\d\d/.test(t.textContent ?? ''));

/**
 * The entry's header line, with its time (osTicket's div.header: «<b>Δημήτριος Καραγιάννης</b> έγραψε <time>» over
 * «Re: <subject>»; RT's div.metadata: date, «agent (Support Agent) - Τα Σχόλια προστέθηκαν»): the subject's and the
 * history line's words are no sentence of the message. Counted in, a one-line reply held too few of the entry's
 * sentences, and the author, time and subject were read as the customer's words; RT's two-sentence comment kept
 * its date and «Τα Σχόλια προστέθηκαν» («Τα» is a sentence's word).
 */
function entryHeaders(item: Element): Element[] {
  const size = item.textContent?.length ?? 0;
  const headed = (h: Element) => h.querySelector('time,[datetime]') && (h.textContent?.length ?? 0) * 2 < size;
  // RT's metadata line is as long as a short comment under it: it is a header while a quarter of the entry is left.
  const meta = (h: Element) => /metadata/i.test(h.getAttribute('class') ?? '') && shownClock(h) && (h.textContent?.length ?? 0) * 4 < size * 3;
  const all = [...item.querySelectorAll('header,[class*="header" i],[class*="metadata" i]')].filter((h) => headed(h) || meta(h));
  return all.filter((h) => !all.some((o) => o !== h && o.contains(h)));
}

/**
 * A mail shown in a frame of its own inside the entry (Znuny and OTRS draw the selected article's body in
 * iframe.ArticleMailContent): its document is the message when it holds more sentences than the entry around it.
 * Not an editor's frame (the agent's draft).
 */
function framedBody(item: Element): Element | undefined {
  for (const frame of item.querySelectorAll('iframe')) {
    const body = (innerRoot(frame) as Document | undefined)?.body;
    if (body && !isEditable(body as Element) && body.ownerDocument.designMode !== 'on' && sentences(body) > sentences(item)) return body;
  }
  return undefined;
}

/**
 * A paragraph beside other paragraphs is part of the message, never all of it: a long first paragraph held most of
 * the sentences, and the customer's closing question ("Where is my order?") was left out of her words.
 */
const oneParagraphOf = (el: Element) => el.localName === 'p' && [...(el.parentElement?.children ?? [])].some((p) => p !== el && p.localName === 'p' && p.textContent?.trim());

/**
 * The element holding a message's own words: the smallest body-like part that keeps (almost) all of its
 * sentences, so the author/time header, the mail headers and the action links stay out.
 */
export function bodyElement(item: Element): Element {
  const framed = framedBody(item);
  if (framed) return framed;
  const apart = [...mailHeaders(item), ...entryHeaders(item)];
  const whole = sentences(item) - apart.reduce((n, h) => n + sentences(h), 0);
  if (!whole) return largestBody(item, apart);
  let best: Element = item;
  let bestLen = item.textContent?.length ?? 0;
  for (const el of item.querySelectorAll(BODY)) {
    const len = el.textContent?.length ?? 0;
    if (len < bestLen && sentences(el) >= whole * 0.8 && !oneParagraphOf(el)) [best, bestLen] = [el, len];
  }
  return best;
}

/** A short line that a person ends as a sentence: «Ευχαριστώ, το πήρα!», "Any news?", «Νέα;» (events end bare). */
export const SAID = /[!?;;…]\s*$/;

/**
 * Without sentences (a terse note), the body-like part with the most text, if it is not just a header: a part
 * much shorter than its header is one only when it ends as said ("Any news?" under a name and a date). A part
 * holding or inside the mail headers is no body: RT's div.content around «Από: … Θέμα: …» and «Ευχαριστώ, το πήρα!» was
 * the largest, and the headers were read as the customer's last words.
 */
function largestBody(item: Element, apart: Element[]): Element {
  let best: Element = item;
  let bestLen = 0;
  for (const el of item.querySelectorAll(BODY)) {
    const len = el.textContent?.trim().length ?? 0;
    if (len > bestLen && !el.querySelector('time,[datetime]') && !apart.some((h) => el.contains(h) || h.contains(el))) [best, bestLen] = [el, len];
  }
  return bestLen >= (item.textContent?.trim().length ?? 0) * 0.3 || (bestLen > 0 && SAID.test(best.textContent ?? '')) ? best : item;
}

/** Every line of the element's text starts with '>': a mail's quote as RT and other mail desks show it. */
function quotedLines(el: Element | null): boolean {
  const lines = el ? readableText(el, false).split('\n').filter(Boolean) : [];
  return lines.length > 0 && lines.every((l) => l.startsWith('>'));
}

/** The control that unfolds a quote beside it (RT's «Προβολή αναφερομένου κειμένου», a div with an onclick). */
function quoteToggle(el: Element): boolean {
  return el.hasAttribute('onclick') && !el.childElementCount && quotedLines(el.nextElementSibling);
}

/** "On Mon, 2 Dec 2026 at 10:12, Support <support@example.com> wrote:" / «Στις Δευ, 2 Δεκ 2026 …, … έγραψε:». */
const ATTRIBUTION = /^(?:on|στις|την)\s.{4,200}\s(?:wrote|έγραψε)\s*:$/i;

/**
 * A mail's quoted lines ('>') and the line introducing them are the earlier message, not the author's words;
 * kept only when they are all there is.
 */
function withoutMailQuote(text: string): string {
  const lines = text.split('\n');
  const own = lines.filter((l) => !l.startsWith('>'));
  if (own.length === lines.length || !own.some((l) => l.trim())) return text;
  return tidy(own.filter((l) => !ATTRIBUTION.test(l.trim())).join('\n'));
}

/** Text with line breaks where blocks end, leaving out chrome, and quoted replies when more than a quote is there. */
export function readableText(el: Element, dropQuotes = true): string {
  const quotes = dropQuotes ? [...el.querySelectorAll(QUOTE)] : [];
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (e.tagName === 'BR') return void (out += '\n');
    if (isChrome(e) || quotes.includes(e) || (dropQuotes && quoteToggle(e))) return;
    const block = BLOCK.test(e.tagName);
    if (block) out += '\n';
    for (const c of e.childNodes) walk(c);
    if (block) out += '\n';
  };
  walk(el);
  const text = tidy(out.replace(/[ \t]*\n[ \t]*/g, '\n'));
  if (!dropQuotes) return text;
  return (text && withoutMailQuote(text)) || (quotes.length ? readableText(el, false) : '');
}

/**
 * A helpdesk's history line over an entry: RT's «agent (Support Agent) - Τα Σχόλια προστέθηκαν», "… - Comments added",
 * «Προστέθηκε σχόλιο από …», "Comments added by …", and the date line before it.
 */
const HISTORY_LINE =
  /^(?:.{1,100}\s[-–]\s(?:τα σχόλια προστέθηκαν|προστέθηκε σχόλιο|προστέθηκε αλληλογραφία|comments added|correspondence added)|(?:τα σχόλια προστέθηκαν|(?:το )?σχόλιο προστέθηκε|προστέθηκε σχόλιο|προστέθηκε αλληλογραφία|comments? added|correspondence added)\s(?:από|by)\s.{1,100})$/i;
const DATE_LINE = /^[^.!?;;]{0,30}\d{1,2}:\d{2}[^.!?;;]{0,20}$/;

/**
 * The entry's text without the history line (and its date) it opens with: where no header element sets them apart
 * (a terse comment under RT's header, too short to be told from it), they were read as the comment's first words.
 */
function withoutHistoryLine(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && (!lines[start].trim() || DATE_LINE.test(lines[start].trim()))) start++;
  if (!HISTORY_LINE.test(lines[start]?.trim() ?? '')) return text;
  const rest = tidy(lines.slice(start + 1).join('\n'));
  return rest || text;
}

/** A message's own text without its author/time header, mail headers, history line or quoted earlier replies. */
export function bodyOf(item: Element): string {
  return withoutHistoryLine(readableText(bodyElement(item)));
}
