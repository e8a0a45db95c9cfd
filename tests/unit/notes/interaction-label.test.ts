import { describe, expect, it } from 'vitest';
import { describeSnapshot } from '@/lib/crm/describe';
import type { ConversationSnapshot } from '@/lib/crm/types';
import { interactionOf, notesTargetOf } from '@/lib/notes/interaction';

const loc = { origin: 'https://desk.example', pathname: '/tickets/48213', href: 'https://desk.example/tickets/48213' };
const snapshot = (customer: ConversationSnapshot['customer'], ticketId?: string): ConversationSnapshot => ({
  adapter: 'demo',
  interactionId: 'demo:48213',
  ticketId,
  subject: 'Διπλή χρέωση στην κάρτα μου',
  customer,
  agent: {},
  customerMessages: ['Με χρέωσαν δύο φορές'],
});

/**
 * A note is labelled once, when first stored, by whichever writes first: the overlay's timeline (a cue, a message) or
 * the notes editor. The notes page listed «Γιώργος Παπαδόπουλος · #48213» beside «#73105 — Sarah Collins»; one
 * label, the overlay header's, for both.
 */
describe('a note is labelled as the overlay names its conversation', () => {
  it('name and ticket, in the overlay header’s order and separator', () => {
    const s = snapshot({ name: 'Γιώργος Παπαδόπουλος' }, '48213');
    expect(interactionOf(loc, 'Helpdesk', s).label).toBe('Γιώργος Παπαδόπουλος · #48213');
    expect(notesTargetOf(loc, 'Helpdesk', s).ref.label).toBe(describeSnapshot(s));
  });

  it('a customer read as first and last name is named, not replaced by the e-mail, in both', () => {
    const s = snapshot({ firstName: 'Γιώργος', lastName: 'Παπαδόπουλος', email: 'g.p@example.gr' }, '48213');
    expect(describeSnapshot(s)).toBe('Γιώργος Παπαδόπουλος · #48213');
    expect(interactionOf(loc, 'Helpdesk', s).label).toBe(describeSnapshot(s));
  });

  it('without a customer or a ticket number: the subject, then the page title', () => {
    expect(interactionOf(loc, 'Helpdesk', snapshot({})).label).toBe('Διπλή χρέωση στην κάρτα μου');
    expect(interactionOf(loc, 'Helpdesk', { ...snapshot({}), subject: undefined }).label).toBe('Helpdesk');
  });
});

/**
 * The panel's header and a note's label and customer showed the page's «κα Μαρία Παπαδοπούλου»: the name as the
 * templates write it has no title, before it or in brackets after it.
 */
describe('the header, the label and the note name the customer without the page\'s titles', () => {
  it.each([
    ['κα Μαρία Παπαδοπούλου', 'Μαρία Παπαδοπούλου'],
    ['Κος Γιώργος Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
    ['της κας Μαρίας Παπαδοπούλου', 'Μαρίας Παπαδοπούλου'],
    ['Maria Lopez (Mrs)', 'Maria Lopez'],
    ['Mr. John Smith', 'John Smith'],
    // An initial is no title; a name in brackets stays.
    ['Κ. Παπαδόπουλος', 'Κ. Παπαδόπουλος'],
    ['Στυλιανός (Στέλιος) Παπαδόπουλος', 'Στυλιανός (Στέλιος) Παπαδόπουλος'],
  ])('«%s» → «%s»', (name, shown) => {
    const s = snapshot({ name }, '48213');
    expect(describeSnapshot(s)).toBe(`${shown} · #48213`);
    expect(interactionOf(loc, 'Helpdesk', s).label).toBe(`${shown} · #48213`);
    expect(notesTargetOf(loc, 'Helpdesk', s).customer).toBe(shown);
  });

  it('a title in the first name the page labels apart, and a name that is only a title', () => {
    expect(describeSnapshot(snapshot({ firstName: 'κα Άλεξ', lastName: 'Ιωάννου' }, '7'))).toBe('Άλεξ Ιωάννου · #7');
    expect(describeSnapshot(snapshot({ name: 'κα', email: 'alex@example.gr' }, '7'))).toBe('alex@example.gr · #7');
  });
});
