import { servedReply } from '../../support/served';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The bundled packs are a build-time virtual module; these tests are about the agent's snippets only.
vi.mock('@/lib/background/active-packs', () => ({
  PRIORITY: { bundled: 0, company: 10, team: 20, personal: 30 },
  getActivePacks: async () => [],
  onPacksChanged: () => () => undefined,
  reportPackFailure: () => undefined,
}));
import { NO_POLICY, trackPolicy } from '@/lib/background/policy';
import { lastKnownPolicyItem } from '@/lib/store/policy';
import { createTemplatesService, serveTemplates } from '@/lib/background/templates-service';
import { createPackEngine } from '@/lib/background/pack-engine';
import type { RequestName, Requests } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';
import { saveSnippet, snippetsItem, type Snippet } from '@/lib/store/snippets';

const mine: Snippet = {
  id: 'a1', title: 'Η δική μου συγγνώμη', shortcut: 'mysorry', body: 'Λυπάμαι πολύ, {{customer.firstName}}.',
  formality: 'formal', tone: 'apology', lang: 'el', updatedAt: 0,
};

/** A content script's request to the served background (the fake browser's sendMessage names no sender). */
async function request<K extends RequestName>(name: K, payload: Requests[K]['req']): Promise<Requests[K]['res']> {
  const reply = (await servedReply({ odigos: name, payload })) as { ok: boolean; value?: Requests[K]['res']; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value!;
}

const personalHits = async () => (await request('templates.search', { query: '' })).filter((h) => h.personal).map((h) => h.title);

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** Chromium after a start-up: storage.managed answers nothing until the policy is delivered. */
/** A promise and whether it has settled yet, read without waiting for it. */
function settledFlag<T>(promise: Promise<T>): { promise: Promise<T>; settled: boolean } {
  const flag = { promise, settled: false };
  void promise.finally(() => (flag.settled = true));
  return flag;
}

function policyNotDeliveredYet(): () => void {
  const managed = fakeBrowser.storage.managed;
  const getAll = managed.get.bind(managed) as () => Promise<Record<string, unknown>>;
  let deliver = () => undefined as void;
  const delivered = new Promise<void>((r) => (deliver = r));
  vi.spyOn(managed, 'get').mockImplementation((async () => {
    await delivered;
    return getAll();
  }) as typeof managed.get);
  return deliver;
}

describe('allowPersonalSnippets', () => {
  it('false leaves the agent’s snippets out of shortcuts, palette and keys', async () => {
    let allowed = false;
    const service = createTemplatesService(createPackEngine(async () => []), async () => [mine], async () => DEFAULT_SETTINGS, async () => allowed);
    expect(await service.keys()).toEqual([]);
    expect(await service.byShortcut({ keyword: 'mysorry' })).toBeNull();
    expect(await service.search({ query: 'συγγνώμη' })).toEqual([]);
    allowed = true;
    service.invalidate();
    expect(await service.keys()).toEqual(['mysorry']);
    expect((await service.byShortcut({ keyword: 'mysorry' }))?.personal).toBe(true);
  });

  it('follows the administrator: off drops the cached catalogue, on brings the same snippets back, nothing stored is touched', async () => {
    const { shortcut, title, body, formality, tone, id } = mine;
    await saveSnippet({ id, title, shortcut, body, formality, tone });
    const stored = await snippetsItem.getValue();
    const stop = serveTemplates(createPackEngine(async () => []));
    try {
      expect(await request('templates.keys', {})).toEqual(['mysorry']);
      expect(await personalHits()).toEqual([title]);

      await fakeBrowser.storage.managed.set({ allowPersonalSnippets: false });
      await expect.poll(() => request('templates.keys', {})).toEqual([]);
      expect(await personalHits()).toEqual([]);
      expect(await request('templates.byShortcut', { keyword: 'mysorry' })).toBeNull();
      expect(await snippetsItem.getValue()).toEqual(stored);
      // Remembered for the next start-up, when the browser may take seconds to deliver the policy again.
      expect((await lastKnownPolicyItem.getValue())?.allowPersonalSnippets).toBe(false);

      await fakeBrowser.storage.managed.clear();
      await expect.poll(() => request('templates.keys', {})).toEqual(['mysorry']);
      expect(await personalHits()).toEqual([title]);
      expect(await snippetsItem.getValue()).toEqual(stored);
    } finally {
      stop();
    }
  });
});

describe('a policy the browser has not delivered yet', () => {
  it('is the last one delivered, or no policy on a first start-up; callers wait for it once, briefly', async () => {
    // Fake timers, not the wall clock: the wait is measured in timer steps, so a loaded machine cannot fail it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      policyNotDeliveredYet();
      const first = trackPolicy(() => undefined, 20);
      const firstAnswer = settledFlag(first.current());
      await vi.advanceTimersByTimeAsync(19);
      expect(firstAnswer.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await firstAnswer.promise).toEqual(NO_POLICY);
      first.stop();
      await lastKnownPolicyItem.setValue({ ...NO_POLICY, allowPersonalSnippets: false, managedKeys: ['allowPersonalSnippets'] });
      const next = trackPolicy(() => undefined, 20);
      const waited = next.current();
      await vi.advanceTimersByTimeAsync(20);
      expect((await waited).allowPersonalSnippets).toBe(false);
      // Once waited, a caller is answered with no time passing at all.
      const again = settledFlag(next.current());
      await new Promise((resolve) => setImmediate(resolve));
      expect(again.settled).toBe(true);
      next.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps shortcuts on the last known policy until it arrives', async () => {
    await snippetsItem.setValue([mine]);
    await lastKnownPolicyItem.setValue({ ...NO_POLICY, allowPersonalSnippets: false, managedKeys: ['allowPersonalSnippets'] });
    const deliver = policyNotDeliveredYet();
    const stop = serveTemplates(createPackEngine(async () => []));
    try {
      expect(await request('templates.keys', {})).toEqual([]);
      // The administrator lifted the restriction while the browser was closed.
      deliver();
      await expect.poll(() => request('templates.keys', {})).toEqual(['mysorry']);
    } finally {
      stop();
    }
  });
});
