import type { Browser } from 'wxt/browser';
import { memoryList, type ListArea } from '../list-area';
import { sessionList } from '../store/session-list';
import type { ConversationSnapshot, Person, ThreadMessage } from '../crm/types';
import { serve } from '../messages';

/**
 * The last conversation read on each ticket, for the ticket's other pages that show none. A helpdesk's reply page
 * (Request Tracker's Ticket/Update.html) often shows the ticket without its history, although the agent read the
 * conversation one click earlier: the panel, the palette and the templates go on from that reading, and say so.
 *
 * Kept in the background only, in storage.session: memory the browser clears with the session, never written to
 * disk and not open to content scripts or the page (its default access level is the extension's own pages). Where
 * the browser has no storage.session (older Firefox), in the background's memory. Keyed by the host the reading
 * came from and the interaction id, so another site's or another ticket's words are never served.
 */

/** Tickets kept, most recently read first; the oldest beyond this are dropped. */
export const MAX_READINGS = 50;
/** Each text kept is cut to this length, and a reading keeps at most this many messages of its thread. */
export const MAX_TEXT = 2_000;
export const MAX_MESSAGES = 12;

/** What a page without a conversation takes from the earlier reading of the same ticket. */
export type Reading = Pick<ConversationSnapshot, 'subject' | 'lang' | 'evidence' | 'latestCustomerMessage' | 'customerMessages' | 'messages'> & {
  customer: Person;
  agent: Person;
};

export interface KeptReading {
  key: string;
  reading: Reading;
  /** The page it was read on (address without its fragment): a weaker reading of another page never replaces it. */
  page?: string;
}

/** Where the readings live: storage.session in the background, or memory (tests, browsers without it). */
export type ReadingsArea = ListArea<KeptReading>;
export const memoryArea = (): ReadingsArea => memoryList<KeptReading>();
export const sessionArea = (): ReadingsArea => sessionList<KeptReading>('session:ticketReadings');

const cut = (text: string | undefined) => (typeof text === 'string' ? text.slice(0, MAX_TEXT) : undefined);
const texts = (list: unknown) => (Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string').map((t) => t.slice(0, MAX_TEXT)) : []);

/** The customer's and agent's details as read (their labelled fields settle order and gender), each capped. */
function person(p: Person | undefined): Person {
  const { name, firstName, lastName, email, gender, fields } = p ?? {};
  const labelled = (Array.isArray(fields) ? fields : []).slice(0, 12).map((f) => ({ label: cut(f.label) ?? '', value: cut(f.value) ?? '' }));
  const out: Person = { name: cut(name), firstName: cut(firstName), lastName: cut(lastName), email: cut(email) };
  if (gender === 'm' || gender === 'f') out.gender = gender;
  if (labelled.length) out.fields = labelled;
  return JSON.parse(JSON.stringify(out)) as Person; // without the undefined keys
}

/** The reading to keep: only what the panel, palette and templates use, each text capped. */
function keepable(s: ConversationSnapshot): Reading {
  const messages: ThreadMessage[] = (Array.isArray(s.messages) ? s.messages : []).slice(-MAX_MESSAGES).map((m) => ({
    ...(m.role ? { role: m.role } : {}),
    text: cut(m.text) ?? '',
    ...(m.author ? { author: cut(m.author) } : {}),
    ...(m.time ? { time: cut(m.time) } : {}),
  }));
  return {
    subject: cut(s.subject),
    lang: s.lang === 'el' || s.lang === 'en' ? s.lang : undefined,
    evidence: s.evidence,
    latestCustomerMessage: cut(s.latestCustomerMessage),
    customerMessages: texts(s.customerMessages).slice(-MAX_MESSAGES),
    messages,
    customer: person(s.customer),
    agent: person(s.agent),
  };
}

const hasConversation = (s: ConversationSnapshot) => !!s.latestCustomerMessage?.trim();

/** The host the reading came from: a ticket's readings are never served to another site's pages. */
function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The page a reading came from, without the fragment (a hash change is the same page). */
function pageOf(url: string): string {
  return url.replace(/#.*$/, '');
}

const STRENGTH = { strong: 2, weak: 1, none: 0 } as const;
const strength = (e: ConversationSnapshot['evidence']) => STRENGTH[e ?? 'none'] ?? 0;

/** The earlier reading filled into a page's reading that has no conversation; its own customer and subject win. */
function carriedInto(s: ConversationSnapshot, r: Reading): ConversationSnapshot {
  return {
    ...s,
    subject: s.subject || r.subject,
    customer: s.customer?.name ? s.customer : r.customer,
    agent: s.agent?.name ? s.agent : r.agent,
    latestCustomerMessage: r.latestCustomerMessage,
    customerMessages: r.customerMessages,
    messages: r.messages,
    lang: r.lang ?? s.lang,
    evidence: r.evidence,
    carried: true,
  };
}

/**
 * `carry(snapshot, url)`: a reading with the customer's words is kept for its ticket (answers null: nothing to
 * add); one without is answered with the ticket's last reading filled in, or null when there is none. Readings of
 * a page with no ticket id (its interaction is the page's address) are neither kept nor served: such a page may
 * show several conversations one after another.
 */
export function createReadings(area: ReadingsArea) {
  // One change after another: two tabs' readings at once would otherwise keep only the later write.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * Keeps a reading with the customer's words. One less sure than the ticket's kept reading, made on another of its
   * pages, neither replaces it nor stands: RT's reply page, until its editor comes, shows only its title («Update
   * ticket #6: Παράπονο: η παραγγελία…»), read as a message; it replaced the ticket page's reading, and the reply page
   * then showed no customer, greeted «Αγαπητέ/ή πελάτη» and suggested for the title's words. It takes the kept one.
   */
  async function keep(key: string, s: ConversationSnapshot, page: string): Promise<ConversationSnapshot | null> {
    const kept = await area.get();
    const mine = kept.find((k) => k.key === key);
    if (mine && strength(s.evidence) < strength(mine.reading.evidence)) return mine.page === page ? null : carriedInto(s, mine.reading);
    const reading = keepable(s);
    // The page is read again on every change while the panel is open: the same reading leading is not rewritten.
    if (kept[0] === mine && mine?.page === page && JSON.stringify(mine.reading) === JSON.stringify(reading)) return null;
    await area.set([{ key, reading, page }, ...kept.filter((k) => k.key !== key)].slice(0, MAX_READINGS));
    return null;
  }

  async function carry(s: ConversationSnapshot, url: string | undefined): Promise<ConversationSnapshot | null> {
    const host = hostOf(url);
    if (!host || !s || typeof s.interactionId !== 'string' || !s.ticketId || s.carried) return null;
    const key = `${host} ${s.interactionId}`;
    if (hasConversation(s)) return inTurn(() => keep(key, s, pageOf(url ?? '')));
    if (s.customerMessages?.length) return null;
    const kept = (await inTurn(() => area.get())).find((k) => k.key === key);
    return kept ? carriedInto(s, kept.reading) : null;
  }

  return { carry };
}

/** Serves `reading.carry` to the extension's content scripts (the sender's page gives the host). */
export function serveReadings(area: ReadingsArea = sessionArea()): () => void {
  const readings = createReadings(area);
  return serve({ 'reading.carry': (s, sender: Browser.runtime.MessageSender) => readings.carry(s, sender.url ?? sender.tab?.url) });
}
