/**
 * «νέα» the noun ("news": «δεν έχω νέα») against «νέα» the adjective ("new": the card template's trigger «πότε θα
 * έρθει η νέα κάρτα»), read from the word before it (knowledge/text/news-sense.ts). Demo ticket #48240 is a delayed
 * order whose customer has no news: the blocked-card template ranked fifth on the panel through «νέα» alone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickAdapter, readConversation } from '@/lib/crm';
import { compilePack } from '@/knowledge/node/compile';
import { createMatcher } from '@/knowledge/engine';
import { demoDesk } from './demo-desk';
import { pageReply } from './moment-harness';

describe('«νέα»: news after «έχω», «κανένα», «τα»; new before a noun', () => {
  it('demo #48240 («δεν έχω νέα»): the blocked-card template is no longer among the first five', () => {
    const doc = demoDesk('el', '48240');
    const { snapshot } = readConversation(pickAdapter(doc.location as unknown as Location, doc), doc);
    const ids = pageReply(snapshot, 8).suggestions.map((s) => s.entryId);
    expect(ids[0]).toBe('delivery-delay');
    expect(ids.slice(0, 5)).not.toContain('info-card-blocked');
  });

  it('the adjective still finds the new card, and «νέα» the noun no longer explains a match', () => {
    const m = createMatcher([{ pack: compilePack(join(process.cwd(), 'knowledge/packs/el-core')), priority: 0 }]);
    const adjective = m.search('πότε θα έρθει η νέα κάρτα μου;', { limit: 3 }).suggestions;
    expect(adjective.map((s) => s.entryId)).toContain('info-card-blocked');
    expect(adjective.find((s) => s.entryId === 'info-card-blocked')!.matchedTerms).toContain('νέα');
    for (const [text, word] of [['δεν έχω νέα για την παραγγελία', 'νέα'], ['κανένα νέο για την παραγγελία μου;', 'νέο']] as const) {
      const card = m.search(text, { limit: 8 }).suggestions.find((s) => s.entryId === 'info-card-blocked');
      expect(card?.matchedTerms ?? [], text).not.toContain(word);
    }
  });
});
