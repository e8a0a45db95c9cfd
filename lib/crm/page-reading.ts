/**
 * The one reading of a tab's page: which adapter reads it (a site profile, a helpdesk adapter, or the generic
 * reader), the latest conversation read, and who hears about changes. The overlay, the shortcuts, the palette
 * and the notes all take the conversation from here, so they can never disagree about it.
 *
 * The page is observed only while someone follows it (the panel is open); otherwise it is read once on demand
 * (a shortcut being expanded), never on every keystroke.
 */
import type { SiteProfile } from '../../knowledge/site-profile';
import { genericAdapter, genericReaderReady } from './generic';
import { pickAdapter, readConversation, type ConversationRead } from './registry';
import type { ConversationSnapshot, CrmAdapter } from './types';
import { watchConversation, type ConversationWatch } from './watch';

export interface ProfilesNow {
  /** Every profile that may read this page: the agent's own first, then those packs ship. */
  all: SiteProfile[];
  /** The agent pointed at this page's conversation themselves. */
  own: boolean;
}

export interface PageReadingOptions {
  doc: Document;
  /** The site profiles for the page as they are now (read again after a pick or a forget). */
  profiles(): Promise<ProfilesNow>;
  /** Ends every observation. */
  signal: AbortSignal;
  /** Bring the generic reader (it comes with the extras); pages no adapter reads wait for it. */
  loadReader?(): Promise<unknown>;
  /**
   * Hand a reading to the background, which keeps it for its ticket and answers a reading without a conversation
   * with the ticket's last one filled in (null: nothing to add). A page's reading waits for it only then.
   */
  carry?(snapshot: ConversationSnapshot): Promise<ConversationSnapshot | null>;
  debounceMs?: number;
}

export interface PageReading {
  readonly adapter: CrmAdapter;
  /** Read with the layout the agent pointed at. */
  readonly pointed: boolean;
  /** Hear every reading that differs from the one before. */
  subscribe(listener: (read: ConversationRead) => void): () => void;
  /** Observe the page (true) or stop observing it (false). */
  follow(on: boolean): void;
  /** The reading of the page as it is: the followed one, else one read at once. */
  now(): ConversationRead;
  /**
   * `now()` once the page can be read (the generic reader here, when the page needs it: a template put in before it
   * came is filed under the ticket, not the page's address), with the ticket's earlier reading when this page shows
   * no conversation (see `carry`).
   */
  nowCarried(): Promise<ConversationRead>;
  /** The page read at once, as it is this moment; undefined while the reader it needs is on its way. */
  readNow(): ConversationRead | undefined;
  /** Resolves once the page can be read (at once, unless it waits for the generic reader). */
  readable(): Promise<void>;
  /** Choose the adapter again from the profiles (after a pick or a forget) and read from scratch. */
  rechoose(): Promise<void>;
  /** The reply box of the conversation, if one is open. */
  replyEditor(): HTMLElement | undefined;
}

/** The profiles for the page as they are now, and the adapter they (or the helpdesk's markup) choose. */
async function chooseAdapter({ doc, profiles }: PageReadingOptions): Promise<{ profiles: SiteProfile[]; pointed: boolean; adapter: CrmAdapter }> {
  const found = await profiles();
  return { profiles: found.all, pointed: found.own, adapter: pickAdapter(doc.location, doc, found.all) };
}

