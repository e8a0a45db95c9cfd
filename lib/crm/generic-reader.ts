/**
 * Reads any page by evidence (page-evidence.ts, thread.ts): the message blocks, who wrote each (roles.ts), and
 * the open ticket's subject, number and people from the same region (ticket-facts.ts). Customer text the agent
 * selects on the page steers suggestions while it stays selected; the agent's draft and Odigos never count.
 * Never throws: an empty snapshot just means nothing to suggest for yet. Comes with the extras bundle; the
 * content script's stand-in (generic.ts) reads through it.
 */
import type { ConversationSnapshot, ReadingEvidence, ThreadMessage } from './types';
import { shownAt } from './shown-time';
import { personOf, readValue, splitName, tidy } from './dom';
import { deepActiveElement } from '../editors/dom';
import { authorOf, bodyElement, bodyOf, readableText, SAID } from './heuristics';
import { proseScore, measureProse } from './evidence';
import { measurePage } from './page-evidence';
import { findThread, type Thread } from './thread';
import { CUSTOMER_NAME, ticketFacts, type TicketFacts } from './ticket-facts';
import { assignRoles, type RoledItem } from './roles';
import { withThread } from './snapshot';
import { paintedNotes } from './note-paint';
import { orderedOldestFirst } from './messages';
import { withFields } from './customer-fields';
import { drawnApart, reportsWhatWasDone } from './event-log';
import { selectorAdapter } from './selector-adapter';
import { profileAdapter } from './profile-adapter';
import { quotedMail } from './quoted-mail';
import { agentSide, genericAdapter, pageInteractionId, registerGenericReader, rememberThread, selectedText, type GenericReader } from './generic';

/** The customer text the agent selected, per page, and the interaction it was selected on. */
const selections = new WeakMap<Document, { text?: string; interaction?: string }>();
const selectionOf = (doc: Document) => selections.get(doc) ?? (selections.set(doc, {}), selections.get(doc)!);

/** What a page says about the conversation outside the messages (pointed layouts read it too). */
export function pageFacts(doc: Document, near?: Element, items: readonly Element[] = []): TicketFacts {
  const facts = ticketFacts(doc, near, items);
  // Chat consoles keep their header (with the customer's name) in the same shadow root as the messages.
  const root = near?.getRootNode();
  if (!facts.customerName && root && root !== doc) facts.customerName = personOf(readValue(doc, root as ShadowRoot, CUSTOMER_NAME)).name;
  return facts;
}

const DESCRIPTION = '[class*="description" i],[id*="description" i],[data-test-id*="description" i],[class*="issue-body" i]';
const DESCRIPTION_LABEL = /^(description|issue description|περιγραφή)\s*:?$/i;

/** A ticket's description block (Jira, Redmine, ServiceNow): the customer's first words, outside the thread. */
function description(doc: Document, thread: Thread | undefined): string | undefined {
  const labelled = [...doc.querySelectorAll('h2,h3,h4,dt,th,label,[class*="label" i]')]
    .filter((h) => DESCRIPTION_LABEL.test(tidy(h.textContent)))
    .map((h) => h.nextElementSibling ?? h.parentElement?.nextElementSibling)
    .filter((e): e is Element => !!e);
  for (const el of [...labelled, ...doc.querySelectorAll(DESCRIPTION)]) {
    if (thread && (thread.container.contains(el) || el.contains(thread.container))) continue;
    if (agentSide(el) || el.closest('nav,aside,a,[role=navigation],[role=listbox],[role=row]')) continue;
    if (proseScore(measureProse(el)) > 0) return readableText(el) || undefined;
  }
  return undefined;
}

const BODY_PART = /(?:^|[\s_-])(?:content|body)(?:[\s_-]|$)/i;

/**
 * An item whose own body part is empty keeps its words in its header: an event, however it is worded. RT's
 * history rows read «<user> - Η κατάσταση άλλαξε από 'νέα' σε 'ανοικτά'», "The RT System itself - Outgoing email
 * recorded" over an empty div.content; taken for replies, they timed the first response at RT's own auto-reply.
 */
function emptyBody(item: Element): boolean {
  const parts = [...item.children].filter((c) => BODY_PART.test(c.getAttribute('class') ?? ''));
  return parts.length > 0 && parts.every((c) => !c.textContent?.trim() && !c.querySelector('img'));
}

/**
 * Items with a sentence, or a body of their own with a few words (a terse note: "Claim opened, ref DMG-88213") or
 * a short line ended as said ("Thanks, got it!": under four words it was taken for an event and the panel went on
 * with the message before), are messages; the rest are events ("Outgoing email recorded", "Status changed").
 */
function isMessage(item: Element): boolean {
  if (emptyBody(item)) return false;
  const body = bodyElement(item);
  const prose = measureProse(body);
  if (proseScore(prose) > 0) return true;
  const text = body.textContent ?? '';
  // A body that still holds the entry's date is its header line, not words of its own.
  return body !== item && (prose.words >= 4 || SAID.test(text)) && prose.words > 0 && !/\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(text);
}

/**
 * A teammate's entry drawn apart from the messages is a comment, not a reply. Helpdesks draw every message
 * exchanged with the customer with one component, whoever wrote it (Zendesk's article, RT's transaction, Front's
 * message viewer), and a teammate's comment with another (Front's comment, "Emma Clarke commented", sits outside the
 * viewer); thread.ts lets such entries join the thread. Where the thread's own shape carries both the customer's
 * words and the agent's replies, an entry of another shape that only its author's name makes the agent's is a
 * comment. What the markup's words say still decides, the customer's entries stay theirs, and chat bubbles drawn
 * apart per side (one role to a shape) are left alone.
 */
