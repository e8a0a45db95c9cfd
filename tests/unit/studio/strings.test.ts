import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportNoteCode, SkippedItem } from '../../../knowledge/import/types';
import { STUDIO_STRINGS } from '../../../components/studio/strings';

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

  it('abbreviates SOPs as the bundled Greek pack does («ΤΔΛ», τυποποιημένη διαδικασία λειτουργίας), not «ΔΛ»', () => {
    const pack = readFileSync(join(import.meta.dirname, '../../../knowledge/packs/el-core/pack.yaml'), 'utf8');
    const abbreviation = /τυποποιημένες διαδικασίες \((\p{Lu}+)\)/u.exec(pack)?.[1];
    expect(abbreviation).toBe('ΤΔΛ');
    expect(STUDIO_STRINGS['list.sops'].el).toBe(`Διαδικασίες (${abbreviation})`);
  });
});
