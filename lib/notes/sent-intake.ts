import type { PendingReply, SentReply, SentTicket } from './sent-replies';

/** Where a page hands on the replies it heard sent until the background has them (lib/store/sent-outbox.ts). */
export interface OutboxArea {
  all(): Promise<SentReply[]>;
  put(reply: SentReply): Promise<void>;
  remove(id: string): Promise<void>;
}

/** What becomes of a reply the background takes: recorded under the ticket its page showed, else kept pending. */
export interface SentPlaces {
  record(reply: SentReply & { ticket: SentTicket }): Promise<void>;
  keep(reply: PendingReply): Promise<void>;
}

const pendingOf = ({ page, text, key, at, url }: SentReply): PendingReply => ({ page, text, key, at, url });

/**
 * The background's side of the hand-on (lib/store/sent-outbox.ts): a reply arrives by its message, or is found in
 * the outbox (at the worker's start, when a page asks what waits), or both; each is taken once. A reply first heard
 * before its page was read is kept pending; the same reply again with the ticket (the page read since) is then
 * recorded, never the other way round. Taken ids are remembered for the worker's life; across a restart the outbox
 * entry is already gone.
 */
export function sentIntake(outbox: OutboxArea, places: SentPlaces) {
  const taken = new Map<string, 'pending' | 'recorded'>();
  const take = async (reply: SentReply) => {
    const was = taken.get(reply.id);
    if (was === 'recorded' || (was && !reply.ticket)) return;
    const ticket = reply.ticket;
    taken.set(reply.id, ticket ? 'recorded' : 'pending');
    try {
      if (ticket) await places.record({ ...reply, ticket });
      else await places.keep(pendingOf(reply));
    } catch (err) {
      // Not stored (a full disk): the outbox keeps it for the next look.
      if (was) taken.set(reply.id, was);
      else taken.delete(reply.id);
      throw err;
    }
    await outbox.remove(reply.id).catch(() => undefined);
  };
  return {
    take,
    /** Takes what pages handed on and could not deliver (replaced before the worker started). */
    async sweep() {
      const left = await outbox.all().catch((): SentReply[] => []);
      for (const reply of left) await take(reply).catch(() => undefined);
    },
  };
}