function commentsApart(roled: RoledItem[], joined: readonly Element[], list: Element): void {
  const own = roled.filter((m) => !joined.includes(m.el));
  if (!own.some((m) => m.role === 'customer') || !own.some((m) => m.role === 'agent')) return;
  for (const m of roled) if (m.role === 'agent' && joined.includes(m.el) && !authorOf(m.el, {}, list)) m.role = 'internal';
}

/** The thread's entries less the lines that report what one of its people did (event-log.ts). */
function withoutEvents(roled: RoledItem[], named: (string | undefined)[]): RoledItem[] {
  const people = [...named, ...roled.map((m) => m.author.name)].filter((n): n is string => !!n);
  const items = roled.map((m) => m.el);
  return roled.filter((m) => !reportsWhatWasDone(bodyOf(m.el), people, drawnApart(m.el, items)));
}

function threadMessages(doc: Document, thread: Thread | undefined, facts: TicketFacts) {
  const people = { customerName: facts.customerName, agentName: facts.agentName, customerEmail: facts.customerEmail };
  // Items without a sentence of their own are events ("Outgoing email recorded", "Status changed"), not messages.
  const items = thread ? orderedOldestFirst(thread.items, [...thread.items]).slice(-40).filter(isMessage) : [];
  // Items painted as notes are notes where neither a badge nor the markup's words say otherwise (roles.ts).
  const roled = thread ? assignRoles(items, people, thread.container, paintedNotes(doc, items)) : [];
  if (thread?.joined?.length) commentsApart(roled, thread.joined, thread.container);
  const messages: ThreadMessage[] = withoutEvents(roled, [facts.agentName, facts.customerName]).map((m) => ({ role: m.role, text: bodyOf(m.el), author: m.author.name ?? m.author.email, ...shownAt(m.el) }));
  const first = description(doc, thread);
  if (first && !messages.some((m) => m.text.includes(first.slice(0, 60)))) messages.unshift({ role: 'customer', text: first });
  const roleOf = (el: Element) => roled.find((m) => m.el.contains(el))?.role;
  return { messages: messages.filter((m) => m.text), roleOf };
}

function read(doc: Document): ConversationSnapshot {
  const thread = findThread(doc, measurePage(doc));
  rememberThread(doc, thread?.container);
  const facts = pageFacts(doc, thread?.container, thread?.items);
  const { messages, roleOf } = threadMessages(doc, thread, facts);
  // A reply page with no thread (Znuny's popup): the mail its reply box quotes, as a weak reading that the ticket
  // page's reading, kept from earlier, still wins over (lib/background/readings.ts).
  const quoted = messages.length ? undefined : quotedMail(genericAdapter.replyEditor(doc), facts.agentName);
  if (quoted) messages.push(quoted);
  const evidence: ReadingEvidence = quoted ? 'weak' : (thread?.evidence ?? (messages.length ? 'weak' : 'none'));
  const customerAuthor = messages.find((m) => m.role === 'customer')?.author;
  const { ticketId } = facts;
  const interactionId = pageInteractionId(doc.location, ticketId);
  const snapshot = withThread(
    {
      adapter: 'generic',
      interactionId,
      ticketId,
      subject: facts.subject,
      customer: withFields(doc, { ...splitName(facts.customerName ?? personOf(customerAuthor).name), email: facts.customerEmail }, facts.agentName, thread?.container),
      agent: splitName(facts.agentName),
      evidence,
    },
    messages,
  );
  const selection = currentSelection(doc, interactionId, roleOf);
  return selection ? { ...snapshot, selection } : snapshot;
}

/**
 * Customer text the agent selected steers suggestions while it stays selected (and while focus went into
 * Odigos or the reply box to use them); never the agent's own messages or notes, never on another ticket.
 */
function currentSelection(doc: Document, interaction: string, roleOf: (el: Element) => ThreadMessage['role']): string | undefined {
  const memory = selectionOf(doc);
  const now = selectedText(doc);
  if (now) {
    const role = roleOf(now.at);
    if (role === 'agent' || role === 'internal') return undefined;
    memory.text = now.text;
    memory.interaction = interaction;
  }
  if (memory.interaction !== interaction) memory.text = undefined;
  return memory.text;
}


function watch(doc: Document, signal: AbortSignal, changed: () => void): void {
  const memory = selectionOf(doc);
  let later: ReturnType<typeof setTimeout> | undefined;
  const onSelection = () => {
    clearTimeout(later);
    const now = selectedText(doc);
    if (now) {
      if (now.text !== memory.text) changed();
      return;
    }
    // Focus going into Odigos or the reply box (to use what the selection brought) keeps it steering; a click
    // elsewhere on the page ends it. Focus moves around the selection change, so look a moment later.
    later = setTimeout(() => {
      if (!memory.text || agentSide(deepActiveElement(doc)) || selectedText(doc)) return;
      memory.text = undefined;
      changed();
    }, 60);
  };
  signal.addEventListener('abort', () => clearTimeout(later));
  doc.addEventListener('selectionchange', onSelection, { signal });
}

export const genericReader: GenericReader = { read, watch, facts: pageFacts, adapterFor: selectorAdapter, profileAdapter };

registerGenericReader(genericReader);
