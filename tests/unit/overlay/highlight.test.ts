import { describe, expect, it } from 'vitest';
import { stemSegments } from '@/components/overlay/highlight';

describe('stemSegments', () => {
  it('marks words that share a stem with a term, whatever their ending, case or accents', () => {
    const segs = stemSegments('Η ΔΙΠΛΗ χρέωση θα επιστραφεί, για την επιστροφή όχι αύριο.', ['χρέωσαν', 'διπλά', 'επιστρέψετε']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['ΔΙΠΛΗ', 'χρέωση', 'επιστροφή']);
    expect(segs.map((s) => s.text).join('')).toBe('Η ΔΙΠΛΗ χρέωση θα επιστραφεί, για την επιστροφή όχι αύριο.');
    // Short words only match as they are.
    expect(stemSegments('το δέμα', ['το']).filter((s) => s.mark).map((s) => s.text)).toEqual(['το']);
  });

  it('treats terms as words, not patterns', () => {
    expect(stemSegments('abc', ['a.c']).some((s) => s.mark)).toBe(false);
    expect(stemSegments('(.*) ok', ['.*']).some((s) => s.mark)).toBe(false);
  });
});
