import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('@/lib/background/active-packs', () => ({ getActivePacks: async () => [], onPacksChanged: () => () => undefined, reportPackFailure: () => undefined }));
const { boostsFor, learnedEntries, learnedItem, noteChoice, resetLearned } = await import('@/lib/store/learned');
const { learnChoice } = await import('@/lib/background/knowledge-service');

beforeEach(() => fakeBrowser.reset());

describe('what the agent chose, in extension storage (lib/store/learned.ts)', () => {
  it('learns a choice, raises it for a similar message only, and forgets everything on reset', async () => {
    await noteChoice('Με χρεώσατε δύο φορές για την παραγγελία, διπλή χρέωση στην κάρτα', 'el-core', 'apology-double-charge');
    expect(await learnedEntries()).toBe(1);
    expect((await boostsFor('Διπλή χρέωση στην κάρτα μου')).get('el-core/apology-double-charge')).toBeGreaterThan(1);
    expect(await boostsFor('Θέλω να αλλάξω τη διεύθυνση αποστολής')).toEqual(new Map());
    await resetLearned();
    expect(await learnedEntries()).toBe(0);
    expect(await boostsFor('Διπλή χρέωση στην κάρτα μου')).toEqual(new Map());
  });

  it('keeps every one of choices made at once (writes one after another)', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => noteChoice('διπλή χρέωση στην κάρτα', 'p', id)));
    expect(await learnedEntries()).toBe(4);
  });

  it('reads a damaged value as nothing learnt, and the next choice replaces it', async () => {
    await learnedItem.setValue({ version: 1, pairs: 'broken' });
    expect(await boostsFor('διπλή χρέωση')).toEqual(new Map());
    await learnedItem.setValue({ version: 1, pairs: { dipl: null, hreos: { 'p/x': 'x' } } });
    expect(await learnedEntries()).toBe(1);
    expect(await boostsFor('διπλή χρέωση')).toEqual(new Map());
    await noteChoice('διπλή χρέωση', 'p', 'e');
    expect(await learnedEntries()).toBe(1);
  });

  it('the background learns only well-formed choices a content script sends', async () => {
    const note = vi.fn(async () => undefined);
    await learnChoice({ text: 'διπλή χρέωση', packId: 'p', entryId: 'e' }, note);
    for (const bad of [null, {}, { text: 1, packId: 'p', entryId: 'e' }, { text: 'x', packId: '', entryId: 'e' }, { text: 'x', packId: 'p', entryId: 'e'.repeat(201) }]) {
      await learnChoice(bad as never, note);
    }
    expect(note).toHaveBeenCalledTimes(1);
  });
});
