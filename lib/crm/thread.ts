/**
 * Where the conversation is on a page nobody wrote an adapter for, by evidence rather than proximity: groups of
 * sibling blocks that share a shape, each holding prose (sentences, not labels) and, for messages, one author
 * and one time. A ticket list has short linked rows with controls; a form row has labels; a toolbar has no
 * sentences: none of them scores. The best group wins; how strong its evidence is travels with the reading.
 */
import { classWords, proseScore, type Stats } from './evidence';
import { measurePage, type PageEvidence } from './page-evidence';
import { eventLog } from './event-log';

export type Evidence = 'strong' | 'weak' | 'none';

export interface Thread {
  /** The element holding the messages. */
  container: Element;
  /** Message blocks in document order (events without prose left out). */
  items: Element[];
  /** Those of `items` that are of another shape than the thread's own and joined it (a team comment among e-mails). */
  joined?: Element[];
  evidence: Evidence;
  score: number;
}

const STATE_CLASS = /^(odd|even|first|last|active|selected|open|closed|collapsed|expanded|new|unread|read|is-|has-|ng-|js-)/;
const MESSAGE_NAME = /message|comment|thread|conversation|transaction|article|reply|replies|post|entry|note|activity|history|timeline|bubble|chat|email|mail|journal|correspond|μήνυμ|συνομιλ/i;

function signature(el: Element): string {
  const cls = [...el.classList].find((c) => !STATE_CLASS.test(c));
  // A test id tells shapes apart only where classes are missing (the first message may carry one of its own).
  const testId = cls ? '' : (el.getAttribute('data-test-id') ?? el.getAttribute('data-testid') ?? '').replace(/[-_.]?\d+$/, '');
  return `${el.tagName}.${cls ?? ''}|${el.getAttribute('role') ?? ''}|${testId}`;
}

/** Two or more blocks inside, each with prose and a time of its own: a list of messages, not one. */
function wrapsMessages(ev: PageEvidence, el: Element, depth = 0): boolean {
  if (depth > 8) return false;
  const kids = [...el.children, ...(el.shadowRoot?.children ?? [])].filter((c) => proseScore(ev.get(c)) > 0);
  if (kids.filter((c) => ev.get(c).times >= 1).length >= 2) return true;
  return kids.length === 1 && wrapsMessages(ev, kids[0], depth + 1);
}

/** Author and time markers say "a message"; -1 for a wrapper of several messages. */
function markerBonus(ev: PageEvidence, el: Element, s: Stats): number {
  if (s.times > 1 && wrapsMessages(ev, el)) return -1;
  const time = s.times === 1 ? 0.6 : s.times === 2 ? 0.3 : 0;
  const author = s.authors >= 1 && s.authors <= 2 ? 0.6 : s.authors <= 4 && s.authors > 0 ? 0.3 : 0;
  return time + author;
}

function named(el: Element): boolean {
  return MESSAGE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-test-id') ?? ''} ${el.getAttribute('role') ?? ''}`);
}

interface Candidate extends Thread {
  depth: number;
  /** How many of the items hold prose (the others are events of the same shape: "Status changed"). */
  prose: number;
}

/**
 * Sentences among checkboxes, with no time: a form explaining its options (RT's «Αυτοματισμοί και Παραλήπτες» on
 * the reply page: "…με πρότυπο σελίδας Αλληλογραφία σε HTML", a link to «Σελίδα χρηστών»). Neither it nor any part
 * of it is a message: read as the customer's, it brought an anger cue on «HTML» and billing SOPs.
 */
function optionsBox(item: Element, s: Stats): boolean {
  return !s.times && s.controls >= 2 && item.querySelectorAll('input[type=checkbox],input[type=radio]').length >= 2;
}

/**
 * Form controls and not one sentence mark: a page's frame of forms and lists, not a message. RT's home page («RT at
 * a glance»: ticket lists with «Take» buttons, a quick-create form, a search box) has no thread; its whole body
 * came up as one customer message from «jcarter» (the login), and QC counted an interaction answered at once.
 */
