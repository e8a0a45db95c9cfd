import { describe, expect, it } from 'vitest';
import { genericAdapter, pickAdapter } from '@/lib/crm';
import { loadFixture } from './load-fixture';
import { expandTemplate } from '@/knowledge/template';

describe('generic adapter on the demo helpdesk (no specific adapter)', () => {
  it('reads the customer, ticket, agent and the LAST customer message', async () => {
    history.replaceState({}, '', '/desk/el/tickets/48213');
    document.documentElement.lang = 'el';
    document.body.innerHTML = '<div id="app"></div>';
    // @ts-expect-error the demo is plain JS
    await import('../../../demo/crm/crm.js');
    const adapter = pickAdapter(location, document);
    expect(adapter.id).toBe('generic');
    const s = adapter.read(document);
    expect(s.customer).toMatchObject({ name: 'Γιώργος Παπαδόπουλος', firstName: 'Γιώργος', lastName: 'Παπαδόπουλος' });
    expect(s.ticketId).toBe('48213');
    expect(s.interactionId).toBe(`generic:${location.host}:48213`);
    expect(s.agent.name).toBe('Ελένη Γεωργίου');
    expect(s.subject).toBe('Διπλή χρέωση στην κάρτα μου');
    expect(s.latestCustomerMessage).toMatch(/^Είναι η τρίτη φορά που γράφω/);
    expect(s.customerMessages).toHaveLength(1);
    expect(s.customerMessages[0]).toMatch(/χρεώθηκε δύο φορές/);
    expect(adapter.replyEditor(document)?.id).toBe('reply');
    // The thread with who wrote each message and the time the page shows (QC times the first response from it).
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    const shown = [...document.querySelectorAll('time.msg-time')].map((t) => t.getAttribute('datetime'));
    expect(s.messages?.map((m) => m.time)).toEqual(shown);
    expect(Date.now() - Date.parse(s.messages![0].time!)).toBeGreaterThan(5 * 3_600_000);

    // The agent opens another ticket in the SPA.
    document.querySelector<HTMLAnchorElement>('a.ticket-link[href$="/48231"]')!.click();
    const next = adapter.read(document);
    expect(next).toMatchObject({ ticketId: '48231', customer: { name: 'Δημήτρης Αλεξίου' } });
    // A thread of one message is read down to its body: the time in its header still counts.
    expect(next.messages).toMatchObject([
      { role: 'customer', text: next.latestCustomerMessage, time: document.querySelector('time.msg-time')!.getAttribute('datetime') },
    ]);
    expect(next.latestCustomerMessage).toMatch(/η πίτσα είναι τελείως καμένη/);
  });

  it('reads the customer card\'s labelled fields, which settle a registry-style name\'s order and gender', () => {
    const open = (id: string) => {
      document.querySelector<HTMLAnchorElement>(`a.ticket-link[href$="/${id}"]`)!.click();
      return genericAdapter.read(document).customer;
    };
    const sarantis = open('48252');
    expect(sarantis).toMatchObject({ name: 'ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ', fields: [{ label: 'Email', value: 'theocharis.sarantis@example.gr' }] });
    expect(expandTemplate('{{customer.salutation}}', { customer: sarantis }, { lang: 'el' }).text).toBe('Αγαπητέ κύριε Σαράντη');
    const georgiou = open('48257');
    expect(georgiou.fields).toEqual([{ label: 'Email', value: 'alex.g@example.gr' }, { label: 'Φύλο', value: 'Γυναίκα' }]);
    expect(expandTemplate('{{customer.salutation}}', { customer: georgiou }, { lang: 'el' }).text).toBe('Αγαπητή κυρία Γεωργίου');
    // The agent's name in the top bar is no field of the customer's.
    expect(open('48213').fields).toEqual([{ label: 'Email', value: 'g.papadopoulos@example.gr' }]);
  });

  it('reads a short latest message («Ευχαριστώ, το πήρα!», "Thanks, got it!", "Any news?") as the customer’s, not as an event', () => {
    document.querySelector<HTMLAnchorElement>('a.ticket-link[href$="/48213"]')!.click();
    const writes = (text: string) => {
      const last = [...document.querySelectorAll('.thread .msg--customer')].at(-1)!;
      const msg = last.cloneNode(true) as HTMLElement;
      msg.querySelector('.msg-body')!.textContent = text;
      // A minute after the one before, as the helpdesk stamps it.
      const time = msg.querySelector('time.msg-time')!;
      time.setAttribute('datetime', new Date(Date.parse(time.getAttribute('datetime')!) + 60_000).toISOString());
      last.parentElement!.append(msg);
      return genericAdapter.read(document);
    };
    // Under four words they were taken for events («Status changed»), and the panel went on with the message before.
    for (const text of ['Thanks, got it!', 'Any news?', 'Ευχαριστώ, το πήρα!', 'Νέα;']) {
      const s = writes(text);
      expect(s.latestCustomerMessage).toBe(text);
      expect(s.customerMessages.at(-1)).toMatch(/^Είναι η τρίτη φορά που γράφω|^Thanks|^Any|^Ευχαριστώ/);
    }
    // A short line with no sentence of its own is still no message.
    expect(writes('Status changed').latestCustomerMessage).toBe('Νέα;');
  });
});

