import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { expandTemplate } from '@/knowledge/template';
import { loadFixture } from './load-fixture';

/**
 * Request Tracker 5 in Greek, as an agent meets it (RT's real markup, tests/fixtures/crm/generic-rt-*.html): no
 * adapter knows it, the generic reader must find the conversation by itself and leave RT's own words out.
 */
describe('generic reader on Request Tracker 5 (Greek user interface)', () => {
  it('ticket page: the customer\'s own words, the agent\'s replies, the comments as notes, and no history events', async () => {
    const doc = await loadFixture('generic-rt-ticket-el', 'http://127.0.0.1:8117/Ticket/Display.html?id=2');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '2', subject: 'Παραγγελία 100482 δεν έχει έρθει', customer: { name: 'ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ', email: 'kterzis@example.com' } });
    expect(expandTemplate('{{customer.salutation}}', { customer: s.customer }, { lang: 'el' }).text).toBe('Αγαπητέ κύριε Τερζή');
    // «Συνδεδεμένος ως agent» names the login; RT writes the user «agent (Support Agent)» in the owner field and the
    // history. Replies were signed «agent».
    expect(s.agent.name).toBe('Support Agent');
    // «Καταγράφηκε εξερχόμενο μήνυμα» (RT's record of its own auto-reply, a second after the customer wrote) and
    // «Η κατάσταση άλλαξε…» are no replies: read as the agent's, QC timed the first response at one second and
    // never saw the customer's last mail waiting. «Τα Σχόλια προστέθηκαν» marks RT's comments for colleagues.
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer', 'agent', 'internal', 'customer']);
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/Καταγράφηκε εξερχόμενο|Η κατάσταση άλλαξε/);
    // The customer's latest mail without what it quotes: RT's «Προβολή αναφερομένου κειμένου» toggle, the «Στις …
    // έγραψε:» line and the agent's quoted words («courier», «αποστολή») are not the customer's.
    const latest = s.latestCustomerMessage ?? '';
    expect(latest).toMatch(/^Το δέμα ήρθε επιτέλους σήμερα, αλλά η καφετιέρα μέσα είναι χτυπημένη/);
    expect(latest).toContain('Κωνσταντίνος Τερζής');
    expect(latest).not.toMatch(/Προβολή αναφερομένου κειμένου|έγραψε:|courier|^>/m);
    expect(s.customerMessages.at(-1)).toMatch(/^Η διεύθυνσή μου είναι σωστή/);
    expect(s.customerMessages.join('\n')).not.toMatch(/Προβολή αναφερομένου κειμένου|ευχαριστούμε για την επικοινωνία|^>/m);
  });

  it('a ticket of one short mail: its words without RT\'s table of mail headers', async () => {
    const doc = await loadFixture('generic-rt-short-el', 'http://127.0.0.1:8117/Ticket/Display.html?id=3');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '3', subject: 'Δεν μπορώ να μπω στον λογαριασμό μου', customer: { name: 'Ελένη Γεωργίου' } });
    // The subject over the body («Θέμα: Δεν μπορώ να μπω…») outweighed a two-sentence mail: «Από: … <eleni.g@…>»
    // and «Προς: support@example.com» were read as the customer's words.
    expect(s.messages?.map((m) => m.role)).toEqual(['customer']);
    expect(s.latestCustomerMessage).toMatch(/^Γεια σας, ξέχασα τον κωδικό μου/);
    expect(s.latestCustomerMessage).not.toMatch(/Θέμα:|Προς:|Από:|@example\.com/);
  });

  it('a resolved ticket whose last mail is three words («Ευχαριστώ, το πήρα!»): those words, without RT\'s mail headers', async () => {
    const doc = await loadFixture('generic-rt-thanks-el', 'http://127.0.0.1:8131/Ticket/Display.html?id=7');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '7', subject: 'Δεν έλαβα το δωροκουπόνι', customer: { name: 'Σοφία Αλεξίου' } });
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    // Three words are no sentence, and the subject in the header table («Re: [helpdesk.example.com #7] Δεν έλαβα το
    // δωροκουπόνι») is: RT's div.content around table and body was taken for the body, and the panel matched «7»,
    // «Προς», «Θέμα» (delivery and invoice SOPs for a customer saying thanks).
    expect(s.latestCustomerMessage).toBe('Ευχαριστώ, το πήρα!');
  });

  it('an internal comment is its own words, without RT\'s history line over it («… - Τα Σχόλια προστέθηκαν», "Comments added by …") or its date', async () => {
    const doc = await loadFixture('generic-rt-thanks-el', 'http://127.0.0.1:8131/Ticket/Display.html?id=7');
    const comment = () => genericAdapter.read(doc).messages?.filter((m) => m.role === 'internal').map((m) => m.text);
    // RT's header line is as long as this two-sentence comment: it was read as the comment's first words, «Κυρ Δεκ 06
    // 23:00:45 2026 agent (Support Agent) - Τα Σχόλια προστέθηκαν Το πρώτο email…», and QC and the notes showed it.
    expect(comment()).toEqual(['Το πρώτο email είχε γυρίσει (bounce). Ξαναστάλθηκε χειροκίνητα.']);
    // A terse comment is shorter than the header: nothing tells the body apart but the words of RT's line.
    const txn = doc.querySelector('[data-transaction-id="117"]')!;
    txn.querySelector('.message-stanza')!.textContent = 'Επιστροφή έγινε.';
    expect(comment()).toEqual(['Επιστροφή έγινε.']);
    // Other wordings of the line, in a header no class names as one.
    const meta = txn.querySelector('.metadata')!;
    meta.className = 'entry-top';
    for (const line of ['Comments added by agent (Support Agent)', 'Προστέθηκε σχόλιο από agent (Support Agent)']) {
      meta.querySelector('.description')!.textContent = line;
      expect(comment()).toEqual(['Επιστροφή έγινε.']);
    }
  });

  it('reply page: the ticket\'s number and whole subject, and RT\'s «Αυτοματισμοί και Παραλήπτες» box is no message', async () => {
    const doc = await loadFixture('generic-rt-reply-el', 'http://127.0.0.1:8117/Ticket/Update.html?Action=Respond&id=2');
    const s = genericAdapter.read(doc);
    expect(s.ticketId).toBe('2');
    // The subject field says «Παραγγελία 100482 δεν έχει έρθει»: a number after a word is the subject's, not a ticket's.
    expect(s.subject).toBe('Παραγγελία 100482 δεν έχει έρθει');
    // RT explains its notifications in sentences beside checkboxes («…σε HTML»): read as the customer's words, they
    // brought an anger cue on «HTML» and billing SOPs for «συναλλαγή», «Σελίδα».
    expect(s.latestCustomerMessage ?? '').not.toMatch(/Αποεπιλέξτε|HTML|On Correspond/);
    expect(s.messages ?? []).toEqual([]);
    expect(s.agent.name).toBe('Support Agent');
    // CKEditor's source textarea (display: none) is no reply box: the panel's «Εισαγωγή» filled it, where CKEditor
    // overwrites it on sending (the editor's own frame is empty in this saved page).
    expect(doc.querySelector('textarea#UpdateContent')).not.toBeNull();
    expect(genericAdapter.replyEditor(doc)?.id).not.toBe('UpdateContent');
    // RT loads that box a moment after the page: before it, the file drop zone («Αποθέστε τα αρχεία εδώ ή κάντε
    // κλικ για να επισυνάψετε», Dropzone.js's div.dz-message) was the only "message" and the panel matched it.
    doc.getElementById('previewscrips')?.remove();
    expect(genericAdapter.read(doc).latestCustomerMessage ?? '').not.toMatch(/Αποθέστε|επισυνάψετε/);
  });

  it('a login with no real name beside it signs nothing: the name the agent gave Odigos does', () => {
    document.body.innerHTML = `<nav><a id="preferences" href="/User/Summary.html?id=27">Logged in as <span class="current-user">egeorgiou</span></a></nav>
      <h1>#7: Κωδικός</h1><div class="history"><div class="transaction message"><span class="date">Sat Dec 05 21:19:47 2026</span>
      <div class="messagebody">Καλησπέρα σας, ξέχασα τον κωδικό μου και δεν μπορώ να μπω στον λογαριασμό μου.</div></div></div>`;
    expect(genericAdapter.read(document).agent).toEqual({});
    document.querySelector('.current-user')!.textContent = 'Ελένη Γεωργίου';
    expect(genericAdapter.read(document).agent.name).toBe('Ελένη Γεωργίου');
  });

  it('the home page of an agent who owns a ticket («Το RT με μια ματιά»): no conversation, no customer', async () => {
    const doc = await loadFixture('generic-rt-home-el', 'http://127.0.0.1:8122/');
    expect(doc.body.textContent).toContain('Τα 10 πιο επείγοντα αιτήματα που έχω αναλάβει');
    const s = genericAdapter.read(doc);
    // Six rows of the unowned tickets' list (one <tbody> each, under column headings) were six customer messages:
    // the panel named «Προτεραιότητα» as the customer and suggested the double-charge SOP for «1», «Διπλή», «5»; QC
    // counted an interaction never answered. Then the page's title alone was the customer's message.
    expect(s.messages ?? []).toEqual([]);
    expect(s.latestCustomerMessage ?? '').toBe('');
    expect(s.evidence ?? 'none').toBe('none');
    expect(s.customer).toEqual({});
  });
});
