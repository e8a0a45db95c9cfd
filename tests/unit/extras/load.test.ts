import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtrasApi } from '@/app/extras/api';
import { failureOf } from '@/lib/failure';

const request = vi.fn();
type Handlers = Record<string, (payload: unknown, sender: unknown) => Promise<unknown>>;
const served: Handlers = {};
vi.mock('@/lib/messages', () => ({ request: (...args: unknown[]) => request(...args), serve: (h: Handlers) => (Object.assign(served, h), () => undefined) }));
const { ensureExtras } = await import('@/app/extras/load');

const fakeApi = (alive = true) => ({ alive: () => alive }) as unknown as ExtrasApi;

afterEach(() => {
  globalThis.__odigosExtras = undefined;
  request.mockReset();
});

describe('ensureExtras: the extras for this frame, injected on first use', () => {
  it('asks the background once, however many views want them at the same time', async () => {
    const api = fakeApi();
    request.mockImplementation(async () => void (globalThis.__odigosExtras = api));
    const [a, b] = await Promise.all([ensureExtras(), ensureExtras()]);
    expect(a).toBe(api);
    expect(b).toBe(api);
    expect(request).toHaveBeenCalledExactlyOnceWith('extras.inject', {});
    // Already there: no second injection.
    expect(await ensureExtras()).toBe(api);
    expect(request).toHaveBeenCalledOnce();
  });

  it('injects again when the copy left behind belongs to an extension that was reloaded', async () => {
    globalThis.__odigosExtras = fakeApi(false);
    const fresh = fakeApi();
    request.mockImplementation(async () => void (globalThis.__odigosExtras = fresh));
    expect(await ensureExtras()).toBe(fresh);
  });

  it('rejects when the browser refuses, and tries again next time', async () => {
    request.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(ensureExtras()).rejects.toThrow('Cannot access contents of the page');
    const api = fakeApi();
    request.mockImplementation(async () => void (globalThis.__odigosExtras = api));
    expect(await ensureExtras()).toBe(api);
  });

  it('rejects with a clear message when the injected script did not start', async () => {
    request.mockResolvedValue(undefined);
    await expect(ensureExtras()).rejects.toThrow('Odigos extras did not start on this page');
    // With a code, which the panel words (what to do: reload the page) instead of showing this English alone.
    expect(await ensureExtras().catch(failureOf)).toEqual({ code: 'ext.extrasFailed' });
  });
});

describe('serveExtras: the background injects the extras, or says why not with a code', () => {
  it('a frame in no tab: ext.noTab; the browser refusing the injection: ext.extrasFailed, its reason kept', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { serveExtras } = await import('@/lib/background/extras');
    serveExtras();
    const handlers = served;
    expect(await handlers['extras.inject']!({}, {}).catch(failureOf)).toEqual({ code: 'ext.noTab' });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Frame with ID 3 was removed.'));
    const refused = await handlers['extras.inject']!({}, { tab: { id: 4 }, frameId: 3 }).catch((e: Error) => e);
    expect(failureOf(refused)).toEqual({ code: 'ext.extrasFailed' });
    expect((refused as Error).message).toBe('Odigos extras could not be injected: Frame with ID 3 was removed.');
  });
});
