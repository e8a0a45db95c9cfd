import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { genericAdapter } from '@/lib/crm';
import { createPageReading } from '@/lib/crm/page-reading';
import { customerOf } from '@/lib/crm/name-texts';
import { pageConversation } from '@/lib/shortcuts/context';
import { expandTemplate } from '@/knowledge/template';
import type { ConversationSnapshot } from '@/lib/crm/types';
import {
  createReadings, MAX_MESSAGES, MAX_READINGS, MAX_TEXT, memoryArea, sessionArea, type KeptReading, type ReadingsArea,
} from '@/lib/background/readings';
import { loadFixture } from '../crm/load-fixture';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

/**
 * A helpdesk's reply page shows the ticket without its conversation (RT 5's Ticket/Update.html): the background
 * keeps the last reading of each ticket, in storage.session, and fills it into the reply page's empty reading.
 */
const DESK = 'http://127.0.0.1:8117';
const DISPLAY = `${DESK}/Ticket/Display.html?id=2`;
const REPLY = `${DESK}/Ticket/Update.html?Action=Respond&id=2`;

function ticket(id: string, over: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    adapter: 'generic',
    interactionId: `generic:127.0.0.1:8117:${id}`,
    ticketId: id,
    subject: `Ticket ${id}`,
    customer: { name: `Customer ${id}` },
    agent: { name: 'Support Agent' },
    latestCustomerMessage: `My parcel ${id} came broken.`,
    customerMessages: [`Where is parcel ${id}?`],
    messages: [{ role: 'customer', text: `Where is parcel ${id}?` }, { role: 'customer', text: `My parcel ${id} came broken.` }],
    lang: 'en',
    evidence: 'strong',
    ...over,
  };
}

/** The same ticket's page without its conversation. */
const empty = (id: string, over: Partial<ConversationSnapshot> = {}): ConversationSnapshot =>
  ticket(id, { customer: {}, subject: undefined, latestCustomerMessage: undefined, customerMessages: [], messages: [], lang: undefined, evidence: 'none', ...over });

/** An area that counts its writes (nothing may be written from an empty reading). */
function countingArea(): ReadingsArea & { writes: number; kept(): Promise<KeptReading[]> } {
  const inner = memoryArea();
  const area = { writes: 0, get: inner.get, set: (k: KeptReading[]) => ((area.writes += 1), inner.set(k)), kept: inner.get };
  return area;
}

