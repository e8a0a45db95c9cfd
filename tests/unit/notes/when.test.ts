import { describe, expect, it } from 'vitest';
import { shortTimeOfDay, shortWhen } from '@/lib/notes/when';

/** Dates follow the UI language, not the browser's (an English notes page showed Greek «π.μ.»). */
describe('dates in the UI language', () => {
  const morning = new Date(2026, 2, 12, 9, 50).getTime();

  it('English: no Greek day-period marks', () => {
    expect(shortWhen(morning, 'en')).toBe('12/03/2026, 09:50');
    expect(shortWhen(morning, 'en')).not.toMatch(/π\.μ\.|μ\.μ\./);
    expect(shortTimeOfDay(morning, 'en')).toBe('09:50');
  });

  it('Greek: the Greek date, and hours 0–23 as Greek desks write them', () => {
    expect(shortWhen(morning, 'el')).toBe('12/3/26, 09:50');
    const afternoon = new Date(2026, 2, 12, 13, 5).getTime();
    expect(shortWhen(afternoon, 'el')).toBe('12/3/26, 13:05');
    expect(shortTimeOfDay(afternoon, 'el')).toBe('13:05');
    expect(shortWhen(afternoon, 'el')).not.toMatch(/π\.μ\.|μ\.μ\./);
  });
});
