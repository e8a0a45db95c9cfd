import { describe, expect, it } from 'vitest';
import type { NoteEvent } from '@/knowledge/qc/events';
import { durationWords } from '@/knowledge/text/duration-words';
import { interactionTimes } from '@/knowledge/qc/timing';
import { parseShownTime } from '@/knowledge/text/shown-time';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 14, 7, 0); // a Saturday morning
const msg = (at: number, from: 'customer' | 'agent', shown = true): { at: number; event: NoteEvent } => ({ at, event: { kind: 'message', from, key: `${from}${at}`, shown } });
const ev = (at: number, event: NoteEvent) => ({ at, event });

describe('first response timed from the customer’s message', () => {
  it('a customer who waited five hours shows five hours, though Odigos saw the ticket only now', () => {
    const opened = T0 + 5 * H;
    const t = interactionTimes({
      createdAt: opened,
      timeline: [
        ev(opened, { kind: 'sop-opened', sopId: 's', firstResponseMinutes: 15, completionMinutes: 2880 }),
        msg(T0, 'customer'),
        ev(opened + 60_000, { kind: 'template-inserted', templateId: 't', packId: 'p', via: 'overlay' }),
        msg(opened + 120_000, 'agent'),
      ],
    });
    expect(t).toMatchObject({ startAt: T0, startShown: true, firstResponseMinutes: 302, firstResponseBy: 'thread', firstResponseTarget: 15, firstResponseLate: true });
    expect(t.waitingSince).toBeUndefined();
  });

  it('counts a reply the agent wrote without Odigos (only the thread shows it)', () => {
    const t = interactionTimes({ createdAt: T0, timeline: [msg(T0, 'customer'), msg(T0 + 40 * 60_000, 'agent')] });
    expect(t.firstResponseMinutes).toBe(40);
  });

  it('falls back to a template inserted where the thread never shows the agent’s replies', () => {
    const t = interactionTimes({ createdAt: T0, timeline: [msg(T0, 'customer'), ev(T0 + 9 * 60_000, { kind: 'template-inserted', templateId: 't', packId: 'p', via: 'shortcut' })] });
    expect(t).toMatchObject({ firstResponseMinutes: 9, firstResponseBy: 'insert' });
  });

  it('a customer still waiting: the wait runs from their latest unanswered message; resolved stops it', () => {
    const timeline = [msg(T0, 'customer'), msg(T0 + H, 'agent'), msg(T0 + 3 * H, 'customer')];
    expect(interactionTimes({ createdAt: T0, timeline }).waitingSince).toBe(T0 + 3 * H);
    const resolved = [...timeline, ev(T0 + 4 * H, { kind: 'status', status: 'resolved' })];
    const done = interactionTimes({ createdAt: T0, timeline: resolved });
    expect(done.completionMinutes).toBe(240);
    expect(done.waitingSince).toBeUndefined();
  });

  it('a note from before messages were recorded starts at its first record, as it did', () => {
    const t = interactionTimes({ createdAt: T0, timeline: [ev(T0 + 10 * 60_000, { kind: 'template-inserted', templateId: 't', packId: 'p', via: 'overlay' })] });
    expect(t).toMatchObject({ startAt: T0, startShown: false, firstResponseMinutes: 10 });
  });
});

describe('durations in words, with plurals', () => {
  it.each([
    [2880, '2 ημέρες', '2 days'],
    [1440, '1 ημέρα', '1 day'],
    [302, '5 ώρες 2 λεπτά', '5 hours 2 minutes'],
    [60, '1 ώρα', '1 hour'],
    [1, '1 λεπτό', '1 minute'],
    [2160, '1 ημέρα 12 ώρες', '1 day 12 hours'],
    [0, 'λιγότερο από 1 λεπτό', 'less than a minute'],
  ])('%i minutes', (m, el, en) => {
    expect(durationWords(m, 'el')).toBe(el);
    expect(durationWords(m, 'en')).toBe(en);
  });
});

describe('times as helpdesks show them', () => {
  const now = new Date(2026, 2, 14, 15, 30).getTime();
  const at = (h: number, m: number, dayOffset = 0) => new Date(2026, 2, 14 + dayOffset, h, m).getTime();
  it.each([
    ['2026-03-14T09:12:00+00:00', Date.parse('2026-03-14T09:12:00+00:00')],
    ['09:12', at(9, 12)],
    ['23:50', at(23, 50, -1)],
    ['2:05 PM', at(14, 5)],
    ['2:05 μ.μ.', at(14, 5)],
    ['Χθες 14:05', at(14, 5, -1)],
    ['Yesterday at 9:00 AM', at(9, 0, -1)],
    ['12/03/2026 14:05', at(14, 5, -2)],
    ['Mar 12, 2:05 PM', at(14, 5, -2)],
    ['12 Μαρ 14:05', at(14, 5, -2)],
    ['5 hours ago', now - 5 * H],
    ['πριν από 5 ώρες', now - 5 * H],
    ['πριν 20 λεπτά', now - 20 * 60_000],
  ])('%s', (text, want) => {
    expect(parseShownTime(text, now)).toBe(want);
  });
  it('finds nothing in words that name no time', () => {
    expect(parseShownTime('Γιώργος Παπαδόπουλος', now)).toBeUndefined();
    expect(parseShownTime('', now)).toBeUndefined();
  });
});
