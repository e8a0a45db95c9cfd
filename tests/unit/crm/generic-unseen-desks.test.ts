import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { expandTemplate } from '@/knowledge/template';
import { FIXTURES, loadFixture } from './load-fixture';

/**
 * Helpdesks no adapter knows, as their own templates draw a ticket (tests/fixtures/crm/generic-{osticket,znuny,glpi}-el.html):
 * the generic reader must find the customer's words, who wrote what, and who the customer is by itself.
 */
const salutation = (customer: object) => expandTemplate('{{customer.salutation}}', { customer }, { lang: 'el' }).text;

describe('generic reader on helpdesks without an adapter', () => {
  it('osTicket: a one-line reply is its words, not the entry\'s header («… έγραψε <time>», «Re: <subject>»)', async () => {
    const doc = await loadFixture('generic-osticket-el', 'http://127.0.0.1:8117/scp/tickets.php?id=583107');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '583107', customer: { name: 'Δημήτριος Καραγιάννης' } });
    expect(salutation(s.customer)).toBe('Αγαπητέ κύριε Καραγιάννη');
    // «Καλώς ήρθατε, <strong>Σοφία Αλεξίου</strong>» in osTicket's header: who signs the reply.
    expect(s.agent.name).toBe('Σοφία Αλεξίου');
    // Replying to the November bill's mail: the entry's title (its mail's subject) and the bill it quotes are not
    // the customer's words; a one-line reply held too few of the entry's sentences, and they were read with it.
    expect(s.latestCustomerMessage).toBe('Καλημέρα, τρίτη μέρα χωρίς ίντερνετ και ούτε τόνο στο σταθερό. Πότε θα έρθει τεχνικός;');
    expect(s.customerMessages.at(-1)).toBe('Το συνέδεσα απευθείας στην πρίζα όπως μου είπατε αλλά τίποτα. Το λαμπάκι συνεχίζει να αναβοσβήνει.');
    const note = s.messages?.find((m) => m.text.includes('διπλή χρέωση'));
    expect(note?.role).toBe('internal');
    // osTicket's thread events are no one's words: «Σοφία Αλεξίου ανέλαβε το αίτημα» (before, a note of hers: «ανέλαβε»
    // was no event's verb), and the overdue event SYSTEM draws apart after his mail, one long sentence with «γιατί»
    // (before, a note of nobody's).
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer', 'customer']);
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/ανέλαβε|εκπρόθεσμο|SLA|Επείγουσα/);
    expect(genericAdapter.replyEditor(doc)?.className).toContain('redactor-in');
  });

  it('Znuny: the selected article\'s mail in its frame, the customer named by two fields, the long ticket number', async () => {
    // Scripts off, frames loaded by URL are not fetched here: the article's page goes in as the frame's document.
    const win = new Window({ url: 'http://127.0.0.1:8117/otrs/index.pl?Action=AgentTicketZoom;TicketID=47', settings: { disableJavaScriptEvaluation: true } });
    const doc = win.document as unknown as Document;
    const article = readFileSync(join(FIXTURES, 'generic-znuny-article-el.html'), 'utf8').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    doc.write(readFileSync(join(FIXTURES, 'generic-znuny-el.html'), 'utf8').replace('src="generic-znuny-article-el.html"', `srcdoc="${article}"`));
    await win.happyDOM.waitUntilComplete();
    const s = genericAdapter.read(doc);
    // «Ticket#2026120210000047» is the number the agent knows it by (16 digits: date and counter).
    expect(s.ticketId).toBe('2026120210000047');
    // «Όνομα: Ευαγγελία», «Επώνυμο: Μαυρίδου» in the Customer Information widget.
    expect(s.customer.name).toBe('Ευαγγελία Μαυρίδου');
    expect(salutation(s.customer)).toBe('Αγαπητή κυρία Μαυρίδου');
    // The mail in iframe.ArticleMailContent, without its quote; not the article's header and action row around it.
    expect(s.latestCustomerMessage).toMatch(/^Καλησπέρα σας,\s+προσπάθησα τρεις φορές σήμερα να πληρώσω/);
    expect(s.latestCustomerMessage).not.toMatch(/Δημιουργήθηκε|Απάντηση σε όλους|Προώθηση|έγραψε|τιμολόγιο του Νοεμβρίου/);
    // Hers by the mail's «Από:» header (nothing else marks the article's author).
    expect(s.messages?.map((m) => [m.role, m.author])).toEqual([['customer', 'Ευαγγελία Μαυρίδου']]);
    // The logged-in agent in the top bar's avatar (its title, and a hidden span.UserData): who signs the reply.
    expect(s.agent.name).toBe('Σοφία Αλεξίου');
  });

  it('GLPI: the technician\'s follow-ups are the agent\'s though every entry has a div.user-part; the private task is a note', async () => {
    const doc = await loadFixture('generic-glpi-el', 'http://127.0.0.1:8117/front/ticket.form.php?id=1254');
    const s = genericAdapter.read(doc);
    expect(s.ticketId).toBe('1254');
    // The ticket's title, drawn over the requester's description; not the side panel's accordion toggles
    // («Συνδεδεμένα αιτήματα» was matched as the customer's words) nor a grid's column heading («Κατάσταση»).
    expect(s.subject).toBe('Δεν μπορώ να συνδεθώ στο email μου');
    expect(s.customer.name).toBe('Ιωάννης Παπαθανασίου');
    expect(salutation(s.customer)).toBe('Αγαπητέ κύριε Παπαθανασίου');
    expect(s.messages?.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Ιωάννης Παπαθανασίου'],
      ['agent', 'Σοφία Αλεξίου'],
      ['internal', 'Σοφία Αλεξίου'],
      ['agent', 'Σοφία Αλεξίου'],
      ['customer', 'Ιωάννης Παπαθανασίου'],
    ]);
    expect(s.latestCustomerMessage).toMatch(/^Δυστυχώς ο σύνδεσμος για την επαναφορά του κωδικού δεν μου ήρθε ποτέ/);
    expect(s.customerMessages.join('\n')).not.toMatch(/σας στείλαμε|Ξεκλειδώσαμε|Active Directory/);
    // The linked tickets' column headings («Τίτλος | Κατάσταση») are no field of the customer's.
    expect(s.customer.fields ?? []).not.toContainEqual(expect.objectContaining({ value: 'Κατάσταση' }));
    expect(genericAdapter.replyEditor(doc)?.id).toBe('tinymce');
  });

  it('Znuny\'s reply popup (AgentTicketCompose): no thread, the customer\'s mail quoted in CKEditor\'s body, the number in its heading', async () => {
    const doc = await loadFixture('generic-znuny-compose-el', 'http://127.0.0.1:8117/otrs/index.pl?Action=AgentTicketCompose;TicketID=47;ArticleID=61;ResponseID=1');
    const s = genericAdapter.read(doc);
    // «Σύνθεση απάντησης για Ticket#2026120210000047 — …»: the ticket the zoom read, not TicketID=47 of the address.
    expect(s.interactionId).toBe('generic:127.0.0.1:8117:2026120210000047');
    // Under «06/12/2026 18:05 - Ευαγγελία Μαυρίδου έγραψε:», her mail; not the salutation and signature around it, nor
    // the agent's earlier reply she quoted. Weak: the zoom's reading, kept from earlier, wins where there is one.
    expect(s.evidence).toBe('weak');
    expect(s.latestCustomerMessage).toMatch(/^Καλησπέρα σας,\s+προσπάθησα τρεις φορές σήμερα να πληρώσω/);
    expect(s.latestCustomerMessage).not.toMatch(/Αγαπητή κυρία|Σοφία Αλεξίου|έγραψε|τιμολόγιο του Νοεμβρίου/);
    expect(s.messages?.map((m) => [m.role, m.author])).toEqual([['customer', 'Ευαγγελία Μαυρίδου']]);
    expect(s.customer.name).toBe('Ευαγγελία Μαυρίδου');
    expect(genericAdapter.replyEditor(doc)?.className).toContain('cke_editable');
  });

  it('GLPI: the number from the form\'s heading («Αίτημα - ID 1254») where the address lacks it; the agent from the user menu', async () => {
    // After a follow-up is added GLPI may show the ticket at an address without its id.
    const doc = await loadFixture('generic-glpi-el', 'http://127.0.0.1:8117/front/ticket.form.php');
    const s = genericAdapter.read(doc);
    expect(s.ticketId).toBe('1254');
    expect(s.interactionId).toBe('generic:127.0.0.1:8117:1254');
    // «Σοφία Αλεξίου» over «Τεχνικός» in the top bar's div.user-menu, not her profile or her initials.
    expect(s.agent.name).toBe('Σοφία Αλεξίου');
  });
});
