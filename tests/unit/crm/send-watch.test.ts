import { afterEach, describe, expect, it, vi } from 'vitest';
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
afterEach(() => {
  stop?.abort();
  vi.useRealTimers();
});

/** A send heard by its words waits for the helpdesk to show it: Odigos looks again a moment later. */
const looked = () => new Promise((ok) => setTimeout(ok, 600));
/** The agent's words typed in a box (its own text, a signature, is no reply). */
const typed = (box: Element) => box.dispatchEvent(new Event('input', { bubbles: true }));
/** The page is left (a form's post, a link): what was held is sent. */
const leave = () => window.dispatchEvent(new Event('pagehide'));
/** Ctrl+Enter in a box. */
const ctrlEnter = (box: Element, view: typeof globalThis = globalThis) => box.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));

describe('watchSends: the reply taken at the moment the agent sends it', () => {
  it('takes the box’s words before the helpdesk’s own click handler clears it (a single-page desk)', async () => {
    const { sent, end } = desk('<textarea id="reply"></textarea><button class="btn-send" type="button">Αποστολή</button><button>Κλείσιμο</button>');
    stop = end;
    const box = document.querySelector<HTMLTextAreaElement>('#reply')!;
    document.querySelector('.btn-send')!.addEventListener('click', () => (box.value = ''));
    box.value = 'Καλησπέρα σας, η επιστροφή έγινε.';
    document.querySelector<HTMLButtonElement>('.btn-send')!.click();
    document.querySelectorAll('button')[1].click(); // another button: no send
    await looked();
    expect(texts(sent)).toEqual(['Καλησπέρα σας, η επιστροφή έγινε.']);
    expect(box.value).toBe('');
    expect(sent[0].url).toBe(location.href);
  });

  it('takes the form’s box on submit, once for the button’s click and the submit it causes, once the page is left', () => {
    const { sent, end } = desk(`<form name="TicketUpdate" action="/update" method="post"><textarea name="UpdateContent"> Ευχαριστούμε. </textarea>
      <input type="submit" name="SubmitTicket" value="Ενημέρωση αιτήματος"></form>`);
    stop = end;
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    const box = document.querySelector('textarea')!;
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    leave();
    expect(sent).toHaveLength(0); // the box's own words: the agent wrote nothing
    typed(box);
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(sent).toHaveLength(0);
    leave(); // the post's answer replaces the page
    expect(texts(sent)).toEqual(['Ευχαριστούμε.']);
  });

  it('takes a rich editor’s text on Ctrl+Enter or Cmd+Enter, not on Enter alone, once the words leave the box', async () => {
    const { sent, end } = desk('<div id="reply" contenteditable="true">Καλημέρα, το δέμα έφυγε.</div>');
    stop = end;
    const box = document.querySelector<HTMLElement>('#reply')!;
    typed(box);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    expect(sent).toHaveLength(0);
    box.replaceChildren(); // the helpdesk sent it
    await looked();
    expect(texts(sent)).toEqual(['Καλημέρα, το δέμα έφυγε.']);
  });

  it('takes Ctrl+Enter at once where the helpdesk declares its send control (its key sends)', () => {
    document.body.innerHTML = '<div id="reply" contenteditable="true">Καλημέρα, το δέμα έφυγε.</div><button data-test-id="submit">Send</button>';
    const sent: SentText[] = [];
    stop = new AbortController();
    watchSends(document, () => document.querySelector<HTMLElement>('#reply')!, (s) => sent.push(s), stop.signal, () => ({ send: '[data-test-id=submit]' }));
    ctrlEnter(document.querySelector('#reply')!);
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
    const view = frame.contentWindow as unknown as typeof globalThis;
    inner.body.dispatchEvent(new view.Event('input', { bubbles: true }));
    ctrlEnter(inner.body, view);
    top.defaultView!.dispatchEvent(new Event('pagehide')); // the helpdesk posts the form
    expect(texts(sent)).toEqual(['Καλημέρα, το δέμα έφυγε σήμερα.']);
    // With the session ended, the frame's keys are not heard.
    end.abort();
    inner.body.textContent = 'Δεύτερη απάντηση.';
    ctrlEnter(inner.body, view);
    top.defaultView!.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(1);
    await win.happyDOM.close();
  });

  it('takes no internal note for a reply: Request Tracker’s comment form, an "Internal note" box', () => {
    const { sent, end } = desk(`<form><select name="UpdateType"><option value="private" selected>Comments (Not sent to requestors)</option>
      <option value="response">Reply to requestors</option></select><textarea id="reply">Ο πελάτης είναι εκνευρισμένος.</textarea>
      <input type="submit" value="Update Ticket"></form><div id="note" contenteditable="true" aria-label="Internal note">Σημείωση</div>`);
    stop = end;
    typed(document.querySelector('#reply')!);
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    document.querySelector('#note')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(sent).toHaveLength(0);
    // The same form set to reply to the customer sends a reply.
    document.querySelector('select')!.value = 'response';
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    leave();
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
    document.querySelector<HTMLTextAreaElement>('textarea[name=Other]')!.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    leave();
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

  it('finds the box the agent last typed in when the helpdesk is not known yet', async () => {
    document.body.innerHTML = '<div class="composer"><div class="box" contenteditable="true"></div><button>Αποστολή</button></div>';
    const sent: SentText[] = [];
    stop = new AbortController();
    watchSends(document, () => undefined, (s) => sent.push(s), stop.signal);
    const box = document.querySelector<HTMLElement>('.box')!;
    box.textContent = 'Σας ευχαριστούμε.';
    typed(box);
    document.querySelector('button')!.addEventListener('click', () => box.replaceChildren());
    document.querySelector('button')!.click();
    await looked();
    expect(texts(sent)).toEqual(['Σας ευχαριστούμε.']);
  });
});

/**
 * An unknown helpdesk (no declared send control): a "Reply" or "Update" beside the box says send by its words,
 * and may only open the box or save the ticket's status. A send is the agent's words leaving the box (the helpdesk
 * cleared it, or drew the composer anew) or the page being left, after a click by the box's form or region.
 */
describe('watchSends without a declaration: only a real send is one', () => {
  /** A ticket's toolbar by the reply box: Reply (opens the box), Update (saves the status), the box, its Send. */
  function toolbarDesk(box = '<textarea id="reply"></textarea>') {
    document.body.innerHTML = `<main><form class="ticket"><div class="toolbar"><button type="button" class="open">Reply</button>
      <select name="status"><option>Open</option><option>Solved</option></select><button type="submit" class="update">Update</button></div>
      <div class="composer" hidden>${box}<button type="button" class="send">Send</button></div></form></main>`;
    const sent: SentText[] = [];
    const heard: SentText[] = [];
    stop = new AbortController();
    watchSends(document, () => document.querySelector<HTMLElement>('#reply') ?? undefined, (s) => sent.push(s), stop.signal, undefined, (s) => heard.push(s));
    const form = document.querySelector('form')!;
    const click = (c: string) => document.querySelector<HTMLElement>(`.${c}`)!.click();
    // The helpdesk: Reply shows the composer; Update saves the status by script (the box untouched); Send posts
    // the reply by script and empties the box.
    document.querySelector('.open')!.addEventListener('click', () => (document.querySelector<HTMLElement>('.composer')!.hidden = false));
    form.addEventListener('submit', (e) => e.preventDefault());
    document.querySelector('.send')!.addEventListener('click', () => {
      const b = document.querySelector<HTMLElement>('#reply')!;
      if (b instanceof HTMLTextAreaElement) b.value = '';
      else b.replaceChildren();
    });
    return { sent, heard, click, box: () => document.querySelector<HTMLTextAreaElement>('#reply')! };
  }

  it('is no send: Reply opening the box (at #reply), Update saving the status, with the agent’s words kept in the box', async () => {
    vi.useFakeTimers();
    const { sent, click, box } = toolbarDesk();
    click('open');
    box().value = 'Καλησπέρα σας, η επιστροφή των 45,90€ έγινε σήμερα.';
    typed(box());
    document.querySelector('.open')!.addEventListener('click', () => (location.hash = 'reply'));
    click('open');
    document.querySelector('select')!.value = 'Solved';
    click('update');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(0);
    // Then the agent sends: the box empties.
    click('send');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(texts(sent)).toEqual(['Καλησπέρα σας, η επιστροφή των 45,90€ έγινε σήμερα.']);
    // Update with the box empty: nothing.
    click('update');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
  });

  it('is no send: Update with the box’s own words (a signature) the agent did not touch, though the page is left after', () => {
    const { sent, click } = toolbarDesk('<textarea id="reply">-- \nΜε εκτίμηση, η ομάδα εξυπηρέτησης</textarea>');
    click('open');
    click('update');
    expect(sent).toHaveLength(0);
  });

  it('is no send: a «Απάντηση» link to the reply page, though the box keeps words and the page is left', () => {
    document.body.innerHTML = `<div class="composer"><div class="bar"><a href="/ticket/7/reply">Απάντηση</a></div>
      <div id="reply" contenteditable="true">Πρόχειρο της απάντησης</div></div>`;
    const sent: SentText[] = [];
    stop = new AbortController();
    watchSends(document, () => document.querySelector<HTMLElement>('#reply')!, (s) => sent.push(s), stop.signal);
    typed(document.querySelector('#reply')!);
    document.querySelector('a')!.addEventListener('click', (e) => e.preventDefault());
    document.querySelector('a')!.click();
    leave();
    expect(sent).toHaveLength(0);
  });

  it('is a send: the composer drawn anew without the words (a single-page desk), told as heard with the moment of the click', async () => {
    const { sent, heard, click } = toolbarDesk('<div id="reply" contenteditable="true"></div>');
    click('open');
    const box = document.querySelector<HTMLElement>('#reply')!;
    box.textContent = 'Καλημέρα, το δέμα έφυγε σήμερα.';
    typed(box);
    document.querySelector('.send')!.addEventListener('click', () => document.querySelector('.composer')!.replaceChildren(Object.assign(document.createElement('div'), { id: 'reply', contentEditable: 'true' })));
    click('send');
    expect(texts(heard)).toEqual(['Καλημέρα, το δέμα έφυγε σήμερα.']);
    expect(sent).toHaveLength(0);
    await looked();
    // The same object: the one heard at the click is the one sent.
    expect(sent).toEqual(heard);
  });

  it('is a send: the page left after the click with the words still in the box (the helpdesk posts and navigates)', () => {
    const { sent, click, box } = toolbarDesk();
    click('open');
    box().value = 'Σας ευχαριστούμε για την υπομονή σας.';
    typed(box());
    document.querySelector('.send')!.replaceWith(Object.assign(document.createElement('button'), { type: 'button', className: 'send', textContent: 'Send' }));
    click('send');
    expect(sent).toHaveLength(0);
    leave();
    leave();
    expect(texts(sent)).toEqual(['Σας ευχαριστούμε για την υπομονή σας.']);
  });

  it('sends nothing held once the session ends', async () => {
    const { sent, click, box } = toolbarDesk();
    click('open');
    box().value = 'Σας ευχαριστούμε.';
    typed(box());
    document.querySelector('.send')!.replaceWith(Object.assign(document.createElement('button'), { type: 'button', className: 'send', textContent: 'Send' }));
    click('send');
    stop!.abort();
    box().value = '';
    await looked();
    leave();
    expect(sent).toHaveLength(0);
  });

  it('is no send: Ctrl+Enter that only breaks a line, the words kept in the box (no declared send control)', async () => {
    vi.useFakeTimers();
    const { sent, click, box } = toolbarDesk();
    click('open');
    box().value = 'Καλησπέρα σας, η επιστροφή έγινε σήμερα.';
    typed(box());
    ctrlEnter(box());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(0);
  });

  it('is no send: Ctrl+Enter, then the agent writes on in the middle of her words (they change, they do not leave)', async () => {
    vi.useFakeTimers();
    const { sent, click } = toolbarDesk('<div id="reply" contenteditable="true"></div>');
    click('open');
    const box = document.querySelector<HTMLElement>('#reply')!;
    box.textContent = 'Καλημέρα σας κυρία Κωνσταντίνου, -- Η ομάδα εξυπηρέτησης';
    typed(box);
    ctrlEnter(box);
    box.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText' }));
    box.textContent = 'Καλημέρα σας κυρία Κωνσταντίνου, η επιστροφή έγινε. -- Η ομάδα εξυπηρέτησης';
    typed(box);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(0);
  });

  it('is a send: a rich box the helpdesk’s macro filled (the agent typed nothing), sent; its signature alone is none', async () => {
    const { sent, click } = toolbarDesk('<div id="reply" contenteditable="true">-- Η ομάδα εξυπηρέτησης</div>');
    const reply = () => document.querySelector<HTMLElement>('#reply')!;
    click('open');
    click('update');
    leave();
    expect(sent).toHaveLength(0); // the box's own signature
    document.querySelector('.toolbar')!.insertAdjacentHTML('beforeend', '<button type="button" class="macro">Μακροεντολή: Επιστροφή</button>');
    document.querySelector('.macro')!.addEventListener('click', () => reply().prepend('Η επιστροφή των 45,90€ έγινε σήμερα. '));
    click('macro');
    click('send');
    await looked();
    expect(texts(sent)).toEqual(['Η επιστροφή των 45,90€ έγινε σήμερα. -- Η ομάδα εξυπηρέτησης']);
  });

  it('is a send: a form the browser posts (its submit not cancelled) into a new tab, the box left as it was', async () => {
    document.body.innerHTML = `<form action="/reply" method="post" target="_blank"><textarea id="reply"></textarea>
      <button type="submit">Αποστολή</button></form><form class="kept" action="/status"><textarea id="other"></textarea></form>`;
    const sent: SentText[] = [];
    stop = new AbortController();
    watchSends(document, () => document.querySelector<HTMLElement>('#reply')!, (s) => sent.push(s), stop.signal);
    const submit = (form: Element) => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    document.querySelector('.kept')!.addEventListener('submit', (e) => e.preventDefault());
    Object.assign(document.querySelector<HTMLTextAreaElement>('#other')!, { value: 'Πρόχειρο.' });
    typed(document.querySelector('#other')!);
    submit(document.querySelector('.kept')!); // cancelled: the helpdesk's script decides
    await new Promise((ok) => setTimeout(ok, 20));
    expect(sent).toHaveLength(0);
    Object.assign(document.querySelector<HTMLTextAreaElement>('#reply')!, { value: 'Σας ευχαριστούμε για την υπομονή σας.' });
    typed(document.querySelector('#reply')!);
    submit(document.querySelector('form')!);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(texts(sent)).toEqual(['Σας ευχαριστούμε για την υπομονή σας.']);
  });

  it('is no send: «Leave site?» cancelled (beforeunload, then the page stays) with the words in the box', async () => {
    vi.useFakeTimers();
    const { sent, click, box } = toolbarDesk();
    click('open');
    box().value = 'Καλησπέρα σας, η επιστροφή έγινε σήμερα.';
    typed(box());
    click('update');
    window.dispatchEvent(new Event('beforeunload'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(0);
  });
});
