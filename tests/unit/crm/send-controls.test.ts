import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchSends, type SentText } from '@/lib/crm/send-watch';
import { adapterSpecs, readsPages, sendControlsFor, type ReadingSpec } from '@/lib/crm/adapter-specs';
import '@/lib/crm/adapter-list';

/**
 * Each helpdesk's send control on its saved markup (tests/fixtures/corpus): the send is heard, the controls beside
 * the reply box that only look like sends (a "Reply" tab, a status "Update", a macro's "Send to…") are not.
 */
const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const page = (name: string) => ({
  html: readFileSync(join(CORPUS, `${name}.html`), 'utf8'),
  url: (JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { url: string }).url,
});
const spec = (id: string) => adapterSpecs().find((s): s is ReadingSpec => readsPages(s) && s.id === id);

let stop: AbortController | undefined;
afterEach(() => stop?.abort());

/** The corpus page in this document, heard as the content script hears it on the page's address. */
function open(name: string) {
  const { html, url } = page(name);
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1];
  const editors = spec(name)?.editor ?? ['textarea', '[contenteditable="true"]'];
  const box = editors.map((s) => document.querySelector<HTMLElement>(s)).find(Boolean)!;
  const sent: SentText[] = [];
  stop = new AbortController();
  watchSends(document, () => box, (s) => sent.push(s), stop.signal, () => sendControlsFor(url, document));
  document.addEventListener('submit', (e) => e.preventDefault());
  return { box, sent, url };
}

/** Controls a helpdesk puts beside the box that say send but open something or change the ticket's status. */
function lookalikes(box: HTMLElement) {
  box.insertAdjacentHTML(
    'afterend',
    `<div role="tablist"><button role="tab" class="lk">Reply</button></div><button class="lk" aria-haspopup="menu">Send to…</button>
     <ul role="menu"><li><a class="lk" href="#">Send and set to Solved</a></li></ul><button class="lk" role="menuitem">Respond with macro</button>`,
  );
  for (const el of document.querySelectorAll<HTMLElement>('.lk')) el.click();
}

const clicked = (selector: string) => document.querySelector<HTMLElement>(selector)!.click();

/** The agent's words in the box (typed: the box's own text is no reply), and a send button that sends: it empties the box. */
function typedAndSends(box: HTMLElement, send: HTMLElement) {
  box.dispatchEvent(new Event('input', { bubbles: true }));
  send.addEventListener('click', () => (box.localName === 'textarea' ? ((box as HTMLTextAreaElement).value = '') : box.replaceChildren()));
}
/** The helpdesk shows the send (the box emptied) a moment later: Odigos looks again. */
const looked = () => new Promise((ok) => setTimeout(ok, 600));

describe('send controls: the helpdesk’s own send button, not its lookalikes', () => {
  it('Freshdesk declares its Send ([data-test-id=submit]): heard; a status "Update" or "Reply" beside the box is not', () => {
    const { box, sent, url } = open('freshdesk');
    expect(sendControlsFor(url, document)?.send).toBe('button[data-test-id="submit"]');
    lookalikes(box);
    // A plain button that says "Reply" or "Update" beside the box: only a declaration tells it from a send.
    box.insertAdjacentHTML('afterend', '<button class="status" type="button">Update</button><button class="open" data-test-id="ticket-action-reply">Reply</button>');
    clicked('.status');
    clicked('.open');
    expect(sent).toHaveLength(0);
    clicked('button[data-test-id="submit"]');
    expect(sent.map((s) => s.text)).toEqual(['Hi Sarah, I have asked our finance team to']);
  });

  it('Freshdesk: its Send shown as an icon without words is heard all the same', () => {
    const { sent } = open('freshdesk');
    const send = document.querySelector<HTMLElement>('button[data-test-id="submit"]')!;
    send.innerHTML = '<svg aria-hidden="true"><path d="M0 0h9"></path></svg>';
    send.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
    expect(sent).toHaveLength(1);
  });

  it('a declared look-alike (notSend) is no send where the words still decide', async () => {
    document.body.innerHTML = '<div class="composer"><textarea id="box">Hello</textarea><button class="macro-send">Send macro</button><button>Send</button></div>';
    const sent: SentText[] = [];
    stop = new AbortController();
    const box = document.querySelector<HTMLElement>('#box')!;
    watchSends(document, () => box, (s) => sent.push(s), stop.signal, () => ({ notSend: '.macro-send' }));
    typedAndSends(box, document.querySelector('.composer button:not(.macro-send)')!);
    clicked('.macro-send');
    await looked();
    expect(sent).toHaveLength(0);
    clicked('.composer button:not(.macro-send)');
    await looked();
    expect(sent).toHaveLength(1);
  });

  it.each([
    ['hubspot', 'Hi James, the courier can deliver'],
    ['zohodesk', 'Κυρία Παπαδοπούλου, ελέγξαμε'],
  ])('%s: its Send has only its words (no declaration): heard by them; tabs, menus, popups beside the box are not', async (name, text) => {
    const { box, sent, url } = open(name);
    expect(sendControlsFor(url, document)).toBeUndefined();
    const send = [...document.querySelectorAll<HTMLElement>('button')].find((b) => /^(Send|Αποστολή)$/.test(b.textContent!))!;
    typedAndSends(box, send);
    lookalikes(box);
    await looked();
    expect(sent).toHaveLength(0);
    send.click();
    await looked();
    expect(sent.map((s) => s.text)).toEqual([text]);
  });

  it('Jira Service Management (generic): the «Απάντηση στον πελάτη» tab above the box only opens the reply: no send', () => {
    const { sent } = open('jira-service-management');
    for (const tab of document.querySelectorAll<HTMLElement>('[role=tab]')) tab.click();
    expect(sent).toHaveLength(0);
  });

  it('osTicket (generic): the reply form’s «Αποστολή» is heard', async () => {
    const { box, sent } = open('osticket');
    typedAndSends(box, document.querySelector('#reply button')!);
    clicked('#reply button');
    await looked();
    expect(sent.map((s) => s.text)).toEqual(['Kyrie Dimitriou,']);
  });

  it.each(['front', 'gmail', 'helpscout', 'intercom', 'salesforce', 'zammad', 'zendesk'])(
    '%s: its saved page shows no send button, so none is declared (the words decide)',
    (name) => {
      const { url } = open(name);
      expect(spec(name)?.sends).toBeUndefined();
      expect(sendControlsFor(url, document)).toBeUndefined();
    },
  );

  it('an unknown site has no declaration', () => {
    open('osticket');
    expect(sendControlsFor('https://help.example.gr/scp/tickets.php?id=12', document)).toBeUndefined();
  });
});
