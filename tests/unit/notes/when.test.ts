import { describe, expect, it } from 'vitest';
import { longDay, longWhen, shortTimeOfDay, shortWhen } from '@/lib/notes/when';

/** Dates follow the UI language, not the browser's (an English notes page showed Greek «π.μ.»). */
describe('dates in the UI language', () => {
  const morning = new Date(2026, 2, 12, 9, 50).getTime();

  it('English: no Greek day-period marks', () => {
    expect(shortWhen(morning, 'en')).toBe('12/03/2026, 09:50');
    expect(shortWhen(morning, 'en')).not.toMatch(/π\.μ\.|μ\.μ\./);
    expect(shortTimeOfDay(morning, 'en')).toBe('09:50');
  });

  it('Greek: the Greek date, and hours 0–23 as Greek desks write them', () => {
    expect(shortWhen(morning, 'el')).toBe('12/03/2026, 09:50');
    const afternoon = new Date(2026, 2, 12, 13, 5).getTime();
    expect(shortWhen(afternoon, 'el')).toBe('12/03/2026, 13:05');
    expect(shortTimeOfDay(afternoon, 'el')).toBe('13:05');
    expect(shortWhen(afternoon, 'el')).not.toMatch(/π\.μ\.|μ\.μ\./);
  });
});

/** Said beside the browser's own date fields, which draw the date in the browser's locale: the agent's language here. */
describe('dates in words, in the UI language', () => {
  const callBack = new Date(2026, 11, 10, 14, 0).getTime();

  it('Greek: weekday, day, month in the genitive, year and a 0–23 hour', () => {
    expect(longWhen(callBack, 'el')).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');
    expect(longDay(callBack, 'el')).toBe('Πέμπτη 10 Δεκεμβρίου 2026');
  });

  it('English: no 12-hour clock, the day before the month', () => {
    expect(longWhen(callBack, 'en')).toBe('Thursday, 10 December 2026 at 14:00');
    expect(longDay(callBack, 'en')).toBe('Thursday, 10 December 2026');
  });
});