const formsNotWords = (s: Stats): boolean => s.controls >= 3 && s.marks === 0;

/**
 * Sentences with no time, in the form the agent writes their reply in: the form explaining itself, not a message.
 * RT's comment page says «On Comment Notify AdminCcs as Comment with template Admin Comment in HTML» with no
 * checkbox beside it (optionsBox needs two): read as the customer, it brought «Angry: "HTML"», social-media SOPs for
 * «comment», «page», and hid the ticket's conversation read a click earlier.
 */
const EDITORS = 'textarea,[contenteditable=""],[contenteditable=true]';
const FORM_EDITORS = 'form textarea,form [contenteditable=""],form [contenteditable=true]';
function inReplyForm(item: Element, s: Stats): boolean {
  // The block holding that form (the page around it) is no message either: it was read whole then.
  return (!s.times && !!item.closest('form')?.querySelector(EDITORS)) || !!item.querySelector(FORM_EDITORS);
}

/** A table whose first row holds column headings: a grid of records (a ticket list), never one person's words. */
function isGrid(table: Element): boolean {
  const head = table.querySelector('tr');
  return !!head && [...head.children].some((c) => c.localName === 'th');
}

/**
 * All the prose of a block lies in grids of records and headings: a list of tickets, however their subjects read, or a
 * page's title, never someone's words. RT's home page lists the newest tickets under column headings; a subject that
 * is a sentence («Παράπονο: η παραγγελία 58213 δεν ήρθε ποτέ») made the whole list one customer message from the
 * agent's own address. Its Greek title «Το RT με μια ματιά» was the customer's only message once the lists were not.
 * Znuny's ticket zoom, its article's frame not loaded, holds its title (h1), the article list and the related tickets
 * (grids) and the article's heading (h2): read whole as one message, its fields and subjects were the customer's.
 */
function recordsOnly(ev: PageEvidence, item: Element, s: Stats): boolean {
  // A record of such a grid (RT's rows, one <tbody> each): the agent's home page in Greek, owning a ticket, gave six
  // rows of the unowned list as six messages from «Προτεραιότητα» (a column heading), and QC counted an interaction.
  const around = item.parentElement?.closest('table');
  if (around && isGrid(around)) return true;
  const kinds = 'table,h1,h2,h3,h4,h5,h6';
  const all = [...(item.matches(kinds) ? [item] : []), ...item.querySelectorAll(kinds)].filter((e) => e.localName !== 'table' || isGrid(e));
  const outer = all.filter((g) => !all.some((o) => o !== g && o.contains(g)));
  return outer.length > 0 && outer.reduce((n, g) => n + ev.get(g).proseWords, 0) >= s.proseWords;
}

/** The page's footer ("Powered by Znuny", «Με την υποστήριξη του Znuny») is a line of the desk's, not a message. */
const pageFooter = (el: Element) => el.localName === 'footer' || /(^|[\s_-])footer($|[\s_-])/i.test(`${el.id} ${el.getAttribute('class') ?? ''}`);

