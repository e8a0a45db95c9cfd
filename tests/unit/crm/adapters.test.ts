import { describe, expect, it } from 'vitest';
import { pickAdapter, type ConversationSnapshot } from '@/lib/crm';
import { act, loadFixture } from './load-fixture';

interface Case {
  url: string;
  expected: Partial<ConversationSnapshot> & { customerName?: string; latest: RegExp; earlier: RegExp[] };
  editor: (el: HTMLElement) => boolean;
  /** A navigation button in the fixture, and what the next conversation reads. */
  next: { button: string; ticketId: string; customerName?: string; latest: RegExp };
}

// What an agent would see in each helpdesk fixture (tests/fixtures/crm/<id>.html).
const CASES: Record<string, Case> = {
  freshdesk: {
    url: 'https://acme.freshdesk.com/a/tickets/73105',
    expected: {
      interactionId: 'freshdesk:acme.freshdesk.com:73105',
      subject: 'Charged twice for one order',
      customerName: 'Sarah Collins',
      latest: /^This is the third time I am writing/,
      earlier: [/^Hi, I checked my banking app[\s\S]*Can you look into it please\?$/],
    },
    editor: (el) => el.classList.contains('fr-element'),
    next: { button: '#go-73112', ticketId: '73112', customerName: 'James Whitaker', latest: /^My parcel \(order 552231\)/ },
  },
  hubspot: {
    url: 'https://app.hubspot.com/help-desk/4711/view/123/ticket/9001',
    expected: {
      interactionId: 'hubspot:app.hubspot.com:9001',
      subject: 'Burnt pizza delivered',
      customerName: 'Daniel Hughes',
      latest: /^Photo attached\. I would rather have a refund/,
      earlier: [/^My order just arrived and the pizza is completely burnt/],
    },
    editor: (el) => el.getAttribute('role') === 'textbox',
    next: { button: '#go-9002', ticketId: '9002', customerName: 'Olivia Grant', latest: /promised a refund for my returned jacket/ },
  },
  salesforce: {
    url: 'https://acme.lightning.force.com/lightning/r/Case/500Qy00000AbCdEIAV/view',
    expected: {
      interactionId: 'salesforce:acme.lightning.force.com:500Qy00000AbCdEIAV',
      subject: 'Charged twice for one order',
      customerName: 'Sarah Collins',
      latest: /^This is the third time I am writing/,
      earlier: [/^Hi, my card was charged twice/],
    },
    editor: (el) => el.tagName === 'BODY' && el.classList.contains('cke_editable'),
    next: { button: '#go-second', ticketId: '500Qy00000AbCdFIAV', customerName: 'James Whitaker', latest: /Can it come on Monday instead\?$/ },
  },
  zammad: {
    url: 'https://desk.example.org/#ticket/zoom/31',
    expected: {
      interactionId: 'zammad:desk.example.org:31045',
      subject: 'Διπλή χρέωση στην κάρτα μου',
      customerName: 'Γιώργος Παπαδόπουλος',
      latest: /^Είναι η τρίτη φορά που γράφω!/,
      earlier: [/^Καλημέρα σας\. Η κάρτα μου χρεώθηκε δύο φορές/],
    },
    editor: (el) => el.getAttribute('data-name') === 'body' && !!el.closest('#content_permanent_TicketZoom-31'),
    next: { button: '#go-32', ticketId: '31052', customerName: 'Δημήτρης Αλεξίου', latest: /η πίτσα είναι τελείως καμένη/ },
  },
  intercom: {
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/admin/555/conversation/18842',
    expected: {
      interactionId: 'intercom:app.intercom.com:18842',
      customerName: 'Priya Shah',
      latest: /^Why did you take my money/,
      earlier: [/^I ordered the blue kettle two weeks ago/],
    },
    editor: (el) => el.classList.contains('ProseMirror'),
    next: { button: '#go-18850', ticketId: '18850', customerName: 'James Whitaker', latest: /leave it with my neighbour\?$/ },
  },
  helpscout: {
    url: 'https://secure.helpscout.net/conversation/2750012345/1187?folderId=42',
    expected: {
      interactionId: 'helpscout:secure.helpscout.net:1187',
      subject: 'Refund for a cancelled order',
      customerName: 'Αικατερίνη Νικολάου',
      latest: /^Ακύρωσα την παραγγελία 100733 πριν από δέκα μέρες/,
      earlier: [/^Καλησπέρα, θέλω να ακυρώσω/],
    },
    editor: (el) => el.hasAttribute('data-slate-editor'),
    next: { button: '#go-1190', ticketId: '1190', customerName: 'Tom Baker', latest: /a size too small/ },
  },
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxyz',
    expected: {
      interactionId: 'gmail:mail.google.com:18f2a9c0d1e2f3a4',
      subject: 'Late parcel',
      customerName: 'James Whitaker',
      latest: /^Any news\? Can the courier deliver on Monday/,
      earlier: [/^My parcel \(order 552231\) was due on Tuesday/],
    },
    editor: (el) => el.getAttribute('aria-label') === 'Message Body',
    next: { button: '#go-other', ticketId: '18f2a9c0d1e29999', customerName: 'Sarah Collins', latest: /charged twice for order 552190/ },
  },
  front: {
    url: 'https://app.frontapp.com/open/cnv_1a2b3c',
    expected: {
      interactionId: 'front:app.frontapp.com:cnv_1a2b3c',
      subject: 'Burnt food order',
      customerName: 'Δημήτρης Αλεξίου',
      latest: /^Σας έστειλα τη φωτογραφία\. Θέλω επιστροφή χρημάτων/,
      earlier: [/^Μόλις ήρθε η παραγγελία μου/],
    },
    editor: (el) => el.getAttribute('aria-label') === 'Reply',
    next: { button: '#go-other', ticketId: 'cnv_9z8y7x', customerName: 'Priya Shah', latest: /kettle was out of stock/ },
  },
};

