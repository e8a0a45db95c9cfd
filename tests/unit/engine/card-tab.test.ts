// @vitest-environment node
/**
 * «καρτέλα» (a tab, a customer's record) is no form of «κάρτα» (a card): the stems differ (kartel, kart), but a pack
 * that never says «καρτέλα» had the prefix fallback cut kartel back to kart, and a message about a settings tab or a
 * customer's record met the card entries (stem.ts greekFormOf). el-core's SOPs say «καρτέλα», so the pack here is
 * el-core without them, as a pack of templates alone would be.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, createMatcher } from '@/knowledge/engine';
import { compilePack } from '@/knowledge/node/compile';
import type { CompiledPack } from '@/knowledge/types';

function withoutTab(): CompiledPack {
  const core = compilePack(join(process.cwd(), 'knowledge/packs/el-core'));
  const entries = core.entries.filter((e) => !/καρτέλ/i.test(JSON.stringify(e)));
  return { ...core, entries, index: buildIndex(entries) };
}

/** Entries about a card: a title or trigger that says κάρτα (κάρτας, κάρτες...). */
const aboutCards = (pack: CompiledPack): Set<string> =>
  new Set(pack.entries.filter((e) => /κάρτ(α|ας|ες|ών)(?!\p{L})/iu.test([e.title, ...(e.triggers ?? [])].join(' '))).map((e) => e.id));

describe('«καρτέλα» is not «κάρτα»', () => {
  const pack = withoutTab();
  const cards = aboutCards(pack);
  const m = createMatcher([{ pack, priority: 0 }]);

  it('the pack still has card entries, and «κάρτα» still finds them', () => {
    expect(cards.size).toBeGreaterThan(2);
    expect(cards.has(m.search('μου έκλεψαν την κάρτα', { limit: 3 }).suggestions[0]!.entryId)).toBe(true);
  });

  it.each(['η καρτέλα μου', 'καρτέλα', 'στην καρτέλα Ρυθμίσεις δεν βλέπω τίποτα', 'δεν εμφανίζονται οι καρτέλες', 'sthn kartela tou pelath', 'η καρτέλα του λογαριασμού μου δεν φορτώνει'])(
    '%s: no card entry in the top 3, and no entry matched by «καρτέλα»',
    (text) => {
      const found = m.search(text, { limit: 10 }).suggestions;
      expect(found.slice(0, 3).map((s) => s.entryId).filter((id) => cards.has(id))).toEqual([]);
      for (const s of found) expect(s.matchedTerms.join(' '), s.entryId).not.toMatch(/kartel|καρτέλ/i);
    },
  );
});
