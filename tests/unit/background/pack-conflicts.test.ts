import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node/compile';
import type { CompiledPack } from '../../../knowledge/types';
import { findConflicts } from '@/lib/background/pack-conflicts';

const el = compilePack(join(process.cwd(), 'knowledge/packs/el-core'));
const en = compilePack(join(process.cwd(), 'knowledge/packs/en-core'));

/** A personal pack holding one of el-core's Greek entries under the same id. */
function personalCopy(of: CompiledPack, id: string): CompiledPack {
  const entry = of.entries.find((e) => e.id === id)!;
  return { ...of, meta: { ...of.meta, id: 'mine' }, entries: [entry] };
}

/**
 * Options lists the entries a pack replaces in another, as the matcher replaces them: same id AND same language.
 * On a fresh install it listed 79 «Ίδιες καταχωρίσεις σε πολλά πακέτα», every entry the Greek and English built-in
 * packs share by design, saying each was «χρησιμοποιείται από el-core; επίσης σε en-core» though both are used.
 */
describe('pack conflicts follow the matcher: one id in one language', () => {
  it('the two built-in packs, Greek and English, replace nothing in each other', () => {
    expect(el.entries.some((e) => en.entries.some((x) => x.id === e.id))).toBe(true);
    expect(findConflicts([{ pack: el, layer: 'bundled' }, { pack: en, layer: 'bundled' }])).toEqual([]);
  });

  it('a personal Greek entry with a built-in Greek id is listed once, in Greek, the personal one used', () => {
    const conflicts = findConflicts([
      { pack: personalCopy(el, 'apology-double-charge'), layer: 'personal' },
      { pack: el, layer: 'bundled' },
      { pack: en, layer: 'bundled' },
    ]);
    expect(conflicts).toEqual([
      { entryId: 'apology-double-charge', lang: 'el', packs: [{ packId: 'mine', layer: 'personal' }, { packId: 'el-core', layer: 'bundled' }] },
    ]);
  });
});
