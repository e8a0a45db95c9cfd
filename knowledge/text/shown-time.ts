/**
 * When a message was written, from the words a helpdesk shows for it (lib/crm/shown-time reads them off the
 * page): an ISO `datetime`, epoch numbers, "09:12", «Χθες 14:05», "2 hours ago", «πριν από 5 ώρες»,
 * "12/03/2026 14:05", "Mar 12, 2:05 PM". First-response times start from this, not from when Odigos first saw
 * the ticket. Pure text parsing, run where the timeline is stored (the content script carries none of it); `now`
 * is passed in so a reading is reproducible.
 */

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** "λεπτ", "min", "ώρ", "hour" … → one of s/m/h/d/w. */
function unitOf(word: string): string | undefined {
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/^(sec|δευτ)/.test(w) || w === 's') return 's';
  if (/^(min|λεπτ)/.test(w) || w === 'm') return 'm';
  if (/^(h|hr|hour|ωρ)/.test(w)) return 'h';
  if (/^(d|day|ημερ|μερ)/.test(w)) return 'd';
  if (/^(w|week|εβδομ)/.test(w)) return 'w';
  return undefined;
}

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  ιαν: 0, φεβ: 1, μαρ: 2, απρ: 3, μαι: 4, ιουν: 5, ιουλ: 6, αυγ: 7, σεπ: 8, οκτ: 9, νοε: 10, δεκ: 11,
};

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const [k, v] of Object.entries(MONTHS)) if (w.startsWith(k)) return v;
  return undefined;
}

interface Clock {
  h: number;
  m: number;
  /** Seconds, when the page shows them (RT: "Sun Dec 06 00:08:16 2026"). */
  s: number;
}

/** "14:05", "2:05 PM", «2:05 μ.μ.», "00:08:16" → 24-hour clock; undefined when the text has no time of day. */
function clockIn(text: string): Clock | undefined {
  const m = /(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|π\.?\s?μ\.?|μ\.?\s?μ\.?)?(?![\d])/i.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase().replace(/[\s.]/g, '');
  if (half === 'pm' || half === 'μμ') h = h % 12 + 12;
  else if (half === 'am' || half === 'πμ') h %= 12;
  return h < 24 && min < 60 && sec < 60 ? { h, m: min, s: sec } : undefined;
}

// The seconds count where shown: dropped, RT's reply sent at 00:24:40 was timed 00:24:00, before the templates the
// agent had inserted into it at 00:24:36, and a reply two seconds after the customer could count as a minute later.
function atClock(day: Date, c: Clock): number {
  const d = new Date(day);
  d.setHours(c.h, c.m, c.s, 0);
  return d.getTime();
}

/** "2 hours ago", «πριν από 5 ώρες», «πριν 3 λεπτά», "5m ago". */
function relative(text: string, now: number): number | undefined {
  const en = /(\d+|an?|one)\s*([a-z]+)\s+ago\b/i.exec(text);
  const el = /πριν(?:\s+από)?\s+(\d+|μία|μια|ένα|έναν)\s*([\p{L}]+)/iu.exec(text);
  // A time element's bare '3h', '5m', «2 ώρες» (Intercom, chat consoles) is also a while ago.
  const bare = /^(\d+)\s*(\p{L}+)\.?$/u.exec(text.trim());
  const m = en ?? el ?? bare;
  if (!m) return /\b(just now|now)\b|μόλις τώρα|τώρα/i.test(text) ? now : undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
  const unit = unitOf(m[2]);
  return unit ? now - n * UNIT_MS[unit] : undefined;
}

/** A calendar date in the text: 12/03/2026, 2026-03-12, 12.3.26, "Mar 12", «12 Μαρ». Day-first when ambiguous. */
function dateIn(text: string, now: number): Date | undefined {
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /(?<![\d:])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?(?![\d:])/.exec(text);
  if (m) {
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : new Date(now).getFullYear();
    return new Date(year, Number(m[2]) - 1, Number(m[1]));
  }
  const named = /(\d{1,2})\s+([\p{L}]{3,})|([\p{L}]{3,})\.?\s+(\d{1,2})(?!\d|:)/u.exec(text);
  if (named) {
    const month = monthOf(named[2] ?? named[3]);
    const day = Number(named[1] ?? named[4]);
    if (month !== undefined && day >= 1 && day <= 31) {
      const d = new Date(new Date(now).getFullYear(), month, day);
      // "Dec 30" read on 2 January is last year's.
      if (d.getTime() > now + UNIT_MS.d) d.setFullYear(d.getFullYear() - 1);
      return d;
    }
  }
  return undefined;
}

/**
 * The moment a shown time stands for, or undefined when the text names none. A bare time of day is today's,
 * or yesterday's when today's would lie in the future (a message shown "23:50" read at 00:10).
 */
export function parseShownTime(text: string, now: number): number | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (/^\d{12,13}$/.test(t)) return Number(t);
  if (/^\d{9,10}$/.test(t)) return Number(t) * 1000;
  const rel = relative(t, now);
  if (rel !== undefined) return rel;
  const clock = clockIn(t);
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  let day = dateIn(t, now);
  if (!day && /\b(yesterday)\b|χθες/i.test(t)) day = new Date(today.getTime() - UNIT_MS.d);
  if (!day && /\b(today)\b|σήμερα/i.test(t)) day = today;
  if (day) return clock ? atClock(day, clock) : day.getTime();
  if (!clock) return undefined;
  const at = atClock(today, clock);
  // A few minutes of clock skew between the helpdesk and this machine is not "tomorrow".
  return at > now + 5 * 60_000 ? at - UNIT_MS.d : at;
}

