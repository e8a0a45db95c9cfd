import { describe, expect, it } from 'vitest';
import { excerptSegments, highlightSegments } from '@/components/overlay/highlight';

describe('highlightSegments', () => {
  it('marks whole words case-insensitively and keeps the rest as written', () => {
    const segs = highlightSegments('Με χρέωσαν ΔΙΠΛΑ, όχι διπλάσια.', ['διπλα', 'χρέωσαν']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['χρέωσαν', 'ΔΙΠΛΑ']);
    expect(highlightSegments('Με χρέωσαν διπλά, όχι διπλάσια.', ['διπλά']).filter((s) => s.mark).map((s) => s.text)).toEqual([
      'διπλά',
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('Με χρέωσαν ΔΙΠΛΑ, όχι διπλάσια.');
  });

  it('treats terms as text, not patterns', () => {
    expect(highlightSegments('abc', ['a.c']).some((s) => s.mark)).toBe(false);
    expect(highlightSegments('cost is 5.99 today', ['5.99']).find((s) => s.mark)?.text).toBe('5.99');
  });

  it('cuts a long text to a window around the first matched word', () => {
    const long = 'λέξη '.repeat(80) + 'χρέωσαν διπλά ' + 'τέλος '.repeat(80);
    const segs = excerptSegments(long, ['διπλά'], 100);
    const text = segs.map((s) => s.text).join('');
    expect(text.length).toBeLessThan(110);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(segs.find((s) => s.mark)?.text).toBe('διπλά');
  });
});
