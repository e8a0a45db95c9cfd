/**
 * The agent sends a reply: the reply form's submit, a click on the helpdesk's send button, Ctrl/Cmd+Enter in the
 * reply box (in the page, or in a same-origin frame's editor). Heard in the capture phase, before the helpdesk's
 * own handler clears the box or the page navigates, and the box's words are taken at once (synchronously): a
 * reading of the thread afterwards may never come (the agent goes on to the next ticket within its pause, or sent
 * before Odigos had read the page at all). Where only words tell a send (an unknown helpdesk's "Reply" or "Update"
 * beside the box, which may as well open the box or save the ticket's status), for Ctrl/Cmd+Enter where no send
 * control is declared (it may only break a line) and for a form's submit, the send is held until the helpdesk shows
 * it: the words leave the box, the page is left, or the browser posts the form (no handler cancelled its submit).
 * Not heard: a helpdesk that empties the box only after HOLD_MS, or a rich box whose signature the helpdesk writes
 * by script after the agent's first click (taken for the agent's words, as a textarea changed from its default is).
 *
 * Installed as the content script starts, before anything is asked of the background: it needs nothing but the
 * page. Where the reply box is comes from the helpdesk's reading once there is one (`replyBox`), else from what
 * the agent last typed in.
 */
import { editableRoot, inFramesOf, isTextField } from '../editors/dom';
import { NOTE_WORDS } from './generic';
import type { SendControls } from './adapter-specs';

export interface SentText {
  text: string;
  at: number;
  /** The page's address when the agent sent (a single-page helpdesk may show another ticket a moment later). */
  url: string;
}

/** Words on a button or link that send a reply (helpdesks in Greek and English). */
const SEND_WORDS = /\b(send|submit|reply|respond|update)\b|αποστολ|αποστείλ|στείλ|απάντησ|υποβολ|ενημέρωσ/iu;
/** Two signs of one send (the button's click, then the form's submit) are one capture. */
const SAME_SEND_MS = 1_500;

const textOf = (box: HTMLElement) => (isTextField(box) ? box.value : box.innerText).trim();

const CONTROL = 'button,input[type=submit],input[type=button],[role=button],[role=tab],[role=menuitem],a';
/**
 * Controls that open something rather than send: a "Reply" tab that opens the composer, a "Send to…" in a macro
 * menu, a split button's arrow, a "Reply" link to the reply page. Their words say send; what they do is show more.
 */
const OPENS =
  '[role=tab],[role=menuitem],[role=menuitemradio],[role=option],[aria-haspopup]:not([aria-haspopup=false]),[aria-expanded],[role=menu] *,[role=tablist] *,a[href]:not([href^="#"],[href^="javascript:"])';

/**
 * A control that sends. On a helpdesk that declares its send control (lib/crm/adapters/), only that one; else a
 * form's submit button, or one whose words say send / reply / update and that opens nothing.
 */
function sendControl(target: EventTarget | null, declared: SendControls | undefined): HTMLElement | undefined {
  const el = target instanceof Element ? target.closest<HTMLElement>(CONTROL) : null;
  if (!el || (declared?.notSend && el.matches(declared.notSend))) return undefined;
  if (declared?.send) return el.closest<HTMLElement>(declared.send) ?? undefined;
  if (el.matches(OPENS)) return undefined;
  const words = [el.textContent, el.getAttribute('value'), el.getAttribute('aria-label'), el.getAttribute('title'), el.className].join(' ');
  if (SEND_WORDS.test(words)) return el;
  return (el as HTMLButtonElement).type === 'submit' && (el as HTMLButtonElement).form ? el : undefined;
}

/**
 * The agent writes an internal note, not a reply to the customer: the form's type control says so (Request
 * Tracker's «Comments (Not sent to requestors)», value "private"), or the box does (an "Internal note" box).
 */
