/**
 * Subject, ticket number, customer and agent of the ticket the agent has open, read from the same region as the
 * conversation (its heading, title, breadcrumb, requester block), preferring what the page shows over the URL.
 * A list of other tickets beside it never lends its words: headings inside links, lists and navigation are not
 * the open ticket's.
 */
import { LOGIN, personOf, readValue, tidy } from './dom';
import { columnHeading } from './customer-fields';

export { personOf };
import { classWords } from './evidence';

export interface TicketFacts {
  subject?: string;
  ticketId?: string;
  customerName?: string;
  customerEmail?: string;
  agentName?: string;
}

const HEADINGS =
  'h1,h2,h3,[role=heading],[class*="subject" i],[class*="title" i],[data-test-id*="subject" i],[aria-label*="subject" i],input[name*="subject" i]';
/** Containers of other tickets and of the product's chrome: their headings are not the open ticket's. */
const ELSEWHERE = 'nav,[role=navigation],[role=listbox],[role=tablist],[role=menu],[role=dialog],aside,a,[role=row],[role=option],[role=tab]';
const GENERIC_HEADING = /^(history|activity|conversation|messages|details|ticket|tickets|customer|contact|people|requester|reply|notes?|comments?|ιστορικό|συνομιλία|μηνύματα|πελάτης|απάντηση|σημειώσεις|σχόλια|αιτήματα|λεπτομέρειες)\s*:?$/i;

