import { sendControlsFor } from '@/lib/crm/adapter-specs';
import { customerName, describeSnapshot } from '@/lib/crm/describe';
import type { PageReading } from '@/lib/crm/page-reading';
import { watchSends, type SentText } from '@/lib/crm/send-watch';
import { request } from '@/lib/messages';
import { messageKey } from '@/lib/overlay/message-keys';
import type { SentReply, SentTicket } from '@/lib/notes/sent-replies';
import { localOutbox, type OutboxArea } from '@/lib/store/sent-outbox';

/** Replies are kept to this length for QC (as the thread's are). */
const MAX_REPLY_TEXT = 2_000;

/**
 * The reply the agent sends goes to the notes store at once (`reply.sent`, under the ticket the page shows), whether
 * or not the panel is open or has read the page yet; the store makes one entry of it and the thread's later
 * sighting of it (lib/notes/sent-replies.ts). The message leaves within the event, before the page can navigate,
 * and a copy waits in the outbox (extension storage) until the background has it: a page replaced at once does not
 * wait for a stopped service worker to start, and its message is lost with it.
 */
const keyOf = (sent: SentText) => messageKey('agent', sent.text);

function ticketOf(reading: PageReading): SentTicket | undefined {
  const s = reading.readNow()?.snapshot;
  return s && { interactionId: s.interactionId, label: describeSnapshot(s) || s.subject || document.title, customer: s.customer.name && customerName(s) };
}

function handOver(outbox: OutboxArea, reply: SentReply) {
  // A record, never a condition for sending. The outbox's write is asked first: it needs no service worker.
  void outbox.put(reply).catch(() => undefined);
  void request('reply.sent', reply).catch(() => undefined);
}

/**
 * This page's reading offered to replies another page of the site heard sent before it could read its own (it was
 * replaced first): the ones this thread shows are recorded here. Asked once the page is set up; read only when some wait.
 */
async function claimWaiting(reading: PageReading, page: string) {
  if (!(await request('reply.waiting', { page }))) return;
  await reading.readable();
  const s = reading.readNow()?.snapshot;
  const texts = (s?.messages ?? []).filter((m) => m.role === 'agent').map((m) => m.text.slice(0, MAX_REPLY_TEXT));
  if (!s || !texts.length) return;
  await request('reply.claim', { page, interactionId: s.interactionId, label: describeSnapshot(s) || s.subject, customer: s.customer.name && customerName(s), url: location.href, texts });
}

/**
 * Listens for sends from the content script's first moment (before the site's switch, the settings or the page's
 * reading are asked of the background); `ready` hands it the page's reading once there is one. A reply sent before
 * then goes to the background at once (`reply.sent` without its ticket), and is recorded as soon as the page can be read if the page
 * still shows what was sent from (a single-page desk that moved on to another ticket meanwhile is not read for it);
 * a page replaced before that (a form's post) leaves it to the next page that shows the reply (`claimWaiting`).
 */
export function captureSends(signal: AbortSignal) {
  // Not crypto.randomUUID: a helpdesk on plain http is no secure context, and it is not there.
  const page = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const outbox = localOutbox();
  let heard = 0;
  let reading: PageReading | undefined;
  const waiting: SentReply[] = [];
  const flush = async () => {
    if (!reading) return;
    await reading.readable();
    for (const reply of waiting.splice(0)) {
      const ticket = location.href === reply.url ? ticketOf(reading) : undefined;
      if (ticket) handOver(outbox, { ...reply, ticket });
    }
  };
  // The ticket the page showed when the send was heard: a send known only later (held until the box empties) may
  // find a single-page desk on the next ticket.
  const tickets = new WeakMap<SentText, SentTicket | undefined>();
  const onSend = (sent: SentText) => {
    const reply: SentReply = { id: `${page}-${heard++}`, page, key: keyOf(sent), ...sent, text: sent.text.slice(0, MAX_REPLY_TEXT) };
    const ticket = tickets.get(sent);
    handOver(outbox, ticket ? { ...reply, ticket } : reply);
    if (ticket) return;
    waiting.push(reply);
    void flush();
  };
  // The helpdesk's own send control where its declaration names one (asked of the markup, not of the reading:
  // a send before the reading is here is heard the same way).
  const controls = () => sendControlsFor(location.href, document);
  watchSends(document, () => reading?.replyEditor(), onSend, signal, controls, (sent) => tickets.set(sent, reading && ticketOf(reading)));
  // Only the never-shipped e2e build says so on the page: a test can send in the first moment Odigos can hear it.
  if (import.meta.env.MODE === 'e2e') document.documentElement.dataset.odigosSends = 'listening';
  return {
    ready(r: PageReading) {
      reading = r;
      void flush().then(() => claimWaiting(r, page)).catch(() => undefined);
    },
  };
}
