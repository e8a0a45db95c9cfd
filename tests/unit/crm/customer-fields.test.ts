import { describe, expect, it } from 'vitest';
import { customerFields } from '@/lib/crm/customer-fields';
import { splitName } from '@/lib/crm/dom';
import { salutation } from '@/knowledge/template/salutation';

/** A CRM screen: the customer's card, the signed-in agent's profile and a company card, as Greek CRMs show them. */
const PAGE = `
  <header class="top"><span class="agent-name">Ελένη Γεωργίου</span>
    <div class="profile"><dl><dt>Όνομα</dt><dd>Ελένη</dd><dt>Email</dt><dd>eleni@desk.example</dd><dt>Φύλο</dt><dd>Γυναίκα</dd></dl></div>
  </header>
  <main>
    <section class="ticket"><h1>Διπλή χρέωση</h1><p>Θα ήθελα να μου επιστρέψετε τα χρήματα.</p></section>
    <aside class="customer-card">
      <h2>ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ</h2>
      <div class="row"><span class="label">Επώνυμο</span><span>ΣΑΡΑΝΤΗΣ</span></div>
      <div class="row"><span class="label">Όνομα</span><span>ΘΕΟΧΑΡΗΣ</span></div>
      <div class="row"><label for="sex">Φύλο</label><select id="sex"><option>Γυναίκα</option><option selected>Άνδρας</option></select></div>
      <div class="row"><label for="mail">E-mail:</label><input id="mail" value="t.sarantis@example.gr"></div>
      <div class="row"><span class="label">Επωνυμία</span><span>ΑΦΟΙ ΣΑΡΑΝΤΗ ΟΕ</span></div>
      <div class="row"><span class="label">Όνομα χρήστη</span><span>tsarantis</span></div>
      <div class="row"><span class="label">Όνομα πατρός</span><span>ΝΙΚΟΛΑΟΣ</span></div>
    </aside>
  </main>`;

describe('the customer’s labelled fields on a page', () => {
  it('takes the fields of the customer’s card, not the agent’s profile, login or father’s name', () => {
    document.body.innerHTML = PAGE;
    // The company's name comes too: the customer's own name (labelled apart) still says whom to greet.
    expect(customerFields(document, { customer: 'ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ', agent: 'Ελένη Γεωργίου' })).toEqual([
      { label: 'Επώνυμο', value: 'ΣΑΡΑΝΤΗΣ' },
      { label: 'Όνομα', value: 'ΘΕΟΧΑΡΗΣ' },
      { label: 'Φύλο', value: 'Άνδρας' },
      { label: 'E-mail:', value: 't.sarantis@example.gr' },
      { label: 'Επωνυμία', value: 'ΑΦΟΙ ΣΑΡΑΝΤΗ ΟΕ' },
    ]);
    const who = customerFields(document, { customer: 'ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ', agent: 'Ελένη Γεωργίου' });
    expect(salutation({ name: 'ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ', fields: who }, 'el').text).toBe('Αγαπητέ κύριε Σαράντη');
  });

  it('knows a company customer by its «Επωνυμία», and a sole trader’s «Επωνυμία» as a person', () => {
    // A one-word business name is read as a man's name on its own («Γεια σου, Γαλαξία»); the card's label says otherwise.
    // The card's elements run together in its text («…ΓΑΛΑΞΙΑΣΑΦΜ…»): the name's final sigma still matches.
    document.body.innerHTML = `<aside class="customer-card"><h2>ΓΑΛΑΞΙΑΣ</h2><dl><dt>Επωνυμία</dt><dd>ΓΑΛΑΞΙΑΣ</dd><dt>ΑΦΜ</dt><dd>099999999</dd></dl></aside>`;
    const fields = customerFields(document, { customer: 'ΓΑΛΑΞΙΑΣ' });
    expect(fields).toEqual([{ label: 'Επωνυμία', value: 'ΓΑΛΑΞΙΑΣ' }]);
    expect(salutation({ name: 'ΓΑΛΑΞΙΑΣ' }, 'el', { formality: 'informal' }).text).toBe('Γεια σου, Γαλαξία');
    expect(salutation({ name: 'ΓΑΛΑΞΙΑΣ', fields }, 'el').text).toBe('Αγαπητέ/ή πελάτη');
    expect(salutation({ name: 'ΓΑΛΑΞΙΑΣ', fields }, 'el', { formality: 'informal' }).text).toBe('Αγαπητέ/ή πελάτη');
    // As a page reader hands it over: the name and its words split in page order.
    expect(salutation({ ...splitName('ΓΑΛΑΞΙΑΣ'), fields }, 'el', { formality: 'informal' }).text).toBe('Αγαπητέ/ή πελάτη');
    const soleTrader = 'ΚΑΡΑΛΗΣ ΑΘΑΝΑΣΙΟΣ ΤΟΥ ΔΗΜΗΤΡΙΟΥ';
    document.body.innerHTML = `<aside class="customer-card"><h2>${soleTrader}</h2>
      <div class="row"><span class="label">Επωνυμία:</span><span>${soleTrader}</span></div></aside>`;
    const own = customerFields(document, { customer: soleTrader });
    expect(own).toEqual([{ label: 'Επωνυμία:', value: soleTrader }]);
    expect(salutation({ ...splitName(soleTrader), fields: own }, 'el').text).toBe('Αγαπητέ κύριε Καραλή');
  });

  it('without the customer’s name, takes a kind only where the page shows it once', () => {
    document.body.innerHTML = PAGE;
    // Two «Όνομα», two «Φύλο» and two e-mail fields: none can be told apart; one «Επώνυμο», one «Επωνυμία» are taken.
    expect(customerFields(document, {})).toEqual([
      { label: 'Επώνυμο', value: 'ΣΑΡΑΝΤΗΣ' },
      { label: 'Επωνυμία', value: 'ΑΦΟΙ ΣΑΡΑΝΤΗ ΟΕ' },
    ]);
  });

  it('finds nothing where the customer has no card', () => {
    document.body.innerHTML = PAGE;
    expect(customerFields(document, { customer: 'Μαρία Κωνσταντίνου', agent: 'Ελένη Γεωργίου' })).toEqual([]);
  });

  it('leaves out fields inside what it is told to skip (the thread) and inside editors', () => {
    document.body.innerHTML = `<div class="thread"><p><b>Φύλο</b> <span>Άνδρας</span></p></div>
      <div contenteditable="true"><p><b>Επώνυμο</b><span>Draft</span></p></div>`;
    expect(customerFields(document, {}, [document.querySelector('.thread')!])).toEqual([]);
  });
});
