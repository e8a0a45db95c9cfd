import { describe, expect, it, vi } from 'vitest';
import { offerHandover, takeHandover } from '@/lib/notes/frame-handover';
import { frameHash, parseFrameHash } from '@/lib/notes/frame-protocol';
import { emptyFields } from '@/lib/notes/template';
import type { SaveRequest } from '@/lib/notes/save';

const draft: SaveRequest = {
  interactionId: 'generic:http://127.0.0.1/desk/el/tickets/48213',
  url: 'http://127.0.0.1/desk/el/tickets/48213',
  label: '#48213',
  editorId: 'old-editor',
  seq: 7,
  baseVersion: 3,
  base: emptyFields('el'),
  fields: { ...emptyFields('el'), text: 'γράφτηκε στο παλιό πάνελ' },
};

describe('notes frame hand-over after an extension update', () => {
  it('gives the old frame’s text to the new frame, which stores it; the old one locks first and hears it was taken', async () => {
    const on = { asked: vi.fn(), taken: vi.fn() };
    const offer = offerHandover('old-token-1234', () => draft, on);
    const save = vi.fn(async () => undefined);
    // Another old frame in another tab does not answer for this one.
    const other = offerHandover('other-token-99', () => ({ ...draft, editorId: 'other' }), { asked: vi.fn(), taken: vi.fn() });
    await expect(takeHandover('old-token-1234', save)).resolves.toEqual({ outcome: 'taken', kept: undefined });
    expect(save).toHaveBeenCalledExactlyOnceWith(draft);
    expect(on.asked).toHaveBeenCalled();
    await vi.waitFor(() => expect(on.taken).toHaveBeenCalled());
    offer.close();
    other.close();
  });

  it('says nobody answered when the old frame is gone, and keeps a text it could not store for the new editor', async () => {
    await expect(takeHandover('gone-token-0000', vi.fn(), { waitMs: 50 })).resolves.toEqual({ outcome: 'silent', kept: undefined });
    const offer = offerHandover('old-token-5678', () => draft, { asked: vi.fn(), taken: vi.fn() });
    const failing = vi.fn(async () => Promise.reject(new Error('QuotaExceededError')));
    await expect(takeHandover('old-token-5678', failing, { tries: 3, retryMs: 5 })).resolves.toEqual({ outcome: 'failed', kept: draft });
    expect(failing).toHaveBeenCalledTimes(3);
    offer.close();
  });

  it('reads only well-formed tokens from the frame address', () => {
    expect(parseFrameHash(frameHash({ token: 'abcdef0123456789', handover: 'fedcba9876543210' }))).toEqual({
      token: 'abcdef0123456789',
      handover: 'fedcba9876543210',
    });
    expect(parseFrameHash(frameHash({ token: 'abcdef0123456789' }))).toEqual({ token: 'abcdef0123456789' });
    expect(parseFrameHash('#t=<script>')).toBeUndefined();
    expect(parseFrameHash('#t=abcdef0123456789&h=x"y')).toEqual({ token: 'abcdef0123456789' });
  });
});
