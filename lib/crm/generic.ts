/**
 * Reads any other page by evidence (thread.ts): the message blocks, who wrote each (roles.ts), and the open
 * ticket's subject, number and people from the same region (ticket-facts.ts). Customer text the agent selects
 * on the page steers suggestions while it stays selected; the agent's draft and Odigos never count. Never
 * throws: an empty snapshot just means nothing to suggest for yet.
 */
import type { ConversationSnapshot, CrmAdapter, ReadingEvidence, ThreadMessage } from './types';
import { deepActiveElement, frameOf, insideOdigos, editableIn, findAll, innerRoot, isEditable, readValue, splitName, tidy } from './dom';
import { bodyElement, bodyOf, readableText } from './heuristics';
import { measurePage, proseScore, measureProse } from './evidence';
import { findThread, type Thread } from './thread';
import { CUSTOMER_NAME, personOf, ticketFacts, type TicketFacts } from './ticket-facts';
import { assignRoles } from './roles';
import { withThread } from './snapshot';
import { orderedOldestFirst } from './messages';

const EDITABLES = 'textarea,[contenteditable=""],[contenteditable=true],[role=textbox]';
const REPLY_WORDS = /reply|answer|respon|message|compose|write|απάντ|μήνυμ|γράψ/i;
const NOTE_WORDS = /\bnote|internal|private|team|comment|σημείωσ|εσωτερικ|σχόλ/i;

/** What the agent did on this page that reading alone cannot see later: a selection, the box last typed in. */
interface Memory {
  selection?: string;
  /** The interaction the selection was made on: another ticket drops it. */
  interaction?: string;
  editor?: Element;
  /** The thread the last reading found: the reply box is the editable closest to it. */
  thread?: Element;
}
const memories = new WeakMap<Document, Memory>();
const memoryOf = (doc: Document) => memories.get(doc) ?? (memories.set(doc, {}), memories.get(doc)!);

/** Inside the agent's own editors (the draft) or Odigos: never the customer's words. */
function agentSide(el: Element | null | undefined): boolean {
  return !!el && (insideOdigos(el) || !!el.closest(EDITABLES) || isEditable(el));
}

/** The agent's current selection when it is a message-sized piece of page text (not an editor, not Odigos). */
function selectedText(doc: Document): { text: string; at: Element } | undefined {
  const sel = doc.getSelection?.();
  const text = tidy(sel?.toString());
  if (!sel?.anchorNode || text.length < 8 || !/\s/.test(text)) return undefined;
  const node = sel.anchorNode;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || agentSide(el) || (doc.activeElement && agentSide(deepActiveElement(doc)) && isEditable(deepActiveElement(doc)))) return undefined;
  return { text, at: el };
}

function focusedEditor(doc: Document): HTMLElement | undefined {
  const el = deepActiveElement(doc);
  if (!el || insideOdigos(el) || el.getAttribute('role') === 'searchbox') return undefined;
  if (isEditable(el)) return el;
  const owner = el.ownerDocument;
  return owner !== doc && owner.designMode === 'on' ? owner.body : undefined;
}

/** Editables in the page, its same-origin frames and open shadow roots (only searched when the light DOM has none). */
function editables(doc: Document): HTMLElement[] {
  const found = findAll(doc, EDITABLES) as HTMLElement[];
  for (const frame of doc.querySelectorAll('iframe')) {
    const inner = innerRoot(frame) as Document | undefined;
    if (inner?.body && (isEditable(inner.body) || inner.designMode === 'on')) found.push(inner.body);
    else if (inner) for (const el of findAll(inner, EDITABLES)) found.push(el as HTMLElement);
  }
  if (!found.length) {
    for (const el of doc.querySelectorAll('*')) if (el.shadowRoot) for (const inner of findAll(el.shadowRoot, EDITABLES)) found.push(inner as HTMLElement);
  }
  return found.filter((el) => !insideOdigos(el) && el.getAttribute('role') !== 'searchbox');
}

function describeBox(el: Element): string {
  const frame = frameOf(el.ownerDocument);
  return ['aria-label', 'placeholder', 'name', 'id', 'class', 'data-placeholder', 'title']
    .map((a) => `${el.getAttribute(a) ?? ''} ${frame?.getAttribute(a) ?? ''}`)
    .join(' ');
}