describe.each(Object.entries(CASES))('%s adapter on its fixture', (id, c) => {
  it('reads the customer, the latest and earlier customer messages, ticket and subject', async () => {
    const doc = await loadFixture(id, c.url);
    const adapter = pickAdapter(doc.location, doc);
    expect(adapter.id).toBe(id);
    const s = adapter.read(doc);
    const { customerName, latest, earlier, ...rest } = c.expected;
    expect(s).toMatchObject({ adapter: id, ...rest });
    expect(s.customer.name).toBe(customerName);
    expect(s.customer.firstName).toBe(customerName?.split(' ')[0]);
    expect(s.latestCustomerMessage).toMatch(latest);
    expect(s.customerMessages).toHaveLength(earlier.length);
    earlier.forEach((re, i) => expect(s.customerMessages[i]).toMatch(re));
  });

  it('finds the reply editor of the active conversation', async () => {
    const doc = await loadFixture(id, c.url);
    const editor = pickAdapter(doc.location, doc).replyEditor(doc);
    expect(editor && c.editor(editor)).toBe(true);
  });

  it('follows in-page navigation to the next conversation', async () => {
    const doc = await loadFixture(id, c.url);
    act(doc, c.next.button);
    const s = pickAdapter(doc.location, doc).read(doc);
    expect(s.ticketId).toBe(c.next.ticketId);
    expect(s.customer.name).toBe(c.next.customerName);
    expect(s.latestCustomerMessage).toMatch(c.next.latest);
  });
});

/** The customer's card in the helpdesk's sidebar, as CRMs fed from a registry add it, beside the agent's profile. */
function addCards(doc: Document, customer: string) {
  const card = doc.createElement('aside');
  const row = (label: string, value: string) => `<div class="row"><span class="label">${label}</span><span>${value}</span></div>`;
  card.innerHTML = `<h2>${customer}</h2>${row('Φύλο', 'Γυναίκα')}${row('Email', 'customer@example.gr')}`;
  const agent = doc.createElement('div');
  agent.innerHTML = `<span class="agent-name">Odigos Agent</span>${row('Φύλο', 'Άνδρας')}`;
  doc.body.append(card, agent);
}

describe.each(Object.entries(CASES))('%s adapter reads the customer’s card', (id, c) => {
  it('gives the card’s fields (gender, e-mail) with the customer, as the generic reader does', async () => {
    const doc = await loadFixture(id, c.url);
    addCards(doc, c.expected.customerName!);
    const s = pickAdapter(doc.location, doc).read(doc);
    expect(s.customer.fields).toEqual(expect.arrayContaining([{ label: 'Φύλο', value: 'Γυναίκα' }]));
    expect(s.customer.fields).not.toContainEqual({ label: 'Φύλο', value: 'Άνδρας' });
  });
});

