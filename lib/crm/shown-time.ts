/**
 * Where a message says when it was written: a `<time datetime>` or time-like attribute first, else the short text
 * of a time element beside the message ("09:12", «Χθες 14:05», "2 hours ago"). Only the words are taken here, as
 * shown; the notes store turns them into a moment (knowledge/text/shown-time.ts), so the content script stays small.
 */
const TIME_ATTRS = ['datetime', 'data-time', 'data-timestamp', 'data-created-at', 'data-date', 'title'];
// Gmail and Redmine put the full date in a title over a short time ('09:12', «πριν από 5 ώρες»); Intercom marks
// '3h' with class "ago".
const TIME_ELEMENTS = 'time,[datetime],[data-time],[data-timestamp],[data-created-at],[class*="time" i],[class*="date" i],[class*="ago" i],[title*=":"]';
/** Time words have a digit ("09:12", "5 hours ago") or name a day («Χθες», "yesterday"). */
const LOOKS_LIKE_TIME = /\d|yesterday|today|now|χθες|σήμερα|τώρα/i;
/** A title is a time only when it shows a clock ("9 Μαρ 2026, 09:12"): others name people, links, files. */
const CLOCK = /\d:\d\d/;

function timeIn(scope: Element): string | undefined {
  const candidates = [scope, ...Array.from(scope.querySelectorAll(TIME_ELEMENTS)).slice(0, 6)];
  for (const el of candidates) {
    for (const a of TIME_ATTRS) {
      const v = el.getAttribute(a)?.trim();
      // The message's own title is anything; a title on an element inside it is a full date when it shows a clock.
      if (v && v.length <= 60 && LOOKS_LIKE_TIME.test(v) && (a !== 'title' || (el !== scope && CLOCK.test(v)))) return v;
    }
  }
  for (const el of candidates.slice(1)) {
    const text = el.textContent?.trim() ?? '';
    if (text && text.length <= 60 && LOOKS_LIKE_TIME.test(text)) return text;
  }
  return undefined;
}

/**
 * The words a message item shows for its time, or undefined. The item found may be only the message's body (a
 * thread of one message is unwrapped down to it): then its wrapper's time counts, as long as the wrapper holds no
 * other message's time.
 */
export function shownTimeOf(item: Element): string | undefined {
  let scope: Element | null = item;
  for (let i = 0; i < 3 && scope; i++) {
    const shown = timeIn(scope);
    if (shown !== undefined) return shown;
    const parent: Element | null = scope.parentElement;
    if (!parent || parent.querySelectorAll(TIME_ELEMENTS).length > 1) break;
    scope = parent;
  }
  return undefined;
}

/** `{ time }` for a message item whose time the page shows, else nothing: spread into the thread's message. */
export function shownAt(item: Element): { time?: string } {
  const time = shownTimeOf(item);
  return time === undefined ? {} : { time };
}
