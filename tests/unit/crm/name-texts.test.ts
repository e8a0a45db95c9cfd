/**
 * What a shortcut sends with the customer's name in capitals: the conversation's texts, from which the name takes
 * its stress (lib/crm/name-texts.ts → knowledge/names/page-stress.ts). The Zendesk fixture with the requester as a
 * registry-fed CRM writes him, «ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ», and his first message signed «Γιώργος Μαχλάς».
 */
import { describe, expect, it } from 'vitest';
import { pickAdapter } from '@/lib/crm';
import { nameTexts } from '@/lib/crm/name-texts';
import { pageConversation } from '@/lib/shortcuts/context';
import { expandTemplate } from '@/knowledge/template';
import type { ConversationSnapshot } from '@/lib/crm/types';
import { loadFixture } from './load-fixture';

const URL = 'https://acme.zendesk.com/agent/tickets/48213';

async function registryDesk(signed: boolean): Promise<ConversationSnapshot> {
  const doc = await loadFixture('zendesk', URL);
  const pane = doc.querySelector('#pane-48213')!;
  pane.querySelector('[data-test-id="ticket-system-field-requester-select"] span:last-child')!.textContent = 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ';
  for (const s of pane.querySelectorAll('[data-test-id="omni-log-item-sender"]')) if (s.textContent === 'Γιώργος Παπαδόπουλος') s.textContent = 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ';
  for (const p of pane.querySelectorAll('p')) p.textContent = p.textContent!.replace('κύριε Παπαδόπουλε', 'κύριε');
  if (signed) pane.querySelector('.zd-comment')!.insertAdjacentHTML('beforeend', '<p>Με εκτίμηση,<br>Γιώργος Μαχλάς</p>');
  return pickAdapter(doc.location, doc).read(doc);
}

const salutation = (snapshot: ConversationSnapshot) =>
  expandTemplate('{{customer.salutation}}', pageConversation(snapshot, new globalThis.URL(URL) as unknown as Location).context, { lang: 'el' }).text;

describe('the texts a name in capitals takes its stress from', () => {
  it('sends the thread with a name in capitals, and the salutation takes the stress of the signature', async () => {
    const signed = await registryDesk(true);
    expect(signed.customer.name).toBe('ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ');
    expect(nameTexts(signed)?.join('\n')).toContain('Γιώργος Μαχλάς');
    expect(salutation(signed)).toBe('Αγαπητέ κύριε Μαχλά');
    // Without the signature the rules guess, and guess wrong: what the page's text corrects.
    expect(salutation(await registryDesk(false))).toBe('Αγαπητέ κύριε Μάχλα');
  });

  it('sends nothing for a name written with its accents or in Latin letters, and caps what it sends', () => {
    const base: ConversationSnapshot = {
      adapter: 'test', interactionId: 't', customer: { name: 'Γιώργος Μαχλάς' }, agent: {},
      customerMessages: [], messages: [{ role: 'customer', text: 'Με εκτίμηση,\nΓιώργος Μαχλάς', author: 'Γιώργος Μαχλάς' }],
    };
    expect(nameTexts(base)).toBeUndefined();
    expect(nameTexts({ ...base, customer: { name: 'George Machlas' } })).toBeUndefined();
    expect(nameTexts({ ...base, customer: { lastName: 'ΜΑΧΛΑΣ', firstName: 'Γιώργος' } })).toEqual(['Γιώργος Μαχλάς', 'Με εκτίμηση,\nΓιώργος Μαχλάς']);
    const long = { ...base, customer: { name: 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ' }, messages: Array.from({ length: 20 }, () => ({ text: 'λ'.repeat(4000) })) };
    expect(nameTexts(long)!.join('').length).toBe(8000);
  });
});
