import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionPending } from '@/lib/background/notes-service';
import type { MessageEvent } from '@/knowledge/qc/events';
import type { TimelineEntry } from '@/lib/notes/model';
import { memoryPending, PAIR_WITHIN_MS, pendingReplies, placeReply, recentReplyTexts, sameReply, type PendingReply, type ReplyClaim } from '@/lib/notes/sent-replies';

const T = 1_770_000_000_000;
const SENT = 'Καλησπέρα σας. Σας ευχαριστούμε για την επικοινωνία. Αν χρειαστείτε οτιδήποτε άλλο, είμαστε εδώ.';
const reply = (over: Partial<MessageEvent>): MessageEvent => ({ kind: 'message', from: 'agent', key: 'k', shown: false, ...over });
const entry = (at: number, event: MessageEvent): TimelineEntry => ({ at, event });
/** The local midnight of T's day: a shown «Σήμερα» (shown-time.ts). */
const midnight = new Date(T).setHours(0, 0, 0, 0);

describe('sameReply: a reply as sent and as the thread shows it', () => {
  it('is one reply with whitespace, case or a signature and quote added', () => {
    expect(sameReply(SENT, `  ${SENT.replace(/ /g, '\n')} `)).toBe(true);
    expect(sameReply(SENT, `${SENT}\n\n-- \nΜε εκτίμηση,\nSupport Agent`)).toBe(true);
    expect(sameReply(SENT.toUpperCase(), SENT)).toBe(true);
  });

  it('is two replies when they only share a template (the agent’s own words differ) or one is empty', () => {
    const other = 'Καλημέρα κύριε Γεωργίου. Η επιστροφή έγινε σήμερα. Αν χρειαστείτε οτιδήποτε άλλο, είμαστε εδώ.';
    expect(sameReply(SENT, other)).toBe(false);
    expect(sameReply('', SENT)).toBe(false);
    expect(sameReply('Ευχαριστώ', 'Ευχαριστώ πολύ για όλα, τα λέμε αύριο στο κατάστημα')).toBe(false);
  });
});

