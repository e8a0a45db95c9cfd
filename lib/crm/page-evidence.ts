/**
 * What a page's elements say about themselves, measured once per reading in one walk of the DOM (open shadow
 * roots and same-origin frames included): the prose each holds (evidence.ts), how much of it is link text, and
 * how many author and time markers sit inside. Chrome is left out of the walk entirely. The generic reader's
 * (generic-reader.ts) first step; reading only.
 */
import { innerRoot } from './dom';
import {
  add, asValue, classWords, fieldValue, CONTROL_TAGS, flush, isChrome, isEditableBox, isInline, newRun, textInto, ZERO, type Run, type Stats,
} from './evidence';

const TIME_TEXT = new RegExp(
  [
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}',
    '\\b(ago|yesterday|today|just now)\\b',
    '(^|\\s)(πριν|χθες|σήμερα|προχθές|μόλις)(\\s|$)',
    '\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b',
    '\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    '\\d{1,2}\\s+(ιαν|φεβ|μαρ|απρ|μα[ΐι]|ιουν|ιουλ|αυγ|σεπ|οκτ|νο[εέ]|δεκ)',
  ].join('|'),
  'iu',
);
const AUTHOR_CLASS = /(author|sender|from|byline|creator|username|fullname|displayname|avatar|requester|poster|commenter|submitter|originator|persona|^user$|^who$)/;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

function ownShortText(el: Element): string {
  const t = el.textContent ?? '';
  return t.length <= 120 ? t.replace(/\s+/g, ' ').trim() : '';
}

function looksLikeTime(el: Element, inner: Stats): boolean {
  if (inner.times) return false;
  if (el.tagName === 'TIME' || el.hasAttribute('datetime')) return true;
  const text = ownShortText(el);
  if (!text || text.length > 60) return false;
  return TIME_TEXT.test(text) || (classWords(el).some((w) => /^(date|time|timestamp|ago|when)$/.test(w)) && /\d/.test(text));
}

function looksLikeAuthor(el: Element, inner: Stats): boolean {
  if (inner.authors) return false;
  if (el.getAttribute('itemprop') === 'author' || el.hasAttribute('data-author-name')) return true;
  const text = ownShortText(el);
  if (el.tagName === 'IMG') return classWords(el).some((w) => /avatar|photo|gravatar/.test(w));
  if (!text || text.length > 80) return false;
  if (classWords(el).some((w) => AUTHOR_CLASS.test(w))) return true;
  if (el.tagName === 'A' && /user|contact|people|person|customer|profile|mailto:/i.test(el.getAttribute('href') ?? '')) return true;
  return EMAIL.test(text) && text.length < 80 && !el.querySelector('*');
}

/** The measurements of every element walked, and the order they came in (document order). */
export interface PageEvidence {
  stats: Map<Element, Stats>;
  /** Elements in document order, shadow and frame contents in place. */
  order: Element[];
  get(el: Element): Stats;
}

const MAX_ELEMENTS = 40_000;


/** Walk the page once, bottom-up sums for every element outside chrome. Bounded for huge pages. */
export function measurePage(doc: Document): PageEvidence {
  const stats = new Map<Element, Stats>();
  const order: Element[] = [];
  const visible = (el: Element) => (el as Element & { checkVisibility?(): boolean }).checkVisibility?.() ?? true;
  /** `run` is the sentence under way in the block `el` sits in; a block starts its own and ends it. */
  const walk = (el: Element, inLink: boolean, outer: Run): Stats => {
    const s: Stats = { ...ZERO };
    if (CONTROL_TAGS.has(el.tagName)) s.controls = 1;
    if (order.length >= MAX_ELEMENTS || isChrome(el) || !visible(el)) return s;
    order.push(el);
    const link = inLink || el.tagName === 'A';
    const inline = isInline(el);
    const run = inline ? outer : newRun();
    const child = (c: Element) => {
      const cs = walk(c, link, run);
      if (!isInline(c)) flush(run, s); // a block child ends the sentence before it
      add(s, cs);
    };
    // A same-origin frame's document counts where the frame is, unless it is an editor (the agent's draft).
    const body = el.tagName === 'IFRAME' ? (innerRoot(el) as Document | undefined)?.body : undefined;
    if (body && !isEditableBox(body) && body.ownerDocument.designMode !== 'on') child(body);
    if (el.shadowRoot) for (const c of el.shadowRoot.children) child(c);
    for (const node of el.childNodes) {
      if (node.nodeType === 3) textInto(node.nodeValue ?? '', link, run);
      else if (node.nodeType === 1) child(node as Element);
    }
    if (!inline) flush(run, s);
    if (fieldValue(el, s)) asValue(s);
    if (looksLikeTime(el, s)) s.times++;
    if (looksLikeAuthor(el, s)) s.authors++;
    stats.set(el, s);
    return s;
  };
  if (doc.body) walk(doc.body, false, newRun());
  return { stats, order, get: (el) => stats.get(el) ?? ZERO };
}

