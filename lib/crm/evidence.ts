/**
 * What a page's elements say about themselves, measured once per reading in one walk of the DOM (open shadow
 * roots and same-origin frames included): how much prose each holds (words, function words, sentence marks,
 * with whitespace collapsed), how much of it is link text, and how many author and time markers sit inside.
 *
 * Whatever can never be the customer's words is left out of the walk entirely: form controls, select/option,
 * labels, buttons, editors (the agent's draft), menus, toolbars, navigation, tab lists, hidden parts, and
 * anything of Odigos. Reading only; nothing here writes to the page.
 */
import { innerRoot } from './dom';

export interface Stats {
  /** Word tokens. */
  words: number;
  /** Words in runs of text that read as sentences (a label or a lone value does not). */
  proseWords: number;
  /** Function words ("the", "and", «και», «να»): prose has many, UI labels next to none. */
  fn: number;
  /** Sentence ends and question marks. */
  marks: number;
  /** Letters and digits. */
  chars: number;
  /** Letters and digits inside links. */
  linkChars: number;
  /** Innermost elements that look like a timestamp. */
  times: number;
  /** Innermost elements that look like an author (name, address, avatar). */
  authors: number;
  /** Checkboxes and other controls (ticket-list rows carry them; messages rarely). */
  controls: number;
  /** Field labels ("Status:", "Depends on:"): a box of them is metadata, not a message. */
  labels: number;
}

const ZERO: Stats = { words: 0, proseWords: 0, fn: 0, marks: 0, chars: 0, linkChars: 0, times: 0, authors: 0, controls: 0, labels: 0 };

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP',
  'BUTTON', 'LABEL', 'NAV', 'DATALIST', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'MENU', 'HEAD', 'DIALOG',
]);
const SKIP_ROLES = new Set([
  'navigation', 'menu', 'menubar', 'menuitem', 'toolbar', 'tablist', 'tab', 'listbox', 'option', 'tree',
  'combobox', 'search', 'tooltip', 'banner', 'contentinfo', 'textbox', 'button', 'switch', 'checkbox', 'radio',
  'dialog', 'alertdialog', 'progressbar', 'slider', 'spinbutton',
]);
/** Class-name words of UI chrome (split on non-letters, camelCase split). */
const SKIP_CLASS = /^(toolbar|toolbars|menu|menubar|dropdown|navbar|nav|navigation|breadcrumb|breadcrumbs|tabs|tabbar|pagination|pager|tooltip|popover|macros?|composer|editor|signature|typeahead|autocomplete)$/;
/** Whole class names that hide an element (word-splitting "overflow-hidden" must not hide it). */
const HIDDEN_CLASS = new Set(['hidden', 'd-none', 'sr-only', 'visually-hidden', 'screen-reader-text', 'is-hidden', 'invisible']);
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'BUTTON', 'TEXTAREA']);

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

const EN_FN = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been am i me my we our us you your ' +
    'he she it its they them their this that there here do does did have has had will would can could should not ' +
    'no so than then very just also about what which who when where how please still yet again my since only').split(' '),
);
/** Folded (no accents, σ for ς). */
const EL_FN = new Set(
  ('και κι να το τα τη την της του των τον τους τις η ο οι ενα ενας μια μιας σε στο στα στη στην στον στους στις ' +
    'με για απο που θα ειναι ειμαι εχω εχει εχετε ηταν αυτο αυτη μου σου σας μας ως αλλα αν οτι πως γιατι επειδη ' +
    'οταν δεν μην ακομα ηδη ξανα πολυ πιο εδω εκει τι ποτε μετα πριν ολα τωρα παρακαλω').split(' '),
);
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /[.!?;;…](?=\s|$)|[?;;]/g;

const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ς/g, 'σ');

/** Word-split class names and ids: "msgHeader is-open" → ["msg", "header", "is", "open"]. */
export function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isEditableBox(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only';
}

