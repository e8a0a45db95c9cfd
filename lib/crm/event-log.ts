/**
 * A desk's record of what happened to a ticket or an account (an activity log, a ticket's history, an audit trail) is
 * no conversation, however long its lines and however each carries an author and a time: each line reports that
 * something was done ("Status changed to Pending", «Το αίτημα ανατέθηκε στη Σοφία Αλεξίου», "Password reset email
 * sent to the account holder") and none of them speaks to anyone. People writing to each other do: "I", "you",
 * "please", «μου», «σας», «ευχαριστώ». Reading only; used by the thread search (thread.ts).
 */

const WORD = /[\p{L}]+/gu;
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ς/g, 'σ');

/** First and second person and courtesy words (folded): someone speaking to someone. */
const PERSON = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('i me my mine we us our ours you your yours please thanks thank hi hello dear hey sorry ' +
    'εγω μου μας εμεισ εσεισ εσυ σασ σου παρακαλω ευχαριστω ευχαριστουμε καλημερα καλησπερα γεια αγαπητε αγαπητη ' +
    'θελω εχω ειμαι μπορειτε μπορω λυπουμαστε').split(' '),
);

/** Verbs a log reports with (folded). Greek passive aorists («δημιουργήθηκε», «ανατέθηκε») are told by their ending. */
const EVENT = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('created changed updated set sent assigned unassigned reassigned escalated closed reopened resolved merged ' +
    'moved added removed deleted linked unlinked tagged untagged triggered applied recorded delivered scheduled expired ' +
    'expires switched marked locked unlocked notified imported synced logged completed enabled disabled issued approved ' +
    'rejected refunded cancelled canceled executed ran viewed forwarded rated breached paused resumed snoozed unsnoozed claimed ' +
    'αλλαξε αλλαξαν εκλεισε ανοιξε ξαναανοιξε ξανανοιξε εσταλη εληξε ληγει ανελαβε ανεθεσε προσθεσε αφαιρεσε μετεφερε συγχωνευσε ορισε').split(' '),
);
const PASSIVE_AORIST = /(θηκε|θηκαν|στηκε|τηκε)$/;

/**
 * Names a log quotes: a folder, a rule, a status («Δικές μου», "Notify requester", 'Pending'). FreeScout's folder
 * «Δικές μου» ("Mine") made its history speak, and the history was the customer's latest words again.
 */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"|‘[^’]*’|(?:^|(?<=[\s(]))'[^']*'(?=[\s.,;:)]|$)/g;

/** What one entry does: speak to someone, report an event, or neither. */
function entryKind(text: string): 'speaks' | 'event' | undefined {
  let event = false;
  for (const w of text.replace(QUOTED, ' ').match(WORD) ?? []) {
    const f = fold(w);
    if (PERSON.has(f)) return 'speaks';
    event ||= EVENT.has(f) || PASSIVE_AORIST.test(f);
  }
  return event ? 'event' : undefined;
}

/**
 * What a desk's own line is about (folded; Greek by stem): a field of the ticket or the desk's own machinery (its
 * SLA, rules, macros), never the customer's things.
 */
const FIELD = /^(?:status|priority|tags?|assignee|requester|followers?|team|group|queue|department|ticket|conversation|sla|macro|trigger|rule|automation|workflow|καταστασ|προτεραιοτητ|ετικετ|ομαδ|τμημα|αιτημα|φακελ|συνομιλι|υπευθυν|αιτων|αιτουν|κανον|αυτοματισμ)/;
/** A complaint's words (no, still, but, why, without, while) or the customer's own things (order, account, card). */
const OWN = /^(?:(?:not?|never|nobody|still|yet|but|why|while|although|can|t|don|order|account|parcel|package|card|payment)$|δεν$|ουτε|ακομ|αλλα$|γιατι|χωρισ|ομωσ|ενω$|παραγγελι|λογαριασμ|δεμα|καρτ|πληρωμ)/;
/**
 * The desk speaking of itself: its automation, its rules and SLA, the customer in the third person ("the
 * requester", «η πελάτισσα»). A customer writes of herself in the first person; a line like this may run longer.
 */
const DESK = /^(?:(?:automatic(?:ally)?|automation|system|rules?|triggers?|workflow|macro|sla|requester|πελατη|πελατησ)$|αυτοματ|συστημ|κανον|αιτων|αιτουν|πελατισσ)/;