/** The reply box: the focused one, else the last one the agent focused, else the one that looks like a reply box. */
function replyEditor(doc: Document): HTMLElement | undefined {
  const memory = memoryOf(doc);
  const focused = focusedEditor(doc);
  if (focused) return (memory.editor = focused);
  if (memory.editor?.isConnected) return memory.editor as HTMLElement;
  const all = editables(doc);
  const thread = memory.thread?.isConnected ? memory.thread : undefined;
  let best: HTMLElement | undefined;
  let bestScore = -Infinity;
  for (const el of all) {
    const words = describeBox(el);
    // The box beside the conversation that says "reply" is the reply box; a notes box says "note" or "internal".
    let score = (REPLY_WORDS.test(words) ? 2 : 0) - (NOTE_WORDS.test(words) ? 3 : 0);
    if (thread) score += closeness(thread, el);
    if (score >= bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/** How deep the box and the thread share an ancestor, relative to the page (0 … 4). */
function closeness(thread: Element, box: Element): number {
  let common: Element | undefined = thread;
  const host = frameOf(box.ownerDocument) ?? box;
  while (common && !common.contains(host)) common = common.parentElement ?? undefined;
  if (!common) return 0;
  let up = 0;
  for (let e: Element | null = thread; e && e !== common; e = e.parentElement) up++;
  return Math.max(0, 4 - up);
}

/** What a page says about the conversation outside the messages (pointed layouts read it too). */
export function pageFacts(doc: Document, near?: Element, items: readonly Element[] = []): TicketFacts {
  const facts = ticketFacts(doc, near, items);
  // Chat consoles keep their header (with the customer's name) in the same shadow root as the messages.
  const root = near?.getRootNode();
  if (!facts.customerName && root && root !== doc) facts.customerName = personOf(readValue(doc, root as ShadowRoot, CUSTOMER_NAME)).name;
  return facts;
}

/**
 * The interaction on a page no helpdesk adapter knows: its ticket id if the page shows one, else its path.
 * Guessing and a pointed-at layout (profile adapter) name it alike, so notes stay with the ticket when the
 * agent points at the conversation.
 */
export function pageInteractionId(loc: Location | undefined, ticketId: string | undefined): string {
  return ticketId ? `generic:${loc?.host}:${ticketId}` : `generic:${loc?.origin}${loc?.pathname}`;
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

/**
 * Items with a sentence, or a body of their own with a few words (a terse note: "Claim opened, ref DMG-88213"),
 * are messages; the rest are events ("Outgoing email recorded", "Status changed").
 */
function isMessage(item: Element): boolean {
  const body = bodyElement(item);
  const prose = measureProse(body);
  if (proseScore(prose) > 0) return true;
  // A body that still holds the entry's date is its header line, not words of its own.
  return body !== item && prose.words >= 4 && !/\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/.test(body.textContent ?? '');
}

function threadMessages(doc: Document, thread: Thread | undefined, facts: TicketFacts) {
  const people = { customerName: facts.customerName, agentName: facts.agentName, customerEmail: facts.customerEmail };
  // Items without a sentence of their own are events ("Outgoing email recorded", "Status changed"), not messages.
  const items = thread ? orderedOldestFirst(thread.items, [...thread.items]).slice(-40).filter(isMessage) : [];
  const roled = thread ? assignRoles(items, people, thread.container) : [];
  const messages: ThreadMessage[] = roled.map((m) => ({ role: m.role, text: bodyOf(m.el), author: m.author.name ?? m.author.email }));
  const first = description(doc, thread);
  if (first && !messages.some((m) => m.text.includes(first.slice(0, 60)))) messages.unshift({ role: 'customer', text: first });
  const roleOf = (el: Element) => roled.find((m) => m.el.contains(el))?.role;
  return { messages: messages.filter((m) => m.text), roleOf };
}

function read(doc: Document): ConversationSnapshot {
  const thread = findThread(doc, measurePage(doc));
  memoryOf(doc).thread = thread?.container;
  const facts = pageFacts(doc, thread?.container, thread?.items);
  const { messages, roleOf } = threadMessages(doc, thread, facts);
  const evidence: ReadingEvidence = thread?.evidence ?? (messages.length ? 'weak' : 'none');
  const customerAuthor = messages.find((m) => m.role === 'customer')?.author;
  const { ticketId } = facts;
  const interactionId = pageInteractionId(doc.location, ticketId);
  const snapshot = withThread(
    {
      adapter: 'generic',
      interactionId,
      ticketId,
      subject: facts.subject,
      customer: { ...splitName(facts.customerName ?? personOf(customerAuthor).name), email: facts.customerEmail },
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
  const memory = memoryOf(doc);
  const now = selectedText(doc);
  if (now) {
    const role = roleOf(now.at);
    if (role === 'agent' || role === 'internal') return undefined;
    memory.selection = now.text;
    memory.interaction = interaction;
  }
  if (memory.interaction !== interaction) memory.selection = undefined;
  return memory.selection;
}

export const genericAdapter: CrmAdapter = {
  id: 'generic',
  name: 'Any web page',
  matches: () => true,
  read,
  replyEditor: (doc) => editableIn(replyEditor(doc)),
  observeRoot(doc) {
    // Subject and people sit outside the thread: the whole page is observed (the agent's typing is filtered out).
    return doc.body ?? undefined;
  },
  watch(doc, signal, changed) {
    const memory = memoryOf(doc);
    let later: ReturnType<typeof setTimeout> | undefined;
    const onSelection = () => {
      clearTimeout(later);
      const now = selectedText(doc);
      if (now) {
        if (now.text !== memory.selection) changed();
        return;
      }
      // Focus going into Odigos or the reply box (to use what the selection brought) keeps it steering; a click
      // elsewhere on the page ends it. Focus moves around the selection change, so look a moment later.
      later = setTimeout(() => {
        if (!memory.selection || agentSide(deepActiveElement(doc)) || selectedText(doc)) return;
        memory.selection = undefined;
        changed();
      }, 60);
    };
    signal.addEventListener('abort', () => clearTimeout(later));
    const onFocus = () => {
      const el = focusedEditor(doc);
      if (el) memory.editor = el;
    };
    doc.addEventListener('selectionchange', onSelection, { signal });
    doc.addEventListener('focusin', onFocus, { signal, capture: true });
  },
};
