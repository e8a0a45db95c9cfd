import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { watchSends, type SentText } from '@/lib/crm/send-watch';

/** A helpdesk's reply area: the box, the send button the helpdesk clears the box from, other buttons beside it. */
function desk(html: string) {
  document.body.innerHTML = html;
  const sent: SentText[] = [];
  const end = new AbortController();
  watchSends(document, () => document.querySelector<HTMLElement>('#reply') ?? undefined, (s) => sent.push(s), end.signal);
  return { sent, end };
}

const texts = (sent: SentText[]) => sent.map((s) => s.text);
let stop: AbortController | undefined;
afterEach(() => stop?.abort());

describe('watchSends: the reply taken at the moment the agent sends it', () => {
  it('takes the box’s words before the helpdesk’s own click handler clears it (a single-page desk)', () => {
    const { sent, end } = desk('<textarea id="reply"></textarea><button class="btn-send" type="button">Αποστολή</button><button>Κλείσιμο</button>');
    stop = end;
    const box = document.querySelector<HTMLTextAreaElement>('#reply')!;
    document.querySelector('.btn-send')!.addEventListener('click', () => (box.value = ''));
    box.value = 'Καλησπέρα σας, η επιστροφή έγινε.';
    document.querySelector<HTMLButtonElement>('.btn-send')!.click();
    document.querySelectorAll('button')[1].click(); // another button: no send
    expect(texts(sent)).toEqual(['Καλησπέρα σας, η επιστροφή έγινε.']);
    expect(box.value).toBe('');
    expect(sent[0].url).toBe(location.href);
  });

  it('takes the form’s box on submit, once for the button’s click and the submit it causes', () => {
    const { sent, end } = desk(`<form name="TicketUpdate" action="/update" method="post"><textarea name="UpdateContent"> Ευχαριστούμε. </textarea>
      <input type="submit" name="SubmitTicket" value="Ενημέρωση αιτήματος"></form>`);
    stop = end;
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(texts(sent)).toEqual(['Ευχαριστούμε.']);
  });

  it('takes a rich editor’s text on Ctrl+Enter or Cmd+Enter, not on Enter alone', () => {
    const { sent, end } = desk('<div id="reply" contenteditable="true">Καλημέρα, το δέμα έφυγε.</div>');
    stop = end;
    const box = document.querySelector<HTMLElement>('#reply')!;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(sent).toHaveLength(0);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(texts(sent)).toEqual(['Καλημέρα, το δέμα έφυγε.']);
  });

  it('takes an iframe editor’s text on Ctrl+Enter in the frame (TinyMCE, CKEditor 4), a frame added after it started', async () => {
    const win = new Window({ url: 'https://desk.example/ticket/7', settings: { disableJavaScriptEvaluation: true, disableIframePageLoading: false } });
    const top = win.document as unknown as Document;
    top.write('<form><div class="composer"></div></form>');
    const sent: SentText[] = [];
    const end = new AbortController();
    stop = end;
    watchSends(top, () => undefined, (s) => sent.push(s), end.signal);
    const frame = top.createElement('iframe');
    frame.setAttribute('srcdoc', '<body></body>');
    top.querySelector('.composer')!.append(frame);
    await win.happyDOM.waitUntilComplete();
    const inner = frame.contentDocument!;
    inner.body.contentEditable = 'true';
    inner.body.textContent = 'Καλημέρα, το δέμα έφυγε σήμερα.';
    // The agent clicks into the editor: focus goes into the frame.
    frame.focus();
    inner.body.focus();
    await new Promise((ok) => setTimeout(ok, 20));
    const key = () => new (frame.contentWindow as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });
    inner.body.dispatchEvent(key());
    expect(texts(sent)).toEqual(['Καλημέρα, το δέμα έφυγε σήμερα.']);
    // With the session ended, the frame's keys are not heard.
    end.abort();
    inner.body.textContent = 'Δεύτερη απάντηση.';
    inner.body.dispatchEvent(key());
    expect(sent).toHaveLength(1);
    await win.happyDOM.close();
  });

  it('takes no internal note for a reply: Request Tracker’s comment form, an "Internal note" box', () => {
    const { sent, end } = desk(`<form><select name="UpdateType"><option value="private" selected>Comments (Not sent to requestors)</option>
      <option value="response">Reply to requestors</option></select><textarea id="reply">Ο πελάτης είναι εκνευρισμένος.</textarea>
      <input type="submit" value="Update Ticket"></form><div id="note" contenteditable="true" aria-label="Internal note">Σημείωση</div>`);
    stop = end;
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    document.querySelector('#note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(sent).toHaveLength(0);
    // The same form set to reply to the customer sends a reply.
    document.querySelector('select')!.value = 'response';
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    expect(texts(sent)).toEqual(['Ο πελάτης είναι εκνευρισμένος.']);
  });

  it('ignores a "Reply" button away from the box (it opens another reply) and clicks in Odigos’ own panel', () => {
    const { sent, end } = desk(`<header><nav><ul><li><button>Reply all</button></li></ul></nav></header>
      <main><section><article><div><div><form class="composer"><textarea id="reply">Καλησπέρα σας.</textarea></form></div></div></article></section></main>
      <odigos-overlay></odigos-overlay>`);
    stop = end;
    document.querySelector('button')!.click();
    const shadow = document.querySelector('odigos-overlay')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>Εισαγωγή στην απάντηση</button>';
    shadow.querySelector('button')!.click();
    expect(sent).toHaveLength(0);
  });

  it('takes the reply, not the subject line the agent last clicked, nor an editor’s hidden source textarea', () => {
    document.body.innerHTML = `<form name="TicketUpdate"><input name="UpdateSubject" value="Order 20417 still not delivered">
      <textarea name="UpdateContent" style="display:none">&lt;p&gt;Hello Daniel&lt;/p&gt;</textarea><textarea name="Other">Hello Daniel, the refund is on its way.</textarea>
      <input type="submit" value="Update Ticket"></form>`;
    const sent: SentText[] = [];
    stop = new AbortController();
    const subject = document.querySelector<HTMLInputElement>('input[name=UpdateSubject]')!;
    watchSends(document, () => subject, (s) => sent.push(s), stop.signal);
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    expect(texts(sent)).toEqual(['Hello Daniel, the refund is on its way.']);
  });

  it('ignores a send button with an empty box, and stops listening when the session ends', () => {
    const { sent, end } = desk('<textarea id="reply"></textarea><button>Send reply</button>');
    document.querySelector('button')!.click();
    expect(sent).toHaveLength(0);
    end.abort();
    document.querySelector<HTMLTextAreaElement>('#reply')!.value = 'Hello';
    document.querySelector('button')!.click();
    expect(sent).toHaveLength(0);
  });

  it('finds the box the agent last typed in when the helpdesk is not known yet', () => {
    document.body.innerHTML = '<div class="composer"><textarea class="box"></textarea><button>Αποστολή</button></div>';
    const sent: SentText[] = [];
    stop = new AbortController();
    watchSends(document, () => undefined, (s) => sent.push(s), stop.signal);
    const box = document.querySelector<HTMLTextAreaElement>('.box')!;
    box.value = 'Σας ευχαριστούμε.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('button')!.click();
    expect(texts(sent)).toEqual(['Σας ευχαριστούμε.']);
  });
});