/**
 * A desk's own line among the messages that names nobody ("Status changed from Open to Pending", "Tag added:
 * refund", «Ο φάκελος ανατέθηκε στην ομάδα Χρεώσεων», "SLA breached: first response overdue"): no question or
 * exclamation, an event's verb about a field of the ticket, and nobody speaking. Its words alone decide a short
 * sentence (12 words; 30 where the desk speaks of itself: "… automatically because the requester replied"); a
 * customer's short sentence says "my", asks, complains or names her order («Η παραγγελία μου άλλαξε διεύθυνση;»,
 * "My status changed and I can't log in"), and stays hers. An entry the desk draws apart as its own (`apart`:
 * FreeScout's line item) may run to 40 words and several sentences, and name an order: «Η κατάσταση της παραγγελίας
 * άλλαξε σε …» is the shop's line there, and the customer's words where nothing draws it apart.
 */
function systemEvent(text: string, apart: boolean): boolean {
  const words = text.replace(QUOTED, ' ').match(WORD)?.map(fold) ?? [];
  const limit = apart ? 40 : words.some((w) => DESK.test(w)) ? 30 : 12;
  if (words.length > limit || /[?;!]/.test(text) || !words.some((w) => FIELD.test(w))) return false;
  if (!apart && (/\.\s+\p{L}/u.test(text) || words.some((w) => OWN.test(w)))) return false;
  return entryKind(text) === 'event';
}

/** Class words a desk marks its own entries with (FreeScout's thread-type-lineitem, an .activity or .system-event row). */
const MARK = /event|activity|system|line-?item|audit|notice|changelog/i;

/**
 * An entry drawn apart from the messages as the desk's own: its class carries a mark that not every entry's does (a
 * desk that calls every entry "timeline-event" marks none apart).
 */
export function drawnApart(item: Element, items: readonly Element[]): boolean {
  return [...item.classList].some((c) => MARK.test(c) && !items.every((it) => it.classList.contains(c)));
}

/**
 * A line in the thread that reports what one of its people did ("Dana Reyes changed the status to Pending",
 * «Σοφία Αλεξίου άλλαξε την κατάσταση σε «Σε αναμονή»», FreeScout's line items, osTicket's thread events) or what
 * the desk did (systemEvent; `apart`: the entry is drawn apart as the desk's), and speaks to nobody: an event
 * drawn among the messages, not one of them.
 */
export function reportsWhatWasDone(text: string, people: readonly string[], apart = false): boolean {
  return (people.some((name) => name.length > 2 && text.startsWith(name)) && entryKind(text) === 'event') || systemEvent(text, apart);
}

/** Verbs of a mail or a notice sent out (folded). */
const SENT = /^(?:sent|delivered|forwarded|εσταλη|σταλθηκε|σταλθηκαν|προωθηθηκε|σταλει)$/;

/**
 * An entry's own words, less the notification it quotes without quotation marks after what it reports ("Email
 * notification sent to Olivia Grant: Hi Olivia, your request …", «Στάλθηκε ειδοποίηση στην πελάτισσα: Αγαπητή …»):
 * the head reports that something was sent to someone, speaks to nobody and names no sender ("sent by", "from",
 * «από»: a mail received is someone's words). The quoted "your", «σας» made the log speak, and it was read as the
 * conversation, its notification the only message.
 */
function ownWords(text: string): string {
  for (const colon of text.matchAll(/:\s/g)) {
    const head = text.slice(0, colon.index);
    const words = head.replace(QUOTED, ' ').match(WORD)?.map(fold) ?? [];
    if (!words.some((w) => SENT.test(w))) continue;
    return !words.some((w) => w === 'by' || w === 'from' || w === 'απο') && entryKind(head) === 'event' ? head : text;
  }
  return text;
}

/**
 * Entries of one shape, at least two, none of them speaking to anyone and most of them reporting events: a log.
 * A history that holds the mails too (RT's: «Outgoing email recorded», "Status changed" between the customer's mail
 * and the agent's reply) is a conversation with its events, which the reader leaves out one by one.
 */
export function eventLog(items: readonly Element[]): boolean {
  if (items.length < 2) return false;
  let events = 0;
  for (const it of items) {
    const kind = entryKind(ownWords(it.textContent ?? ''));
    if (kind === 'speaks') return false;
    if (kind) events++;
  }
  return events * 2 > items.length;
}