function scoreGroup(ev: PageEvidence, parent: Element, group: Element[], depth: number, forms: Element[]): Candidate | undefined {
  let sum = 0;
  let markers = 0;
  let prose = 0;
  let controls = 0;
  const items: Element[] = [];
  for (const item of group) {
    const s = ev.get(item);
    const p = proseScore(s);
    controls += s.controls;
    if (optionsBox(item, s)) forms.push(item);
    if (!p || recordsOnly(ev, item, s) || pageFooter(item) || forms.includes(item) || formsNotWords(s) || inReplyForm(item, s)) continue;
    const bonus = markerBonus(ev, item, s);
    if (bonus < 0) return undefined; // a wrapper of several messages, not one
    items.push(item);
    prose += p;
    markers += bonus;
    sum += p * (1 + bonus);
  }
  // A log of what was done to the ticket (its history, an activity list) is no conversation (event-log.ts).
  if (!items.length || eventLog(items)) return undefined;
  const isNamed = named(parent) || items.some(named);
  const structured = markers / items.length > 0.3 || isNamed;
  let score = sum * (structured ? 1 + 0.3 * Math.min(items.length - 1, 3) : 1) * (isNamed ? 1.3 : 1);
  // Ticket lists: a checkbox or a button on every row.
  if (controls >= group.length && group.length > 2) score *= 0.3;
  const evidence: Evidence = markers / items.length > 0.3 && prose >= 4 ? 'strong' : isNamed && items.length >= 2 ? 'strong' : 'weak';
  // Members of the same shape without prose stay in (a terse note, an event): the reader decides what they are.
  return { container: parent, items: evidence === 'strong' ? group : items, evidence, score, depth, prose: items.length };
}

function depthOf(el: Element): number {
  let d = 0;
  for (let e: Node | null = el; e; e = e.parentNode ?? (e as ShadowRoot).host ?? null) d++;
  return d;
}

/** The best message group of the page, or undefined when nothing on it reads like a conversation. */
export function findThread(doc: Document, ev: PageEvidence = measurePage(doc), debug?: Thread[]): Thread | undefined {
  let best: Candidate | undefined;
  const all: Candidate[] = [];
  const forms: Element[] = [];
  for (const parent of ev.order) {
    if (forms.some((f) => f.contains(parent))) continue;
    const children = [...parent.children, ...(parent.shadowRoot?.children ?? [])].filter((c) => ev.stats.has(c));
    if (!children.length) continue;
    const groups = new Map<string, Element[]>();
    for (const c of children) {
      const sig = signature(c);
      const g = groups.get(sig);
      if (g) g.push(c);
      else groups.set(sig, [c]);
    }
    let depth: number | undefined;
    for (const group of groups.values()) {
      depth ??= depthOf(parent);
      const cand = scoreGroup(ev, parent, group, depth, forms);
      if (cand) all.push(cand);
      if (cand && better(cand, best)) best = cand;
    }
  }
  debug?.push(...all);
  best = best && conversationInside(best, all);
  if (!best || best.score < 3) return undefined;
  const { container, evidence, score } = best;
  const items = withSiblingMessages(ev, best);
  return { container, items, joined: items.filter((c) => !best!.items.includes(c)), evidence, score };
}

/**
 * One block holding a conversation of several messages is not one message: the conversation inside it is. The
 * unknown desk's columns (its plain thread beside an activity log) came up as one customer message once the log
 * was no longer taken for the conversation: the log's sentences made the block outweigh the thread.
 */
function conversationInside(best: Candidate, all: Candidate[]): Candidate {
  if (best.evidence === 'strong' || best.items.length !== 1) return best;
  let inside: Candidate | undefined;
  for (const c of all) if (c.evidence === 'strong' && c.items.length >= 2 && c.score >= 3 && best.items[0].contains(c.container) && better(c, inside)) inside = c;
  return inside ?? best;
}

/** Messages of another shape in the same list (a team comment among e-mails) join the thread, in page order. */
function withSiblingMessages(ev: PageEvidence, best: Candidate): Element[] {
  if (best.evidence !== 'strong') return best.items;
  const kids = [...best.container.children, ...(best.container.shadowRoot?.children ?? [])];
  return kids.filter((c) => best.items.includes(c) || (proseScore(ev.get(c)) > 0 && markerBonus(ev, c, ev.get(c)) > 0.5));
}

/** Higher score; near-ties go to fewer items (a message over its paragraphs), then to the innermost. */
function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.score > b.score * 1.05) return true;
  if (a.score < b.score / 1.05) return false;
  if (a.prose !== b.prose) return a.prose < b.prose;
  return a.depth > b.depth;
}

export function threadEvidenceOf(thread: Thread | undefined): Evidence {
  return thread?.evidence ?? 'none';
}

export { classWords };
