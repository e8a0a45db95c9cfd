/**
 * An adapter made from a site profile (picked by the agent or shipped in a pack): its selectors say where the
 * messages and the reply box are; who wrote what and the rest are read by shape, like the generic reader.
 */
import { AdapterError, type CrmAdapter } from './types';
import { shownAt } from './shown-time';
import { editableIn, find, findAll, splitName, textOf } from './dom';
import { bodyOf, messageItems } from './heuristics';
import { orderedOldestFirst } from './messages';
import { assignRoles } from './roles';
import { withThread } from './snapshot';
import { withFields } from './customer-fields';
import { genericFacts, pageInteractionId } from './generic';
import { nestedRepeat, profileMatches, type SiteProfile } from '../../knowledge/site-profile';

export { profileMatches };

function ticketIdOf(doc: Document, profile: SiteProfile): string | undefined {
  const source = profile.ticketId;
  if (!source) return undefined;
  const re = /^\/(.+)\/([a-z]*)$/.exec(source);
  if (re) {
    // A profile stored before such patterns were refused is not run: it would freeze this tab (no id: read by URL).
    if (nestedRepeat(re[1])) return undefined;
    const m = new RegExp(re[1], re[2]).exec(doc.location?.href ?? '');
    return m ? (m[1] ?? m[0]) : undefined;
  }
  // "Αίτημα #204518", "Case 88213 · Desk": the first token with a digit is the id.
  const text = textOf(find(doc, source));
  return /([A-Za-z]*\d[\w-]*)/.exec(text)?.[1] ?? (text || undefined);
}

export function profileAdapter(profile: SiteProfile): CrmAdapter {
  const id = 'profile';
  const items = (doc: Document) => {
    const hits = findAll(doc, profile.message);
    if (hits.length !== 1) return hits; // the selector names every message
    const inside = messageItems(hits[0]);
    return inside.length ? inside : hits; // the area, or one message
  };
  return {
    id,
    name: profile.name ?? profile.match,
    matches: (location) => profileMatches(profile, location.href),
    read(doc) {
      const list = items(doc);
      if (!list.length) throw new AdapterError(id, `message area not found (${profile.message})`);
      const area = list[0].parentElement ?? undefined;
      const facts = genericFacts(doc, area, list); // ticket id, subject, agent and customer names, read by shape
      const customerName = (profile.customerName ? textOf(find(doc, profile.customerName)) : undefined) || facts.customerName;
      const people = { customerName, agentName: facts.agentName, customerEmail: facts.customerEmail };
      const roled = assignRoles(orderedOldestFirst(list, [...list]).slice(-40), people, area);
      const messages = roled.map((m) => ({ role: m.role, text: bodyOf(m.el), author: m.author.name ?? m.author.email, ...shownAt(m.el) })).filter((m) => m.text);
      const ticketId = ticketIdOf(doc, profile) ?? facts.ticketId;
      const customerAuthor = messages.filter((m) => m.role === 'customer').at(-1)?.author ?? messages.filter((m) => !m.role).at(-1)?.author;
      return withThread(
        {
          adapter: id,
          interactionId: pageInteractionId(doc.location, ticketId),
          ticketId,
          subject: facts.subject,
          customer: withFields(doc, splitName(customerName || customerAuthor), facts.agentName, area),
          agent: splitName(facts.agentName),
          evidence: 'strong',
        },
        messages,
      );
    },
    replyEditor: (doc) => editableIn(find(doc, profile.reply)),
    observeRoot: (doc) => items(doc)[0]?.parentNode ?? doc.body ?? undefined,
  };
}
