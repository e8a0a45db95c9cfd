/**
 * The background service puts a template's twin in the agent's register first (lib/background/knowledge-service.ts,
 * withVariants) through byShortcut: with el-core and en-core loaded, the twin must be in the suggestion's language.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compilePack } from '@/knowledge/node/compile';

vi.mock('@/lib/background/active-packs', () => ({ getActivePacks: async () => [], onPacksChanged: () => () => undefined }));
const { createKnowledgeService } = await import('@/lib/background/knowledge-service');
const { createPackEngine } = await import('@/lib/background/pack-engine');

const packs = async () => ['el-core', 'en-core'].map((p) => ({ pack: compilePack(join(process.cwd(), 'knowledge/packs', p)), priority: 0 }));

describe('register twins with both bundled packs', () => {
  it.each(['formal', 'informal'] as const)('keeps every %s suggestion in the customer\u2019s language', async (formality) => {
    const service = createKnowledgeService(createPackEngine(packs), async () => formality);
    const reply = await service.suggest({
      text: 'hey sorry but this is so frustrating, im really annoyed with the delay of my parcel, cheers mate',
    });
    // English entries about the late parcel and the customer's annoyance, never their Greek twins.
    expect(reply.suggestions.slice(0, 5).map((s) => s.entryId)).toEqual(
      expect.arrayContaining(['delivery-delay', expect.stringMatching(/^apology-late-delivery/)]),
    );
    for (const s of reply.suggestions) {
      const entry = reply.entries[`${s.packId}/${s.entryId}`];
      expect(entry?.lang, s.entryId).toBe('en');
      expect(s.title).toBe(entry?.title);
    }
  });
});