/** The latest reading and who hears of the next: one list of listeners, told in the order they came. */
function latestReading() {
  const listeners = new Set<(read: ConversationRead) => void>();
  let current: ConversationRead | undefined;
  return {
    get current() {
      return current;
    },
    /** Kept as the latest without telling anyone (a reading asked for at once). */
    keep(read: ConversationRead) {
      return (current = read);
    },
    publish(read: ConversationRead) {
      current = read;
      for (const l of listeners) l(read);
    },
    subscribe(listener: (read: ConversationRead) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Each reading handed to the background (`carry`): one sure of the customer's words goes on at once (the background
 * only keeps it), one without them or less sure waits for the ticket's earlier reading (lib/background/readings.ts);
 * an answer to a reading since replaced is dropped.
 */
function carrying(carry: PageReadingOptions['carry']) {
  let reads = 0;
  /** The background's answer (null on failure); undefined without a background to ask. */
  const ask = (snapshot: ConversationSnapshot) => carry?.(snapshot).catch(() => null);
  return {
    /** `read` with the ticket's earlier reading filled in when the background has one for it (never twice). */
    async now(read: ConversationRead): Promise<ConversationRead> {
      const s = await ask(read.snapshot);
      return s ? { ...read, snapshot: s } : read;
    },
    then(snapshot: ConversationSnapshot, go: (s: ConversationSnapshot) => void) {
      const mine = ++reads;
      const asked = ask(snapshot);
      // A reading without the customer's words, or less than sure of them, may be answered with the ticket's reading.
      if (asked && (!snapshot.latestCustomerMessage || snapshot.evidence !== 'strong')) void asked.then((s) => mine === reads && go(s ?? snapshot));
      else go(snapshot);
    },
  };
}

/** The generic reader (with the extras), brought once when a page needs it; `loaded` runs when it is here. */
function readerLoader(load: PageReadingOptions['loadReader'], loaded: () => void) {
  let loading: Promise<unknown> | undefined;
  return {
    ensure() {
      if (genericReaderReady() || loading || !load) return;
      // No extras on this page: nothing can be read generically (the panel says nothing was found).
      loading = load().then(loaded, () => undefined);
    },
    loading: () => loading,
  };
}

export async function createPageReading(options: PageReadingOptions): Promise<PageReading> {
  const { doc, signal } = options;
  const latest = latestReading();
  let adapter: CrmAdapter = genericAdapter;
  let profiles: SiteProfile[] = [];
  let pointed = false;
  let following = false;
  let epoch = new AbortController();
  let watch: ConversationWatch | undefined;
  signal.addEventListener('abort', () => epoch.abort());

  const choose = async () => void ({ profiles, pointed, adapter } = await chooseAdapter(options));
  /** A helpdesk single-page app may render its own markup after Odigos started: look again while guessing. */
  const redetect = () => {
    if (adapter !== genericAdapter) return;
    const better = pickAdapter(doc.location, doc, profiles);
    if (better === genericAdapter) return;
    adapter = better;
    restart();
  };

  const carrier = carrying(options.carry);
  const onRead = (snapshot: ConversationRead['snapshot'], problem?: ConversationRead['problem']) => {
    // Until the generic reader is here, a page it reads has nothing to show (not even an interim interaction id
    // that notes could be written to).
    if (unreadable()) return void ensureReader();
    carrier.then(snapshot, (s) => latest.publish({ snapshot: s, problem }));
    redetect();
    if (problem) ensureReader(); // the adapter failed: the generic reader stands in
  };

  const readsGenerically = () => adapter === genericAdapter || adapter.id === 'profile';
  const unreadable = () => readsGenerically() && !genericReaderReady();

  /** Pages read generically (or by a pointed layout, or after an adapter failed) need the reader: read again once it is here. */
  const reader = readerLoader(options.loadReader, () => {
    // The reader brings the helpdesk and pointed-layout adapters: choose again, then watch from scratch (it also
    // brings its own watch, of the agent's selection).
    adapter = pickAdapter(doc.location, doc, profiles);
    restart();
  });
  const ensureReader = reader.ensure;
  const readable = async () => void (unreadable() && (ensureReader(), await reader.loading()));

  function restart() {
    epoch.abort();
    epoch = new AbortController();
    watch = undefined;
    if (following) start();
  }

  function start() {
    if (signal.aborted) return;
    if (readsGenerically()) ensureReader();
    if (watch) watch.resume();
    else watch = watchConversation(adapter, doc, onRead, epoch.signal, { debounceMs: options.debounceMs });
  }

  function now() {
    if (following && latest.current) return latest.current;
    if (readsGenerically()) ensureReader();
    return latest.keep(readConversation(adapter, doc));
  }

  await choose();
  return {
    get adapter() {
      return adapter;
    },
    get pointed() {
      return pointed;
    },
    subscribe: latest.subscribe,
    follow(on) {
      following = on;
      if (on) start();
      else watch?.pause();
    },
    now,
    nowCarried: () => readable().then(() => carrier.now(now())),
    readNow: () => (unreadable() ? (ensureReader(), undefined) : readConversation(adapter, doc)),
    readable,
    async rechoose() {
      await choose();
      restart();
    },
    replyEditor: () => adapter.replyEditor(doc) ?? genericAdapter.replyEditor(doc),
  };
}
