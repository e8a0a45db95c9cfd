/**
 * Small read-only DOM helpers shared by the CRM adapters. Nothing here writes to the page.
 *
 * Selectors may cross one boundary per `>>>`: "host >>> inner" looks inside the open shadow root of `host`, or
 * inside the document of a same-origin iframe `host` (CKEditor 4, Froala in frames, Freshdesk micro-frontends).
 */

import { frameDocument } from '../editors/dom';

type Scope = ParentNode;

/** The root a `>>>` step continues in: an open shadow root or a same-origin iframe's document. */
export function innerRoot(el: Element): ParentNode | undefined {
  if (el.shadowRoot) return el.shadowRoot;
  return el.tagName === 'IFRAME' ? (frameDocument(el as HTMLIFrameElement) ?? undefined) : undefined;
}

/** First element matching a selector (with optional `>>>` steps) in scope, or undefined — never throws. */
export function find(scope: Scope | undefined, selector: string): Element | undefined {
  return findAll(scope, selector, true)[0];
}

/** All elements matching a selector (with optional `>>>` steps) in scope, in document order. */
export function findAll(scope: Scope | undefined, selector: string, firstOnly = false): Element[] {
  if (!scope) return [];
  const [head, ...rest] = selector.split('>>>');
  let found: Element[];
  try {
    found = firstOnly && !rest.length ? [scope.querySelector(head)].filter((e) => e !== null) : [...scope.querySelectorAll(head)];
  } catch {
    return []; // a bad selector from a site profile must not break reading
  }
  if (!rest.length) return found;
  const out: Element[] = [];
  for (const host of found) {
    for (const el of findAll(innerRoot(host), rest.join('>>>'), firstOnly)) out.push(el);
    if (firstOnly && out.length) break;
  }
  return out;
}

/** Whitespace-tidy text: spaces collapsed within lines, blank runs collapsed, ends trimmed. */
export function tidy(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[ \t\f\v\u00a0\u200b]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Visible-ish text of an element: innerText keeps paragraph breaks (textContent would glue "a</p><p>b" into
 * "ab"); form fields give their value. Reading only.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return tidy((el as HTMLInputElement).value);
  const inner = (el as HTMLElement).innerText;
  return tidy(typeof inner === 'string' && el.isConnected ? inner : el.textContent);
}

/**
 * A value source from an adapter's data table, tried in order until one gives non-empty text:
 *   "url:<regex>"   group 1 (or the match) of the page URL
 *   "title:<regex>" group 1 of document.title
 *   "<selector>"    text of the first match in scope
 *   "<selector>@attr" an attribute of the first match
 *   "label:<regex>"  the value shown beside a field label matching the regex ("label:^Case Number$")
 */
export function readValue(doc: Document, scope: Scope, sources: readonly string[] | undefined): string | undefined {
  for (const source of sources ?? []) {
    const value = readOne(doc, scope, source);
    if (value) return value;
  }
  return undefined;
}

function readOne(doc: Document, scope: Scope, source: string): string | undefined {
  if (source.startsWith('label:')) return besideLabel(scope, new RegExp(source.slice(6), 'i'));
  const kind = /^(url|title):/.exec(source)?.[1];
  if (kind) {
    const m = new RegExp(source.slice(kind.length + 1)).exec(kind === 'url' ? doc.location?.href ?? '' : doc.title);
    return m ? tidy(m[1] ?? m[0]) : undefined;
  }
  const at = source.lastIndexOf('@');
  const attr = at > 0 && !/[\]"')]/.test(source.slice(at)) ? source.slice(at + 1) : undefined;
  const el = find(scope, attr ? source.slice(0, at) : source);
  return (attr ? tidy(el?.getAttribute(attr)) : textOf(el)) || undefined;
}

/** The text of the element after the first short element whose own text matches `label`. */
function besideLabel(scope: Scope, label: RegExp): string | undefined {
  for (const el of scope.querySelectorAll('dt,th,label,p,span,div')) {
    if (el.childElementCount || !label.test(tidy(el.textContent))) continue;
    const value = tidy((el.nextElementSibling ?? el.parentElement?.nextElementSibling)?.textContent);
    if (value) return value;
  }
  return undefined;
}