function internalNote(box: HTMLElement): boolean {
  const said = [box.getAttribute('aria-label'), box.getAttribute('placeholder'), box.getAttribute('name')].join(' ');
  const form = (box.ownerDocument.defaultView?.frameElement ?? box).closest('form');
  const chosen = [...(form?.elements ?? [])].flatMap((el) => {
    if (!/type|visib|mode/i.test((el as HTMLInputElement).name ?? '')) return [];
    if (el instanceof HTMLSelectElement) return [`${el.value} ${[...el.options].find((o) => o.value === el.value)?.text ?? ''}`];
    return el instanceof HTMLInputElement && el.checked ? [el.value] : [];
  });
  return NOTE_WORDS.test(said) || chosen.some((c) => NOTE_WORDS.test(c));
}

/** How many levels above the reply box a send button may sit (the composer's toolbar, not the page's). */
const COMPOSER_DEPTH = 4;

/** The button sits in the reply box's composer: their common ancestor is a few levels above the box. */
function besideBox(control: Element, box: HTMLElement): boolean {
  let up: Element | null = box.ownerDocument.defaultView?.frameElement ?? box;
  for (let n = 0; up && n <= COMPOSER_DEPTH; n++, up = up.parentElement) if (up.contains(control)) return true;
  return false;
}

/** Clicks and keys in Odigos' own panel (shadow hosts named odigos-*) are never the agent sending. */
const fromOdigos = (e: Event) =>
  e.composedPath().some((n) => typeof (n as Element).localName === 'string' && (n as Element).localName.startsWith('odigos-'));

/** A reply is written in a box of lines (a textarea, a rich editor), never in a one-line field (the subject). */
const replyLike = (box: HTMLElement | undefined): box is HTMLElement => !!box && box.localName !== 'input';
const shown = (el: HTMLElement) => el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'none';

/**
 * The box in `form` with the agent's words: the reply box when it is in the form, else a rich editor's frame in it
 * (CKEditor 4 in Request Tracker), else a box shown in it (the editor's hidden source textarea holds markup).
 */
function boxInForm(form: HTMLFormElement, reply: HTMLElement | undefined): HTMLElement | undefined {
  if (replyLike(reply) && (form.contains(reply) || form.contains(reply.ownerDocument.defaultView?.frameElement ?? null))) return reply;
  const framed = [...form.querySelectorAll('iframe')].flatMap((f) => {
    const body = (() => {
      try {
        return f.contentDocument?.body; // a cross-origin frame throws
      } catch {
        return undefined;
      }
    })();
    return body?.isContentEditable && textOf(body) ? [body] : [];
  });
  return framed[0] ?? [...form.querySelectorAll<HTMLElement>('textarea,[contenteditable=true],[contenteditable=""]')].find((b) => shown(b) && textOf(b));
}

/** A send that only words tell (no declared control, a form that may post by script) waits for the helpdesk to show it. */
const HOLD_MS = 12_000;
const LOOK_MS = 250;

/**
 * `controls` are the send controls the known helpdesk of the page declares (asked at each click: a single-page
 * desk's markup comes after the script); none on an unknown site, where the words decide. `heard` is told of a send
 * the moment it is heard (the page still shows its ticket), `onSend` once it is known sent (the same object).
 */