describe('generic adapter on unknown helpdesk shapes', () => {
  it('reads a chat console in an open shadow root (incoming/outgoing bubbles)', async () => {
    const doc = await loadFixture('generic-chat-widget', 'https://chat.example.gr/console');
    const editor = doc.querySelector('chat-console')!.shadowRoot!.querySelector<HTMLElement>('[contenteditable]')!;
    editor.focus();
    const s = genericAdapter.read(doc);
    expect(s.latestCustomerMessage).toBe('Ήρθαν τελικά αλλά είναι κρύα και λείπει η μία μερίδα. Θέλω πίσω τα χρήματα για τη μερίδα που λείπει.');
    expect(s.customerMessages).toEqual(['Καλησπέρα, παρήγγειλα σουβλάκια πριν από μιάμιση ώρα και ακόμα δεν έχουν έρθει.']);
    expect(s.interactionId).toBe('generic:https://chat.example.gr/console');
    expect(s.customer).toMatchObject({ firstName: 'Νίκος', lastName: 'Δημητρίου' });
    expect(genericAdapter.replyEditor(doc)).toBe(editor);
  });

  it('reads a table-based ticket page, skipping staff responses and internal notes', async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    const s = genericAdapter.read(doc);
    expect(s.ticketId).toBe('204518');
    expect(s.customer.name).toBe('Αικατερίνη Νικολάου');
    expect(s.agent.name).toBe('Ελένη Γεωργίου');
    expect(s.latestCustomerMessage).toBe('Πέρασαν δέκα μέρες και τα χρήματα δεν έχουν μπει στον λογαριασμό μου. Πότε θα γίνει η επιστροφή;');
    expect(s.customerMessages).toEqual(['Καλησπέρα, επέστρεψα το φόρεμα πριν από δύο εβδομάδες και δεν έχω πάρει ακόμα τα χρήματα.']);
    expect(genericAdapter.replyEditor(doc)?.id).toBe('response');
  });

  it('finds the reply box in a same-origin iframe and the comments beside it', async () => {
    const doc = await loadFixture('generic-iframe', 'https://servicehub.example.com/cases/88213');
    const editor = genericAdapter.replyEditor(doc);
    expect(editor?.tagName).toBe('BODY');
    expect(editor?.ownerDocument).not.toBe(doc);
    const s = genericAdapter.read(doc);
    expect(s.ticketId).toBe('88213');
    expect(s.customer).toMatchObject({ firstName: 'Tom', lastName: 'Baker' });
    expect(s.subject).toBe('Wrong item delivered');
    expect(s.latestCustomerMessage).toBe('The courier did not come today either. If it does not arrive by Friday I want a full refund.');
  });

  it("lets a selection of customer text steer while it stays selected (and focus moves to the reply box), without replacing the reading", async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    const controller = new AbortController();
    genericAdapter.watch!(doc, controller.signal, () => {});
    const first = doc.querySelector('.thread-entry.message .thread-body-text')!;
    doc.getSelection()!.selectAllChildren(first);
    doc.dispatchEvent(new Event('selectionchange'));
    expect(genericAdapter.read(doc).selection).toBe(first.textContent);
    doc.getSelection()!.removeAllRanges();
    doc.querySelector<HTMLTextAreaElement>('#response')!.focus();
    doc.dispatchEvent(new Event('selectionchange'));
    await new Promise((r) => setTimeout(r, 100));
    const s = genericAdapter.read(doc);
    expect(s.selection).toBe(first.textContent);
    // The thread as read stays what it is: the latest customer message is still the latest one.
    expect(s.latestCustomerMessage).toBe('Πέρασαν δέκα μέρες και τα χρήματα δεν έχουν μπει στον λογαριασμό μου. Πότε θα γίνει η επιστροφή;');
    // A click elsewhere on the page ends it.
    (doc.activeElement as HTMLElement).blur();
    doc.dispatchEvent(new Event('selectionchange'));
    await new Promise((r) => setTimeout(r, 100));
    expect(genericAdapter.read(doc).selection).toBeUndefined();
    controller.abort();
  });

  it("never takes the agent's own message or a note as the customer's words when selected", async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    for (const sel of ['.thread-entry.response .thread-body-text', '.thread-entry.note .thread-body-text']) {
      doc.getSelection()!.selectAllChildren(doc.querySelector(sel)!);
      expect(genericAdapter.read(doc).selection).toBeUndefined();
    }
  });

  it('ignores a selection inside the reply box', async () => {
    const doc = await loadFixture('generic-iframe', 'https://servicehub.example.com/cases/88213');
    const title = doc.querySelector('.case-title')!;
    title.setAttribute('contenteditable', 'true');
    doc.getSelection()!.selectAllChildren(title);
    const s = genericAdapter.read(doc);
    expect(s.latestCustomerMessage).toMatch(/^The courier did not come/);
    expect(s.selection).toBeUndefined();
  });
});
