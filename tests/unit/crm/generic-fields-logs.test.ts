import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { measureProse, proseScore } from '@/lib/crm/evidence';
import { drawnApart, eventLog, reportsWhatWasDone } from '@/lib/crm/event-log';
import { findThread } from '@/lib/crm/thread';
import { pageReply } from '../engine/moment-harness';
import { loadFixture } from './load-fixture';

/**
 * On desks no adapter knows, the generic reader must not take the desk's own record for anyone's words: a field's
 * value beside its label (dt/dd, label + value, a row's th/td, "Created: … by …") and a log of what was done to
 * the ticket (history, activity, events: each line with who and when, none speaking to anyone).
 */
function page(html: string): Document {
  const win = new Window({ url: 'http://127.0.0.1:8117/ticket/1', settings: { disableJavaScriptEvaluation: true } });
  win.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return win.document as unknown as Document;
}

const top = (s: ReturnType<typeof genericAdapter.read>, n = 3) => pageReply(s, 8).suggestions.slice(0, n).map((x) => x.entryId);

describe('a field beside its label is the desk\'s record, not a sentence', () => {
  it('dd, the block after a label, a row\'s td after its th, a short "Name:" before a block: no prose', () => {
    const doc = page(`
      <dl id="dl"><dt>Σημειώσεις</dt><dd>Προτιμά να την καλούμε μετά τις 17:00 για τις επιστροφές χρημάτων της κάρτας της</dd></dl>
      <div id="lb"><label>Θέμα:</label><p>RE: Απορία για το τιμολόγιο του Νοεμβρίου που πληρώσαμε</p></div>
      <table id="tb"><tr><th>Notes</th><td>Asked us to send all the billing letters to her office by post</td></tr></table>
      <div id="cl"><span>Contact reason:</span><div>Refund for a double charge on the card and a reset of the password</div></div>
      <div id="kv"><span>Δημιουργήθηκε: 06/12/2026 18:05 από Ευαγγελία Μαυρίδου</span></div>`);
    for (const id of ['dl', 'lb', 'tb', 'cl', 'kv']) expect(proseScore(measureProse(doc.getElementById(id)!)), id).toBe(0);
  });

  it('still a sentence: a line after a name that says something, several sentences under a label, a reply under its author', () => {
    const doc = page(`
      <div id="said"><b>Maria:</b> I was charged twice for the order and I need the money back</div>
      <dl id="desc"><dt>Description</dt><dd>The router restarts every hour. The light blinks red. We have tried another cable.</dd></dl>
      <div id="entry"><div class="author">Dana Reyes</div><div class="text">Thanks Maria, let me look at your order.</div></div>
      <div id="wrote"><div class="header">Ο Γιώργος Παπαδόπουλος έγραψε:</div><div class="body">Η παραγγελία μου δεν έχει έρθει ακόμα</div></div>`);
    for (const id of ['said', 'desc', 'entry', 'wrote']) expect(proseScore(measureProse(doc.getElementById(id)!)), id).toBeGreaterThan(0);
  });
});