describe('the last reading of each ticket, for its pages without a conversation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a ticket read on its conversation page is served to its reply page, marked as carried', async () => {
    const { carry } = createReadings(memoryArea());
    expect(await carry(ticket('2'), DISPLAY)).toBeNull(); // kept; nothing to add to a reading with the customer's words
    const carried = await carry(empty('2', { agent: {} }), REPLY);
    expect(carried).toMatchObject({
      interactionId: 'generic:127.0.0.1:8117:2',
      carried: true,
      subject: 'Ticket 2',
      customer: { name: 'Customer 2' },
      agent: { name: 'Support Agent' },
      latestCustomerMessage: 'My parcel 2 came broken.',
      customerMessages: ['Where is parcel 2?'],
      lang: 'en',
      evidence: 'strong',
    });
    expect(carried?.messages).toHaveLength(2);
  });

  it('the reply page\'s own subject and customer stay; the latest reading of the ticket is the one served', async () => {
    const { carry } = createReadings(memoryArea());
    await carry(ticket('2'), DISPLAY);
    await carry(ticket('2', { latestCustomerMessage: 'Now the lid is cracked too.' }), DISPLAY);
    const carried = await carry(empty('2', { subject: 'Parcel 2', customer: { name: 'Κ. Τερζής' } }), REPLY);
    expect(carried).toMatchObject({ subject: 'Parcel 2', customer: { name: 'Κ. Τερζής' }, latestCustomerMessage: 'Now the lid is cracked too.' });
  });

  it('another ticket, another site, a page with no ticket id: never served', async () => {
    const { carry } = createReadings(memoryArea());
    await carry(ticket('2'), DISPLAY);
    expect(await carry(empty('3'), `${DESK}/Ticket/Update.html?id=3`)).toBeNull();
    // The same interaction id asked from another host (the id is only what a page's reading says).
    expect(await carry(empty('2'), 'https://other.example/Ticket/Update.html?id=2')).toBeNull();
    expect(await carry(empty('2'), undefined)).toBeNull();
    // A page without a ticket id: its interaction is its address, and such a page may show one conversation after another.
    const byAddress = { interactionId: 'generic:http://127.0.0.1:8117/inbox', ticketId: undefined };
    await carry(ticket('x', byAddress), `${DESK}/inbox`);
    expect(await carry(empty('x', byAddress), `${DESK}/inbox`)).toBeNull();
  });

  it('nothing is kept from a reading without the customer\'s words, and it never replaces the ticket\'s reading', async () => {
    const area = countingArea();
    const { carry } = createReadings(area);
    expect(await carry(empty('2'), REPLY)).toBeNull();
    expect(await carry(empty('2', { latestCustomerMessage: '   ' }), REPLY)).toBeNull();
    expect(area.writes).toBe(0);
    await carry(ticket('2'), DISPLAY);
    await carry(ticket('2'), DISPLAY); // read again, unchanged: not written again
    const carried = await carry(empty('2'), REPLY);
    // A carried reading handed back (the side panel asks the tab again) is not kept as the ticket's own.
    await carry({ ...carried!, latestCustomerMessage: 'changed' }, REPLY);
    expect(area.writes).toBe(1);
    expect((await area.kept())[0].reading.latestCustomerMessage).toBe('My parcel 2 came broken.');
    // A page that shows some of the customer's words, not the latest, is its own reading: nothing is filled in.
    expect(await carry(empty('2', { customerMessages: ['Where is it?'] }), REPLY)).toBeNull();
  });

  it('a less sure reading of another page of the ticket takes the ticket\'s reading and never replaces it: RT\'s reply page before its editor, whose title was read as the customer\'s message', async () => {
    const area = countingArea();
    const { carry } = createReadings(area);
    const display = `${DESK}/Ticket/Display.html?id=6`;
    const reply = `${DESK}/Ticket/Update.html?Action=Respond&id=6`;
    await carry(ticket('6', { customer: { name: 'Γιώργος Νικολάου' }, latestCustomerMessage: 'Η παραγγελία μου 58213 δεν ήρθε ποτέ.', lang: 'el' }), display);
    // RT 5's reply page at DOMContentLoaded: only its title is there to read. The generic reader read it weakly as the
    // customer's message; a block of headings only is no message now (lib/crm/thread.ts), so the page reads as none.
    const early = genericAdapter.read(await loadFixture('generic-rt-reply-early-el', reply));
    expect(early).toMatchObject({ interactionId: 'generic:127.0.0.1:8117:6', evidence: 'none', customer: {} });
    expect(early.latestCustomerMessage ?? '').toBe('');
    // Such a weak reading (what the title gave) still takes the ticket's reading.
    const carried = await carry(empty('6', { evidence: 'weak', latestCustomerMessage: 'Update ticket #6: Παράπονο: η παραγγελία 58213 δεν ήρθε ποτέ', customerMessages: ['Update ticket #6: Παράπονο: η παραγγελία 58213 δεν ήρθε ποτέ'] }), reply);
    expect(carried).toMatchObject({ carried: true, customer: { name: 'Γιώργος Νικολάου' }, latestCustomerMessage: 'Η παραγγελία μου 58213 δεν ήρθε ποτέ.', evidence: 'strong' });
    expect(expandTemplate('{{customer.salutation}},', { customer: customerOf(carried!) }, { lang: 'el' }).text).toBe('Αγαπητέ κύριε Νικολάου,');
    // Once the editor is there the page reads as none: the ticket page's reading still comes (it used to be the title).
    expect(await carry(empty('6'), reply)).toMatchObject({ customer: { name: 'Γιώργος Νικολάου' }, latestCustomerMessage: 'Η παραγγελία μου 58213 δεν ήρθε ποτέ.' });
    expect(area.writes).toBe(1);
    // The ticket's own page, read less surely a moment (its history still loading): its own reading, nothing kept.
    expect(await carry(ticket('6', { evidence: 'weak', latestCustomerMessage: 'Ιστορικό' }), `${display}#txn-34`)).toBeNull();
    expect(area.writes).toBe(1);
    // As sure as the kept one, or surer: the ticket's reading from then on.
    await carry(ticket('6', { latestCustomerMessage: 'Και τώρα;' }), display);
    expect((await carry(empty('6'), reply))?.latestCustomerMessage).toBe('Και τώρα;');
    const weakFirst = createReadings(memoryArea());
    await weakFirst.carry(ticket('7', { evidence: 'weak', latestCustomerMessage: 'Πρώτα αυτό.' }), `${DESK}/Ticket/Display.html?id=7`);
    await weakFirst.carry(ticket('7', { latestCustomerMessage: 'Μετά αυτό.' }), `${DESK}/Ticket/Display.html?id=7`);
    expect((await weakFirst.carry(empty('7'), reply.replace('id=6', 'id=7')))?.latestCustomerMessage).toBe('Μετά αυτό.');
  });

  it('bounded: the last 50 tickets, each text and thread cut', async () => {
    const area = countingArea();
    const { carry } = createReadings(area);
    for (let i = 1; i <= MAX_READINGS + 1; i++) await carry(ticket(String(i)), DISPLAY);
    const kept = await area.kept();
    expect(kept).toHaveLength(MAX_READINGS);
    expect(await carry(empty('1'), REPLY)).toBeNull(); // the oldest went
    expect(await carry(empty('2'), REPLY)).not.toBeNull();
    // Read again, a ticket comes first and stays.
    await carry(ticket('2'), DISPLAY);
    await carry(ticket('52'), DISPLAY);
    expect(await carry(empty('2'), REPLY)).not.toBeNull();

    const long = 'λ'.repeat(MAX_TEXT * 3);
    const thread = Array.from({ length: 40 }, (_, i) => ({ role: 'customer' as const, text: `${i} ${long}` }));
    await carry(ticket('9', { latestCustomerMessage: long, customerMessages: [long, long], messages: thread, subject: long }), DISPLAY);
    const nine = (await carry(empty('9'), REPLY))!;
    expect(nine.latestCustomerMessage).toHaveLength(MAX_TEXT);
    expect(nine.subject).toHaveLength(MAX_TEXT);
    expect(nine.messages).toHaveLength(MAX_MESSAGES);
    expect(nine.messages?.at(-1)?.text.startsWith('39 ')).toBe(true);
    expect(Math.max(...nine.messages!.map((m) => m.text.length), ...nine.customerMessages.map((t) => t.length))).toBe(MAX_TEXT);
  });

  it('lives in storage.session (memory the browser clears, closed to pages), else in the background\'s memory', async () => {
    const { carry } = createReadings(sessionArea());
    await carry(ticket('2'), DISPLAY);
    const stored = (await fakeBrowser.storage.session.get('ticketReadings')).ticketReadings as KeptReading[];
    expect(stored.map((k) => k.key)).toEqual(['127.0.0.1:8117 generic:127.0.0.1:8117:2']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A new service worker (the old one slept) finds it there.
    expect(await createReadings(sessionArea()).carry(empty('2'), REPLY)).toMatchObject({ carried: true });

    // Firefox without storage.session: the background's memory.
    const session = fakeBrowser.storage.session;
    Object.defineProperty(fakeBrowser.storage, 'session', { value: undefined, configurable: true });
    try {
      const inMemory = createReadings(sessionArea());
      await inMemory.carry(ticket('2'), DISPLAY);
      expect(await inMemory.carry(empty('2'), REPLY)).toMatchObject({ carried: true });
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'session', { value: session, configurable: true });
    }
  });
});

