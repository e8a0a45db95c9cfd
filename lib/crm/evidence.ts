/**
 * Prose versus chrome: how much of an element's text reads as sentences a person wrote (words, function words,
 * sentence marks, with whitespace collapsed), and which elements can never hold the customer's words (form
 * controls, select/option, labels, buttons, editors with the agent's draft, menus, toolbars, navigation, tab
 * lists, hidden parts, anything of Odigos). Shared by the adapters (message bodies) and the page walk of the
 * generic reader (page-evidence.ts). Reading only.
 */

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

export const ZERO: Stats = { words: 0, proseWords: 0, fn: 0, marks: 0, chars: 0, linkChars: 0, times: 0, authors: 0, controls: 0, labels: 0 };

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP',
  'BUTTON', 'LABEL', 'NAV', 'DATALIST', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'MENU', 'HEAD', 'DIALOG',
]);
const SKIP_ROLES = new Set([
  'navigation', 'menu', 'menubar', 'menuitem', 'toolbar', 'tablist', 'tab', 'listbox', 'option', 'tree',
  'combobox', 'search', 'tooltip', 'banner', 'contentinfo', 'textbox', 'button', 'switch', 'checkbox', 'radio',
  'dialog', 'alertdialog', 'progressbar', 'slider', 'spinbutton',
]);
/** Class-name words of UI chrome (split on non-letters, camelCase split); a dropzone asks for files («Αποθέστε τα αρχεία εδώ…»). */
const SKIP_CLASS = /^(toolbar|toolbars|menu|menubar|dropdown|navbar|nav|navigation|breadcrumb|breadcrumbs|tabs|tabbar|pagination|pager|tooltip|popover|macros?|composer|editor|signature|typeahead|autocomplete|dropzone)$/;
/** Whole class names that hide an element (word-splitting "overflow-hidden" must not hide it). */
const HIDDEN_CLASS = new Set(['hidden', 'd-none', 'sr-only', 'visually-hidden', 'screen-reader-text', 'is-hidden', 'invisible']);
export const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'BUTTON', 'TEXTAREA']);

// The word lists are split from one string for reading's sake. A bundler cannot tell that a split has no side
// effect, so without the @__PURE__ marks the content script, which imports this file for other exports, would carry
// them unused (0.5 KB gzip of its budget).
const EN_FN = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('a an the and or but if of to in on at by for with from as is are was were be been am i me my we our us you your ' +
    'he she it its they them their this that there here do does did have has had will would can could should not ' +
    'no so than then very just also about what which who when where how please still yet again my since only').split(' '),
);
/** Folded (no accents, σ for ς). */
const EL_FN = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('και κι να το τα τη την της του των τον τους τις η ο οι ενα ενας μια μιας σε στο στα στη στην στον στους στις ' +
    'με για απο που θα ειναι ειμαι εχω εχει εχετε ηταν αυτο αυτη μου σου σας μας ως αλλα αν οτι πως γιατι επειδη ' +
    'οταν δεν μην ακομα ηδη ξανα πολυ πιο εδω εκει τι ποτε μετα πριν ολα τωρα παρακαλω').split(' '),
);
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /[.!?;;…](?=\s|$)|[?;;]/g;

/** One to three words and a colon opening a line: a field's name, not a sentence's start ("18:05", "https:" are not). */
const KEYED = /^\s*[^\s:]+(?:\s+[^\s:]+){0,2}:(?:\s|$)/;

const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ς/g, 'σ');

/** Word-split class names and ids: "msgHeader is-open" → ["msg", "header", "is", "open"]. */
export function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isEditableBox(el: Element): boolean {
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
export interface Run {
  colon: boolean;
  /** The run opens with a field's name ("Created: …", «Δημιουργήθηκε: …», "Re: …"). */
  keyed: boolean;
  words: number;
  fn: number;
  marks: number;
  chars: number;
  linkChars: number;
}

export function textInto(text: string, inLink: boolean, run: Run): void {
  const words = text.match(WORD);
  if (!words) return;
  if (!run.words) run.keyed = KEYED.test(text);
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

export function flush(run: Run, into: Stats): void {
  if (run.colon && run.words && run.words <= 4) into.labels++;
  // A field's line («Δημιουργήθηκε: 06/12/2026 18:05 από Ευαγγελία Μαυρίδου») is long with one function word; a
  // sentence after a name and a colon has more of them, or ends as said.
  const sentence = run.fn >= 2 || run.marks >= 1 || (run.words >= 8 && !run.keyed);
  run.colon = run.keyed = false;
  into.words += run.words;
  into.chars += run.chars;
  into.linkChars += run.linkChars;
  if (run.words >= 4 && run.fn >= 1 && sentence) {
    into.proseWords += run.words;
    into.fn += run.fn;
    into.marks += run.marks;
  }
  run.words = run.fn = run.marks = run.chars = run.linkChars = 0;
}

export const newRun = (): Run => ({ colon: false, keyed: false, words: 0, fn: 0, marks: 0, chars: 0, linkChars: 0 });

export function add(into: Stats, s: Stats): void {
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

/**
 * The value of a field that a name beside it labels: a <dd>, the block after a <label>, a <dt>, a row's <th> or a short
 * name ending in a colon («Κατάσταση:», "Assignee:"). However its words read (Znuny's «Θέμα:» over «RE: Απορία για το
 * τιμολόγιο Νοεμβρίου»), a field is the desk's record, not someone's message: the ticket's sidebar and mail headers
 * were read as the customer's words where the article's own frame had not loaded. Several sentences under a name
 * (a description) are still someone's words.
 */
export function fieldValue(el: Element, s: Stats): boolean {
  return s.marks < 2 && s.proseWords <= 30 && labelled(el);
}

function labelled(el: Element): boolean {
  if (isInline(el)) return false;
  if (el.tagName === 'DD') return true;
  const key = el.previousElementSibling;
  if (!key) return false;
  if (key.tagName === 'LABEL' || key.tagName === 'DT' || (key.tagName === 'TH' && el.tagName === 'TD')) return true;
  const name = key.textContent?.trim() ?? '';
  return name.length <= 40 && name.endsWith(':') && !ATTRIBUTION.test(name) && !key.querySelector('p,div');
}

/** "Maria wrote:", «Ο Γιώργος έγραψε:» over a message names its author, not a field. */
const ATTRIBUTION = /(wrote|writes|said|says|έγραψε|γράφει|είπε)\s*:$/i;

/** A field's value counts its words, never as sentences. */
export function asValue(s: Stats): void {
  s.proseWords = s.fn = s.marks = 0;
  s.labels++;
}

/** Prose measurements of one element's subtree (a message item), outside a page walk. */
export function measureProse(el: Element): Stats {
  const s: Stats = { ...ZERO };
  let inner: Stats;
  const walk = (node: Element, inLink: boolean, outer: Run) => {
    if (isChrome(node)) return;
    if (node !== el && labelled(node) && fieldValue(node, (inner = measureProse(node)))) {
      asValue(inner);
      return add(s, inner);
    }
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