describe('a log of what was done is no conversation', () => {
  const list = (lines: string[]) => page(`<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`).querySelectorAll('li');

  it('events in English and in Greek, quoting a folder, a rule or a status, are a log', () => {
    expect(eventLog([...list([
      'System 1 Mar Account created from the mobile app and the welcome email was delivered to the customer.',
      'Dana Reyes 2 Dec Status changed from "Open" to "Pending", and a follow-up reminder was set for Monday.',
      'Trigger 6 Dec Email notification sent to Olivia Grant via \'Notify requester\'.',
    ])])).toBe(true);
    // «Δικές μου» ("Mine") is a folder's name: the log quotes it, it does not speak.
    expect(eventLog([...list([
      'Σύστημα 05/12 09:00 Η υπενθύμιση έληξε και το αίτημα προστέθηκε στη λίστα «Δικές μου» της Σοφίας Αλεξίου.',
      'Σοφία Αλεξίου 04/12 10:03 Η κατάσταση άλλαξε από «Ενεργή» σε «Σε αναμονή».',
      'Κανόνας 03/12 21:31 Ο κανόνας εκτελέστηκε και ανέθεσε τη συνομιλία στη Σοφία Αλεξίου.',
    ])])).toBe(true);
  });

  it('a log quoting the notification it sent without quotation marks is still a log; the mails of a conversation are not', () => {
    // Before: the notification's «σας», "your", "we" made the log speak, and it was read as the conversation.
    expect(eventLog([...list([
      'Trigger: Notify requester of SLA breach · 7 Dec 09:14 Email notification sent to Olivia Grant: Hi Olivia, your request is still open. We are sorry for the wait and will reply to you within one business day.',
      'Dana Reyes · 2 Dec 15:41 Status changed from Open to Pending, and a follow-up reminder was set for Monday morning at nine.',
      'Email channel · 28 Nov 09:14 Ticket created from an email to help@northwind.example and linked to order 88314 in the store.',
    ])])).toBe(true);
    expect(eventLog([...list([
      'Σύστημα · 06/12 22:06 Στάλθηκε ειδοποίηση καθυστέρησης στην πελάτισσα: Αγαπητή πελάτισσα, το αίτημά σας είναι ακόμα ανοιχτό. Λυπούμαστε για την αναμονή και θα σας απαντήσουμε εντός μίας εργάσιμης.',
      'Σοφία Αλεξίου · 04/12 10:03 Η κατάσταση άλλαξε από «Ενεργή» σε «Σε αναμονή» και ορίστηκε υπενθύμιση για την Παρασκευή.',
      'Σύστημα · 03/12 21:30 Δημιουργήθηκε νέα συνομιλία από το email της πελάτισσας στη θυρίδα «Υποστήριξη e-shop».',
    ])])).toBe(true);
    // A mail received, a reply sent by someone, a chat line that says it sent something: someone's words.
    expect(eventLog([...list([
      'Email received from Olivia Grant: Hello, I was charged twice for my standing desk.',
      'Reply sent by Dana Reyes: Hi Olivia, I have refunded the duplicate payment.',
      'Status changed from Open to Pending',
    ])])).toBe(false);
    expect(eventLog([...list([
      'Maria 10:02: I sent you the photos: the box was crushed.',
      'Dana 10:05: Your replacement was sent to the address: 12 Main Street.',
      'Status changed from Open to Pending',
    ])])).toBe(false);
  });

  it('a conversation with its events (RT\'s history: the mails among «Status changed») is not, nor are messages that speak', () => {
    expect(eventLog([...list([
      'Olivia Bennett - Ticket created. Hello, I returned the headphones two weeks ago and have had no refund yet.',
      'The RT System itself - Outgoing email recorded',
      'jcarter - Status changed from new to open',
      'jcarter - Correspondence added. Dear Ms Bennett, thank you for your patience.',
    ])])).toBe(false);
    expect(eventLog([...list(['Η παραγγελία 5521 δεν έφτασε ακόμα.', 'Το δέμα στάλθηκε στη λάθος διεύθυνση;'])])).toBe(false);
    expect(eventLog([...list(['Password reset email sent to the account holder.'])])).toBe(false);
  });

  it('a line among the messages that reports what one of the thread\'s people did is an event; their words are not', () => {
    const people = ['Σοφία Αλεξίου', 'Dana Reyes'];
    expect(reportsWhatWasDone('Σοφία Αλεξίου άλλαξε την κατάσταση σε «Σε αναμονή» και ανέθεσε τη συνομιλία στην Ομάδα Αποθήκης', people)).toBe(true);
    expect(reportsWhatWasDone('Dana Reyes changed the status from Open to Pending', people)).toBe(true);
    // osTicket's «… ανέλαβε το αίτημα» ("claimed the ticket"): before, no event's verb, and a note of hers.
    expect(reportsWhatWasDone('Σοφία Αλεξίου ανέλαβε το αίτημα 05/12/2026 09:58', people)).toBe(true);
    expect(reportsWhatWasDone('Dana Reyes claimed the ticket', people)).toBe(true);
    expect(reportsWhatWasDone('Dana Reyes: I have sent you the new tracking number.', people)).toBe(false);
    expect(reportsWhatWasDone('Η παραγγελία στάλθηκε στη λάθος διεύθυνση.', people)).toBe(false);
  });

  // The desk's own lines name nobody; a customer's short sentence says "my", asks, complains or names her order.
  const people = ['Σοφία Αλεξίου', 'Dana Reyes'];
  it.each([
    'Η κατάσταση άλλαξε σε «Σε αναμονή»',
    'Η κατάσταση άλλαξε σε Ανοιχτό\n\nπριν από 2 ώρες',
    'Ο φάκελος ανατέθηκε στην ομάδα Χρεώσεων',
    'Προστέθηκε η ετικέτα «επιστροφή»',
    'Αφαιρέθηκε η ετικέτα «επείγον»',
    'Η προτεραιότητα ορίστηκε σε Υψηλή',
    'Το αίτημα συγχωνεύτηκε με το #48190\n\n05 Δεκ',
    'Το αίτημα έκλεισε.',
    'Το αίτημα άνοιξε ξανά',
    'Το αίτημα κλιμακώθηκε στο δεύτερο επίπεδο υποστήριξης',
    'Η συνομιλία μεταφέρθηκε στο τμήμα Αποθήκης.',
    'Status changed from Open to Pending',
    'Ticket assigned to Billing',
    'Tag added: refund',
    'Tag "refund" removed',
    'Priority set to High',
    'Ticket merged into #48190',
    'Ticket closed.',
    'Ticket reopened',
    'Ticket escalated to Tier 2 support',
    'Conversation moved to the Billing team',
    'Assignee changed to Dana Reyes',
    'Group changed from Support to Returns\n\n6 Dec 18:05',
    // Its SLA and the desk speaking of itself ("automatically", "the requester", «η πελάτισσα», a rule): an event
    // verb about the desk's machinery, and up to 30 words (these were messages before: no field word, or too long).
    'SLA breached: first response overdue',
    'First response SLA breached',
    'Το SLA πρώτης απάντησης παραβιάστηκε',
    'Status changed from Pending to Open automatically because the requester replied by email',
    'Ticket assigned to the Support group by the trigger "Route orders" after the requester replied by email at 18:05',
    'Η κατάσταση άλλαξε αυτόματα από «Σε αναμονή» σε «Ανοιχτό» επειδή η πελάτισσα απάντησε στη συνομιλία μέσω email',
    'Ο κανόνας «Παραγγελίες» ανέθεσε τη συνομιλία στην ομάδα Αποθήκης με προτεραιότητα Υψηλή λόγω της αξίας της',
    'Η προτεραιότητα ορίστηκε αυτόματα σε Υψηλή από τον κανόνα SLA «Επείγοντα» στις 09:00 της Παρασκευής 5 Δεκεμβρίου',
  ])('the desk\'s own line %j is an event', (line) => {
    expect(reportsWhatWasDone(line, people)).toBe(true);
  });

  it.each([
    'Η παραγγελία μου άλλαξε διεύθυνση;',
    'Έκλεισε ο λογαριασμός μου χωρίς λόγο!',
    'Το αίτημά μου έκλεισε αλλά δεν λύθηκε τίποτα',
    'Γιατί έκλεισε το αίτημα;',
    'Το αίτημα έκλεισε χωρίς απάντηση',
    'Το αίτημα έκλεισε ενώ η οθόνη είναι ακόμα ραγισμένη',
    'Η κατάσταση της παραγγελίας άλλαξε σε ακυρωμένη',
    'Καλημέρα, η κατάσταση άλλαξε σε Ολοκληρώθηκε',
    'Δεν άλλαξε τίποτα στην κατάσταση της αποστολής',
    'Η κατάσταση άλλαξε σε Ανοιχτό. Η οθόνη παραμένει ραγισμένη.',
    'Το δέμα ανατέθηκε σε άλλη ομάδα διανομής',
    'Η παραγγελία στάλθηκε στη λάθος διεύθυνση.',
    'My status changed and I can\'t log in',
    'Why was my ticket closed?',
    'The ticket was closed but the problem is still there',
    'Ticket closed without a reply, again!',
    'The order status changed to cancelled',
    'The payment status changed to failed',
    'Hi, the ticket was assigned to billing',
    'You closed the ticket',
    'Ticket assigned to Billing. Nobody has called back.',
    'The status has not changed since Monday',
    'Status changed to delivered, the parcel was left with a neighbour who moved away last month',
    // Her own sentences about the same fields: first person, exclamation, a complaint, her order.
    'Η κατάσταση της παραγγελίας μου άλλαξε σε ακυρωμένη χωρίς να το ζητήσω!',
    'My order status changed to cancelled and nobody told me',
    'Το αίτημα έκλεισε αυτόματα χωρίς να λυθεί τίποτα',
    'The system closed the ticket automatically but the problem is still there',
    'SLA breached again?',
    'Η κατάσταση άλλαξε αυτόματα σε Επιλυμένο. Η οθόνη παραμένει ραγισμένη.',
    'The requester field shows my old email address and the status changed to closed',
    'Ο κανόνας σας έκλεισε το αίτημα',
  ])('a customer\'s short sentence %j is no event', (line) => {
    expect(reportsWhatWasDone(line, people)).toBe(false);
  });

  it('an entry drawn apart as the desk\'s (FreeScout\'s line item) is an event at 40 words, in two sentences, naming an order', () => {
    const doc = page(`<div class="conv">
      <div class="thread thread-type-customer"><b>Κατερίνα Νικολάου</b><p>Η τηλεόραση ήρθε με ραγισμένη οθόνη.</p></div>
      <div class="thread thread-type-lineitem"><p>Η κατάσταση της παραγγελίας 77120 άλλαξε σε «Απεσταλμένη»</p></div>
      <div class="thread thread-type-message"><b>Σοφία Αλεξίου</b><p>Λυπούμαστε πολύ, θα σας στείλουμε καινούργια.</p></div></div>
      <ol class="all"><li class="timeline-event">a</li><li class="timeline-event">b</li></ol>`);
    const items = [...doc.querySelectorAll('.thread')];
    expect(items.map((it) => drawnApart(it, items))).toEqual([false, true, false]);
    // A desk that marks every entry alike marks none apart.
    const all = [...doc.querySelectorAll('.timeline-event')];
    expect(all.map((it) => drawnApart(it, all))).toEqual([false, false]);
    for (const line of [
      'Η κατάσταση της παραγγελίας 77120 άλλαξε σε «Απεσταλμένη»',
      'Ticket closed automatically after 4 days in Solved. The requester can reopen it by replying to the last email.',
      'Ticket assigned to the Support group and priority set to High because the order value is over $300, by the trigger "Route orders".',
    ]) {
      expect(reportsWhatWasDone(line, people, true), line).toBe(true);
      // Its words alone: an order's status, two sentences, an order's value: hers where nothing draws it apart.
      expect(reportsWhatWasDone(line, people), line).toBe(false);
    }
    // Drawn apart or not, a line that speaks, asks or exclaims is words.
    for (const line of ['Ticket closed. Thank you for contacting us!', 'Το αίτημα έκλεισε;', 'Η κατάσταση της παραγγελίας μου άλλαξε σε ακυρωμένη!']) {
      expect(reportsWhatWasDone(line, people, true), line).toBe(false);
    }
  });

  it('a thread found beside a longer log: the log is passed over for the thread', () => {
    const doc = page(`
      <div class="stream"><div class="line"><b class="author">Maria Lopez</b><div>Hello, I ordered the blue backpack last week and paid by card.</div></div>
        <div class="line"><b class="author">Dana Reyes</b><div>Thanks Maria, let me look at your order.</div></div></div>
      <ul class="activity">${['Account created from the mobile app and the welcome email was delivered to the customer.', 'Newsletter preferences changed to monthly, and all promotional messages were switched off.', 'Password reset email sent to the account holder. The link expires in 24 hours and can be used once.'].map((l, i) => `<li><span class="by">System</span> <time datetime="2026-03-0${i + 1}">${i + 1} Mar</time> ${l}</li>`).join('')}</ul>`);
    expect(findThread(doc)?.container.className).toBe('stream');
  });
});

