import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { personOf } from '@/lib/crm/dom';
import { customerOf } from '@/lib/crm/name-texts';
import { expandTemplate } from '@/knowledge/template';
import { loadFixture } from './load-fixture';

/**
 * RT writes a user with a login of their own as «login (Real Name)» (tests/fixtures/crm/generic-rt-*.html:
 * «jcarter (James Carter)», «agent (Support Agent)»), in one link in the history's «.description .user». Read
 * whole, each reply's author was «jcarter James Carter».
 */
describe('Request Tracker 5: the authors of the messages are people\'s names, without their logins', () => {
  it('English ticket: the customer and James Carter, never «jcarter»', async () => {
    const doc = await loadFixture('generic-rt-ticket-en', 'http://127.0.0.1:8197/Ticket/Display.html?id=4');
    const s = genericAdapter.read(doc);
    expect(s.messages?.map((m) => m.author)).toEqual([
      'Daniel Whitmore', 'James Carter', 'James Carter', 'Daniel Whitmore', 'James Carter', 'James Carter', 'Daniel Whitmore',
    ]);
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer', 'agent', 'internal', 'customer']);
  });

  it('Greek tickets: «Support Agent», not «agent Support Agent»', async () => {
    for (const [fixture, customer] of [['generic-rt-ticket-el', 'ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ'], ['generic-rt-thanks-el', 'Σοφία Αλεξίου']]) {
      const doc = await loadFixture(fixture, 'http://127.0.0.1:8117/Ticket/Display.html?id=2');
      const s = genericAdapter.read(doc);
      const authors = s.messages?.map((m) => m.author) ?? [];
      expect(new Set(authors)).toEqual(new Set([customer, 'Support Agent']));
      // Each message's role follows its author: the agent's replies and comments are the agent's name's.
      s.messages?.forEach((m) => expect(m.author === customer).toBe(m.role === 'customer'));
      // The authors are among the texts a name in capitals takes its stress from (name-texts.ts): no login there either.
      if (fixture === 'generic-rt-ticket-el') expect(customerOf(s).texts?.slice(0, 2)).toEqual([customer, 'Support Agent']);
    }
  });

  it('a customer with an RT login («dwhitmore (Daniel Whitmore)»): greeted by name, not «Dear dwhitmore Daniel Whitmore»', async () => {
    const doc = await loadFixture('generic-rt-ticket-en', 'http://127.0.0.1:8197/Ticket/Display.html?id=4');
    const links = doc.querySelectorAll('span.user[data-user-id="49"] a');
    expect(links.length).toBeGreaterThan(3);
    // As RT writes a requestor who has a login (a self-service account), where a mailed-in one is «Name <address>».
    for (const a of links) a.textContent = 'dwhitmore (Daniel Whitmore)';
    const s = genericAdapter.read(doc);
    expect(s.customer).toMatchObject({ name: 'Daniel Whitmore', firstName: 'Daniel', lastName: 'Whitmore' });
    expect(expandTemplate('{{customer.salutation}}', { customer: s.customer }, { lang: 'en' }).text).toBe('Dear Daniel Whitmore');
    expect(s.messages?.map((m) => m.author)).toEqual([
      'Daniel Whitmore', 'James Carter', 'James Carter', 'Daniel Whitmore', 'James Carter', 'James Carter', 'Daniel Whitmore',
    ]);
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer', 'agent', 'internal', 'customer']);
  });

  it('a Greek customer with an RT login: «Αγαπητή κυρία Αλεξίου»', async () => {
    const doc = await loadFixture('generic-rt-thanks-el', 'http://127.0.0.1:8117/Ticket/Display.html?id=2');
    for (const a of doc.querySelectorAll('span.user[data-user-id="67"] a')) a.textContent = 'salexiou (Σοφία Αλεξίου)';
    const s = genericAdapter.read(doc);
    expect(s.customer).toMatchObject({ name: 'Σοφία Αλεξίου', firstName: 'Σοφία', lastName: 'Αλεξίου' });
    expect(expandTemplate('{{customer.salutation}}', { customer: s.customer }, { lang: 'el' }).text).toBe('Αγαπητή κυρία Αλεξίου');
    expect(s.messages?.filter((m) => m.role === 'customer').map((m) => m.author)).toContain('Σοφία Αλεξίου');
  });

  it('personOf keeps the login apart, in either order, and leaves other parentheses alone', () => {
    expect(personOf('jcarter (James Carter)')).toEqual({ name: 'James Carter', login: 'jcarter' });
    expect(personOf('James Carter (jcarter)')).toEqual({ name: 'James Carter', login: 'jcarter' });
    expect(personOf('egeorgiou (Ελένη Γεωργίου)')).toEqual({ name: 'Ελένη Γεωργίου', login: 'egeorgiou' });
    expect(personOf('Μαρία Παπαδοπούλου <maria@example.com>')).toEqual({ name: 'Μαρία Παπαδοπούλου', email: 'maria@example.com' });
    // Two logins or two names: no way to tell which is the name, so as before.
    expect(personOf('agent (support)').login).toBeUndefined();
    expect(personOf('Dana Reyes (Acme Ltd)').login).toBeUndefined();
  });
});
