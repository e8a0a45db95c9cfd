import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sentIntake } from '@/lib/notes/sent-intake';
import type { PendingReply, SentReply } from '@/lib/notes/sent-replies';
import { localOutbox, OUTBOX_PREFIX } from '@/lib/store/sent-outbox';

const T = 1_770_000_000_000;
const sent = (over: Partial<SentReply> = {}): SentReply => ({
  id: 'p1-0',
  page: 'p1',
  text: 'Καλησπέρα σας, η επιστροφή έγινε σήμερα.',
  key: 'ks',
  at: T,
  url: 'https://desk.example/Ticket/Display.html?id=9',
  ...over,
});
const ticket = { interactionId: 'generic:desk.example:9', label: '#9', customer: 'Μαρία' };

/** The background's side over the real outbox (storage.local, faked): what it recorded and kept pending. */
function background() {
  const recorded: SentReply[] = [];
  const kept: PendingReply[] = [];
  const intake = sentIntake(localOutbox(), { record: async (r) => void recorded.push(r), keep: async (p) => void kept.push(p) });
  return { intake, recorded, kept };
}

const outboxKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(OUTBOX_PREFIX));

describe('sentIntake: a reply handed on in extension storage reaches the store once, however it arrives', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a reply whose message was lost (its page replaced before the worker started) from the outbox', async () => {
    // The page wrote the outbox and sent the message; the message never arrived.
    await localOutbox().put(sent({ ticket }));
    await localOutbox().put(sent({ id: 'p2-0', page: 'p2', key: 'k2' }));
    const { intake, recorded, kept } = background();
    await intake.sweep();
    expect(recorded.map((r) => [r.id, r.ticket?.interactionId])).toEqual([['p1-0', 'generic:desk.example:9']]);
    expect(kept).toEqual([{ page: 'p2', text: sent().text, key: 'k2', at: T, url: sent().url }]);
    expect(await outboxKeys()).toEqual([]);
    // Taken out: a worker started later finds nothing more.
    const later = background();
    await later.intake.sweep();
    expect([later.recorded, later.kept]).toEqual([[], []]);
  });

  it('takes a reply once when its message and the outbox both bring it, in either order, at once', async () => {
    await localOutbox().put(sent({ ticket }));
    const { intake, recorded } = background();
    await Promise.all([intake.sweep(), intake.take(sent({ ticket })), intake.sweep()]);
    await intake.take(sent({ ticket }));
    expect(recorded).toHaveLength(1);
    expect(await outboxKeys()).toEqual([]);
  });

  it('records a reply first heard before its page was read once the page names the ticket, never the other way round', async () => {
    const { intake, recorded, kept } = background();
    await intake.take(sent());
    await intake.take(sent({ ticket }));
    // The reply without its ticket again (the outbox's older copy): nothing more.
    await intake.take(sent());
    expect([kept.length, recorded.length]).toEqual([1, 1]);
    const other = background();
    await other.intake.take(sent({ ticket }));
    await other.intake.take(sent());
    expect([other.kept.length, other.recorded.length]).toEqual([0, 1]);
  });

  it('keeps a reply the store could not take (a full disk) in the outbox, and takes it at the next look', async () => {
    await localOutbox().put(sent({ ticket }));
    let full = true;
    const recorded: SentReply[] = [];
    const intake = sentIntake(localOutbox(), {
      record: async (r) => {
        if (full) throw new Error('QuotaExceededError');
        recorded.push(r);
      },
      keep: async () => undefined,
    });
    await intake.sweep();
    expect(await outboxKeys()).toEqual([`${OUTBOX_PREFIX}p1-0`]);
    full = false;
    await intake.sweep();
    expect(recorded).toHaveLength(1);
    expect(await outboxKeys()).toEqual([]);
  });

  it('never puts the reply in storage.session (open to no content script) nor reads what is not a reply', async () => {
    await fakeBrowser.storage.local.set({ [`${OUTBOX_PREFIX}junk`]: { nope: 1 }, 'notesDraft:x#y': { v: 1 } });
    await localOutbox().put(sent());
    expect((await localOutbox().all()).map((r) => r.id)).toEqual(['p1-0']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
