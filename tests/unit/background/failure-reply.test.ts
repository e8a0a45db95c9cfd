import { servedReply } from '../../support/served';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FailureError, failureOf, type Failure } from '@/lib/failure';
import { request, serve } from '@/lib/messages';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/**
 * A refusal crosses from the service worker to the page as data (its code and what it names) beside the English
 * message, so the page can word it in the agent's language instead of showing the English under a Greek headline.
 */
describe('a failure across the message boundary', () => {
  const failure: Failure = { code: 'pack.sameVersion', file: 'pack.json', pack: 'acme', version: '1.0.0' };

  it('serve sends the failure a handler threw beside its message; a plain error sends none', async () => {
    const stop = serve({
      'packs.remove': () => {
        throw new FailureError(failure, 'pack.json: version 1.0.0 of "acme" is already installed');
      },
      'packs.reject': () => {
        throw new Error('plain');
      },
    });
    const ask = async (odigos: string) =>
      servedReply({ odigos, payload: { id: 'acme' } });
    expect(await ask('packs.remove')).toEqual({ ok: false, error: 'pack.json: version 1.0.0 of "acme" is already installed', failure });
    expect(await ask('packs.reject')).toEqual({ ok: false, error: 'plain' });
    stop();
  });

  it('request throws an Error carrying the failure, its message the English reason', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'English reason', failure } as never);
    const thrown = await request('packs.remove', { id: 'acme' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe('English reason');
    expect(failureOf(thrown)).toEqual(failure);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'plain' } as never);
    expect(failureOf(await request('packs.remove', { id: 'acme' }).catch((e: unknown) => e))).toBeUndefined();
  });

  it('a message nobody answered is «no answer» in Chromium (a rejection) as in Firefox (nothing)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('The message port closed before a response was received.'));
    expect(failureOf(await request('packs.remove', { id: 'acme' }).catch((e: unknown) => e))).toEqual({ code: 'ext.noAnswer' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
    expect(failureOf(await request('packs.remove', { id: 'acme' }).catch((e: unknown) => e))).toEqual({ code: 'ext.noAnswer' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    expect((await request('packs.remove', { id: 'acme' }).catch((e: unknown) => e) as Error).message).toBe('Extension context invalidated.');
  });
});
