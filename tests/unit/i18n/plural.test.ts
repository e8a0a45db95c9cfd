import { afterEach, describe, expect, it } from 'vitest';
import { count, plural } from '@/knowledge/text/plural';
import { definePlurals, uiLang } from '@/lib/i18n';
import { countNotesPage } from '@/lib/notes/page-strings';

afterEach(() => {
  uiLang.value = 'el';
});

describe('counted words follow the language’s plural rules', () => {
  it('CLI: "1 entry (0 SOPs, 1 template)", never "1 entries"', () => {
    expect(`${count(1, 'entry', 'entries')} (${count(0, 'SOP', 'SOPs')}, ${count(1, 'template', 'templates')})`).toBe(
      '1 entry (0 SOPs, 1 template)',
    );
    expect(count(2, 'warning', 'warnings')).toBe('2 warnings');
  });

  it('Greek and English forms by Intl.PluralRules', () => {
    const forms = { one: '{n} σημείωση', other: '{n} σημειώσεις' };
    expect([0, 1, 2, 21].map((n) => plural(n, forms, 'el-GR'))).toEqual(['0 σημειώσεις', '1 σημείωση', '2 σημειώσεις', '21 σημειώσεις']);
  });

  it('groups the digits of a count as the language does: «1.234 σημειώσεις», "1,234 notes"', () => {
    uiLang.value = 'el';
    expect(countNotesPage('page.count', 1234)).toBe('1.234 σημειώσεις');
    expect(countNotesPage('page.count', 999)).toBe('999 σημειώσεις');
    uiLang.value = 'en';
    expect(countNotesPage('page.count', 1234)).toBe('1,234 notes');
    expect(countNotesPage('page.count', 1_234_567)).toBe('1,234,567 notes');
    expect(count(12345, 'entry', 'entries')).toBe('12,345 entries');
  });

  it('UI strings in the UI language: «1 σημείωση», "1 note"', () => {
    uiLang.value = 'el';
    expect(countNotesPage('page.count', 1)).toBe('1 σημείωση');
    expect(countNotesPage('page.count', 5)).toBe('5 σημειώσεις');
    uiLang.value = 'en';
    expect(countNotesPage('page.count', 1)).toBe('1 note');
    const review = definePlurals({ r: { el: { one: '{n} θέλει αναθεώρηση', other: '{n} θέλουν αναθεώρηση' }, en: { one: '{n} needs review', other: '{n} need review' } } });
    expect(review('r', 1)).toBe('1 needs review');
    uiLang.value = 'el';
    expect(review('r', 1)).toBe('1 θέλει αναθεώρηση');
  });
});
