import { describe, expect, it } from 'vitest';
import { markWords, termsNotIn } from '@/knowledge/text/mark';

describe('markWords', () => {
  it('marks words that share a stem with a term, whatever their ending, case or accents', () => {
    const segs = markWords('Η ΔΙΠΛΗ χρέωση θα επιστραφεί, για την επιστροφή όχι αύριο.', ['χρέωσαν', 'διπλά', 'επιστρέψετε']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['ΔΙΠΛΗ', 'χρέωση', 'επιστροφή']);
    expect(segs.map((s) => s.text).join('')).toBe('Η ΔΙΠΛΗ χρέωση θα επιστραφεί, για την επιστροφή όχι αύριο.');
    // Short words only match as they are.
    expect(markWords('το δέμα', ['το']).filter((s) => s.mark).map((s) => s.text)).toEqual(['το']);
  });

  it('treats terms as words, not patterns', () => {
    expect(markWords('abc', ['a.c']).some((s) => s.mark)).toBe(false);
    expect(markWords('(.*) ok', ['.*']).some((s) => s.mark)).toBe(false);
  });

  it('names the terms a text does not show, each once, in order (endings and accents do not count)', () => {
    expect(termsNotIn('Η ΔΙΠΛΗ χρέωση θα επιστραφεί.', ['κάρτα', 'διπλά', 'χρέωσαν', 'κάρτα', 'πάρει'])).toEqual(['κάρτα', 'πάρει']);
    expect(termsNotIn('', ['κάρτα'])).toEqual(['κάρτα']);
  });
});
