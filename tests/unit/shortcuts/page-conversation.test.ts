import { describe, expect, it } from 'vitest';
import { createPageReading } from '@/lib/crm/page-reading';
import { latestEndIn, pageConversation } from '@/lib/shortcuts/context';
import { prefillFields } from '@/knowledge/template/prefill';
import type { ConversationSnapshot } from '@/lib/crm/types';
import '@/lib/crm/index';
import { loadFixture } from '../crm/load-fixture';

const URL = 'https://desk.parcelo.example/tickets/5521';
const POINTED = { match: 'https://desk.parcelo.example', message: '.stream', reply: '.ed' };

describe('what a shortcut fills its placeholders from: the tab reading', () => {
  it('reads the layout the agent pointed at, and names the ticket as the overlay does', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const signal = new AbortController().signal;
    const reading = await createPageReading({ doc, signal, profiles: async () => ({ all: [POINTED], own: true }) });
    expect(reading.pointed).toBe(true);
    const page = pageConversation(reading.now().snapshot, doc.location);
    expect(page.customerText).toMatch(/^I was charged twice on my card/);
    expect(page.context.customer?.firstName).toBe('Maria');
    // "Signed in as Dana Reyes" in the top bar: {{agent.name}}.
    expect(page.context.agent?.name).toBe('Dana Reyes');
    expect(page.label).toMatch(/^Maria .* · #5521$/);
  });

  it('falls back to the page address when nothing was read', () => {
    const page = pageConversation(undefined, new globalThis.URL(URL) as unknown as Location);
    expect(page).toEqual({ context: {}, interactionId: 'https://desk.parcelo.example/tickets/5521' });
  });

  it('carries what the customer wrote, newest first then the subject: the order number of an earlier message fills its field', () => {
    // The demo desk's #48213: the number is in the first message, the latest only complains.
    const snapshot: ConversationSnapshot = {
      adapter: 'demo',
      interactionId: 'demo:48213',
      ticketId: '48213',
      subject: 'Διπλή χρέωση στην κάρτα μου',
      customer: { name: 'Γιώργος Παπαδόπουλος' },
      agent: { name: 'Ελένη Γεωργίου' },
      customerMessages: [
        'Η κάρτα μου χρεώθηκε δύο φορές για την παραγγελία 100482, από 89,90 € η κάθε χρέωση.',
        'Είναι η τρίτη φορά που γράφω και ακόμα δεν έχω πάρει πίσω τα χρήματα!',
      ],
      latestCustomerMessage: 'Είναι η τρίτη φορά που γράφω και ακόμα δεν έχω πάρει πίσω τα χρήματα!',
    };
    const page = pageConversation(snapshot, new globalThis.URL(URL) as unknown as Location);
    expect(page.customerTexts).toEqual([snapshot.latestCustomerMessage, snapshot.customerMessages[0], snapshot.subject]);
    expect(prefillFields(['Αριθμός παραγγελίας'], page.customerTexts!)).toEqual({ 'Αριθμός παραγγελίας': '100482' });
  });

  it("tells the palette where the customer's latest message ends in the panel's text, as the panel asks (a short thanks closes)", () => {
    const snapshot: ConversationSnapshot = {
      adapter: 'demo', interactionId: 'demo:558120', subject: 'Παραγγελία 558120', customer: {}, agent: {},
      customerMessages: ['Η παραγγελία 558120 δεν έχει έρθει ακόμα.'], latestCustomerMessage: 'Ευχαριστώ πολύ, το πήρα!',
    };
    const page = pageConversation(snapshot, new globalThis.URL(URL) as unknown as Location);
    expect(page.suggestFor!.slice(0, latestEndIn(page))).toBe('Ευχαριστώ πολύ, το πήρα!');
    expect(page.suggestFor!.length).toBeGreaterThan(latestEndIn(page)!);
    // The agent's selection is the text: no latest message opens it.
    expect(latestEndIn(pageConversation({ ...snapshot, selection: 'δεν έχει έρθει' }, new globalThis.URL(URL) as unknown as Location))).toBeUndefined();
  });
});
