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

  it('Greek: the Greek form', () => {
    expect(shortWhen(morning, 'el')).toMatch(/^12\/3\/26, 9:50 π\.μ\.$/);
  });
});
