import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportNoteCode, SkippedItem } from '../../../knowledge/import/types';
import { countStudio, problemCounts, STUDIO_STRINGS } from '../../../components/studio/strings';
import { uiLang } from '../../../lib/i18n';
import { CHANNELS, TONES } from '../../../knowledge/types';
import { FORMALITIES } from '../../../knowledge/pack/rules';

describe('the studio’s words', () => {
  it('every string exists in Greek and in English, with the same placeholders', () => {
    for (const [key, t] of Object.entries(STUDIO_STRINGS) as Array<[string, { el: string; en: string }]>) {
      expect(t.el.trim(), key).not.toBe('');
      expect(t.en.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(t.el), key).toEqual(holes(t.en));
    }
  });

  it('has a sentence for every import note and every reason an item is skipped (the views look them up by code)', () => {
    const notes: Record<ImportNoteCode, true> = {
      mapped: true, 'as-field': true, dropped: true, 'filter-dropped': true, 'html-to-text': true, 'shortcut-changed': true,
      'shortcut-dropped': true, 'triggers-from-title': true, 'tone-guessed': true, 'lang-detected': true,
    };
    const skips: Record<SkippedItem['reason'], true> = { 'no-text': true, 'not-a-reply': true, unreadable: true };
    for (const code of Object.keys(notes)) expect(STUDIO_STRINGS).toHaveProperty([`note.${code}`]);
    for (const reason of Object.keys(skips)) expect(STUDIO_STRINGS).toHaveProperty([`skip.${reason}`]);
  });

  it('labels every tone, channel and formality the pack format declares, in both languages (in-person too)', () => {
    // The template form looks the labels up by value: a value the format gains without one would show as its key.
    for (const [prefix, values] of [['tone', TONES], ['channel', CHANNELS], ['formality', FORMALITIES]] as const) {
      for (const value of values) expect(STUDIO_STRINGS, `${prefix}.${value}`).toHaveProperty([`${prefix}.${value}`]);
    }
    expect(CHANNELS).toContain('in-person');
    expect(STUDIO_STRINGS['channel.in-person' as keyof typeof STUDIO_STRINGS]).toEqual({ el: 'Πρόσωπο με πρόσωπο (κατάστημα, γκισέ)', en: 'In person (shop, counter)' });
  });

  it('abbreviates SOPs as the bundled Greek pack does («ΤΔΛ», τυποποιημένη διαδικασία λειτουργίας), not «ΔΛ»', () => {
    const pack = readFileSync(join(import.meta.dirname, '../../../knowledge/packs/el-core/pack.yaml'), 'utf8');
    const abbreviation = /τυποποιημένες διαδικασίες \((\p{Lu}+)\)/u.exec(pack)?.[1];
    expect(abbreviation).toBe('ΤΔΛ');
    expect(STUDIO_STRINGS['list.sops'].el).toBe(`Διαδικασίες (${abbreviation})`);
  });

  it('counts in the right number: «1 σφάλμα», «Βρέθηκε 1 πρότυπο», not «1 σφάλματα», «Βρέθηκαν 1 πρότυπα»', () => {
    uiLang.value = 'el';
    expect([countStudio('list.errors', 1), countStudio('list.errors', 3), countStudio('list.warnings', 1)]).toEqual(['1 σφάλμα', '3 σφάλματα', '1 προειδοποίηση']);
    expect([countStudio('import.found', 1), countStudio('import.apply', 1), countStudio('import.done', 1)]).toEqual([
      'Βρέθηκε 1 πρότυπο ({format})',
      'Προσθήκη 1 προτύπου στο πακέτο',
      'Προστέθηκε 1 πρότυπο.',
    ]);
    expect([problemCounts(1, 0), problemCounts(2, 1), problemCounts(0, 4)]).toEqual(['1 σφάλμα', '2 σφάλματα, 1 προειδοποίηση', '4 προειδοποιήσεις']);
    uiLang.value = 'en';
    expect([countStudio('list.errors', 1), countStudio('import.apply', 2), problemCounts(1, 1)]).toEqual(['1 error', 'Add 2 templates to the pack', '1 error, 1 warning']);
    uiLang.value = 'el';
  });
});
