/**
 * The notes' date fields as the agent types them, day first in both languages («10/12/2026 14:00»: Greek and British
 * English alike). The browser's own date fields drew the browser's locale whatever language the agent chose
 * («12/10/2026, 02:00 PM» on an English Chrome, month first), and no page can change that; these text fields read and
 * write the day in one order everywhere.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** «10/12/2026», the day of `ms` in local time. */
export function typedDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** «10/12/2026 14:00», the day and time of `ms` in local time (hours 0–23). */
export function typedWhen(ms: number): string {
  const d = new Date(ms);
  return `${typedDay(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Day first with / . or - between (1/2/2026, 01.02.2026), or the year first as ISO writes it (2026-02-01). */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** A time of day: 14:00, 9.05 (hours 0–23). */
const TIME = /^(\d{1,2})[:.](\d{2})$/;

/** The local time of a day that exists (31/02 does not: Date would roll it into March), else undefined. */
function localTime(year: number, month: number, day: number, hours = 0, minutes = 0): number | undefined {
  if (hours > 23 || minutes > 59) return undefined;
  const d = new Date(year, month - 1, day, hours, minutes);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d.getTime() : undefined;
}

function dayParts(text: string): [number, number, number] | undefined {
  const first = DAY_FIRST.exec(text);
  if (first) return [Number(first[3]), Number(first[2]), Number(first[1])];
  const iso = YEAR_FIRST.exec(text);
  return iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : undefined;
}

/** The start of the day typed (local time): null when the field is empty, undefined when it cannot be read. */
export function readTypedDay(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const parts = dayParts(t);
  return parts && localTime(...parts);
}

/**
 * The moment typed, a day and a time («10/12/2026 14:00», or ISO's «2026-12-10T14:00»): null when the field is
 * empty, undefined when it cannot be read (a day without its time included: a call-back is promised for an hour).
 */
export function readTypedWhen(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const [day, time, ...rest] = t.split(/[\sT,]+/);
  if (rest.length || !time) return undefined;
  const parts = dayParts(day!);
  const clock = TIME.exec(time);
  return parts && clock ? localTime(...parts, Number(clock[1]), Number(clock[2])) : undefined;
}
