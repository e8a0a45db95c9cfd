/**
 * Turns a helpdesk's data table (URLs + selectors) into a CrmAdapter, so each adapter file is data and one
 * registration. Value sources are described in dom.ts `readValue` ("url:…", "title:…", "sel", "sel@attr").
 */
import { AdapterError, type ConversationSnapshot, type CrmAdapter } from './types';
import { shownAt } from './shown-time';
import { editableIn, find, findAll, readValue, splitName, textOf } from './dom';
import { bodyOf, messageItems, type Author, type KnownPeople } from './heuristics';
import { orderedOldestFirst } from './messages';
import { specMatches, type ReadingSpec } from './adapter-specs';
import { assignRoles } from './roles';
import { genericFacts } from './generic';
import { withThread } from './snapshot';
import { withFields } from './customer-fields';
import { paintedNotes } from './note-paint';

/** How many of a thread's newest messages are read. */
const MAX_READ = 40;

const matchesOrHas = (item: Element, selector: string | undefined) =>
  !!selector && (item.matches(selector) || !!item.querySelector(selector));

/**
 * Who wrote a message, from what the helpdesk marks: internal notes are skipped (marked so, painted as notes where
 * the helpdesk says it paints them, or lacking what every message with the customer carries), then the spec's
 * customer marker, then the author's name or address against the agent's and the customer's. Undefined when the
 * markup does not say.
 */
function classifier(spec: ReadingSpec, doc: Document, people: KnownPeople, painted: Set<Element>): (item: Element) => Author | undefined {
  return (item) => {
    if (matchesOrHas(item, spec.skip) || painted.has(item) || (spec.customerFacing && !matchesOrHas(item, spec.customerFacing))) return 'internal';
    if (matchesOrHas(item, spec.customer)) return 'customer';
    const author = spec.author ? readValue(doc, item, [spec.author])?.toLowerCase() : undefined;
    if (author) {
      const { agentName, agentEmail, customerName } = people;
      if ((agentEmail && author.includes(agentEmail.toLowerCase())) || (agentName && author.includes(agentName.toLowerCase()))) return 'agent';
      if (customerName && author.includes(customerName.toLowerCase())) return 'customer';
      if (agentEmail) return 'customer'; // mail: anyone but me is the customer
    }
    return undefined; // who opened the ticket, and the rest, decide (roles.ts)
  };
}

export function selectorAdapter(spec: ReadingSpec): CrmAdapter {
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
    return thread ? messageItems(thread, !!spec.customerFacing) : [];
  }

  return {
    id: spec.id,
    name: spec.name,
    matches: (location, document) => specMatches(spec, location.href, document),

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
      const bodyText = (item: Element) => (spec.body ? textOf(find(item, spec.body)) : '') || bodyOf(item);
      // Long threads stay cheap: only the newest messages are read.
      const recent = orderedOldestFirst(items, [...items]).slice(-MAX_READ);
      const classify = classifier(spec, doc, people, spec.notesPainted ? paintedNotes(doc, recent, true) : new Set());
      const roled = assignRoles(recent, { ...people, customerEmail: readValue(doc, scope, spec.customerEmail) }, recent[0]?.parentElement ?? undefined);
      const messages = recent.map((item, i) => {
        const role = classify(item) ?? roled[i].role;
        const name = (spec.authorName ? readValue(doc, item, [spec.authorName]) : undefined) ?? roled[i].author.name;
        return { role, text: bodyText(item), author: name ? splitName(name).name ?? name : undefined, ...shownAt(item) };
      });
      const latestCustomer = recent[messages.map((m) => m.role).lastIndexOf('customer')];
      const nameSource = customerName ?? (latestCustomer && messages[recent.indexOf(latestCustomer)].author);
      const host = doc.location?.host ?? '';
      return withThread(
        {
          adapter: spec.id,
          interactionId: `${spec.id}:${host}:${ticketId}`,
          ticketId,
          subject: readValue(doc, scope, spec.subject) ?? genericFacts(doc, recent[0]?.parentElement ?? undefined, recent).subject,
          // The customer's card (first name, surname, gender) as the generic reader reads it, the thread left out.
          customer: withFields(doc, { ...splitName(nameSource), email: readValue(doc, scope, spec.customerEmail) }, people.agentName, recent[0]?.parentElement ?? undefined),
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
