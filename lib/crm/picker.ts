/**
 * The element picker: the agent points at the message area and then the reply box of a helpdesk Odigos does not
 * know. The highlight is drawn in Odigos' own shadow-root overlay (the page's elements are never styled), page
 * clicks are held back while picking, Esc cancels, ↑/↓ widen or narrow the choice, Enter or a click chooses.
 */
import { composedParent, frameOf, innerRoot, insideOdigos, isEditable } from './dom';
import { messageItems } from './heuristics';
import { selectorFor } from './selector-for';
import { addShadowStyles } from '../shadow-styles';
import type { SiteProfile } from '../../knowledge/site-profile';

export const PICKER_TAG = 'odigos-picker';

export interface Picked {
  element: Element;
  selector: string;
}

const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; }
.box { position: fixed; box-sizing: border-box; border: 2px solid #1a73e8; background: rgb(26 115 232 / 0.12);
  border-radius: 3px; transition: all 60ms linear; display: none; }
.tip { position: fixed; left: 50%; top: 12px; transform: translateX(-50%); max-width: 80vw;
  font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #202124; padding: 8px 12px; border-radius: 6px;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
.tip kbd { font: inherit; border: 1px solid #888; border-radius: 3px; padding: 0 4px; }
`;

function mountOverlay(doc: Document, label: string) {
  const host = doc.createElement(PICKER_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  addShadowStyles(shadow, CSS);
  const box = doc.createElement('div');
  box.className = 'box';
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'status');
  tip.textContent = label;
  shadow.append(box, tip);
  (doc.body ?? doc.documentElement).append(host);
  return { host, box };
}

/** Where an element is on the top page (adding the offsets of the same-origin frames it sits in). */
function rectOnTop(el: Element, top: Document): DOMRect {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  for (let frame = frameOf(el.ownerDocument); frame && el.ownerDocument !== top; frame = frameOf(frame.ownerDocument)) {
    const f = frame.getBoundingClientRect();
    x += f.left;
    y += f.top;
    if (frame.ownerDocument === top) break;
  }
  return new DOMRect(x, y, r.width, r.height);
}

/** Let the agent choose one element of the page (or of its same-origin frames and open shadow roots). */
export function pickElement(doc: Document, label: string, signal?: AbortSignal): Promise<Picked | undefined> {
  return new Promise((resolve) => {
    const { host, box } = mountOverlay(doc, label);
    const stop = new AbortController();
    let current: Element | undefined;
    const narrower: Element[] = [];

    const show = (el: Element | undefined) => {
      current = el;
      if (!el) return void (box.style.display = 'none');
      const r = rectOnTop(el, doc);
      Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    const finish = (el: Element | undefined) => {
      stop.abort();
      host.remove();
      resolve(el ? { element: el, selector: selectorFor(el) } : undefined);
    };
    // Odigos' own panel stays usable (and unpickable) while picking.
    const targetOf = (e: Event) => {
      const t = e.composedPath()[0] as Element | undefined;
      return t?.nodeType === 1 && !insideOdigos(t) ? t : undefined;
    };
    const hold = (e: Event) => {
      if (!targetOf(e) && e.type !== 'keydown') return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };

    const listen = (d: Document) => {
      const opts = { capture: true, signal: stop.signal };
      d.addEventListener('mouseover', (e) => {
        narrower.length = 0;
        show(targetOf(e));
      }, opts);
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick']) d.addEventListener(type, hold, opts);
      d.addEventListener('click', (e) => {
        const target = targetOf(e);
        if (!target) return;
        hold(e);
        finish(current ?? target);
      }, opts);
      d.addEventListener('keydown', (e) => {
        if (!['Escape', 'Enter', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
        hold(e);
        if (e.key === 'Escape') finish(undefined);
        else if (e.key === 'Enter') finish(current);
        else if (e.key === 'ArrowUp' && current) {
          const up = composedParent(current);
          if (up && up !== d.body && up !== d.documentElement) {
            narrower.push(current);
            show(up);
          }
        } else if (e.key === 'ArrowDown' && narrower.length) show(narrower.pop());
      }, opts);
    };
    listen(doc);
    for (const frame of doc.querySelectorAll('iframe')) {
      const inner = innerRoot(frame);
      if (inner && 'defaultView' in inner) listen(inner as Document);
    }
    signal?.addEventListener('abort', () => finish(undefined), { signal: stop.signal });
  });
}

/** A message picked by mistake instead of the list holding it: widen to the list. */
function messageArea(el: Element): Element {
  if (messageItems(el).length >= 2) return el;
  const parent = el.parentElement;
  return parent && messageItems(parent).includes(el) ? parent : el;
}

const EDITOR = 'textarea,input,[contenteditable]:not([contenteditable="false"]),[role=textbox]';

/**
 * A click on a paragraph inside a rich editor means the editor; a click on the frame around a single editor
 * (toolbar, border) means the editor inside it.
 */
function replyBox(el: Element): Element {
  const around = el.closest(EDITOR);
  if (around && isEditable(around)) return around;
  if (el.tagName === 'IFRAME') return el;
  const inside = [...el.querySelectorAll(`${EDITOR},iframe`)].filter((e) => e.tagName === 'IFRAME' || isEditable(e));
  return inside.length === 1 ? inside[0] : el;
}

export interface ProfileLabels {
  message: string;
  reply: string;
}

/**
 * Two picks (message area, then reply box) make a site profile for this origin; undefined if cancelled.
 * `onStep` hears which pick is under way, for UI beside the picker's own tip.
 */
export async function pickSiteProfile(
  doc: Document,
  labels: ProfileLabels,
  signal?: AbortSignal,
  onStep?: (step: keyof ProfileLabels) => void,
): Promise<SiteProfile | undefined> {
  onStep?.('message');
  const message = await pickElement(doc, labels.message, signal);
  if (!message) return undefined;
  onStep?.('reply');
  const reply = await pickElement(doc, labels.reply, signal);
  if (!reply) return undefined;
  return { match: doc.location.origin, message: selectorFor(messageArea(message.element)), reply: selectorFor(replyBox(reply.element)) };
}
