import { describe, expect, it } from 'vitest';
import { find } from '@/lib/crm/dom';
import { pickElement, pickSiteProfile, PICKER_TAG } from '@/lib/crm/picker';
import { selectorFor } from '@/lib/crm/selector-for';
import { genericAdapter, pickAdapter } from '@/lib/crm';
import { loadFixture } from './load-fixture';

const hover = (el: Element) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const key = (doc: Document, k: string) => doc.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('selectorFor', () => {
  it.each([
    ['generic-table', '.thread-entry.message:last-of-type .thread-body-text'],
    ['generic-table', '#response'],
    ['front', '[class*="messageViewer__"]:nth-child(2)'],
    ['zendesk', '#pane-48220 [data-test-id="omnicomposer-rich-text-ckeditor"]'],
  ])('finds the same element again on %s (%s)', async (fixture, target) => {
    const doc = await loadFixture(fixture, 'https://desk.example.com/t/1');
    const el = doc.querySelector(target)!;
    const selector = selectorFor(el);
    expect(doc.querySelectorAll(selector.split('>>>')[0])).toHaveLength(1);
    expect(find(doc, selector)).toBe(el);
  });

  it('leaves out generated class names', async () => {
    const doc = await loadFixture('front', 'https://desk.example.com/t/1');
    expect(selectorFor(doc.querySelector('[class*="conversationMessages__"]')!)).not.toMatch(/-sc-/);
  });

  it('crosses an open shadow root and a same-origin iframe with >>>', async () => {
    const chat = await loadFixture('generic-chat-widget', 'https://chat.example.gr/console');
    const box = chat.querySelector('chat-console')!.shadowRoot!.querySelector('[contenteditable]')!;
    expect(selectorFor(box)).toMatch(/^chat-console >>> /);
    expect(find(chat, selectorFor(box))).toBe(box);
    const page = await loadFixture('generic-iframe', 'https://servicehub.example.com/cases/88213');
    const body = page.querySelector('iframe')!.contentDocument!.body;
    expect(selectorFor(body)).toMatch(/iframe.* >>> body$/);
    expect(find(page, selectorFor(body))).toBe(body);
  });
});

describe('pickElement', () => {
  it('outlines the hovered element in its own shadow root without touching the page, and a click chooses', async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    const before = doc.body.innerHTML;
    let pageSawClick = false;
    doc.body.addEventListener('click', () => (pageSawClick = true));
    const picking = pickElement(doc, 'Δείξτε την περιοχή των μηνυμάτων');
    const host = doc.querySelector(PICKER_TAG)!;
    expect(host.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('Δείξτε την περιοχή των μηνυμάτων');
    const target = doc.querySelector('table.thread-body')!;
    hover(target);
    expect(host.shadowRoot!.querySelector<HTMLElement>('.box')!.style.display).toBe('block');
    expect(target.getAttribute('style')).toBeNull();
    click(target);
    const picked = await picking;
    expect(picked?.element).toBe(target);
    expect(doc.querySelector(picked!.selector)).toBe(target);
    expect(pageSawClick).toBe(false);
    expect(doc.querySelector(PICKER_TAG)).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('widens with ArrowUp, chooses with Enter, and Esc cancels', async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    const cell = doc.querySelector('.thread-entry.message td')!;
    const picking = pickElement(doc, 'pick');
    hover(cell);
    key(doc, 'ArrowUp');
    key(doc, 'Enter');
    expect((await picking)?.element).toBe(cell.parentElement);
    const cancelled = pickElement(doc, 'pick');
    hover(cell);
    key(doc, 'Escape');
    expect(await cancelled).toBeUndefined();
    expect(doc.querySelector(PICKER_TAG)).toBeNull();
  });
});

describe('pickSiteProfile → profile adapter', () => {
  it('turns two picks into a profile that reads the page (a message picked by mistake widens to the list)', async () => {
    const doc = await loadFixture('generic-table', 'https://help.example.gr/scp/tickets.php?id=204518');
    const making = pickSiteProfile(doc, { message: 'messages', reply: 'reply' });
    const oneMessage = doc.querySelector('.thread-entry.message')!;
    hover(oneMessage);
    click(oneMessage);
    await Promise.resolve();
    await Promise.resolve();
    const reply = doc.querySelector('#response')!;
    hover(reply);
    click(reply);
    const profile = await making;
    expect(profile).toMatchObject({ match: 'https://help.example.gr', reply: '#response' });
    const adapter = pickAdapter(doc.location, doc, [{ ...profile!, ticketId: '/id=(\\d+)/' }]);
    expect(adapter.id).toBe('profile');
    const s = adapter.read(doc);
    // The same interaction as before the agent pointed (notes stay with the ticket).
    expect(s.interactionId).toBe('generic:help.example.gr:204518');
    expect(genericAdapter.read(doc).interactionId).toBe(s.interactionId);
    expect(s.latestCustomerMessage).toBe('Πέρασαν δέκα μέρες και τα χρήματα δεν έχουν μπει στον λογαριασμό μου. Πότε θα γίνει η επιστροφή;');
    expect(s.customer.name).toBe('Αικατερίνη Νικολάου');
    expect(adapter.replyEditor(doc)).toBe(reply);
  });
});