const ID_PATTERNS = [
  /(?:^|[\s([])#\s?([A-Z]{0,6}-?\d{1,12})\b/,
  // Znuny and OTRS number tickets by date and counter, 16 digits and more: «Ticket#2026120210000047»; GLPI heads
  // its form «Αίτημα - ID 1254» and titles it «Αίτημα (1254)». A Greek word has no \b before it (not a \w): the
  // letters' own edge.
  /(?<![\p{L}\d])(?:ticket|case|request|issue|incident|conversation|bug|task|feature|support|αίτημα|αιτήματος|υπόθεση|δελτίο)\s*(?:[-–—]\s*)?(?:id|no\.?|number|nr\.?|αρ\.?|αριθμός)?\s*[:#]?\s*\(?([A-Z]{0,6}-?\d{2,20})\b/iu,
  /\b((?:INC|REQ|RITM|CS|CASE|SR|TASK|CHG|PRB)\d{5,})\b/,
  /\b([A-Z][A-Z0-9]{1,9}-\d{1,7})\b/,
];

/** The ticket number a piece of text shows ("#1: …", "Ticket 534317", "HELP-42", "INC0010023"). */
export function idIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const re of ID_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

const TICKET_WORD = 'ticket|case|request|issue|incident|conversation|bug|task|feature|support|αίτημα|αιτήματος|υπόθεση|δελτίο'
  .split('|')
  .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');
/**
 * The number a heading puts before the subject: marked ("#1:", "[#48213]", "Bug #12:", "Update ticket #1:",
 * "HELP-42", "INC0010023"), or bare after a ticket word or before a colon ("Ticket 534317", "Αίτημα 12:"). A bare
 * number after any other word is the subject's own («Παραγγελία 100482 δεν έχει έρθει», "Order 55123 missing").
 */
const NUMBER_BEFORE_SUBJECT = new RegExp(
  '^(?:[Uu]pdate\\s+)?(?:' +
    `(?:[\\p{L}]+\\s+)?(?:\\[\\s?#?\\s?[A-Z]{0,6}-?\\d{1,12}\\s?\\]|#\\s?[A-Z]{0,6}-?\\d{1,12}|[A-Z]{1,6}-?\\d{1,12})(?:\\s*[:\\-–—·|]\\s*|\\s+|$)` +
    `|(?:(?:${TICKET_WORD})\\s+)\\d{1,12}(?:\\s*[:\\-–—·|]\\s*|\\s+|$)` +
    '|(?:[\\p{L}]+\\s+)?\\d{1,12}(?:\\s*[:\\-–—·|]\\s*|$))',
  'u',
);

/** "#1: Double charge", "[#48213] Parcel late : Desk", "Bug #12: Login" → the subject words alone. */
export function cleanSubject(text: string): string {
  return tidy(text)
    .replace(NUMBER_BEFORE_SUBJECT, '')
    .replace(/\s+[-–—|:]\s+[^-–—|:]{1,40}$/, (tail) => (tail.length < 30 ? '' : tail))
    .trim();
}

function textOfHeading(el: Element): string {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return tidy((el as HTMLInputElement).value);
  return tidy(el.textContent);
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

interface HeadingPick {
  el: Element;
  text: string;
  score: number;
}

function scoreHeading(el: Element, title: string, level: number): HeadingPick | undefined {
  if (el.closest(ELSEWHERE) && !el.closest('[aria-current="page"],[aria-selected="true"]')) return undefined;
  const text = textOfHeading(el).split('\n')[0].trim();
  if (!text || text.length > 160 || GENERIC_HEADING.test(text) || sectionToggle(el)) return undefined;
  const words = classWords(el);
  const subjectish = words.includes('subject') || /subject/i.test(`${el.getAttribute('data-test-id')} ${el.getAttribute('aria-label')} ${el.getAttribute('name')}`);
  const cleaned = cleanSubject(text);
  if (!cleaned || (!subjectish && cleaned.split(/\s+/).length < 2)) return undefined;
  let score = subjectish ? 3 : 0;
  if (el.tagName === 'H1') score += 2;
  else if (el.tagName === 'H2' || el.getAttribute('role') === 'heading') score += 1;
  if (words.includes('title')) score += 1;
  if (cleaned && fold(title).includes(fold(cleaned))) score += 3;
  return { el, text, score: score - level * 0.5 };
}

/**
 * A heading that is all a button (an accordion's «Συνδεδεμένα αιτήματα», «Συμμετέχοντες» in GLPI's side panel)
 * names a section of the page: taken for the subject, its words were matched as the customer's.
 */
function sectionToggle(el: Element): boolean {
  const control = el.querySelector('button,[role=button],summary');
  return !!control && tidy(control.textContent) === tidy(el.textContent);
}

/**
 * A heading inside a message is the message's own, unless the page's title gives its words: the ticket's title
 * drawn at the top of its description (GLPI's div.card-title over the requester's words).
 */
function titleInMessage(el: Element, title: string): boolean {
  const words = cleanSubject(textOfHeading(el));
  return words.split(/\s+/).length >= 2 && fold(title).includes(fold(words));
}

/** The open ticket's heading, and the first heading naming its number, climbing out from the conversation. */
function ticketHeading(doc: Document, from: Element | undefined, items: readonly Element[]): { subject?: HeadingPick; id?: string } {
  const title = doc.title ?? '';
  let best: HeadingPick | undefined;
  let id: string | undefined;
  let level = 0;
  const seen = new Set<Element>();
  for (let region: Element | null = from ?? doc.body; region; region = region.parentElement, level++) {
    for (const el of region.querySelectorAll(HEADINGS)) {
      if (seen.has(el) || (items.some((i) => i.contains(el)) && !titleInMessage(el, title))) continue;
      seen.add(el);
      if (!id && /^H[1-3]$/.test(el.tagName) && !el.closest(ELSEWHERE)) id = idIn(textOfHeading(el));
      const pick = scoreHeading(el, title, level);
      if (pick && (!best || pick.score > best.score)) best = pick;
    }
    if (region === doc.body) break;
  }
  return { subject: best && best.score > -1 ? best : undefined, id };
}

/** Elements that name the number: "ticket-number", "case-id", a breadcrumb's last step. */
function shownNumber(doc: Document, from: Element | undefined): string | undefined {
  const candidates = [
    ...(from?.closest('main,[role=main],article,section') ?? doc).querySelectorAll(
      '[class*="number" i],[class*="ticket-id" i],[class*="ticketid" i],[class*="case-id" i],[class*="display-id" i],[data-ticket-number],[class*="breadcrumb" i] li:last-child,[aria-label*="breadcrumb" i] li:last-child',
    ),
  ];
  for (const el of candidates) {
    if (el.closest('nav:not([aria-label*="breadcrumb" i]),a:not([aria-current]),[role=listbox],[role=row],tr')) continue;
    const text = tidy(el.getAttribute('data-ticket-number') ?? el.textContent);
    if (text.length > 60) continue;
    const id = idIn(text) ?? /^\s*(\d{1,12})\s*$/.exec(text)?.[1];
    if (id) return id;
  }
  return undefined;
}

const URL_ID = [
  'url:/tickets?/(\\d+)',
  'url:/(?:conversations?|cases?|requests?|issues?|chats?)/([\\w-]+)',
  'url:[?&#;](?:ticket_?id|ticket|case|id)=(\\w+)',
  '[data-ticket-id]@data-ticket-id',
];

const CUSTOMER_LABEL = /^(requesters?|requestors?|customer|customer name|contact|contact name|client|reporter|reported by|caller|submitter|submitted by|raised by|opened by|end user|πελάτης|πελάτισσα|αιτών|αιτούσα|αιτούντες|επαφή|όνομα επαφής|αναφέρων|αναφέρουσα|υποβλήθηκε από)\s*:?$/i;
const NUMBER_LABEL = /^(case number|ticket number|ticket no\.?|ticket id|request number|incident number|number|conversation id|αριθμός|αριθμός αιτήματος|αρ\. αιτήματος)\s*:?$/i;
const SUBJECT_LABEL = /^(subject|short description|summary|title|θέμα|τίτλος|περίληψη)\s*:?$/i;
const LABELS = 'dt,th,label,[class*="label" i],[class*="key" i],[class*="field-name" i],[class*="title" i],strong,b,p,span';
const AUTHORED_BY = /^(added by|reported by|opened by|created by|submitted by|raised by|προστέθηκε από|δημιουργήθηκε από|υποβλήθηκε από|αναφέρθηκε από)\s+/i;

/**
 * A form that creates a ticket (RT's quick create on its home page: «Requestors» filled with the agent's own address,
 * Create.html, a «new linked ticket» form on a ticket's page), told by its action, name or id: what its fields hold
 * is what the agent is about to file, not the customer of a conversation on the page.
 */
const CREATE_FORM = /create|new[-_]?(?:ticket|case|request|issue)/i;
/** Its submit says so: "Create", «Δημιουργία». */
const CREATE_BUTTON = /^(?:create|δημιουργία)\b/i;
const inCreateForm = (field: Element) => {
  const form = field.closest('form');
  if (!form) return false;
  if (CREATE_FORM.test(`${form.getAttribute('action') ?? ''} ${form.getAttribute('name') ?? ''} ${form.id}`)) return true;
  // RT's quick create posts to /index.html: its hidden «QuickCreate» and its «Create» button tell it.
  return [...form.querySelectorAll<HTMLInputElement>('input[type=hidden],input[type=submit],button')].some(
    (c) => CREATE_FORM.test(c.name) || (c.type === 'submit' && CREATE_BUTTON.test(tidy(c.value || c.textContent))),
  );
};

/**
 * The value shown for a field label ("Requester:", «Πελάτης», "Case Number"), outside the thread's messages; not the
 * value of a control `refused` refuses.
 */
function labelled(doc: Document, label: RegExp, items: readonly Element[], refused?: (field: Element) => boolean): string | undefined {
  for (const el of doc.querySelectorAll(LABELS)) {
    if (el.childElementCount > 1) continue;
    const text = tidy(el.textContent);
    if (!text || text.length > 30 || !label.test(text)) continue;
    if (el.closest('nav,[role=navigation],[role=listbox]') || items.some((i) => i.contains(el))) continue;
    const target = el.getAttribute('for');
    const value = (target && doc.getElementById(target)) || el.nextElementSibling || el.parentElement?.nextElementSibling;
    if (!value || columnHeading(el, value)) continue;
    const field = value.matches('input,textarea') ? value : value.querySelector('input:not([type=hidden]),textarea');
    if (field && refused?.(field)) continue;
    const raw = field && !value.matches('select') ? tidy((field as HTMLInputElement).value) : tidy(value.textContent).split('\n')[0];
    if (raw && raw.length < 160 && !label.test(raw)) return raw;
  }
  return undefined;
}


const FIRST_NAME_LABEL = /^(first ?name|given name|όνομα)\s*:?$/i;
const LAST_NAME_LABEL = /^(last ?name|surname|family name|επώνυμο)\s*:?$/i;

/**
 * The customer's name given in two fields, first and last (Znuny's Customer Information: «Όνομα: Ευαγγελία»,
 * «Επώνυμο: Μαυρίδου»): only both together, and only where nothing names the customer whole.
 */
function nameInParts(doc: Document, items: readonly Element[]): string | undefined {
  const first = labelled(doc, FIRST_NAME_LABEL, items, inCreateForm);
  const last = first && labelled(doc, LAST_NAME_LABEL, items, inCreateForm);
  return last ? `${first} ${last}` : undefined;
}

/** "Added by Ελένη Μαυρίδου 8 days ago": who opened the ticket (Redmine, Trac and many in-house desks). */
function authoredBy(doc: Document, items: readonly Element[]): string | undefined {
  for (const el of doc.querySelectorAll('p,div,span,td')) {
    if (el.childElementCount > 4) continue;
    const text = tidy(el.textContent);
    if (text.length > 140 || !AUTHORED_BY.test(text) || items.some((i) => i.contains(el))) continue;
    const link = el.querySelector('a');
    return link ? tidy(link.textContent) : text.replace(AUTHORED_BY, '').split(/\s+(?:\d|ago|πριν)/)[0];
  }
  return undefined;
}

const TO_LABEL = /^(to|προς)\s*:?$/i;

/**
 * Whom the reply form on the page writes to: RT's reply page shows no requestor but under «Αυτοματισμοί και
 * Παραλήπτες», «<b>Προς</b>: [x] ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ <kterzis@example.com>» (a checkbox and its label); a compose
 * form's "To" box. Only in a form with a box to write in, not one that creates a ticket, not a message's mail
 * headers. Unread, a shortcut typed there before the ticket's page was read greeted «Αγαπητέ/ή πελάτη».
 */
function addressee(doc: Document, items: readonly Element[]): string | undefined {
  for (const el of doc.querySelectorAll('label,b,strong,dt,th,span')) {
    if (el.childElementCount || !TO_LABEL.test(tidy(el.textContent))) continue;
    const form = el.closest('form');
    if (!form?.querySelector('textarea,[contenteditable],iframe') || inCreateForm(el) || items.some((i) => i.contains(el))) continue;
    const value = el.nextElementSibling ?? el.parentElement?.nextElementSibling;
    const box = value?.matches('input,textarea') ? value : value?.querySelector('input:not([type=hidden]),textarea');
    // A checkbox's value is only the address; its label writes the name too.
    const text = box && !/^(checkbox|radio)$/i.test((box as HTMLInputElement).type) ? (box as HTMLInputElement).value : value?.textContent;
    const shown = tidy(text).split('\n')[0];
    if (shown && shown.length < 160) return shown;
  }
  return undefined;
}

export const CUSTOMER_NAME = [
  '[data-customer-name]@data-customer-name',
  '[class*="customer" i][class*="name" i]',
  '[class*="requester" i][class*="name" i]',
  '[class*="contact" i][class*="name" i]',
  '[class*="client" i][class*="name" i]',
];
const AGENT_NAME = [
  '[data-agent-name]@data-agent-name',
  '[class*="agent" i][class*="name" i]',
  '[class*="current-user" i]',
  '[class*="signed-in" i]',
  '[class*="logged-in" i]',
];
/** "Signed in as Dana Reyes", «Συνδεδεμένη ως Ελένη»: the name is what follows. */
const SIGNED_IN_AS = /^(?:(?:signed|logged) in as|συνδεδεμέν(?:ος|η|ο)\s+ως)\s*:?\s*/i;

function outsideLists(doc: Document, sources: string[]): string | undefined {
  for (const source of sources) {
    const [selector, attr] = source.split('@');
    for (const el of doc.querySelectorAll(selector)) {
      if (el.closest('nav,[role=navigation],[role=listbox],a[href]:not([href*="user" i]):not([href*="contact" i]):not([href*="customer" i])')) continue;
      const text = tidy(attr ? el.getAttribute(attr) : el.textContent);
      if (text && text.length < 120) return text;
    }
  }
  return undefined;
}

/** The page's greeting to whoever is logged in: «Καλώς ήρθατε, <strong>Σοφία Αλεξίου</strong>» (osTicket's header). */
const WELCOME = /(?:^|\|\s*)(?:welcome(?: back)?|καλώς (?:ήρθατε|ορίσατε)|καλωσήρθατε)\s*,?\s*$/i;

function welcomed(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('strong,b')) {
    const before = el.previousSibling;
    if (before?.nodeType !== 3 || !WELCOME.test(before.nodeValue ?? '') || el.closest('article,[class*="message" i],[class*="thread" i]')) continue;
    const name = tidy(el.textContent);
    if (name && name.length < 60) return name;
  }
  return undefined;
}

/**
 * The user menu in the desk's top bar, where it shows who is logged in: Znuny's avatar (li.UserAvatar, the name in its
 * link's title and in a hidden span.UserData), GLPI's div.user-menu («Σοφία Αλεξίου» over the profile, «Τεχνικός»),
 * a menu the page labels as the account's or the user's, a lone avatar ("DR" beside "Dana Reyes").
 */
const USER_MENU =
  '[class*="useravatar" i],[class*="user-avatar" i],[class*="user-menu" i],[class*="usermenu" i],[id*="user-menu" i],[id*="usermenu" i],' +
  '[aria-label*="account" i],[aria-label*="user" i],[aria-label*="profile" i],[aria-label*="λογαριασμ" i],[aria-label*="χρήστη" i],[aria-label*="προφίλ" i]';
const AVATAR = '[class*="avatar" i]';
const TOP_BAR = 'header,[role=banner],[id*="header" i],[class*="navbar" i],[id*="toolbar" i],[class*="topbar" i]';
const IN_THREAD = 'article,[class*="message" i],[class*="thread" i],[class*="timeline" i]';
/** A person's name as a menu writes it: two to four capitalised words (not «Προσωπικές προτιμήσεις», not «ΣΑ»). */
const PERSON = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** A dropdown's caret and a person icon beside the name ("Σοφία Αλεξίου ▾", "👤 Dana Reyes"). */
const DECORATION = /[▾▼⌄⏷▿↓]|\p{Extended_Pictographic}/gu;
const person = (text: string | null | undefined) => {
  const t = tidy(text?.replace(DECORATION, '')).replace(SIGNED_IN_AS, '');
  return PERSON.test(t) ? t : undefined;
};

/** The name a menu shows: in its own or its links' title or label, else in one of its leaves. */
function nameIn(menu: Element): string | undefined {
  const titled = [menu, ...menu.querySelectorAll('a,button')].map((el) => el.getAttribute('title') ?? el.getAttribute('aria-label'));
  const leaves = [menu, ...menu.querySelectorAll('*')].filter((el) => !el.childElementCount).map((el) => el.textContent);
  for (const text of [...titled, ...leaves]) if (person(text)) return person(text);
  return undefined;
}

/** An avatar's initials and the name written beside it ("DR" + "Dana Reyes"): the name, if the initials are its. */
function besideInitials(avatar: Element): string | undefined {
  const initials = tidy(avatar.textContent);
  if (!/^\p{Lu}{1,3}$/u.test(initials) || !avatar.parentElement) return undefined;
  const name = person(avatar.parentElement.textContent?.replace(initials, ''));
  return name && name.split(' ').map((w) => w[0]).join('').startsWith(initials) ? name : undefined;
}

/**
 * Who else has the ticket open (a desk's collision or presence avatars: "Also viewing: Νίκος Α.", «Το βλέπει επίσης
 * …», a row of .viewers): said by the avatar's own or its row's class, title, label or tooltip. Never the user.
 */
const PRESENCE = /also|viewing|viewer|watching|watcher|presence|collision|typing|βλέπ|προβάλλ|επίσης/i;
const SAYS = ['class', 'title', 'aria-label', 'data-tooltip', 'data-title'];

function someoneElse(avatar: Element, bar: Element): boolean {
  for (let el: Element | null = avatar; el && el !== bar; el = el.parentElement) {
    if (PRESENCE.test(SAYS.map((a) => el!.getAttribute(a) ?? '').join(' '))) return true;
  }
  const described = (avatar.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => id && avatar.ownerDocument.getElementById(id));
  const tips = [...described, ...(avatar.parentElement?.querySelectorAll('[role=tooltip]') ?? [])];
  return tips.some((tip) => !!tip && PRESENCE.test(tip.textContent ?? ''));
}

/**
 * The signed-in user: a menu the page marks as the user's first, then the menu that signs out, then a lone avatar
 * in the top bar. An avatar is the weakest sign (a colleague's "also viewing" avatar sits in the same bar and was
 * read as the agent), so it comes last, and a presence avatar is never the user's: none rather than the wrong one.
 */
function topBarUser(doc: Document): string | undefined {
  const inBar = (el: Element) => (el.closest(IN_THREAD) ? null : el.closest(TOP_BAR));
  for (const menu of doc.querySelectorAll(USER_MENU)) {
    const name = inBar(menu) && nameIn(menu);
    if (name) return name;
  }
  const signsOut = logoutToggle(doc);
  if (signsOut) return signsOut;
  for (const avatar of doc.querySelectorAll(AVATAR)) {
    const bar = inBar(avatar);
    if (!bar || someoneElse(avatar, bar)) continue;
    // Avatars of several people in one bar (who else is viewing, unmarked) are not the user's own.
    if ([...bar.querySelectorAll(AVATAR)].filter((a) => !someoneElse(a, bar)).length > 1) continue;
    const name = nameIn(avatar) ?? besideInitials(avatar);
    if (name) return name;
  }
  return undefined;
}

const LOGOUT = /^(?:log ?out|sign ?out|αποσύνδεση)$/i;

/**
 * The toggle of the menu that holds "Log out" (Bootstrap's navbar dropdown: «Σοφία Αλεξίου ▾» over «Το προφίλ σας»,
 * «Αποσύνδεση»): only the signed-in user's own menu offers to sign them out.
 */
function logoutToggle(doc: Document): string | undefined {
  for (const link of doc.querySelectorAll('a,button')) {
    if (!LOGOUT.test(tidy(link.textContent)) || link.closest(IN_THREAD)) continue;
    const toggle = link.closest('ul,ol,[role=menu],[class*="menu" i]')?.previousElementSibling;
    const name = toggle && (person(toggle.getAttribute('title')) ?? person(toggle.getAttribute('aria-label')) ?? person(toggle.textContent));
    if (name) return name;
  }
  return undefined;
}

/**
 * The agent's name, when the page names them by their login («Συνδεδεμένος ως egeorgiou» in RT): the real name
 * the page writes beside that login, as RT writes users («egeorgiou (Ελένη Γεωργίου)», in the owner field and the
 * history), else none, so that the name the agent gave Odigos signs their replies instead of the login.
 */
function agentName(doc: Document, shown: string | undefined): string | undefined {
  if (!shown || !LOGIN.test(shown)) return shown;
  const login = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const real = new RegExp(`(?:^|[\\s>"'])${login} \\(([^()\\n]{2,60})\\)`, 'u').exec(doc.body?.textContent ?? '')?.[1]?.trim();
  return real && !LOGIN.test(real) ? real : undefined;
}

/** Everything the page shows about the open ticket besides its messages. */
export function ticketFacts(doc: Document, thread: Element | undefined, items: readonly Element[] = []): TicketFacts {
  const heading = ticketHeading(doc, thread, items);
  const numbered = labelled(doc, NUMBER_LABEL, items);
  const ticketId =
    idIn(heading.subject?.text) ??
    heading.id ??
    (numbered && (idIn(numbered) ?? /^[A-Z]{0,6}-?\d{1,12}$/.exec(numbered)?.[0])) ??
    shownNumber(doc, thread) ??
    idIn(doc.title) ??
    readValue(doc, doc, URL_ID)?.replace(/^#/, '');
  // A create-ticket form's «Requestors» is no customer of this page's conversation (RT's home page, whose ticket lists
  // are read as a thread too, put the agent's own address in the panel's header).
  const customer = personOf(labelled(doc, CUSTOMER_LABEL, items, inCreateForm) ?? outsideLists(doc, CUSTOMER_NAME) ?? nameInParts(doc, items) ?? authoredBy(doc, items) ?? addressee(doc, items));
  const agentRaw = agentName(doc, readValue(doc, doc, AGENT_NAME)?.replace(SIGNED_IN_AS, '') ?? welcomed(doc) ?? topBarUser(doc));
  const fromHeading = heading.subject ? cleanSubject(heading.subject.text) || undefined : undefined;
  const subjectField = heading.subject && heading.subject.score >= 4 ? undefined : labelled(doc, SUBJECT_LABEL, items);
  return { subject: subjectField ?? fromHeading, ticketId, customerName: customer.name, customerEmail: customer.email, agentName: agentRaw || undefined };
}
