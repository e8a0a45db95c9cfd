// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countTokens, tokenize } from '../../../knowledge/text/fold';

const TEXTS = [
  '',
  '!!! ??? …',
  '🙂🙂 😡',
  '123456 7890',
  'charged 2 times, order 123456',
  'καλησπέρα σας, με χρέωσαν δύο φορές',
  'kalhsp;era :ola ;',
  'ΑΘΗΝΑ athens Αθήνα',
  `${'x'.repeat(33)} ok`,
  'a b c d e f g h i j k l m n o p',
  "don't it’s l'avion",
  '中文字符 日本語',
];

describe('countTokens', () => {
  it('counts what tokenize keeps, up to the limit', () => {
    for (const text of TEXTS) {
      expect(countTokens(text)).toBe(tokenize(text).length);
      for (const max of [1, 2, 13]) expect(countTokens(text, max)).toBe(Math.min(max, tokenize(text).length));
    }
  });
});