describe('hard pages: label rows and an event log beside the real conversation', () => {
  it('FreeScout in Greek: the customer\'s broken screen, not its «Ιστορικό» (a refund approved, a password reset email), its fields or dd rows', async () => {
    const doc = await loadFixture('generic-freescout-history-el', 'http://127.0.0.1:8117/conversation/1342?folder_id=3');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '1342', evidence: 'strong', customer: { name: 'Κατερίνα Νικολάου' } });
    // Before: «Νίκος Βλάχος · 04/11 12:40 Εγκρίθηκε η επιστροφή χρημάτων 89,90 € για τη διπλή χρέωση …». The line
    // item among the messages («Σοφία Αλεξίου άλλαξε την κατάσταση …») was a message of nobody's, and so were the
    // desk's own lines that name nobody («Ο φάκελος ανατέθηκε στην ομάδα Χρεώσεων», «Προστέθηκε η ετικέτα …»).
    expect(s.latestCustomerMessage).toMatch(/^Καλησπέρα σας,\s+παρέλαβα σήμερα την τηλεόραση[\s\S]*η οθόνη είναι ραγισμένη[\s\S]*να την πάρει;$/);
    expect(s.messages?.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Κατερίνα Νικολάου'],
      ['agent', 'Σοφία Αλεξίου'],
      ['internal', 'Σοφία Αλεξίου'],
      ['customer', 'Κατερίνα Νικολάου'],
    ]);
    const all = s.messages?.map((m) => m.text).join('\n');
    expect(all).not.toMatch(/Στάλθηκε|Εγκρίθηκε|κωδικού πρόσβασης|κανόνας|μετά τις 17:00|Αιτία|Προτιμά|άλλαξε την κατάσταση/);
    expect(all).not.toMatch(/Χρεώσεων|η ετικέτα|«επιστροφή»|συγχωνεύτηκε|48190|κατάσταση άλλαξε|Ανοιχτό/);
    // Before, messages of nobody's too: the shop's line item on the order's status (two sentences), a longer one the
    // desk did «αυτόματα», the SLA breached.
    expect(all).not.toMatch(/Απεσταλμένη|ΑΧ-55120|μεταφέρθηκε αυτόματα|SLA|παραβιάστηκε/);
    // A damaged item: a return or a refund may follow it; the log's password reset and double charge may not.
    expect(top(s)[0]).toBe('wrong-or-damaged-item');
    expect(top(s)).not.toEqual(expect.arrayContaining([expect.stringMatching(/password|double/)]));
  });

  it('a Zendesk-like workspace in English: the late parcel, not the Events list, the properties\' labels or the requester\'s th/td rows', async () => {
    const doc = await loadFixture('generic-workspace-events-en', 'http://127.0.0.1:8117/agent/tickets/4471');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '4471', subject: 'Standing desk still not delivered', evidence: 'strong', customer: { name: 'Olivia Grant' } });
    // Before: "Trigger: Notify requester of received request · 6 Dec 18:05 Email notification sent to Olivia Grant …".
    // Her closing question, a paragraph of its own, is her words too (the long first paragraph was taken alone).
    expect(s.latestCustomerMessage).toBe(
      "It is now a week past the expected delivery date and my parcel still hasn't arrived. The tracking hasn't moved since 1 December and nobody at the courier picks up the phone.\n\nWhere is my order?",
    );
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/Trigger|notification sent|Password reset email|issued|billing letters|Contact reason/);
    // The desk's own lines drawn as comments without a sender were messages of nobody's among hers.
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/Tag added|assigned to Billing|Status changed|Priority set/);
    // So were the SLA breached, a longer line done "automatically because the requester replied", and the store's
    // line drawn apart in two sentences (before, an internal note of nobody's: "Order 88314 status changed to Shipped").
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/SLA|overdue|automatically|Shipped|NW-88314-UK/);
    expect(top(s)[0]).toBe('delivery-delay');
    expect(top(s)).not.toEqual(expect.arrayContaining([expect.stringMatching(/password|double|refund/)]));
  });

  it('Znuny\'s zoom before its article\'s frame has loaded: nothing is the customer\'s, not the sidebar\'s fields nor the page\'s footer', async () => {
    // The frame's page is not served here: the zoom alone, as the agent sees it while the mail loads.
    const doc = await loadFixture('generic-znuny-el', 'http://127.0.0.1:8117/otrs/index.pl?Action=AgentTicketZoom;TicketID=47');
    const s = genericAdapter.read(doc);
    // Before: one customer message from «Από» (a column heading): «4 υψηλή … ανοιχτό … κλειδωμένο … Σοφία Αλεξίου …».
    expect(s.messages ?? []).toEqual([]);
    expect(s.latestCustomerMessage).toBeUndefined();
    expect(s.evidence).toBe('none');
    // What the fields say of the customer still holds.
    expect(s.customer.name).toBe('Ευαγγελία Μαυρίδου');
    expect(s.ticketId).toBe('2026120210000047');
  });
});