describe('placeReply: one entry for a reply sent and the thread’s sighting of it, whichever comes first', () => {
  it('sent first: the thread’s sighting under the same key, or other words the store remembers, is the same entry', () => {
    const timeline = [entry(T, reply({ key: 'ks', sent: true }))];
    expect(placeReply(timeline, reply({ key: 'ks', text: SENT }), T + 500)).toEqual({ kind: 'merge', index: 0, event: reply({ key: 'ks', sent: true, thread: true }) });
    const signed = placeReply(timeline, reply({ key: 'kt', text: `${SENT}\n-- \nSupport Agent` }), T + 500, new Map([['ks', SENT]]));
    expect(signed).toEqual({ kind: 'merge', index: 0, event: reply({ key: 'ks', sent: true, thread: true, seenAs: ['kt'] }) });
  });

  it('sent first: read again, the thread’s sighting changes nothing; another reply in the thread is new', () => {
    const timeline = [entry(T, reply({ key: 'ks', sent: true, thread: true, seenAs: ['kt'] }))];
    expect(placeReply(timeline, reply({ key: 'kt', text: 'whatever' }), T)).toEqual({ kind: 'same' });
    expect(placeReply(timeline, reply({ key: 'ks' }), T)).toEqual({ kind: 'same' });
    const other = reply({ key: 'k2', text: 'Μια άλλη απάντηση, με άλλα λόγια από την πρώτη.' });
    expect(placeReply(timeline, other, T, new Map([['ks', SENT]]))).toEqual({ kind: 'new', event: other });
  });

  it('the thread first: the send is that entry (now known as sent), by key or by words', () => {
    const timeline = [entry(T, reply({ key: 'kt' }))];
    expect(placeReply(timeline, reply({ key: 'kt', sent: true, text: SENT }), T + 100)).toEqual({ kind: 'merge', index: 0, at: T + 100, event: reply({ key: 'kt', sent: true, thread: true }) });
    const byWords = placeReply(timeline, reply({ key: 'ks', sent: true, text: SENT }), T + 100, new Map([['kt', `${SENT} Support Agent`]]));
    expect(byWords).toMatchObject({ kind: 'merge', index: 0 });
  });

  it('the same words sent twice are two replies: the second takes the next occurrence key, as the thread gives it', () => {
    const timeline = [entry(T, reply({ key: 'ks', sent: true, thread: true }))];
    expect(placeReply(timeline, reply({ key: 'ks', sent: true, text: SENT }), T + 60_000)).toEqual({ kind: 'new', event: reply({ key: 'ks-1', sent: true, text: SENT }) });
    const twice = [...timeline, entry(T + 60_000, reply({ key: 'ks-1', sent: true }))];
    expect(placeReply(twice, reply({ key: 'ks', sent: true, text: SENT }), T + 120_000)).toMatchObject({ event: { key: 'ks-2' } });
    // The thread then shows the second under its own occurrence key: that sent entry, not a third.
    expect(placeReply(twice, reply({ key: 'ks-1', text: SENT }), T + 61_000)).toMatchObject({ kind: 'merge', index: 1 });
  });

  it('a send does not take a thread sighting of the same words from long before (an earlier reply)', () => {
    const timeline = [entry(T - PAIR_WITHIN_MS - 1, reply({ key: 'ks' }))];
    expect(placeReply(timeline, reply({ key: 'ks', sent: true, text: SENT }), T)).toMatchObject({ kind: 'new', event: { key: 'ks-1' } });
    // A time the page showed as a day only («Σήμερα» is midnight) is the same reply that day, not the day after.
    const today = [entry(midnight, reply({ key: 'ks', shown: true }))];
    // …and the entry takes the send's moment: the day's midnight the page showed would time the reply hours early.
    expect(placeReply(today, reply({ key: 'ks', sent: true, text: SENT }), T)).toMatchObject({ kind: 'merge', index: 0, at: T, event: { shown: false, sent: true } });
    const yesterday = [entry(midnight - 86_400_000, reply({ key: 'ks', shown: true }))];
    expect(placeReply(yesterday, reply({ key: 'ks', sent: true, text: SENT }), T)).toMatchObject({ kind: 'new' });
  });

  it('a template sent on Monday evening and again on Tuesday morning is two replies, though the thread showed Monday’s to the minute', () => {
    // Monday's reply seen in the thread only (sent before Odigos heard sends, or from another device), at 17:00.
    const monday = [entry(T - 16 * 3_600_000, reply({ key: 'ks', shown: true }))];
    expect(placeReply(monday, reply({ key: 'ks', sent: true, text: SENT }), T)).toEqual({ kind: 'new', event: reply({ key: 'ks-1', sent: true, text: SENT }) });
    // The thread read first on Tuesday: Monday's is «ks», Tuesday's «ks-1», seen a minute ago. The send is that
    // sighting (by its time), also once the words it was seen with are forgotten (a restarted service worker).
    const both = [...monday, entry(T - 60_000, reply({ key: 'ks-1', shown: true }))];
    expect(placeReply(both, reply({ key: 'ks', sent: true, text: SENT }), T)).toEqual({ kind: 'merge', index: 1, at: T, event: reply({ key: 'ks-1', sent: true, thread: true }) });
  });

  it('the same send recorded twice (the outbox’s copy after a retry) is one reply; another send of those words a minute later is not', () => {
    const once = [entry(T, reply({ key: 'ks', sent: true, thread: true }))];
    expect(placeReply(once, reply({ key: 'ks', sent: true, text: SENT }), T)).toEqual({ kind: 'same' });
    const twice = [...once, entry(T + 60_000, reply({ key: 'ks-1', sent: true }))];
    expect(placeReply(twice, reply({ key: 'ks', sent: true, text: SENT }), T + 60_000)).toEqual({ kind: 'same' });
    expect(placeReply(twice, reply({ key: 'ks', sent: true, text: SENT }), T + 120_000)).toMatchObject({ kind: 'new', event: { key: 'ks-2' } });
  });

  it('leaves the customer’s messages and sightings without text as before: the key decides', () => {
    expect(placeReply([], reply({ key: 'k9' }), T)).toEqual({ kind: 'new', event: reply({ key: 'k9' }) });
    expect(placeReply([entry(T, reply({ key: 'k9' }))], reply({ key: 'k9' }), T)).toEqual({ kind: 'same' });
  });
});

