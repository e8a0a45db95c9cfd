import { describe, expect, it } from 'vitest';
import { customerFields } from '@/lib/crm/customer-fields';

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
  it('takes the fields of the customer’s card, not the agent’s profile or a company’s name, login or father’s name', () => {
    document.body.innerHTML = PAGE;
    expect(customerFields(document, { customer: 'ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ', agent: 'Ελένη Γεωργίου' })).toEqual([
      { label: 'Επώνυμο', value: 'ΣΑΡΑΝΤΗΣ' },
      { label: 'Όνομα', value: 'ΘΕΟΧΑΡΗΣ' },
      { label: 'Φύλο', value: 'Άνδρας' },
      { label: 'E-mail:', value: 't.sarantis@example.gr' },
    ]);
  });

  it('without the customer’s name, takes a kind only where the page shows it once', () => {
    document.body.innerHTML = PAGE;
    // Two «Όνομα», two «Φύλο» and two e-mail fields: none can be told apart; one «Επώνυμο» is taken.
    expect(customerFields(document, {})).toEqual([{ label: 'Επώνυμο', value: 'ΣΑΡΑΝΤΗΣ' }]);
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
