import { browser } from 'wxt/browser';
import type { OutboxArea } from '../notes/sent-intake';
import type { SentReply } from '../notes/sent-replies';

/**
 * A reply heard sent is handed on in extension storage by the content script as it sends it to the background, and
 * taken out by the background once it has it (lib/notes/sent-intake.ts). A page replaced the moment it sent (a
 * form's post answered at once) takes an undelivered message with it while a stopped service worker is still
 * starting; the storage write it made first stays. storage.local, not the page's storage: the helpdesk's own
 * scripts read that. It is on disk for the moment between the send and the background taking it (the notes store
 * keeps the reply on disk after that anyway), as the notes editor's crash-safe drafts are.
 */
export const OUTBOX_PREFIX = 'sentReply:';

export type { OutboxArea };

const isSent = (v: unknown): v is SentReply => {
  const r = v as SentReply | undefined;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.text === 'string' && typeof r.url === 'string';
};

export function localOutbox(): OutboxArea {
  const area = () => browser.storage.local;
  return {
    async all() {
      let keys: string[];
      try {
        // Keys first: storage.local also holds kept pack versions, megabytes each.
        keys = await area().getKeys();
      } catch {
        keys = Object.keys(await area().get(null)); // browsers (and test fakes) without getKeys
      }
      const mine = keys.filter((k) => k.startsWith(OUTBOX_PREFIX));
      return mine.length ? Object.values(await area().get(mine)).filter(isSent) : [];
    },
    put: (reply) => area().set({ [OUTBOX_PREFIX + reply.id]: reply }),
    remove: (id) => area().remove(OUTBOX_PREFIX + id),
  };
}
