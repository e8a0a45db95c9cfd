/**
 * The reader of pages no helpdesk adapter knows. Finding the conversation by evidence (generic-reader.ts, with
 * the page walk, the thread, the roles and the ticket's facts) comes with the extras bundle, so the script every
 * CRM page loads stays small: this is its stand-in, which reads through it once it is there (the tab's reading
 * loads it first on such pages), and which knows the reply box on its own (insertion needs nothing more).
 */
import type { ConversationSnapshot, CrmAdapter } from './types';
import type { TicketFacts } from './ticket-facts';
import type { ReadingSpec } from './adapter-specs';
import type { SiteProfile } from '../../knowledge/site-profile';
import { frameOf, insideOdigos, editableIn, findAll, innerRoot, isEditable, tidy } from './dom';
import { deepActiveElement } from '../editors/dom';

/** What the extras' generic reader offers (lib/crm/generic-reader.ts). */
export interface GenericReader {
  read(doc: Document): ConversationSnapshot;
  /** The agent's selection of customer text steers while it stays selected. */
  watch(doc: Document, signal: AbortSignal, changed: () => void): void;
  /** Subject, number and people of the ticket a pointed layout's messages belong to. */
  facts(doc: Document, near?: Element, items?: readonly Element[]): TicketFacts;
  /**
   * The adapter of a helpdesk declared with reading selectors, and of a layout the agent pointed at. They come
   * with the reader (their role rules and prose measures are most of the reading's weight), so every page waits
   * for the extras before its first reading, and the script every CRM page loads stays within its budget.
   */
  adapterFor(spec: ReadingSpec): CrmAdapter;
  profileAdapter(profile: SiteProfile): CrmAdapter;
}

let local: GenericReader | undefined;

/** Tests (and a bundle that carries the reader itself) register it directly. */
export function registerGenericReader(reader: GenericReader): void {
  local = reader;
}

/** The reader and the adapters that come with it, once the extras are here. */
export const readerNow = (): GenericReader | undefined => {
  if (local) return local;
  // The extras bundle publishes its API on the frame's global (app/extras/api.ts); the reader is all this needs of it.
  const extras = (globalThis as { __odigosExtras?: { alive(): boolean; genericReader: GenericReader } }).__odigosExtras;
  return extras?.alive() ? extras.genericReader : undefined;
};

/** Is the generic reader here (the extras were injected into this frame)? */
export const genericReaderReady = (): boolean => !!readerNow();

/** Ticket facts read by shape (empty until the reader is here). */
export function genericFacts(doc: Document, near?: Element, items?: readonly Element[]): TicketFacts {
  return readerNow()?.facts(doc, near, items) ?? {};
}

export const EDITABLES = 'textarea,[contenteditable=""],[contenteditable=true],[role=textbox]';
const REPLY_WORDS = /reply|answer|respon|message|compose|write|απάντ|μήνυμ|γράψ/i;
export const NOTE_WORDS = /\bnote|internal|private|team|comment|σημείωσ|εσωτερικ|σχόλ/i;

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
export function agentSide(el: Element | null | undefined): boolean {
  return !!el && (insideOdigos(el) || !!el.closest(EDITABLES) || isEditable(el));
}

/** The agent's current selection when it is a message-sized piece of page text (not an editor, not Odigos). */
export function selectedText(doc: Document): { text: string; at: Element } | undefined {
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
  // A box the page does not draw is none the agent writes in: RT keeps CKEditor's source textarea#UpdateContent
  // (display: none) beside the editor's frame, and the panel's «Εισαγωγή» filled it, where CKEditor overwrites it.
  return found.filter((el) => !insideOdigos(el) && el.getAttribute('role') !== 'searchbox' && drawn(el));
}

const drawn = (el: HTMLElement) => el.ownerDocument.body === el || ((el as HTMLElement & { checkVisibility?(): boolean }).checkVisibility?.() ?? el.getClientRects().length > 0);

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

/**
 * The interaction on a page no helpdesk adapter knows: its ticket id if the page shows one, else its path.
 * Guessing and a pointed-at layout (profile adapter) name it alike, so notes stay with the ticket when the
 * agent points at the conversation.
 */
export function pageInteractionId(loc: Location | undefined, ticketId: string | undefined): string {
  return ticketId ? `generic:${loc?.host}:${ticketId}` : `generic:${loc?.origin}${loc?.pathname}`;
}

/** Nothing read yet: the reader is on its way (how sure is unknown, so the panel claims nothing). */
function unread(doc: Document): ConversationSnapshot {
  return { adapter: 'generic', interactionId: pageInteractionId(doc.location, undefined), customer: {}, agent: {}, customerMessages: [] };
}

export const genericAdapter: CrmAdapter = {
  id: 'generic',
  name: 'Any web page',
  matches: () => true,
  read: (doc) => readerNow()?.read(doc) ?? unread(doc),
  replyEditor: (doc) => editableIn(replyEditor(doc)),
  observeRoot(doc) {
    // Subject and people sit outside the thread: the whole page is observed (the agent's typing is filtered out).
    return doc.body ?? undefined;
  },
  watch(doc, signal, changed) {
    readerNow()?.watch(doc, signal, changed);
    const memory = memoryOf(doc);
    const onFocus = () => {
      const el = focusedEditor(doc);
      if (el) memory.editor = el;
    };
    doc.addEventListener('focusin', onFocus, { signal, capture: true });
  },
};

/** The thread the generic reader found last: the reply box is the editable closest to it. */
export function rememberThread(doc: Document, thread: Element | undefined): void {
  memoryOf(doc).thread = thread;
}
