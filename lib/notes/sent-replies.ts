import { memoryList, type ListArea } from '../list-area';
import { compareReply } from '@/knowledge/qc/edit';
import type { MessageEvent } from '@/knowledge/qc/events';
import type { TimelineEntry } from './model';

/**
 * One reply, two sightings. The content script records a reply when the agent sends it (`sent`), because the
 * reading of the thread may never come (the agent sent and went on within the reading's pause, or before Odigos
 * had read the page at all); the thread usually shows the same reply a moment later, or had already shown it
 * when the send reached the store. Both must make one entry on the timeline, whichever comes first. Their keys
 * are the same when the thread shows the words as sent; when it shows them otherwise (a signature added, the
 * editor's markup turned to text) the words decide, while the store still remembers them (`RecentTexts`).
 */

/** The words of the agent's replies recorded lately, by the entry's key (the store drops them from the note). */
export type RecentTexts = ReadonlyMap<string, string>;

/** A reply sent and the thread's sighting of it this far apart are not paired (a reply of the same words long ago). */
export const PAIR_WITHIN_MS = 30 * 60_000;

const DAY_MS = 86_400_000;

/** At least this share of words in common, both ways, and the two texts are one reply (a signature, a quote added). */
export const SAME_REPLY = 0.8;

const flat = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Whether a reply as sent and a reply as the thread shows it are one: the same words, or one with little more
 * (the helpdesk's signature or the quoted message below the sent words), never two replies that merely share a
 * template (then the agent's own words differ).
 */
export function sameReply(sent: string, shown: string): boolean {
  const a = flat(sent);
  const b = flat(shown);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= 40) return true;
  return compareReply(a, b).similarity >= SAME_REPLY && compareReply(short, long).removed.length === 0;
}

/** What the store does with an agent's reply that arrives. */
export type ReplyPlace =
  /** A new entry (its key may be a later occurrence: the agent sent the same words twice). */
  | { kind: 'new'; event: MessageEvent }
  /**
   * The reply is already on the timeline: that entry becomes `event` (it learns it was sent, or shown), at `at`
   * when given (a send's own moment replaces the time the page showed, which may say only the day).
   */
  | { kind: 'merge'; index: number; event: MessageEvent; at?: number }
  /** Already recorded as it is: nothing changes. */
  | { kind: 'same' };

const agentReplies = (timeline: readonly TimelineEntry[]) =>
  timeline.flatMap((e, index) => (e.event.kind === 'message' && e.event.from === 'agent' ? [{ index, event: e.event }] : []));

const knownAs = (e: MessageEvent, key: string) => e.key === key || !!e.seenAs?.includes(key);

/** A key for the same words sent again: the thread's own next occurrence (`-1`, `-2`, as message-keys gives it). */
function nextOccurrence(timeline: readonly TimelineEntry[], key: string): string {
  const taken = new Set(agentReplies(timeline).flatMap(({ event }) => [event.key, ...(event.seenAs ?? [])]));
  let n = 1;
  while (taken.has(`${key}-${n}`)) n++;
  return `${key}-${n}`;
}

/** A reply seen in the thread: the sent one it is (by key, or by its words while remembered), else a new entry. */
function placeShown(timeline: readonly TimelineEntry[], event: MessageEvent, recent: RecentTexts): ReplyPlace {
  const replies = agentReplies(timeline);
  const known = replies.find(({ event: e }) => knownAs(e, event.key));
  if (known) return known.event.sent && !known.event.thread ? { kind: 'merge', index: known.index, event: { ...known.event, thread: true } } : { kind: 'same' };
  const text = event.text;
  const sent = text === undefined ? undefined : replies.find(({ event: e }) => e.sent && !e.thread && sameReply(recent.get(e.key) ?? '', text));
  if (sent) return { kind: 'merge', index: sent.index, event: { ...sent.event, thread: true, seenAs: [...(sent.event.seenAs ?? []), event.key] } };
  return { kind: 'new', event };
}

/** The same words as `key` (the thread's occurrences of them are `key-1`, `key-2` …). */
const sameWords = (e: MessageEvent, key: string) => [e.key, ...(e.seenAs ?? [])].some((k) => k === key || (k.startsWith(`${key}-`) && /^\d+$/.test(k.slice(key.length + 1))));

/** A time the page showed as a day only («Σήμερα», "Yesterday") is read as that day's midnight (shown-time.ts). */
const dayOnly = (at: number) => new Date(at).setHours(0, 0, 0, 0) === at;

/**
 * Whether a sighting the page timed at `shownAt` can be a send at `at`: within PAIR_WITHIN_MS of it, or, for a
 * time that says only the day, on that day. A precise time a day's leeway long paired Monday's reply, seen in the
 * thread only, with the same template sent again on Tuesday morning: two replies counted as one.
 */
function sightingOf(shownAt: number, shown: boolean, at: number): boolean {
  if (Math.abs(shownAt - at) <= PAIR_WITHIN_MS) return true;
  return shown && dayOnly(shownAt) && at >= shownAt && at < shownAt + DAY_MS;
}

/**
 * A reply captured as sent: the same send recorded again (a retry, the outbox's copy after the worker restarted:
 * the same moment and words), else the thread's sighting of it, not yet known as sent, nearest in time, else a new
 * entry. What tells two sends apart is their moment, not their words: a template sent twice is two replies.
 */
function placeSent(timeline: readonly TimelineEntry[], event: MessageEvent, recent: RecentTexts, at: number): ReplyPlace {
  const replies = agentReplies(timeline);
  const text = event.text ?? '';
  if (replies.some(({ index, event: e }) => e.sent && timeline[index].at === at && sameWords(e, event.key))) return { kind: 'same' };
  const shown = replies
    .filter(({ index, event: e }) => !e.sent && sightingOf(timeline[index].at, e.shown, at) && (sameWords(e, event.key) || sameReply(text, recent.get(e.key) ?? '')))
    .sort((a, b) => Math.abs(timeline[a.index].at - at) - Math.abs(timeline[b.index].at - at))[0];
  // The reply is timed by its send, as when the send is recorded first: the page's time for it may be a day's
  // midnight («Σήμερα») or a minute, the send's is the moment.
  if (shown) return { kind: 'merge', index: shown.index, at, event: { ...shown.event, shown: false, sent: true, thread: true } };
  // The same words sent before (the thread's entry for them is the earlier send): this is another reply.
  const key = replies.some(({ event: e }) => knownAs(e, event.key)) ? nextOccurrence(timeline, event.key) : event.key;
  return { kind: 'new', event: { ...event, key } };
}

/**
 * Where an agent's reply goes on the timeline: `sent` ones (captured when the agent sent them) and the thread's
 * sightings pair once each (a send with a sighting within PAIR_WITHIN_MS of it); everything else (the same sighting read again) is recorded once, as before.
 */
export function placeReply(timeline: readonly TimelineEntry[], event: MessageEvent, at: number, recent: RecentTexts = new Map()): ReplyPlace {
  return event.sent ? placeSent(timeline, event, recent, at) : placeShown(timeline, event, recent);
}

/**
 * The words of the agent's replies the store recorded lately, per interaction, for pairing a send with the thread's
 * sighting of it: in the service worker's memory only (never written anywhere), each kept PAIR_WITHIN_MS. A service
 * worker restarted in between forgets them: a reply whose thread words differ from those sent is then paired by
 * nothing and counted twice (its words the same, the keys still pair it).
 */
export function recentReplyTexts(now: () => number = Date.now, max = 200) {
  const kept = new Map<string, { key: string; text: string; at: number }[]>();
  const fresh = <T extends { at: number }>(list: T[]) => list.filter((r) => now() - r.at <= PAIR_WITHIN_MS);
  return {
    of(interactionId: string): RecentTexts {
      return new Map(fresh(kept.get(interactionId) ?? []).map((r) => [r.key, r.text]));
    },
    remember(interactionId: string, key: string, text: string) {
      const list = [...fresh(kept.get(interactionId) ?? []), { key, text, at: now() }].slice(-20);
      kept.delete(interactionId);
      kept.set(interactionId, list);
      // The oldest interactions go first beyond the cap.
      while (kept.size > max) kept.delete(kept.keys().next().value as string);
    },
  };
}

/** A reply the content script heard sent before it could read the page: the page may be gone since. */
export interface PendingReply {
  /** The content script that heard it (its own later reading records it itself, not through a claim). */
  page: string;
  text: string;
  key: string;
  at: number;
  url: string;
}

/** The ticket a page showed when the reply was sent from it. */
export interface SentTicket {
  interactionId: string;
  label?: string;
  customer?: string;
}

/**
 * A reply as the content script hands it to the background (`reply.sent`, and the outbox in extension storage until
 * the background has it): with the ticket when the page could be read, else it waits for a page that shows it.
 */
export interface SentReply extends PendingReply {
  /** One per reply heard: the message and its copy in the outbox are one reply. */
  id: string;
  ticket?: SentTicket;
}

/** A page's reading, offered to the replies pending on its site: the agent's replies its thread shows. */
export interface ReplyClaim {
  page: string;
  interactionId: string;
  label?: string;
  customer?: string;
  url: string;
  texts: string[];
}

export const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/**
 * Where the replies heard before their page could be read wait: storage.session in the background
 * (lib/background/notes-service.ts), or memory (tests, browsers without storage.session).
 */
export type PendingArea = ListArea<PendingReply>;
export const memoryPending = (): PendingArea => memoryList<PendingReply>();

/**
 * Replies heard sent before the page was read (the agent posted in the first moment, and the page was replaced
 * before Odigos had set itself up). The next page of the same site whose thread shows the reply (the answer page,
 * or the ticket opened again later) claims it: it is recorded there, under that ticket, at the time it was sent.
 * Kept in `area` (the service worker may be stopped between the send and the claim), PAIR_WITHIN_MS each, at most `max`.
 */
export function pendingReplies(area: PendingArea = memoryPending(), now: () => number = Date.now, max = 50) {
  // One change after another: a claim and a keep at once would otherwise keep only the later write.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const fresh = (kept: PendingReply[] | undefined) => (Array.isArray(kept) ? kept : []).filter((p) => now() - p.at <= PAIR_WITHIN_MS);
  const from = (kept: PendingReply[], origin: string, page: string) => kept.filter((p) => originOf(p.url) === origin && p.page !== page);
  /** Stores what `fn` leaves of the fresh replies (only when it differs from what is stored), and answers its answer. */
  const change = <T>(fn: (kept: PendingReply[]) => [PendingReply[], T]) =>
    inTurn(async () => {
      const stored = await area.get();
      const [next, out] = fn(fresh(stored));
      if (next.length !== stored?.length || next.some((p, i) => p !== stored[i])) await area.set(next);
      return out;
    });
  return {
    keep: (p: PendingReply) => change((kept) => [[...kept, p].slice(-max), undefined]),
    /** The reply was recorded after all (its page read in time): nothing to claim. */
    drop: (origin: string, key: string) => change((kept) => [kept.filter((p) => !(originOf(p.url) === origin && p.key === key)), undefined]),
    /** How many replies of this site another page heard and none has claimed. */
    waiting: async (origin: string, page: string) => from(fresh(await inTurn(() => area.get())), origin, page).length,
    /** The pending replies this page's thread shows, taken out (each is recorded once). */
    claim: (c: ReplyClaim) =>
      change((kept) => {
        const mine = from(kept, originOf(c.url), c.page).filter((p) => c.texts.some((t) => sameReply(p.text, t)));
        return [kept.filter((p) => !mine.includes(p)), mine];
      }),
  };
}