export function watchSends(
  doc: Document,
  replyBox: () => HTMLElement | undefined,
  onSend: (sent: SentText) => void,
  signal: AbortSignal,
  controls: () => SendControls | undefined = () => undefined,
  heard: (sent: SentText) => void = () => undefined,
): void {
  const win = doc.defaultView;
  if (!win) return;
  /** The editable the agent last typed in: the reply box before the helpdesk is known. */
  let typedIn: HTMLElement | null = null;
  /** Boxes the agent put words in (typed, pasted, a template): a box's own text (a signature) is no reply. */
  const typed = new WeakSet<Element>();
  /** A rich box's own text, as at the agent's first click or focus: words that differ at the send (a macro's too) are a reply. */
  const own = new WeakMap<Element, string>();
  const see = (b = box()) => b && !own.has(b) && own.set(b, textOf(b));
  let last: SentText | undefined;
  let held: { sent: SentText; from: HTMLElement } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const box = () => [replyBox(), typedIn?.isConnected ? typedIn : undefined].find(replyLike);

  const deliver = (sent: SentText) => {
    if (!(last && last.text === sent.text && sent.at - last.at < SAME_SEND_MS) && !signal.aborted) onSend((last = sent));
  };
  /**
   * A held send is one once its words leave the reply box (the helpdesk cleared it, or drew it anew empty) or the
   * page is left (a single-page desk's too: its address changed); still there after HOLD_MS, or when the agent
   * writes on in the box (`end`: the words she changes were not sent), the control only opened the box or saved the
   * ticket's status.
   */
  const look = (left = false, end = false) => {
    const h = held;
    clearTimeout(timer);
    if (!h) return;
    const b = h.from.isConnected && h.from.ownerDocument.defaultView ? h.from : box();
    // The address without its fragment: a "Reply" that opens the box may set #reply.
    const moved = doc.location.href.split('#')[0] !== h.sent.url.split('#')[0];
    const gone = left || moved || !b || !textOf(b).includes(h.sent.text.slice(0, 40));
    if (gone || end || Date.now() - h.sent.at > HOLD_MS) held = undefined;
    if (gone) deliver(h.sent);
    else if (held) timer = setTimeout(look, LOOK_MS);
  };
  const untouched = (b: HTMLElement) => !typed.has(b) && (isTextField(b) ? b.value === b.defaultValue : (own.get(b) ?? textOf(b)) === textOf(b));
  const capture = (from: HTMLElement | undefined, firm: boolean) => {
    const text = from ? textOf(from) : '';
    if (!text || internalNote(from!) || (!firm && untouched(from!))) return;
    const sent = { text, at: Date.now(), url: doc.location.href };
    heard(sent);
    if (firm) return deliver(sent);
    look(); // an earlier held send: its words gone is a send, else this one takes its place
    clearTimeout(timer);
    held = { sent, from: from! };
    timer = setTimeout(look, LOOK_MS);
    return held;
  };
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) => win.addEventListener(type, fn, { capture: true, signal });

  // A form that posts leaves the page (its words sent); one the helpdesk's script handles clears the box if it sent.
  // The browser posts a form no handler cancels, into this page, a new tab or a frame: its words are sent then.
  on('submit', (e) => {
    const form = e.target;
    const h = form instanceof HTMLFormElement && form.method !== 'dialog' && capture(boxInForm(form, box()), false);
    if (h) setTimeout(() => !e.defaultPrevented && held === h && look(true));
  });
  // Left, not about to be: a «Leave site?» the agent cancels (beforeunload) keeps the page and its draft.
  on('pagehide', () => look(true));
  on('focusin', () => see());
  on('click', (e) => {
    see();
    // The helpdesk's own key handler may click its send button for the agent: that is a send too (trusted or not).
    if (e.button !== 0 || fromOdigos(e)) return;
    const declared = controls();
    const control = sendControl(e.composedPath()[0] as EventTarget, declared);
    if (!control) return;
    const form = control.closest('form');
    // A button that says "reply" elsewhere on the page (one that opens a reply box) sends nothing: only the
    // composer's own buttons do, beside a box with words in it; without a declaration, words the agent put there.
    const from = form ? boxInForm(form, box()) : box();
    if (from && (form || besideBox(control, from))) capture(from, !!declared?.send);
  });
  const onInput = (e: Event) => {
    const root = editableRoot(e.composedPath()[0] as Element);
    if (!root || !replyLike(root)) return;
    // The agent writes on in a held send's box (before the words change): it was a send only if they had left.
    if (e.type === 'beforeinput' && held?.from === root) look(false, true);
    typedIn = root;
    typed.add(root);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.isComposing || fromOdigos(e)) return;
    const root = editableRoot(e.composedPath()[0] as Element) ?? undefined;
    // The helpdesk's declared send control vouches for its key; elsewhere Ctrl+Enter may only break a line.
    if (replyLike(root)) capture(root, !!controls()?.send);
  };
  // Typing and Ctrl/Cmd+Enter in an iframe editor (TinyMCE, CKEditor 4 classic) happen in the frame's own window:
  // heard there too, in every same-origin frame the agent goes into.
  inFramesOf(win, signal, (w) => {
    // A paste too: Odigos' own insertion into a rich editor is one, and fires no input event of the page.
    for (const type of ['input', 'paste', 'beforeinput']) w.addEventListener(type, onInput, { capture: true, signal });
    w.addEventListener('keydown', onKey, { capture: true, signal });
  });
}
