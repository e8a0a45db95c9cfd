import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY } from '@/lib/background/policy';
import { lastKnownPolicyItem } from '@/lib/store/policy';
import { getSnippets, saveSnippet } from '@/lib/store/snippets';

const thanks = { id: 's1', title: 'Thanks', shortcut: 'thx', body: 'Thank you!', formality: 'formal' as const, tone: 'closing' as const };

describe('saving a personal snippet', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid snippet and refuses an invalid one, naming the problem', async () => {
    await saveSnippet(thanks);
    await expect(saveSnippet({ ...thanks, id: 's2', title: ' ' })).rejects.toThrow('Snippet not saved: title');
    expect((await getSnippets()).map((s) => s.id)).toEqual(['s1']);
  });

  it('is refused while the organisation forbids personal snippets, and what was saved stays', async () => {
    await saveSnippet(thanks);
    await lastKnownPolicyItem.setValue({ ...NO_POLICY, allowPersonalSnippets: false, managedKeys: ['allowPersonalSnippets'] });
    await expect(saveSnippet({ ...thanks, id: 's2', shortcut: 'ty' })).rejects.toThrow(/organisation has turned personal snippets off/);
    expect((await getSnippets()).map((s) => s.id)).toEqual(['s1']);
  });
});
