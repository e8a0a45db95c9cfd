import { beforeEach, describe, expect, it, vi } from 'vitest';
import { failureOf } from '@/lib/failure';
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
    expect(await saveSnippet({ ...thanks, id: 's2', shortcut: 'ty' }).catch(failureOf)).toEqual({ code: 'snippet.turnedOff' });
    expect((await getSnippets()).map((s) => s.id)).toEqual(['s1']);
  });

  it('refused by a full disk: a code the Options page words (what to do), other refusals as they came', async () => {
    await saveSnippet(thanks);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)'));
    const refused = await saveSnippet({ ...thanks, id: 's2', shortcut: 'ty' }).catch((e: Error) => e);
    expect(failureOf(refused)).toEqual({ code: 'snippet.diskFull' });
    expect((refused as Error).message).toMatch(/^Snippet not saved: IO error: .*FILE_ERROR_NO_SPACE/);
    set.mockRejectedValue(new Error('something else'));
    const other = await saveSnippet({ ...thanks, id: 's2', shortcut: 'ty' }).catch((e: Error) => e);
    expect(failureOf(other)).toBeUndefined();
    set.mockRestore();
    expect((await getSnippets()).map((s) => s.id)).toEqual(['s1']);
  });
});