const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** Split a display name into first/last; "Last, First" is turned around; e-mail addresses are not names. */
export function splitName(raw: string | undefined): { name?: string; firstName?: string; lastName?: string } {
  const name = tidy(raw).replace(/\s*<[^>]*>$/, '').replace(/^["']|["']$/g, '');
  if (!name || name.includes('@')) return {};
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  const parts = (comma ? `${comma[2]} ${comma[1]}` : name).split(/\s+/);
  return {
    name: comma ? parts.join(' ') : name,
    firstName: parts[0],
    lastName: parts.length > 1 ? parts.slice(1).join(' ') : undefined,
  };
}

/** A login ("agent", "egeorgiou", "m.papadopoulou", an address): no name to sign or greet with. */
export const LOGIN = /^[\p{Ll}\d._@+-]+$/u;

/**
 * A login written beside the real name, as Request Tracker writes its users («jcarter (James Carter)», also
 * "James Carter (jcarter)"): the name and the login apart. Read whole, a reply's author was «jcarter James Carter».
 */
function loginAndName(text: string): { name: string; login: string } | undefined {
  const m = /^(\S+)\s*\(([^()]+)\)$/u.exec(text) ?? /^([^()]+?)\s*\((\S+)\)$/u.exec(text);
  if (!m) return undefined;
  const [login, name] = LOGIN.test(m[1]) ? [m[1], m[2].trim()] : [m[2], m[1].trim()];
  return LOGIN.test(login) && /\p{Lu}/u.test(name) && !LOGIN.test(name) ? { name, login } : undefined;
}

/**
 * A person as a page writes them: "Μαρία Παπαδοπούλου <maria@example.com>", "\"Dana\" <d@x>", "d@x",
 * "jcarter (James Carter)" (the login kept apart from the name).
 */
export function personOf(raw: string | undefined): { name?: string; email?: string; login?: string } {
  if (!raw) return {};
  const email = EMAIL_ADDRESS.exec(raw)?.[0];
  const rest = tidy(raw.replace(/<[^>]*>/g, '').replace(EMAIL_ADDRESS, ''));
  const split = loginAndName(rest);
  const name = splitName(split ? split.name : rest.replace(/[()]/g, '').trim()).name;
  return split ? { name, email, login: split.login } : { name, email };
}

/** Is this element something the agent types into? */
export function isEditable(el: Element | null | undefined): el is HTMLElement {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return /^(text|search|)$/.test((el as HTMLInputElement).type ?? '');
  const ce = el.getAttribute('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only' || (el.getAttribute('role') === 'textbox' && ce !== 'false');
}


/** The editable element an iframe editor types into (its body), or the element itself. */
export function editableIn(el: Element | undefined): HTMLElement | undefined {
  if (!el) return undefined;
  if (el.tagName === 'IFRAME') {
    const inner = innerRoot(el) as Document | undefined;
    return inner?.body ?? undefined;
  }
  return el as HTMLElement;
}

/** Parent across shadow boundaries (a shadow root's host) and out of same-origin frames (the iframe). */
export function composedParent(el: Element): Element | undefined {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  if (root && 'host' in root) return (root as ShadowRoot).host;
  return frameOf(el.ownerDocument);
}

/** The iframe element holding a same-origin document, if any. */
export function frameOf(doc: Document): Element | undefined {
  try {
    const win = doc.defaultView;
    if (win?.frameElement) return win.frameElement;
    // Some DOMs (happy-dom) leave frameElement unset: find the frame from the parent's side.
    const parent = win?.parent;
    if (!parent || parent === win) return undefined;
    return [...parent.document.querySelectorAll('iframe')].find((f) => f.contentDocument === doc);
  } catch {
    return undefined; // cross-origin parent
  }
}

/** Is this element part of Odigos' own UI (the overlay, the picker)? Those are never read or picked. */
export function insideOdigos(el: Element): boolean {
  for (let e: Element | undefined = el; e; e = composedParent(e)) if (e.tagName.startsWith('ODIGOS-')) return true;
  return false;
}
