import { describe, expect, it } from 'vitest';
import { messageLang } from '@/knowledge/text/message-lang';

describe('messageLang: which language a customer writes in', () => {
  it.each([
    ['Με χρέωσαν δύο φορές για την ίδια παραγγελία', 'el'],
    ['ΚΑΛΗΣΠΕΡΑ ΘΕΛΩ ΝΑ ΑΚΥΡΩΣΩ ΤΗΝ ΠΑΡΑΓΓΕΛΙΑ', 'el'],
    ['kalhspera, me xreosan dio fores kai den mou apantate', 'el'],
    ['This is the third time I am writing and I want my money back', 'en'],
    ['ι ςαντ μυ μονευ βαψκ', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(messageLang(text)).toBe(lang);
  });

  it('says nothing when English and Greeklish signs balance', () => {
    expect(messageLang('den irthe to dema')).toBeUndefined();
  });

  it('cannot tell from numbers and emoji alone', () => {
    expect(messageLang('100482 😡 !!!')).toBeUndefined();
    expect(messageLang('')).toBeUndefined();
  });
});