describe('Request Tracker 5: the reply page goes on from the ticket page\'s reading', () => {
  it('the reply page\'s reading is ticket #2\'s conversation, and a template greets «Αγαπητέ κύριε Τερζή»', async () => {
    const { carry } = createReadings(memoryArea());
    const display = await loadFixture('generic-rt-ticket-el', DISPLAY);
    expect(await carry(genericAdapter.read(display), DISPLAY)).toBeNull();

    const reply = await loadFixture('generic-rt-reply-el', REPLY);
    // The tab's reading, as the content script makes it: the background fills the reply page's empty one in.
    const reading = await createPageReading({
      doc: reply, signal: new AbortController().signal, profiles: async () => ({ all: [], own: false }), carry: (s) => carry(s, REPLY),
    });
    expect(reading.now().snapshot.latestCustomerMessage).toBeUndefined();
    const { snapshot } = await reading.nowCarried();
    expect(snapshot).toMatchObject({ carried: true, ticketId: '2', customer: { name: 'ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ' }, lang: 'el' });
    expect(snapshot.latestCustomerMessage).toMatch(/^Το δέμα ήρθε επιτέλους σήμερα, αλλά η καφετιέρα μέσα είναι χτυπημένη/);
    expect(expandTemplate('{{customer.salutation}},', { customer: customerOf(snapshot) }, { lang: 'el' }).text).toBe('Αγαπητέ κύριε Τερζή,');
    // The palette and shortcuts fill their placeholders from the same reading.
    expect(pageConversation(snapshot, reply.location).customerText).toMatch(/^Το δέμα ήρθε/);

    // The panel follows the page: what it is told is the carried reading, never the empty one first.
    const heard: ConversationSnapshot[] = [];
    reading.subscribe((read) => heard.push(read.snapshot));
    reading.follow(true);
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0), { timeout: 5_000 });
    reading.follow(false);
    expect(heard.every((s) => s.carried && s.customer.name === 'ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ')).toBe(true);

    // Without an earlier reading of ticket #2 the reply page stays as it is: no conversation.
    const none = await createPageReading({
      doc: reply, signal: new AbortController().signal, profiles: async () => ({ all: [], own: false }),
      carry: (s) => createReadings(memoryArea()).carry(s, REPLY),
    });
    expect((await none.nowCarried()).snapshot).toMatchObject({ ticketId: '2', customerMessages: [] });
    expect((await none.nowCarried()).snapshot.carried).toBeUndefined();
  });

  it('the reply page opened straight, no ticket page read before: a shortcut greets the customer RT\'s «Προς» names, «Αγαπητέ κύριε Τερζή»', async () => {
    const reply = await loadFixture('generic-rt-reply-el', REPLY);
    // What a shortcut typed in CKEditor reads (app/content/shortcuts.ts): the tab's reading, carried if it can be.
    const reading = await createPageReading({
      doc: reply, signal: new AbortController().signal, profiles: async () => ({ all: [], own: false }),
      carry: (s) => createReadings(memoryArea()).carry(s, REPLY),
    });
    const { snapshot } = await reading.nowCarried();
    expect(snapshot.carried).toBeUndefined();
    // RT's reply page names the requestor only as the reply's recipient, «Προς: [x] ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ <kterzis@…>»:
    // unread, the shortcut greeted «Αγαπητέ/ή πελάτη» until the agent had opened the ticket's own page first.
    expect(snapshot.customer).toMatchObject({ name: 'ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ', email: 'kterzis@example.com' });
    const { context } = pageConversation(snapshot, reply.location);
    expect(expandTemplate('{{customer.salutation}},', context, { lang: 'el' }).text).toBe('Αγαπητέ κύριε Τερζή,');
  });

  it('the reply page read before its editor is there: the panel is told the ticket page\'s reading, never the page\'s title as the customer\'s words', async () => {
    const { carry } = createReadings(memoryArea());
    const display = `${DESK}/Ticket/Display.html?id=6`;
    const reply = `${DESK}/Ticket/Update.html?Action=Respond&id=6`;
    await carry(ticket('6', { customer: { name: 'Γιώργος Νικολάου' }, latestCustomerMessage: 'Η παραγγελία μου 58213 δεν ήρθε ποτέ.', lang: 'el' }), display);
    const doc = await loadFixture('generic-rt-reply-early-el', reply);
    const reading = await createPageReading({
      doc, signal: new AbortController().signal, profiles: async () => ({ all: [], own: false }), carry: (s) => carry(s, reply),
    });
    expect((await reading.nowCarried()).snapshot).toMatchObject({ carried: true, customer: { name: 'Γιώργος Νικολάου' } });
    const heard: ConversationSnapshot[] = [];
    reading.subscribe((read) => heard.push(read.snapshot));
    reading.follow(true);
    await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0), { timeout: 5_000 });
    reading.follow(false);
    expect(heard.map((s) => [s.carried, s.customer.name, s.latestCustomerMessage])).toEqual(heard.map(() => [true, 'Γιώργος Νικολάου', 'Η παραγγελία μου 58213 δεν ήρθε ποτέ.']));
  });
});
