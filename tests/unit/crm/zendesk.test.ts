import { describe, expect, it } from 'vitest';
import { pickAdapter } from '@/lib/crm';
import { act, loadFixture } from './load-fixture';

const URL = 'https://acme.zendesk.com/agent/tickets/48213';

describe('zendesk adapter', () => {
  it('reads the active ticket only, skipping the internal note', async () => {
    const doc = await loadFixture('zendesk', URL);
    const adapter = pickAdapter(doc.location, doc);
    expect(adapter.id).toBe('zendesk');
    const s = adapter.read(doc);
    expect(s.interactionId).toBe('zendesk:acme.zendesk.com:48213');
    expect(s.subject).toBe('Διπλή χρέωση στην κάρτα μου');
    expect(s.customer).toMatchObject({ name: 'Γιώργος Παπαδόπουλος', firstName: 'Γιώργος', lastName: 'Παπαδόπουλος' });
    expect(s.agent.name).toBe('Ελένη Γεωργίου');
    expect(s.latestCustomerMessage).toMatch(/^Είναι η τρίτη φορά που γράφω/);
    expect(s.customerMessages).toHaveLength(1);
    expect(s.customerMessages[0]).toMatch(/χρεώθηκε δύο φορές[\s\S]*Μπορείτε να το ελέγξετε;$/);
    // The note is read as a note, never as the customer's words.
    expect(JSON.stringify([s.latestCustomerMessage, s.customerMessages])).not.toContain('λογιστήριο');
    expect(s.messages?.filter((m) => m.text.includes('λογιστήριο')).map((m) => m.role)).toEqual(['internal']);
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(s.lang).toBe('el');
    const editor = adapter.replyEditor(doc);
    expect(editor?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('48213');
  });

  it('follows the agent to another open ticket tab', async () => {
    const doc = await loadFixture('zendesk', URL);
    act(doc, '#go-48220');
    const s = pickAdapter(doc.location, doc).read(doc);
    expect(s.ticketId).toBe('48220');
    expect(s.customer.name).toBe('Μαρία Κωνσταντίνου');
    expect(s.latestCustomerMessage).toMatch(/το δέμα μου με την παραγγελία 100517/);
    expect(s.customerMessages).toEqual([]);
  });

  it('finds the active ticket from the header tab when the URL has no id', async () => {
    const doc = await loadFixture('zendesk', 'https://acme.zendesk.com/agent/dashboard');
    expect(pickAdapter(doc.location, doc).read(doc).ticketId).toBe('48213');
  });
});
