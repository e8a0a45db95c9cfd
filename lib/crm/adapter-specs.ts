/**
 * The helpdesks Odigos knows, declared as data: one file per helpdesk under lib/crm/adapters/, each ending in one
 * `registerAdapter`. A declaration with reading selectors becomes an adapter (registry.ts); one with only its
 * sites is a helpdesk Odigos runs on and reads generically. The extension's list of known sites (lib/sites.ts,
 * the manifest) is made from these declarations, so a helpdesk's addresses are written once.
 * Pure data: the background and the build import this without the readers.
 */
import { matchesPattern } from '../../knowledge/match-pattern';

/** A helpdesk whose markup Odigos knows: where it lives and how to read it (dom.ts `readValue` sources). */
export interface ReadingSpec {
  id: string;
  name: string;
  /**
   * Where the helpdesk lives, as match patterns: Odigos runs there without asking (the extension's site list is
   * made from these), and the adapter reads pages there that `pages` accepts.
   */
  sites: string[];
  /** Which pages of those sites show a ticket (tested against the whole address); all of them when absent. */
  pages?: RegExp;
  /** Markup only this product has: also matches its custom/self-hosted domains. */
  marker?: string;
  /** Ticket/conversation id, document-wide value sources. */
  ticketId: string[];
  /** The active conversation where several stay mounted; "{id}" is replaced by the ticket id. First hit wins. */
  scope?: string[];
  /** Message items (in scope). Without it, the items are found by shape inside `thread`. */
  messages?: string;
  /** The thread container (in scope) when `messages` is not known; also what is observed. */
  thread?: string[];
  /** The message text inside an item (else the item's body by shape). */
  body?: string;
  /** An item that matches or contains this is the customer's. */
  customer?: string;
  /** Items that match or contain this are skipped (internal notes, the composer). */
  skip?: string;
  /**
   * What only the messages exchanged with the customer carry, where the notes have no mark of their own (Front
   * draws every message with its message viewer, a teammate's comment without): items without it are internal,
   * and a thread found by shape keeps its items of every shape, so comments outnumbering messages hide none.
   */
  customerFacing?: string;
  /**
   * The helpdesk's own manual says it paints its notes in a note's colour (Help Scout: "Notes are represented by a
   * yellow border"): items drawn with a yellow to amber border or a pale yellow background are internal, where
   * only a minority of the thread is drawn so (note-paint.ts).
   */
  notesPainted?: boolean;
  /** Value source inside an item naming its author (compared with the customer/agent names). */
  author?: string;
  /** Value source inside an item giving its author's display name (customer name fallback). */
  authorName?: string;
  customerName?: string[];
  customerEmail?: string[];
  agentName?: string[];
  agentEmail?: string[];
  subject?: string[];
  /** The reply editor (in scope); an iframe means its body. */
  editor: string[];
  /** What to observe for new messages (in scope); defaults to the list holding the messages. */
  observe?: string[];
  /** The composer's send control(s), where its markup names them: see SendControls. */
  sends?: SendControls;
}

/**
 * How a helpdesk's send control is known (lib/crm/send-watch.ts). With `send`, a click counts as a send only on a
 * control that matches it: the words on the page's other buttons (a status "Update", a "Reply" tab that opens the
 * composer, a macro's "Send to…") no longer count. `notSend` are controls that say send but never do; they are
 * ignored even where the words are still heard. Without a declaration the words decide (unknown helpdesks).
 */
export interface SendControls {
  send?: string;
  notSend?: string;
}

/** A helpdesk Odigos runs on without asking, read by the generic reader (no markup known yet). */
export interface SiteSpec {
  id: string;
  name: string;
  sites: string[];
}

export type AdapterSpec = ReadingSpec | SiteSpec;

const specs: AdapterSpec[] = [];

/** One id per file is the registry meta-test's (tests/unit/crm/registry.test.ts), not a check shipped to every page. */
export function registerAdapter(spec: AdapterSpec): void {
  specs.push(spec);
}

export function adapterSpecs(): readonly AdapterSpec[] {
  return specs;
}

export const readsPages = (spec: AdapterSpec): spec is ReadingSpec => 'ticketId' in spec;

/** The send controls declared by the known helpdesk this page is on (none on an unknown site). */
export function sendControlsFor(href: string, doc: Document): SendControls | undefined {
  return specs.find((s): s is ReadingSpec => readsPages(s) && !!s.sends && specMatches(s, href, doc))?.sends;
}

/** A page is this helpdesk's: on one of its sites and a ticket page there, or showing markup only it has. */
export function specMatches(spec: ReadingSpec, href: string, doc: Document): boolean {
  const onSite = spec.sites.some((p) => matchesPattern(p, href)) && (!spec.pages || spec.pages.test(href));
  return onSite || (!!spec.marker && !!doc.querySelector(spec.marker));
}
