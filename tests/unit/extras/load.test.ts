import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtrasApi } from '@/app/extras/api';

const request = vi.fn();
vi.mock('@/lib/messages', () => ({ request: (...args: unknown[]) => request(...args) }));
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
  });
});