/** Never the customer's words: controls, menus, editors, hidden parts, Odigos. */
export function isChrome(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName) || el.localName.startsWith('odigos-')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || isEditableBox(el)) return true;
  for (const c of el.classList) if (HIDDEN_CLASS.has(c)) return true;
  const words = classWords(el);
  return words.some((w) => SKIP_CLASS.test(w)) && !words.some((w) => /^(message|comment|body|content|text|thread)$/.test(w));
}

/** Elements whose text flows on in the same line (a sentence may cross them). Unknown custom elements too. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL',
]);
export const isInline = (el: Element) => INLINE.has(el.tagName) || (el.localName.includes('-') && !el.shadowRoot);

/** A run of text within one block: it counts as prose only when it reads like a sentence. */
interface Run {
  colon: boolean;
  words: number;
  fn: number;
  marks: number;
  chars: number;
  linkChars: number;
}

function textInto(text: string, inLink: boolean, run: Run): void {
  const words = text.match(WORD);
  if (!words) return;
  let chars = 0;
  for (const w of words) {
    chars += w.length;
    const f = fold(w);
    if (EN_FN.has(f) || EL_FN.has(f)) run.fn++;
  }
  run.words += words.length;
  run.chars += chars;
  if (inLink) run.linkChars += chars;
  run.marks += text.match(MARKS)?.length ?? 0;
  run.colon = /:\s*$/.test(text);
}

function flush(run: Run, into: Stats): void {
  if (run.colon && run.words && run.words <= 4) into.labels++;
  run.colon = false;
  into.words += run.words;
  into.chars += run.chars;
  into.linkChars += run.linkChars;
  if (run.words >= 4 && run.fn >= 1 && (run.fn >= 2 || run.marks >= 1 || run.words >= 8)) {
    into.proseWords += run.words;
    into.fn += run.fn;
    into.marks += run.marks;
  }
  run.words = run.fn = run.marks = run.chars = run.linkChars = 0;
}

function add(into: Stats, s: Stats): void {
  into.words += s.words;
  into.proseWords += s.proseWords;
  into.fn += s.fn;
  into.marks += s.marks;
  into.chars += s.chars;
  into.linkChars += s.linkChars;
  into.times += s.times;
  into.authors += s.authors;
  into.controls += s.controls;
  into.labels += s.labels;
}

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

const newRun = (): Run => ({ colon: false, words: 0, fn: 0, marks: 0, chars: 0, linkChars: 0 });

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
    if (looksLikeTime(el, s)) s.times++;
    if (looksLikeAuthor(el, s)) s.authors++;
    stats.set(el, s);
    return s;
  };
  if (doc.body) walk(doc.body, false, newRun());
  return { stats, order, get: (el) => stats.get(el) ?? ZERO };
}

/**
 * How much an element reads like prose written by a person: its sentences (runs with function words), weighed
 * by how much of its text they are. A box of labels and values ("Status: Open · Priority: Low") scores near zero
 * even when a help line sits in it; link text (lists of other tickets) is discounted.
 */
export function proseScore(s: Stats): number {
  if (s.proseWords < 4) return 0;
  const linkShare = s.chars ? s.linkChars / s.chars : 0;
  if (linkShare > 0.6) return 0;
  const share = s.proseWords / Math.max(s.words, 1);
  const metadata = 1 / (1 + Math.max(0, s.labels - 3) * 0.3);
  return (s.fn + s.marks * 1.5 + s.proseWords * 0.1) * Math.min(1, share / 0.6) * (1 - linkShare) * metadata;
}

/** Prose measurements of one element's subtree (a message item), outside a page walk. */
export function measureProse(el: Element): Stats {
  const s: Stats = { ...ZERO };
  const walk = (node: Element, inLink: boolean, outer: Run) => {
    if (isChrome(node)) return;
    const run = isInline(node) ? outer : newRun();
    const link = inLink || node.tagName === 'A';
    for (const c of node.childNodes) {
      if (c.nodeType === 3) textInto(c.nodeValue ?? '', link, run);
      else if (c.nodeType === 1) {
        walk(c as Element, link, run);
        if (!isInline(c as Element)) flush(run, s);
      }
    }
    if (!isInline(node)) flush(run, s);
  };
  const top = newRun();
  walk(el, false, top);
  flush(top, s);
  return s;
}
