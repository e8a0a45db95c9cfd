import { frameOf } from './dom';

/**
 * A CSS selector that finds one element again after reloads: stable ids and test attributes first, then
 * readable class names, climbing ancestors until it is unique. Crosses open shadow roots and same-origin
 * iframes with `>>>` (see dom.ts). Generated class names (css-1x2y3z, sc-…, hashes) are left out.
 */

const STABLE_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa', 'name', 'aria-label', 'role'];
const GENERATED = /\d{3,}|^css-|^sc-|-sc-|^_|[a-z][A-Z0-9]{5,}|^(hover|focus|active|selected|is-|has-)/;

const ident = (s: string) => s.replace(/^(\d)/, '\\3$1 ').replace(/[^\w-]/g, (c) => `\\${c}`);
const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

function isUnique(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const all = root.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

function step(el: Element, root: ParentNode): string {
  const tag = el.tagName.toLowerCase();
  if (el.id && !GENERATED.test(el.id) && isUnique(root, `#${ident(el.id)}`, el)) return `#${ident(el.id)}`;
  for (const attr of STABLE_ATTRS) {
    const v = el.getAttribute(attr);
    if (v && v.length < 60 && !/\d{4,}/.test(v)) return `${tag}[${attr}=${quoted(v)}]`;
  }
  const classes = [...el.classList].filter((c) => !GENERATED.test(c)).slice(0, 2);
  let s = tag + classes.map((c) => `.${ident(c)}`).join('');
  const parent = el.parentElement;
  if (parent) {
    const same = [...parent.children].filter((c) => c.tagName === el.tagName);
    if (same.length > 1 && same.filter((c) => c.matches(s)).length > 1) s += `:nth-of-type(${same.indexOf(el) + 1})`;
  }
  return s;
}

function pathIn(el: Element, root: ParentNode): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    parts.unshift(step(e, root));
    const selector = parts.join(' > ');
    if (isUnique(root, selector, el) || parts[0].startsWith('#')) return selector;
  }
  return parts.join(' > ');
}

export function selectorFor(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const local = pathIn(el, root);
  if ('host' in root) return `${selectorFor(root.host)} >>> ${local}`;
  const frame = frameOf(el.ownerDocument);
  return frame ? `${selectorFor(frame)} >>> ${local}` : local;
}
