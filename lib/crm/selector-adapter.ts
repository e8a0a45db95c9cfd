/**
 * Turns a helpdesk's data table (URLs + selectors) into a CrmAdapter, so each adapter file is data and one
 * registration. Value sources are described in dom.ts `readValue` ("url:…", "title:…", "sel", "sel@attr").
 */
import { AdapterError, type ConversationSnapshot, type CrmAdapter } from './types';
import { editableIn, find, findAll, readValue, splitName, textOf } from './dom';
import { bodyOf, messageItems, type Author, type KnownPeople } from './heuristics';
import { orderedOldestFirst } from './messages';
import { assignRoles } from './roles';
import { ticketFacts } from './ticket-facts';
import { withThread } from './snapshot';

export interface AdapterSpec {
  id: string;
  name: string;
  /** Page URLs the helpdesk serves the agent UI from (tested against location.href). */
  urls: RegExp[];
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
}

/** How many of a thread's newest messages are read. */
const MAX_READ = 40;

const matchesOrHas = (item: Element, selector: string | undefined) =>
  !!selector && (item.matches(selector) || !!item.querySelector(selector));

export function selectorAdapter(spec: AdapterSpec): CrmAdapter {
  const fail = (what: string): never => {
    throw new AdapterError(spec.id, what);
  };

  const ticketIdOf = (doc: Document) => readValue(doc, doc, spec.ticketId);

  function scopeOf(doc: Document, id = ticketIdOf(doc)): ParentNode | undefined {
    if (!spec.scope) return doc;
    for (const s of spec.scope) {
      if (s.includes('{id}') && !id) continue;
      const el = find(doc, s.replaceAll('{id}', (id ?? '').replace(/["\\]/g, '\\$&')));
      if (el) return el;
    }
    return undefined;
  }

  function itemsIn(scope: ParentNode): Element[] {
    if (spec.messages) return findAll(scope, spec.messages);
    const thread = spec.thread?.map((s) => find(scope, s)).find(Boolean);
    return thread ? messageItems(thread) : [];
  }

  return {
    id: spec.id,
    name: spec.name,
    matches: (location, document) =>
      spec.urls.some((re) => re.test(location.href)) || (!!spec.marker && !!document.querySelector(spec.marker)),

    read(doc: Document): ConversationSnapshot {
      const ticketId = ticketIdOf(doc) ?? fail(`no ticket id (${spec.ticketId.join(' | ')})`);
      const scope = scopeOf(doc, ticketId) ?? fail(`active ticket not found (${spec.scope?.join(' | ')})`);
      const items = itemsIn(scope);
      if (!items.length) fail(`no messages found (${spec.messages ?? spec.thread?.join(' | ')})`);

      const customerName = readValue(doc, scope, spec.customerName);
      const people: KnownPeople = {
        customerName,
        agentName: readValue(doc, scope, spec.agentName),
        agentEmail: readValue(doc, scope, spec.agentEmail),
      };
      const classify = (item: Element): Author | undefined => {
        if (matchesOrHas(item, spec.skip)) return 'internal';
        if (matchesOrHas(item, spec.customer)) return 'customer';
        const author = spec.author ? readValue(doc, item, [spec.author])?.toLowerCase() : undefined;
        if (author) {
          const { agentName, agentEmail } = people;
          if ((agentEmail && author.includes(agentEmail.toLowerCase())) || (agentName && author.includes(agentName.toLowerCase()))) return 'agent';
          if (customerName && author.includes(customerName.toLowerCase())) return 'customer';
          if (agentEmail) return 'customer'; // mail: anyone but me is the customer
        }
        return undefined; // who opened the ticket, and the rest, decide (roles.ts)
      };
      const bodyText = (item: Element) => (spec.body ? textOf(find(item, spec.body)) : '') || bodyOf(item);
      // Long threads stay cheap: only the newest messages are read.
      const recent = orderedOldestFirst(items, [...items]).slice(-MAX_READ);
      const roled = assignRoles(recent, { ...people, customerEmail: readValue(doc, scope, spec.customerEmail) }, recent[0]?.parentElement ?? undefined);
      const messages = recent.map((item, i) => {
        const role = classify(item) ?? roled[i].role;
        const name = (spec.authorName ? readValue(doc, item, [spec.authorName]) : undefined) ?? roled[i].author.name;
        return { role, text: bodyText(item), author: name ? splitName(name).name ?? name : undefined };
      });
      const latestCustomer = recent[messages.map((m) => m.role).lastIndexOf('customer')];
      const nameSource = customerName ?? (latestCustomer && messages[recent.indexOf(latestCustomer)].author);
      const host = doc.location?.host ?? '';
      return withThread(
        {
          adapter: spec.id,
          interactionId: `${spec.id}:${host}:${ticketId}`,
          ticketId,
          subject: readValue(doc, scope, spec.subject) ?? ticketFacts(doc, recent[0]?.parentElement ?? undefined, recent).subject,
          customer: { ...splitName(nameSource), email: readValue(doc, scope, spec.customerEmail) },
          agent: { ...splitName(people.agentName), email: people.agentEmail },
          evidence: 'strong',
        },
        messages,
      );
    },

    replyEditor(doc) {
      const scope = scopeOf(doc);
      for (const s of spec.editor) {
        const el = editableIn(find(scope, s));
        if (el) return el;
      }
      return undefined;
    },

    observeRoot(doc) {
      const scope = scopeOf(doc);
      if (!scope) return doc.body ?? undefined;
      const explicit = spec.observe?.map((s) => find(scope, s)).find(Boolean);
      return explicit ?? itemsIn(scope)[0]?.parentNode ?? scope;
    },
  };
}
