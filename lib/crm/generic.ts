/**
 * Reads any other page: the agent's text selection first; else the messages beside the reply box, found by
 * shape (see heuristics.ts). Never throws: an empty snapshot just means nothing to suggest for yet.
 */
import type { ConversationSnapshot, CrmAdapter } from './types';
import { deepActiveElement, frameOf, insideOdigos, editableIn, findAll, innerRoot, isEditable, readValue, splitName, tidy } from './dom';
import { authorNameOf, authorOf, bodyOf, findConversationArea, messageItems } from './heuristics';
import { collectCustomerMessages, MAX_CUSTOMER_MESSAGES } from './messages';

const CUSTOMER_NAME = [
  '[data-customer-name]@data-customer-name',
  '[class*="customer" i][class*="name" i]',
  '[class*="requester" i][class*="name" i]',
  '[class*="contact" i][class*="name" i]',
  '[class*="client" i][class*="name" i]',
  '[itemprop=name]',
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
const TICKET_ID = [
  'url:/tickets?/(\\d+)',
  'url:/(?:conversations?|cases?|requests?|issues?|chats?)/([\\w-]+)',
  'url:[?&#](?:ticket_?id|ticket|case|id)=(\\w+)',
  '[data-ticket-id]@data-ticket-id',
  'title:#(\\d{3,})',
];
const SUBJECT = ['[data-subject]@data-subject', '[class*="subject" i]', 'main h1', 'h1'];
const EDITABLES = 'textarea,[contenteditable=""],[contenteditable=true],[role=textbox]';
const REPLY_WORDS = /reply|answer|respon|message|comment|compose|απάντ|μήνυμ|σχόλ/i;

/** What the agent did on this page that reading alone cannot see later (a selection, the box last typed in). */
interface Memory {
  selection?: string;
  href?: string;
  editor?: Element;
}
const memories = new WeakMap<Document, Memory>();
const memoryOf = (doc: Document) => memories.get(doc) ?? (memories.set(doc, {}), memories.get(doc)!);


/** The agent's current selection when it is a message-sized piece of page text (not the reply box, not Odigos). */
function selectedText(doc: Document): string | undefined {
  const sel = doc.getSelection?.();
  const text = tidy(sel?.toString());
  if (!sel?.anchorNode || text.length < 8 || !/\s/.test(text)) return undefined;
  const node = sel.anchorNode;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || insideOdigos(el) || el.closest(EDITABLES)) return undefined;
  return text;
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
  return all.find((el) => REPLY_WORDS.test(describeBox(el))) ?? all.at(-1);
}

/** What a page says about the conversation outside the messages, found by common naming. */
export function pageFacts(doc: Document) {
  return {
    customerName: readValue(doc, doc, CUSTOMER_NAME),
    agentName: readValue(doc, doc, AGENT_NAME)?.replace(SIGNED_IN_AS, '') || undefined,
    ticketId: readValue(doc, doc, TICKET_ID)?.replace(/^#/, ''),
    subject: readValue(doc, doc, SUBJECT),
  };
}

/**
 * The interaction on a page no helpdesk adapter knows: its ticket id if the page shows one, else its path.
 * Guessing and a pointed-at layout (profile adapter) name it alike, so notes stay with the ticket when the
 * agent points at the conversation.
 */
export function pageInteractionId(loc: Location | undefined, ticketId: string | undefined): string {
  return ticketId ? `generic:${loc?.host}:${ticketId}` : `generic:${loc?.origin}${loc?.pathname}`;
}

function read(doc: Document): ConversationSnapshot {
  const memory = memoryOf(doc);
  const href = doc.location?.href ?? '';
  const selected = selectedText(doc) ?? (memory.href === href ? memory.selection : undefined);

  const editor = replyEditor(doc);
  const area = findConversationArea(doc, editor);
  const facts = pageFacts(doc);
  // Chat consoles keep their header (with the customer's name) in the same shadow root as the messages.
  const root = area?.getRootNode();
  if (!facts.customerName && root && root !== doc) facts.customerName = readValue(doc, root as ShadowRoot, CUSTOMER_NAME);
  const people = { customerName: facts.customerName, agentName: facts.agentName };
  const found = area
    ? collectCustomerMessages(messageItems(area), (item) => authorOf(item, people, area), bodyOf)
    : { customerMessages: [] as string[], latestCustomerMessage: undefined, latestItem: undefined };

  let latest = found.latestCustomerMessage;
  let earlier = found.customerMessages;
  if (selected) {
    // The selection is what the agent answers; the thread's other customer messages stay as context.
    earlier = [...earlier, latest ?? '']
      .filter((t) => t && !t.includes(selected) && !selected.includes(t))
      .slice(-MAX_CUSTOMER_MESSAGES + 1);
    latest = selected;
  }

  const { ticketId } = facts;
  const loc = doc.location;
  return {
    adapter: 'generic',
    interactionId: pageInteractionId(loc, ticketId),
    ticketId,
    subject: facts.subject,
    customer: splitName(people.customerName ?? (found.latestItem && authorNameOf(found.latestItem))),
    agent: splitName(people.agentName),
    latestCustomerMessage: latest,
    customerMessages: earlier,
  };
}

export const genericAdapter: CrmAdapter = {
  id: 'generic',
  name: 'Any web page',
  matches: () => true,
  read,
  replyEditor: (doc) => editableIn(replyEditor(doc)),
  observeRoot(doc) {
    const area = findConversationArea(doc, replyEditor(doc));
    return area?.closest('main') ?? area?.parentElement ?? doc.body ?? undefined;
  },
  watch(doc, signal, changed) {
    const memory = memoryOf(doc);
    const onSelection = () => {
      const text = selectedText(doc);
      if (!text || text === memory.selection) return;
      memory.selection = text;
      memory.href = doc.location?.href;
      changed();
    };
    const onFocus = () => {
      const el = focusedEditor(doc);
      if (el && el !== memory.editor) {
        memory.editor = el;
        changed();
      }
    };
    doc.addEventListener('selectionchange', onSelection, { signal });
    doc.addEventListener('focusin', onFocus, { signal, capture: true });
  },
};
