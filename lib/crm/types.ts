import type { LabelledField } from '../../knowledge/names/fields';

/**
 * The contract every CRM adapter fulfils (one file per CRM under lib/crm/, each ending in one registration).
 * Data flows one way: page → adapter → engine → view → inserter.
 */
export interface Person {
  name?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  gender?: 'm' | 'f';
  /** Fields the page labels beside the name («Επώνυμο», «Όνομα», «Φύλο», "E-mail"): they settle order and gender. */
  fields?: readonly LabelledField[];
}

/** Who wrote a message: the customer, an agent answering them, or a note only colleagues see. */
export type Role = 'customer' | 'agent' | 'internal';

export interface ThreadMessage {
  /** Undefined when nothing on the page tells who wrote it. */
  role?: Role;
  text: string;
  /** The author's name as the page shows it. */
  author?: string;
  /**
   * When it was written, as the page shows it (its `<time datetime>`, "09:12", «Χθες 14:05» …); absent when it
   * shows none. The notes store turns the words into the moment (QC times first responses from it).
   */
  time?: string;
}

/** How sure a reading is that it found the conversation: 'none' means nothing read like one. */
export type ReadingEvidence = 'strong' | 'weak' | 'none';

export interface ConversationSnapshot {
  /** Which adapter read it ('zendesk', 'generic', …). */
  adapter: string;
  /** Stable id of the interaction: helpdesk + ticket/conversation id, else the page URL without hash/query noise. */
  interactionId: string;
  ticketId?: string;
  subject?: string;
  customer: Person;
  agent: Person;
  /** The customer's latest message (what suggestions are for). */
  latestCustomerMessage?: string;
  /** Earlier customer messages, oldest first (cues like "third time I write" may sit there). */
  customerMessages: string[];
  /** The thread as read, oldest first (the last few, capped), with who wrote each message. */
  messages?: ThreadMessage[];
  /** The conversation's language, from the customer's words (Greeklish counts as Greek). */
  lang?: 'el' | 'en';
  /** How sure the reading is (adapters for known helpdesks: strong). */
  evidence?: ReadingEvidence;
  /** Customer text the agent selected on the page: it steers suggestions while it stays selected. */
  selection?: string;
  /**
   * This page shows no conversation (a helpdesk's reply page): the customer's words, name, subject and language are
   * the ticket's last reading in this browser session, from its conversation page (lib/background/readings.ts).
   */
  carried?: boolean;
}

export interface CrmAdapter {
  /** File name without extension; also the helpdesk part of interaction ids. */
  id: string;
  /** Human name for the UI ("Zendesk Agent Workspace"). */
  name: string;
  /** Does this adapter apply to this page? Data, not scattered ifs: URL first, markup second. */
  matches(location: Location, document: Document): boolean;
  /** Read the active conversation. Throw AdapterError when the page changed shape so it shows, contained. */
  read(document: Document): ConversationSnapshot;
  /** The reply editor of the active conversation, if one is open. */
  replyEditor(document: Document): HTMLElement | undefined;
  /** Element(s) whose changes mean new messages or another ticket (observed cheaply, debounced). */
  observeRoot(document: Document): Node | undefined;
  /** Extra signals the adapter reads besides DOM changes (generic: the agent's selection and focus). */
  watch?(document: Document, signal: AbortSignal, changed: () => void): void;
}

/** The page no longer looks like what the adapter expects: show it to the agent, fall back to generic. */
export class AdapterError extends Error {
  constructor(
    readonly adapter: string,
    message: string,
  ) {
    super(`${adapter}: ${message}`);
    this.name = 'AdapterError';
  }
}