describe('recentReplyTexts: the words kept for pairing, in memory, for a while', () => {
  it('keeps each interaction’s texts by key until PAIR_WITHIN_MS has passed, and at most `max` interactions', () => {
    let now = T;
    const recent = recentReplyTexts(() => now, 2);
    recent.remember('a', 'k1', 'one');
    expect(recent.of('a').get('k1')).toBe('one');
    expect(recent.of('b').size).toBe(0);
    now += PAIR_WITHIN_MS + 1;
    expect(recent.of('a').size).toBe(0);
    for (const id of ['a', 'b', 'c']) recent.remember(id, 'k', id);
    expect([recent.of('a').size, recent.of('b').get('k'), recent.of('c').get('k')]).toEqual([0, 'b', 'c']);
  });
});

describe('pendingReplies: a reply heard before its page could be read waits for the page that shows it', () => {
  const pend = (over: Partial<PendingReply> = {}): PendingReply => ({ page: 'p1', text: SENT, key: 'ks', at: T, url: 'https://desk.example/Ticket/Display.html?id=9', ...over });
  const claim = (over: Partial<ReplyClaim> = {}): ReplyClaim => ({ page: 'p2', interactionId: 'generic:desk.example:9', url: 'https://desk.example/Ticket/Display.html?id=9&results=1', texts: [`${SENT}\n-- \nSupport Agent`], ...over });

  beforeEach(() => fakeBrowser.reset());

  it('is claimed once, by another page of the same site whose thread shows it', async () => {
    const pending = pendingReplies(memoryPending(), () => T);
    await pending.keep(pend());
    expect(await pending.waiting('https://desk.example', 'p1')).toBe(0); // its own page records it itself
    expect(await pending.waiting('https://other.example', 'p2')).toBe(0);
    expect(await pending.waiting('https://desk.example', 'p2')).toBe(1);
    expect(await pending.claim(claim({ texts: ['Μια άλλη απάντηση σε άλλο αίτημα, με άλλα λόγια.'] }))).toEqual([]);
    expect(await pending.claim(claim())).toEqual([pend()]);
    expect(await pending.claim(claim())).toEqual([]);
  });

  it('is dropped when its own page recorded it after all, and forgotten after PAIR_WITHIN_MS', async () => {
    let now = T;
    const pending = pendingReplies(memoryPending(), () => now);
    await pending.keep(pend());
    await pending.drop('https://desk.example', 'ks');
    expect(await pending.waiting('https://desk.example', 'p2')).toBe(0);
    await pending.keep(pend());
    now += PAIR_WITHIN_MS + 1;
    expect(await pending.claim(claim())).toEqual([]);
  });

  it('is claimed once of two claims at the same moment (two pages of the site read together)', async () => {
    const pending = pendingReplies(memoryPending(), () => T);
    await pending.keep(pend());
    const both = await Promise.all([pending.claim(claim()), pending.claim(claim({ page: 'p3' }))]);
    expect(both.flat()).toEqual([pend()]);
  });

  it('outlives the service worker: kept in storage.session, claimed once by the restarted worker, not on disk', async () => {
    await pendingReplies(sessionPending(), () => T).keep(pend());
    // Chromium stops the idle worker: a new one starts with nothing in memory and the same session storage.
    const restarted = pendingReplies(sessionPending(), () => T + 60_000);
    expect(await restarted.waiting('https://desk.example', 'p2')).toBe(1);
    expect(await restarted.claim(claim())).toEqual([pend()]);
    expect(await pendingReplies(sessionPending(), () => T + 60_000).claim(claim())).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // Still PAIR_WITHIN_MS each: a reply kept before the restart is forgotten as before.
    await pendingReplies(sessionPending(), () => T).keep(pend());
    expect(await pendingReplies(sessionPending(), () => T + PAIR_WITHIN_MS + 1).claim(claim())).toEqual([]);
  });

  it('lives in the background\'s memory where the browser has no storage.session (older Firefox)', async () => {
    const session = fakeBrowser.storage.session;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      const pending = pendingReplies(sessionPending(), () => T);
      await pending.keep(pend());
      expect(await pending.claim(claim())).toEqual([pend()]);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', { value: session, configurable: true });
    }
  });
});
