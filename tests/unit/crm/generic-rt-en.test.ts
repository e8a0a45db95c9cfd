import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { expandTemplate } from '@/knowledge/template';
import { loadFixture } from './load-fixture';

/**
 * Request Tracker 5 in English, as an English-speaking agent meets it (RT's real markup,
 * tests/fixtures/crm/generic-rt-*-en.html, logged in as «jcarter», real name James Carter).
 */
describe('generic reader on Request Tracker 5 (English user interface)', () => {
  it('ticket page: the customer\'s mails without what they quote, the agent\'s replies, the comments as notes', async () => {
    const doc = await loadFixture('generic-rt-ticket-en', 'http://127.0.0.1:8197/Ticket/Display.html?id=4');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '4', subject: 'Order 20417 still not delivered', customer: { name: 'Daniel Whitmore', email: 'dan.whitmore@example.com' }, evidence: 'strong' });
    // «Logged in as jcarter» names the login; replies are signed with the real name RT writes beside it.
    expect(s.agent.name).toBe('James Carter');
    expect(expandTemplate('{{customer.salutation}}', { customer: s.customer }, { lang: 'en' }).text).toContain('Daniel');
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer', 'agent', 'internal', 'customer']);
    expect(s.messages?.map((m) => m.text).join('\n')).not.toMatch(/Outgoing email recorded|Status changed/);
    const latest = s.latestCustomerMessage ?? '';
    expect(latest).toMatch(/^The desk finally arrived, thank you\. But I have just checked my bank statement/);
    expect(latest).not.toMatch(/wrote:|courier will deliver|^>/m);
    expect(s.customerMessages.join('\n')).not.toMatch(/I am checking with the courier|^>/m);
  });

  it('an open ticket whose last mail is "Any news?": those two words, without RT\'s mail headers over them', async () => {
    const doc = await loadFixture('generic-rt-any-news-en', 'http://127.0.0.1:8131/Ticket/Display.html?id=8');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '8', subject: 'Refund for returned headphones', customer: { name: 'Olivia Bennett' } });
    expect(s.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    // No sentence in the mail, one in its headers' subject: the part holding «From: … Subject: … To: …» and the body
    // was read as the mail, and the panel matched "8", "support", "example".
    expect(s.latestCustomerMessage).toBe('Any news?');
    // Her address is «olivia.b@…»: the word before an initial was taken for a surname glued to nothing, and the
    // templates greeted "Dear Bennett Olivia".
    expect(expandTemplate('{{customer.salutation}}', { customer: s.customer }, { lang: 'en' }).text).toBe('Dear Olivia Bennett');
  });

  it('the home page RT lands on after the login («RT at a glance») is no conversation: no customer, no message', async () => {
    const doc = await loadFixture('generic-rt-home-en', 'http://127.0.0.1:8197/');
    const s = genericAdapter.read(doc);
    // Its ticket lists, quick-create form and search box were read as one customer message from «jcarter» (the
    // login): the panel suggested for «Skip Menu | RT at a glance», and QC counted an interaction answered at once.
    expect(s.messages ?? []).toEqual([]);
    expect(s.latestCustomerMessage ?? '').toBe('');
    expect(s.evidence ?? 'none').toBe('none');
    expect(s.customer.name ?? '').not.toBe('jcarter');
  });
  it('the home page\'s quick-create form is no customer: its «Requestors» holds the agent\'s own address', async () => {
    for (const fixture of ['generic-rt-home-en', 'generic-rt-home-list-en']) {
      const doc = await loadFixture(fixture, 'http://127.0.0.1:8197/');
      expect((doc.getElementById('Requestors') as HTMLInputElement).value).toBe('james.carter@example.com');
      const s = genericAdapter.read(doc);
      // The panel's header named «james.carter@example.com» as the customer of a page with no conversation.
      expect(s.customer).toEqual({});
      expect(s.agent.name).toBe('James Carter');
    }
  });
  it('the home page listing a ticket whose subject is a sentence: still no conversation (the list under its column headings was one message)', async () => {
    const doc = await loadFixture('generic-rt-home-list-en', 'http://127.0.0.1:8197/');
    expect(doc.body.textContent).toContain('Παράπονο: η παραγγελία 58213 δεν ήρθε ποτέ');
    const s = genericAdapter.read(doc);
    // «#SubjectQueueStatusCreated 6 Παράπονο: … 32 minutes ago Take 5 Cannot log in to my account…» was the customer's
    // latest message: password SOPs for «Cannot log in», matched «6», «minutes», «5», and QC counted an interaction.
    expect(s.messages ?? []).toEqual([]);
    expect(s.latestCustomerMessage ?? '').toBe('');
    expect(s.evidence ?? 'none').toBe('none');
  });
  it('the reply page opened straight: the customer is the reply\'s recipient RT lists under «Scrips and Recipients» (To: Daniel Whitmore)', async () => {
    const doc = await loadFixture('generic-rt-reply-en', 'http://127.0.0.1:8226/Ticket/Update.html?Action=Respond&id=4');
    const s = genericAdapter.read(doc);
    // Nothing else on RT's reply page names the requestor: a shortcut there greeted "Dear customer".
    expect(s).toMatchObject({ ticketId: '4', customer: { name: 'Daniel Whitmore', email: 'dan.whitmore@example.com' } });
    expect(s.agent.name).toBe('James Carter');
    expect(expandTemplate('{{customer.salutation}}', { customer: s.customer }, { lang: 'en' }).text).toBe('Dear Daniel Whitmore');
    // The One-time Cc and Bcc boxes (empty) and the quick-create form's fields are no recipient of this reply.
    doc.getElementById('previewscrips')?.remove();
    expect(genericAdapter.read(doc).customer).toEqual({});
  });

  it('the comment page: RT\'s «Scrips and Recipients» sentences (no checkbox beside them for a comment) are no message', async () => {
    const doc = await loadFixture('generic-rt-comment-en', 'http://127.0.0.1:8197/Ticket/Update.html?Action=Comment&id=4');
    const s = genericAdapter.read(doc);
    expect(s).toMatchObject({ ticketId: '4', subject: 'Order 20417 still not delivered' });
    // «On Comment Notify AdminCcs as Comment with template Admin Comment in HTML» was read as the customer's words
    // (strong evidence): «Angry: "HTML"», social-media SOPs for «comment», «page», and the ticket's conversation, read
    // a click earlier on its page, was not used. With no message here, it is.
    expect(s.messages ?? []).toEqual([]);
    expect(s.latestCustomerMessage ?? '').toBe('');
    expect(s.evidence ?? 'none').toBe('none');
    expect(s.customer.name).toBeUndefined();
  });
});