/**
 * A teammate's internal note is never the customer's words nor the agent's reply: it is read as a note or left
 * out, so it neither steers suggestions nor counts as "agent replied" in QC. Each fixture holds notes the way its
 * helpdesk marks them (docs/crm-markup.md); Front's are comments outside the message viewer, Help Scout's are drawn
 * with the yellow border its manual gives them, in the second conversation of each more of them than messages.
 */
const NOTES: Record<string, { url: string; notes: RegExp[]; next?: { button: string; notes: RegExp[] } }> = {
  zendesk: { url: 'https://acme.zendesk.com/agent/tickets/48213', notes: [/Ζήτησα από το λογιστήριο/] },
  freshdesk: { url: CASES.freshdesk.url, notes: [/Finance confirms a duplicate capture/] },
  zammad: { url: CASES.zammad.url, notes: [/περιμένουμε επιβεβαίωση από την τράπεζα/] },
  intercom: { url: CASES.intercom.url, notes: [/Supplier says 3 weeks/] },
  helpscout: {
    url: CASES.helpscout.url,
    notes: [/Η τράπεζα επιβεβαίωσε την πίστωση/],
    next: { button: '#go-1190', notes: [/prepaid return label/, /Exchange approved/] },
  },
  front: {
    url: CASES.front.url,
    notes: [/να εγκρίνει ο υπεύθυνος βάρδιας/],
    next: { button: '#go-other', notes: [/Supplier says the kettle is back/, /refund her today/] },
  },
};

function expectNotesKeptOut(s: ConversationSnapshot, notes: RegExp[]) {
  for (const note of notes) {
    const read = (s.messages ?? []).filter((m) => note.test(m.text));
    expect(read.map((m) => m.role), `${note}`).toEqual(read.map(() => 'internal'));
    expect(s.latestCustomerMessage ?? '').not.toMatch(note);
    for (const m of s.customerMessages) expect(m).not.toMatch(note);
  }
}

describe.each(Object.entries(NOTES))('%s adapter and internal notes', (id, c) => {
  it('reads a note as a note, never as the customer’s or the agent’s message', async () => {
    const doc = await loadFixture(id, c.url);
    const adapter = pickAdapter(doc.location, doc);
    expect(adapter.id).toBe(id);
    const s = adapter.read(doc);
    expect(s.messages?.some((m) => m.role === 'customer')).toBe(true);
    expectNotesKeptOut(s, c.notes);
    if (!c.next) return;
    act(doc, c.next.button);
    const next = pickAdapter(doc.location, doc).read(doc);
    expect(next.latestCustomerMessage).toMatch(CASES[id].next.latest);
    expectNotesKeptOut(next, c.next.notes);
  });
});

it('Freshdesk: a private note is still a note without the fixture’s class for it, by its header', async () => {
  // No public source shows a class of the note's own (docs/crm-markup.md knows only the API's "private"): the
  // declared `.private-note` may not exist, and the note must not then become the agent's reply.
  const doc = await loadFixture('freshdesk', CASES.freshdesk.url);
  doc.querySelector('.private-note')!.classList.remove('private-note');
  expectNotesKeptOut(pickAdapter(doc.location, doc).read(doc), NOTES.freshdesk.notes);
});

it('Front: a comment in a row of the same shape as the messages’ rows is still a note, not the agent’s reply', async () => {
  // A virtual list wraps every entry of the timeline in the same row: shape alone no longer tells them apart.
  const doc = await loadFixture('front', CASES.front.url);
  const list = doc.querySelector('[class*="conversationMessages__"]')!;
  for (const entry of [...list.children]) {
    const row = doc.createElement('div');
    entry.replaceWith(row);
    row.append(entry);
  }
  const s = pickAdapter(doc.location, doc).read(doc);
  expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
  expectNotesKeptOut(s, NOTES.front.notes);
});

it('Help Scout: only the yellow border makes a note; a user reply\'s grey border, or a thread drawn all in yellow, does not', async () => {
  const doc = await loadFixture('helpscout', CASES.helpscout.url);
  expect(pickAdapter(doc.location, doc).read(doc).messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
  const style = doc.createElement('style');
  style.textContent = '.ThreadItem { border: 1px solid #f5c518 !important; }';
  doc.head.append(style);
  expect(pickAdapter(doc.location, doc).read(doc).messages?.some((m) => m.role === 'internal')).toBe(false);
});
